package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The risk register at a glance, as of a date: counts per level, the top risks by residual score,
 * the risks above appetite, intolerable or overdue, the residual risks the owner has not accepted,
 * and the progress of the treatment plan.
 *
 * <p>Only risks with an inherent assessment are evaluated; the others are counted in {@link
 * #unassessed()}. Lists of risk ids are sorted by id, and {@link #topByResidual()} by residual score
 * (highest first), then inherent score (highest first), then id; the summary therefore does not
 * depend on the order of the risk list.
 *
 * @param asOf the date of the summary
 * @param criteriaVersion the version of the criteria applied
 * @param risks how many risks the register holds
 * @param unassessed how many have no inherent assessment
 * @param inherentByLevel how many evaluated risks have each inherent level, lowest level first
 * @param residualByLevel how many evaluated risks have each residual level, lowest level first
 * @param toTreat how many evaluated risks the decision says to treat
 * @param topByResidual the highest risks by residual score, at most the requested number
 * @param aboveAppetite the risks whose residual score is above the appetite
 * @param intolerable the risks whose residual score is above the tolerance
 * @param overdue the risks whose assessment is overdue
 * @param pendingAcceptance the residual risks without a valid acceptance by the risk owner
 * @param plan the progress of the treatment plan over all risks
 * @implSpec This class is immutable and thread-safe.
 */
public record RegisterSummary(
    LocalDate asOf,
    String criteriaVersion,
    int risks,
    int unassessed,
    List<LevelCount> inherentByLevel,
    List<LevelCount> residualByLevel,
    int toTreat,
    List<RankedRisk> topByResidual,
    List<RiskId> aboveAppetite,
    List<RiskId> intolerable,
    List<RiskId> overdue,
    List<PendingAcceptance> pendingAcceptance,
    PlanProgress plan) {

  /** Requires all parts. */
  public RegisterSummary {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(criteriaVersion, "criteriaVersion");
    inherentByLevel = List.copyOf(inherentByLevel);
    residualByLevel = List.copyOf(residualByLevel);
    topByResidual = List.copyOf(topByResidual);
    aboveAppetite = List.copyOf(aboveAppetite);
    intolerable = List.copyOf(intolerable);
    overdue = List.copyOf(overdue);
    pendingAcceptance = List.copyOf(pendingAcceptance);
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * How many risks have one level.
   *
   * @param level a level of the criteria
   * @param count how many risks have it
   */
  public record LevelCount(RiskLevel level, int count) {
    /** Requires a level and a count of at least 0. */
    public LevelCount {
      Objects.requireNonNull(level, "level");
      if (count < 0) {
        throw new IllegalArgumentException("LevelCount.count: must be >= 0, was " + count);
      }
    }
  }

  /**
   * One risk of the top list.
   *
   * @param risk the risk
   * @param title its title
   * @param residual its residual normalized score
   * @param residualLevel its residual level
   * @param inherent its inherent normalized score
   * @param inherentLevel its inherent level
   * @param band the appetite band of the residual score
   */
  public record RankedRisk(
      RiskId risk,
      String title,
      double residual,
      RiskLevel residualLevel,
      double inherent,
      RiskLevel inherentLevel,
      AppetiteBand band) {
    /** Requires all parts. */
    public RankedRisk {
      Objects.requireNonNull(risk, "risk");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(residualLevel, "residualLevel");
      Objects.requireNonNull(inherentLevel, "inherentLevel");
      Objects.requireNonNull(band, "band");
    }
  }

  /** Why a residual risk lacks a valid acceptance by its owner (clause 6.1.3 f). */
  public enum AcceptanceGap {
    /** Nobody accepted it. */
    MISSING,
    /** Someone other than the risk owner accepted it. */
    NOT_BY_OWNER,
    /** It was accepted before the current residual assessment was made. */
    BEFORE_RESIDUAL
  }

  /**
   * A residual risk without a valid acceptance by its owner.
   *
   * @param risk the risk
   * @param gap why the acceptance is missing or not valid
   */
  public record PendingAcceptance(RiskId risk, AcceptanceGap gap) {
    /** Requires all parts. */
    public PendingAcceptance {
      Objects.requireNonNull(risk, "risk");
      Objects.requireNonNull(gap, "gap");
    }
  }

  /**
   * The progress of the treatment plan: the actions of all risks' treatments.
   *
   * @param actions how many actions there are
   * @param done how many are done
   * @param open how many are planned or in progress
   * @param overdue how many open ones are past their due date
   * @param cancelled how many were cancelled
   * @param percentComplete done actions as a percentage of the actions not cancelled; 100 when
   *     there is nothing to do
   */
  public record PlanProgress(
      int actions, int done, int open, int overdue, int cancelled, double percentComplete) {
    /** Refuses negative counts and a percentage outside 0..100. */
    public PlanProgress {
      if (actions < 0 || done < 0 || open < 0 || overdue < 0 || cancelled < 0) {
        throw new IllegalArgumentException("PlanProgress: counts must be >= 0");
      }
      if (!(percentComplete >= 0 && percentComplete <= 100)) {
        throw new IllegalArgumentException(
            "PlanProgress.percentComplete: must be in 0..100, was " + percentComplete);
      }
    }

    /** The progress of {@code actions} as of {@code asOf}. */
    public static PlanProgress of(List<TreatmentAction> actions, LocalDate asOf) {
      Objects.requireNonNull(asOf, "asOf");
      int done = 0;
      int open = 0;
      int overdue = 0;
      int cancelled = 0;
      for (TreatmentAction a : actions) {
        if (a.progress().status() == ActionStatus.DONE) {
          done++;
        } else if (a.progress().status() == ActionStatus.CANCELLED) {
          cancelled++;
        } else {
          open++;
          if (a.overdue(asOf)) {
            overdue++;
          }
        }
      }
      int todo = actions.size() - cancelled;
      double pct = todo == 0 ? 100.0 : 100.0 * done / todo;
      return new PlanProgress(actions.size(), done, open, overdue, cancelled, pct);
    }
  }

  /**
   * Summarizes the register of {@code isms} under its criteria as of {@code asOf}, with at most
   * {@code topN} risks in {@link #topByResidual()}; empty when the ISMS has no risk criteria.
   */
  public static Optional<RegisterSummary> of(Isms isms, LocalDate asOf, int topN) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    if (topN < 0) {
      throw new IllegalArgumentException("RegisterSummary.topN: must be >= 0, was " + topN);
    }
    if (isms.riskCriteria().isEmpty()) {
      return Optional.empty();
    }
    RiskCriteria criteria = isms.riskCriteria().get();
    List<RiskEvaluation> evaluations = new ArrayList<>(isms.risks().size());
    for (Risk r : isms.risks()) {
      RiskEvaluation.of(r, criteria, asOf).ifPresent(evaluations::add);
    }
    return Optional.of(of(isms.risks(), criteria, evaluations, asOf, topN));
  }

  /** The ranking of the top list: residual desc, inherent desc, id asc. */
  static final Comparator<RiskEvaluation> RANK =
      Comparator.comparingDouble(RiskEvaluation::residual)
          .reversed()
          .thenComparing(Comparator.comparingDouble(RiskEvaluation::inherent).reversed())
          .thenComparing(RiskEvaluation::risk);

  /** Summarizes {@code risks} given their evaluations (one per risk with an inherent assessment). */
  static RegisterSummary of(
      List<Risk> risks,
      RiskCriteria criteria,
      List<RiskEvaluation> evaluations,
      LocalDate asOf,
      int topN) {
    List<RiskLevel> levels = criteria.levels();
    int[] inherentCounts = new int[levels.size()];
    int[] residualCounts = new int[levels.size()];
    int toTreat = 0;
    List<RiskId> above = new ArrayList<>();
    List<RiskId> intolerable = new ArrayList<>();
    List<RiskId> overdue = new ArrayList<>();
    // A min-heap of the best topN, worst of them on top: O(n log topN).
    PriorityQueue<RiskEvaluation> top = new PriorityQueue<>(Math.max(1, topN + 1), RANK.reversed());
    for (RiskEvaluation e : evaluations) {
      inherentCounts[criteria.rank(e.inherentLevel())]++;
      residualCounts[criteria.rank(e.residualLevel())]++;
      if (e.decision() == RiskDecision.TREAT) {
        toTreat++;
      }
      if (e.band().aboveAppetite()) {
        above.add(e.risk());
      }
      if (e.band() == AppetiteBand.INTOLERABLE) {
        intolerable.add(e.risk());
      }
      if (e.overdue()) {
        overdue.add(e.risk());
      }
      if (topN > 0) {
        top.add(e);
        if (top.size() > topN) {
          top.poll();
        }
      }
    }
    List<RiskEvaluation> best = new ArrayList<>(top);
    best.sort(RANK);
    java.util.Map<RiskId, Risk> byId = new java.util.HashMap<>(best.size() * 2);
    for (Risk r : risks) {
      byId.putIfAbsent(r.id(), r);
    }
    List<RankedRisk> ranked = new ArrayList<>(best.size());
    for (RiskEvaluation e : best) {
      Risk r = Objects.requireNonNull(byId.get(e.risk()), "risk");
      ranked.add(new RankedRisk(e.risk(), r.title(), e.residual(), e.residualLevel(), e.inherent(),
          e.inherentLevel(), e.band()));
    }
    List<PendingAcceptance> pending = new ArrayList<>();
    List<TreatmentAction> actions = new ArrayList<>();
    int unassessed = 0;
    for (Risk r : risks) {
      if (r.inherent().isEmpty()) {
        unassessed++;
      }
      r.residual().flatMap(res -> gap(r, res)).ifPresent(g -> pending.add(new PendingAcceptance(r.id(), g)));
      r.treatment().map(Treatment::actions).ifPresent(actions::addAll);
    }
    above.sort(Comparator.naturalOrder());
    intolerable.sort(Comparator.naturalOrder());
    overdue.sort(Comparator.naturalOrder());
    pending.sort(Comparator.comparing(PendingAcceptance::risk).thenComparing(PendingAcceptance::gap));
    List<LevelCount> inherentByLevel = new ArrayList<>(levels.size());
    List<LevelCount> residualByLevel = new ArrayList<>(levels.size());
    for (int i = 0; i < levels.size(); i++) {
      inherentByLevel.add(new LevelCount(levels.get(i), inherentCounts[i]));
      residualByLevel.add(new LevelCount(levels.get(i), residualCounts[i]));
    }
    return new RegisterSummary(asOf, criteria.version(), risks.size(), unassessed, inherentByLevel,
        residualByLevel, toTreat, ranked, above, intolerable, overdue, pending,
        PlanProgress.of(actions, asOf));
  }

  private static Optional<AcceptanceGap> gap(Risk r, RiskAssessment residual) {
    Optional<RiskAcceptance> a = r.acceptance();
    if (a.isEmpty()) {
      return Optional.of(AcceptanceGap.MISSING);
    }
    if (!a.get().acceptedBy().equals(r.owner())) {
      return Optional.of(AcceptanceGap.NOT_BY_OWNER);
    }
    if (a.get().acceptedOn().isBefore(residual.assessedOn())) {
      return Optional.of(AcceptanceGap.BEFORE_RESIDUAL);
    }
    return Optional.empty();
  }

  /** The count of {@code level} in {@link #inherentByLevel()}, 0 if it is not a level. */
  public int inherentCount(RiskLevel level) {
    return count(inherentByLevel, level);
  }

  /** The count of {@code level} in {@link #residualByLevel()}, 0 if it is not a level. */
  public int residualCount(RiskLevel level) {
    return count(residualByLevel, level);
  }

  private static int count(List<LevelCount> counts, RiskLevel level) {
    Objects.requireNonNull(level, "level");
    for (LevelCount c : counts) {
      if (c.level().equals(level)) {
        return c.count();
      }
    }
    return 0;
  }
}
