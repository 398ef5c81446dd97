package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The objective evidence behind an audit finding (clause 9.2): what the auditor examined or
 * sampled, where, how much of how many, and when. Items of evidence kept in the register link to
 * the finding from their side ({@code EvidenceItem.findings()}).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObjectiveEvidence implements WithObjectiveEvidence {
  /** What was examined or sampled, such as "Leaver tickets of Q1 and the matching account deletions". */
  public abstract String sampled();

  /** Where: the system, site, process or unit, such as "Personio, AWS IAM Identity Center". */
  public abstract String location();

  /** How many items were examined, if a sample was taken; at least one. */
  public abstract Optional<Integer> sampleSize();

  /** How many items the sample was drawn from; not fewer than the sample. */
  public abstract Optional<Integer> population();

  /** When it was examined. */
  public abstract Optional<LocalDate> examinedOn();

  @Value.Check
  protected void check() {
    String t = "ObjectiveEvidence";
    Checks.notBlank(t, "sampled", sampled());
    Checks.notBlank(t, "location", location());
    sampleSize().ifPresent(n -> Checks.range(t, "sampleSize", n, 1, Integer.MAX_VALUE));
    population().ifPresent(n -> Checks.range(t, "population", n, 1, Integer.MAX_VALUE));
    if (sampleSize().isPresent() && population().isPresent()) {
      Checks.consistent(population().get() >= sampleSize().get(), t, "population", population().get(),
          "must not be smaller than sampleSize " + sampleSize().get());
    }
    Checks.date(t, "examinedOn", examinedOn());
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
   * Builds {@link ObjectiveEvidence} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableObjectiveEvidence.Builder {
    Builder() {}
  }
}
