package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The risk criteria of clause 6.1.2 a: the method and its scales, the levels of risk, the risk
 * acceptance criteria, the appetite and tolerance bands, and how often risks are assessed.
 *
 * <p>Levels are ordered from lowest to highest. A normalized score {@code s} (0..1) falls in level
 * {@code i} when it is at most {@code levelBounds().get(i)} and above the previous bound; with no
 * bounds given, the levels split 0..1 into equal bands. A risk whose level is at or below {@link
 * #acceptanceLevel()} meets the acceptance criteria. Scores at or below {@link #appetite()} are
 * within appetite; scores above {@link #tolerance()} are intolerable whatever the decision.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskCriteria {
  /** The version of the criteria; assessments are stamped with it (6.1.2 b). */
  public abstract String version();

  /** The id of the scoring method the criteria use, such as {@code "matrix"}. */
  public abstract String method();

  /** The labels of the likelihood scale, lowest first. */
  public abstract List<String> likelihoodScale();

  /** The labels of the consequence (impact) scale, lowest first. */
  public abstract List<String> impactScale();

  /** The levels of risk, lowest first. */
  public abstract List<String> levels();

  /** The upper bounds of the normalized score of every level but the highest, increasing. */
  public abstract List<Double> levelBounds();

  /** The highest level that meets the risk acceptance criteria. */
  public abstract String acceptanceLevel();

  /** The normalized score at or below which risks are within appetite. */
  public abstract double appetite();

  /** The normalized score above which risks are intolerable. */
  public abstract double tolerance();

  /** How often every risk must be re-assessed (8.2). */
  public abstract Period assessmentInterval();

  /** The documented risk assessment methodology. */
  public abstract Optional<DocumentId> methodology();

  /** Who approved the criteria. */
  public abstract Optional<PersonId> approvedBy();

  /** When the criteria were approved. */
  public abstract Optional<LocalDate> approvedOn();

  @Value.Check
  protected void check() {
    String t = "RiskCriteria";
    Checks.notBlank(t, "version", version());
    Checks.notBlank(t, "method", method());
    Checks.notEmpty(t, "levels", levels());
    Checks.distinct(t, "levels", levels());
    Checks.distinct(t, "likelihoodScale", likelihoodScale());
    Checks.distinct(t, "impactScale", impactScale());
    if (!levels().contains(acceptanceLevel())) {
      throw new IllegalStateException(
          t + ".acceptanceLevel: '" + acceptanceLevel() + "' is not one of the levels " + levels());
    }
    if (!levelBounds().isEmpty() && levelBounds().size() != levels().size() - 1) {
      throw new IllegalStateException(
          t + ".levelBounds: expected " + (levels().size() - 1) + " bounds for " + levels().size()
              + " levels, was " + levelBounds());
    }
    double prev = 0;
    for (double b : levelBounds()) {
      if (!(b > prev && b < 1) ) {
        throw new IllegalStateException(
            t + ".levelBounds: must increase strictly within (0, 1), was " + levelBounds());
      }
      prev = b;
    }
    Checks.range(t, "appetite", appetite(), 0.0, 1.0);
    Checks.range(t, "tolerance", tolerance(), 0.0, 1.0);
    if (tolerance() < appetite()) {
      throw new IllegalStateException(
          t + ".tolerance: " + tolerance() + " is below appetite " + appetite());
    }
    Checks.positive(t, "assessmentInterval", assessmentInterval());
    Checks.together(t, "approvedBy", approvedBy(), "approvedOn", approvedOn());
  }

  /** The rank (0 = lowest) of {@code level}, or -1 if it is not a level of these criteria. */
  public int rank(String level) {
    return levels().indexOf(level);
  }

  /** The level a normalized score falls in. */
  public String levelOf(double normalized) {
    int n = levels().size();
    if (levelBounds().isEmpty()) {
      int i = (int) Math.ceil(normalized * n) - 1;
      return levels().get(Math.max(0, Math.min(n - 1, i)));
    }
    for (int i = 0; i < levelBounds().size(); i++) {
      if (normalized <= levelBounds().get(i)) {
        return levels().get(i);
      }
    }
    return levels().get(n - 1);
  }

  /** Whether {@code level} meets the risk acceptance criteria. */
  public boolean acceptable(String level) {
    int r = rank(level);
    return r >= 0 && r <= rank(acceptanceLevel());
  }

  /** A new builder. */
  public static ImmutableRiskCriteria.Builder builder() {
    return ImmutableRiskCriteria.builder();
  }
}
