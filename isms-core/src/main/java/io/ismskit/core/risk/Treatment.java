package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.InterestedPartyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The treatment decided for one risk (clause 6.1.3): the options chosen, the controls it relies on,
 * the actions of the treatment plan, and the approval of the plan by the risk owner.
 *
 * <p>Options are not exclusive: a risk can be partly modified and partly shared.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Treatment implements WithTreatment {
  /** The options chosen; at least one. */
  public abstract Set<TreatmentOption> options();

  /** The controls the treatment relies on (6.1.3 b); a MODIFY treatment needs at least one. */
  public abstract List<ControlId> controls();

  /** The actions of the risk treatment plan. */
  public abstract List<TreatmentAction> actions();

  /** Why these options were chosen. */
  public abstract Optional<String> justification();

  /** With whom the risk is shared (insurer, supplier), for SHARE, as text. */
  public abstract Optional<String> sharedWith();

  /** The interested party the risk is shared with, for SHARE. */
  public abstract Optional<InterestedPartyId> sharedWithParty();

  /** The documented risk treatment plan this treatment belongs to (6.1.3 e). */
  public abstract Optional<DocumentId> plan();

  /** Who approved the treatment plan (6.1.3 f), normally the risk owner, and when. */
  public abstract Optional<Approval> planApproval();

  /** The version of the Statement of Applicability the plan refers to. */
  public abstract Optional<String> soaVersion();

  @Value.Check
  protected void check() {
    Checks.notEmpty("Treatment", "options", options());
    Checks.distinct("Treatment", "controls", controls());
    Checks.notBlank("Treatment", "justification", justification());
    Checks.notBlank("Treatment", "sharedWith", sharedWith());
    Checks.notBlank("Treatment", "soaVersion", soaVersion());
  }

  /** Whether the treatment includes {@code option}. */
  public boolean has(TreatmentOption option) {
    return options().contains(option);
  }

  /**
   * This treatment with {@code action} in place of the action at {@code index} (0-based), the
   * other actions unchanged.
   *
   * @throws IndexOutOfBoundsException if there is no action at {@code index}
   */
  public Treatment withAction(int index, TreatmentAction action) {
    Objects.requireNonNull(action, "action");
    Objects.checkIndex(index, actions().size());
    List<TreatmentAction> out = new ArrayList<>(actions());
    out.set(index, action);
    return withActions(out);
  }

  /**
   * This treatment without the action at {@code index} (0-based).
   *
   * @throws IndexOutOfBoundsException if there is no action at {@code index}
   */
  public Treatment withoutAction(int index) {
    Objects.checkIndex(index, actions().size());
    List<TreatmentAction> out = new ArrayList<>(actions());
    out.remove(index);
    return withActions(out);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Treatment} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableTreatment.Builder {
    Builder() {}
  }
}
