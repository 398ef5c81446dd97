package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Text;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
 * <p>The criteria may say how the organization identifies risks (6.1.2 c, {@link #approaches()}):
 * from assets, from events and scenarios, or both. Left empty, they do not say, and whoever needs
 * the approach infers it from the register (the conformance rule {@code 6.1.2-asset-coverage}
 * does: asset-based as soon as one risk is {@link RiskApproach#ASSET_BASED}).
 *
 * <p>The criteria also say who may accept residual risk (6.1.3 f): a risk owner up to {@link
 * #ownerAcceptanceLevel()}, and above it the holders of the roles of {@link
 * #acceptanceAuthorities()} up to each one's level ({@link #ownerMayAccept(RiskLevel)}, {@link
 * #authoritiesFor(RiskLevel)}): the escalation above the owner.
 *
 * <p>The criteria own the rules every part of the library applies to a risk: the decision for a
 * level ({@link #decisionFor(RiskLevel)}), whether a risk needs treatment ({@link
 * #needsTreatment(Risk)}) and when its next assessment is due ({@link #nextAssessmentDue(Risk)},
 * {@link #assessmentOverdue(Risk, LocalDate)}). A level the criteria do not list is an error:
 * {@link #rank(RiskLevel)}, {@link #acceptable(RiskLevel)} and {@link #decisionFor(RiskLevel)}
 * refuse it with an {@link InvalidValueException} ({@link ModelCode#UNKNOWN_LEVEL}).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskCriteria implements WithRiskCriteria {
  /** The version of the criteria; assessments are stamped with it (6.1.2 b). */
  public abstract String version();

  /** The scoring method the criteria use, such as {@code matrix}. */
  public abstract MethodId method();

  /** The labels of the likelihood scale, lowest first. */
  public abstract List<String> likelihoodScale();

  /** The labels of the consequence (impact) scale, lowest first. */
  public abstract List<String> impactScale();

  /** The levels of risk, lowest first; at least one, each once. */
  public abstract List<RiskLevel> levels();

  /** The upper bounds of the normalized score of every level but the highest, increasing. */
  public abstract List<Double> levelBounds();

  /** The highest level that meets the risk acceptance criteria; one of {@link #levels()}. */
  public abstract RiskLevel acceptanceLevel();

  /** The normalized score at or below which risks are within appetite. */
  public abstract double appetite();

  /** The normalized score above which risks are intolerable. */
  public abstract double tolerance();

  /** How often every risk must be re-assessed (8.2). */
  public abstract Period assessmentInterval();

  /** The documented risk assessment methodology. */
  public abstract Optional<DocumentId> methodology();

  /**
   * The highest level a risk owner may accept on their own authority; above it acceptance escalates
   * to {@link #acceptanceAuthorities()}. Empty when the criteria do not limit owners.
   */
  public abstract Optional<RiskLevel> ownerAcceptanceLevel();

  /** Which roles may accept residual risk up to which level, each role once. */
  public abstract List<AcceptanceAuthority> acceptanceAuthorities();

  /**
   * How the organization identifies risks (6.1.2 c): {@link RiskApproach#ASSET_BASED} (from assets,
   * their threats and vulnerabilities), {@link RiskApproach#EVENT_BASED} (from events, risk sources
   * and scenarios), or both. Empty when the criteria do not say; then the approach is read from
   * the register ({@link Risk#approach()}). In the order of {@link RiskApproach}.
   */
  public abstract Set<RiskApproach> approaches();

  /** Who approved the criteria, and when. */
  public abstract Optional<Approval> approval();

  @Value.Check
  protected void check() {
    String t = "RiskCriteria";
    Checks.notBlank(t, "version", version());
    Checks.notEmpty(t, "levels", levels());
    Checks.distinct(t, "levels", levels());
    Checks.distinct(t, "likelihoodScale", likelihoodScale());
    Checks.distinct(t, "impactScale", impactScale());
    if (!levels().contains(acceptanceLevel())) {
      throw Checks.refusal(ModelCode.UNKNOWN_LEVEL, t, "acceptanceLevel", acceptanceLevel(),
          "must be one of the levels " + Text.shorten(levels()));
    }
    Checks.consistent(levelBounds().isEmpty() || levelBounds().size() == levels().size() - 1, t, "levelBounds",
        levelBounds(), "needs " + (levels().size() - 1) + " bounds for " + levels().size() + " levels");
    double prev = 0;
    for (double b : levelBounds()) {
      Checks.consistent(b > prev && b < 1, t, "levelBounds", levelBounds(), "must increase strictly within (0, 1)");
      prev = b;
    }
    Checks.range(t, "appetite", appetite(), 0.0, 1.0);
    Checks.range(t, "tolerance", tolerance(), 0.0, 1.0);
    Checks.consistent(tolerance() >= appetite(), t, "tolerance", tolerance(),
        "must not be below appetite " + appetite());
    Checks.positive(t, "assessmentInterval", assessmentInterval());
    ownerAcceptanceLevel().ifPresent(l -> knownLevel(t, "ownerAcceptanceLevel", l));
    for (int i = 0; i < acceptanceAuthorities().size(); i++) {
      knownLevel(t, "acceptanceAuthorities[" + i + "].upTo", acceptanceAuthorities().get(i).upTo());
    }
    Checks.distinct(t, "acceptanceAuthorities.role",
        acceptanceAuthorities().stream().map(AcceptanceAuthority::role).toList());
  }

  private void knownLevel(String t, String field, RiskLevel level) {
    if (!levels().contains(level)) {
      throw Checks.refusal(ModelCode.UNKNOWN_LEVEL, t, field, level,
          "must be one of the levels " + Text.shorten(levels()));
    }
  }

  /**
   * Whether a risk owner may accept a residual risk of {@code level} on their own authority: at or
   * below {@link #ownerAcceptanceLevel()}, or any level when the criteria set none.
   *
   * @throws InvalidValueException if {@code level} is not one of {@link #levels()}
   */
  public boolean ownerMayAccept(RiskLevel level) {
    int r = rank(level);
    return ownerAcceptanceLevel().map(o -> r <= rank(o)).orElse(true);
  }

  /**
   * The roles whose holders may accept a residual risk of {@code level}: those of {@link
   * #acceptanceAuthorities()} whose level is at or above it, in their order.
   *
   * @throws InvalidValueException if {@code level} is not one of {@link #levels()}
   */
  public List<RoleId> authoritiesFor(RiskLevel level) {
    int r = rank(level);
    List<RoleId> out = new ArrayList<>();
    for (AcceptanceAuthority a : acceptanceAuthorities()) {
      if (rank(a.upTo()) >= r) {
        out.add(a.role());
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code level} is one of {@link #levels()}. */
  public boolean knows(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    return levels().contains(level);
  }

  /**
   * The rank (0 = lowest) of {@code level}.
   *
   * @throws InvalidValueException ({@link ModelCode#UNKNOWN_LEVEL}) if it is not one of {@link
   *     #levels()}
   */
  public int rank(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    int r = levels().indexOf(level);
    if (r < 0) {
      throw Checks.refusal(ModelCode.UNKNOWN_LEVEL, "RiskCriteria", "levels", level,
          "has no such level (criteria " + Text.shorten(version()) + " have " + Text.shorten(levels()) + ")");
    }
    return r;
  }

  /** The level a normalized score falls in. */
  public RiskLevel levelOf(double normalized) {
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

  /**
   * Whether {@code level} meets the risk acceptance criteria: at or below {@link
   * #acceptanceLevel()}.
   *
   * @throws InvalidValueException if {@code level} is not one of {@link #levels()}
   */
  public boolean acceptable(RiskLevel level) {
    if (acceptableLevels().contains(Objects.requireNonNull(level, "level"))) {
      return true;
    }
    rank(level); // refuses an unknown level
    return false;
  }

  /**
   * The decision rule of clause 6.1.2 e: {@link RiskDecision#ACCEPT} if {@code level} meets the
   * acceptance criteria, else {@link RiskDecision#TREAT}.
   *
   * @throws InvalidValueException if {@code level} is not one of {@link #levels()}
   */
  public RiskDecision decisionFor(RiskLevel level) {
    return acceptable(level) ? RiskDecision.ACCEPT : RiskDecision.TREAT;
  }

  /**
   * Whether {@code risk} must be treated (6.1.3): it was decided {@link RiskDecision#TREAT}, or its
   * inherent level does not meet the acceptance criteria. An inherent level the criteria do not
   * list counts as not meeting them (fail closed); {@link io.ismskit.core.Isms#validate()} reports
   * it.
   */
  public boolean needsTreatment(Risk risk) {
    Objects.requireNonNull(risk, "risk");
    if (risk.decision().orElse(null) == RiskDecision.TREAT) {
      return true;
    }
    Optional<RiskAssessment> inherent = risk.inherent();
    return inherent.isPresent() && !acceptableLevels().contains(inherent.get().level());
  }

  /** The levels that meet the acceptance criteria, for the per-risk rules; built on first use. */
  @Value.Lazy
  Set<RiskLevel> acceptableLevels() {
    return Set.copyOf(levels().subList(0, levels().indexOf(acceptanceLevel()) + 1));
  }

  /**
   * When {@code risk} must next be assessed (8.2): its latest assessment, inherent or residual,
   * plus {@link #assessmentInterval()}; empty if it was never assessed. Never throws: dates and
   * periods are within the {@linkplain io.ismskit.core.base.Dates supported range}.
   */
  public Optional<LocalDate> nextAssessmentDue(Risk risk) {
    Objects.requireNonNull(risk, "risk");
    return risk.lastAssessedOn().map(d -> d.plus(assessmentInterval()));
  }

  /**
   * Whether {@code risk}'s assessment is overdue as of {@code asOf}: never assessed, or its {@link
   * #nextAssessmentDue(Risk)} is before {@code asOf}.
   */
  public boolean assessmentOverdue(Risk risk, LocalDate asOf) {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate last = risk.lastAssessedOn().orElse(null);
    return last == null || last.plus(assessmentInterval()).isBefore(asOf);
  }

  /**
   * {@link #assessmentOverdue(Risk, LocalDate)} as of {@code asOf} as a predicate, for testing a
   * whole register: the date arithmetic is done once, here, and each test is one date comparison
   * with the same result.
   */
  public Predicate<Risk> assessmentOverdue(LocalDate asOf) {
    LocalDate current = earliestCurrent(Objects.requireNonNull(asOf, "asOf"));
    return risk -> {
      LocalDate last = risk.lastAssessedOn().orElse(null);
      return last == null || last.isBefore(current);
    };
  }

  /**
   * The earliest date {@code d} with {@code d + assessmentInterval() >= asOf}: adding a period
   * never moves a later date before an earlier one, so an assessment is overdue exactly when it is
   * older than {@code d}. Found from {@code asOf - assessmentInterval()} in a few steps (month ends
   * make the two differ by up to three days).
   */
  private LocalDate earliestCurrent(LocalDate asOf) {
    Period interval = assessmentInterval();
    LocalDate d = asOf.minus(interval);
    while (d.plus(interval).isBefore(asOf)) {
      d = d.plusDays(1);
    }
    while (!d.minusDays(1).plus(interval).isBefore(asOf)) {
      d = d.minusDays(1);
    }
    return d;
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
   * Builds {@link RiskCriteria} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRiskCriteria.Builder {
    Builder() {}
  }
}
