package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ReviewId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A management review (clause 9.3): when it was held, who attended, which inputs it considered
 * (9.3.2) and which decisions it took (9.3.3).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagementReview implements WithManagementReview {
  /** The review's id. */
  public abstract ReviewId id();

  /** When it was held. */
  public abstract LocalDate heldOn();

  /** Who attended. */
  public abstract List<PersonId> attendees();

  /** The inputs considered. */
  public abstract Set<ReviewInput> inputs();

  /** The decisions and actions. */
  public abstract List<ReviewDecision> decisions();

  /** The minutes. */
  public abstract Optional<DocumentId> minutes();

  @Value.Check
  protected void check() {
    Checks.distinct("ManagementReview", "attendees", attendees());
    Checks.date("ManagementReview", "heldOn", heldOn());
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
   * Builds {@link ManagementReview} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableManagementReview.Builder {
    Builder() {}
  }
}
