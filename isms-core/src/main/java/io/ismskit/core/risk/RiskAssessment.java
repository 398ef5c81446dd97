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
 * likelihood=3, impact=4} for a matrix or {@code vector=CVSS:3.1/...} for CVSS. {@link
 * #likelihood()} and {@link #consequence()} state the two components the level of risk was
 * determined from (6.1.2 d), each on the method's own scale, when the method states them (every
 * built-in method does).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAssessment implements WithRiskAssessment {
  /** The scoring method, such as {@code matrix}. */
  public abstract MethodId method();

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

  /**
   * The level of risk on the criteria's scale, such as {@code High}; {@link
   * io.ismskit.core.Isms#validate()} reports a level the ISMS's criteria do not list.
   */
  public abstract RiskLevel level();

  /**
   * The likelihood of the risk as the analysis states it (6.1.2 d 2), on the method's likelihood
   * scale: a matrix's likelihood level, NIST SP 800-30's overall likelihood, FAIR's loss event
   * frequency; empty when the method states none.
   */
  public abstract Optional<ScaleValue> likelihood();

  /**
   * The consequence of the risk as the analysis states it (6.1.2 d 1), on the method's consequence
   * scale: a matrix's impact level, NIST SP 800-30's level of impact, FAIR's loss magnitude, a
   * vulnerability's CVSS severity; empty when the method states none.
   */
  public abstract Optional<ScaleValue> consequence();

  /** When the assessment was made. */
  public abstract LocalDate assessedOn();

  /** Who made it. */
  public abstract Optional<PersonId> assessedBy();

  /** Why: notes on the analysis. */
  public abstract Optional<String> rationale();

  @Value.Check
  protected void check() {
    Checks.notBlank("RiskAssessment", "methodVersion", methodVersion());
    Checks.notBlank("RiskAssessment", "criteriaVersion", criteriaVersion());
    Checks.finite("RiskAssessment", "score", score());
    Checks.range("RiskAssessment", "normalized", normalized(), 0.0, 1.0);
    Checks.date("RiskAssessment", "assessedOn", assessedOn());
    Checks.notBlank("RiskAssessment", "rationale", rationale());
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
   * Builds {@link RiskAssessment} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    Builder() {}
  }
}
