package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The analysis of one risk at one date (clause 6.1.2 d, 8.2): which scoring method and version
 * produced it, from which inputs, with which score and level. It is data: the engine in
 * {@code isms-risk} computes it.
 *
 * <p>{@link #inputs()} holds the method's input in its flat string form, such as {@code
 * likelihood=3, impact=4} for a matrix or {@code vector=CVSS:3.1/...} for CVSS.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAssessment {
  /** The id of the scoring method, such as {@code "matrix"}. */
  public abstract String method();

  /** The version of the method. */
  public abstract String methodVersion();

  /** The version of the risk criteria the assessment was made under (6.1.2 b). */
  public abstract Optional<String> criteriaVersion();

  /** The method's inputs in flat form, sorted by key. */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> inputs();

  /** The raw score. */
  public abstract double score();

  /** The score normalized to 0..1. */
  public abstract double normalized();

  /** The level of risk on the criteria's scale, such as "High". */
  public abstract String level();

  /** When the assessment was made. */
  public abstract LocalDate assessedOn();

  /** Who made it. */
  public abstract Optional<PersonId> assessedBy();

  /** Why: notes on the analysis. */
  public abstract Optional<String> rationale();

  @Value.Check
  protected void check() {
    Checks.notBlank("RiskAssessment", "method", method());
    Checks.notBlank("RiskAssessment", "methodVersion", methodVersion());
    Checks.notBlank("RiskAssessment", "level", level());
    if (!Double.isFinite(score())) {
      throw new IllegalStateException("RiskAssessment.score: must be finite, was " + score());
    }
    Checks.range("RiskAssessment", "normalized", normalized(), 0.0, 1.0);
  }

  /** A new builder. */
  public static ImmutableRiskAssessment.Builder builder() {
    return ImmutableRiskAssessment.builder();
  }
}
