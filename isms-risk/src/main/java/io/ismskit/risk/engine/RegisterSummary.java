package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.AcceptanceBasis;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The risk register at a glance, as of a date: counts per level (inherent, current residual and
 * target residual), the top risks by residual score, the risks above appetite, intolerable or
 * overdue, the risks without a recorded decision or whose recorded decision differs from the
 * engine's proposal, the residual risks the owner has not validly accepted, and the progress of the
 * treatment plan.
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
 * @param residualByLevel how many evaluated risks have each current residual level, lowest first
 * @param targetResidualByLevel how many evaluated risks have each target residual level, lowest
 *     first (a risk without a target counts at its current residual level)
 * @param toTreat how many evaluated risks need treatment ({@link RiskEvaluation#needsTreatment()})
 * @param topByResidual the highest risks by residual score, at most the requested number
 * @param aboveAppetite the risks whose residual score is above the appetite
 * @param intolerable the risks whose residual score is above the tolerance
 * @param overdue the risks whose assessment is overdue
 * @param undecided the evaluated risks without a recorded decision
 * @param decisionDiffers the risks whose recorded decision differs from the engine's proposal
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
    List<LevelCount> targetResidualByLevel,
    int toTreat,
    List<RankedRisk> topByResidual,
    List<RiskId> aboveAppetite,
    List<RiskId> intolerable,
    List<RiskId> overdue,
    List<RiskId> undecided,
    List<RiskId> decisionDiffers,
    List<PendingAcceptance> pendingAcceptance,
    PlanProgress plan) {

  /** Requires all parts. */
  public RegisterSummary {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(criteriaVersion, "criteriaVersion");
    inherentByLevel = List.copyOf(inherentByLevel);
    residualByLevel = List.copyOf(residualByLevel);
    targetResidualByLevel = List.copyOf(targetResidualByLevel);
    topByResidual = List.copyOf(topByResidual);
    aboveAppetite = List.copyOf(aboveAppetite);
    intolerable = List.copyOf(intolerable);
    overdue = List.copyOf(overdue);
    undecided = List.copyOf(undecided);
    decisionDiffers = List.copyOf(decisionDiffers);
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
    /** The acceptance is not valid on the summary's date: given later, or lapsed ({@code validUntil}). */
    EXPIRED,
    /** The owner accepted the target residual risk, but the risk has no target residual assessment. */
    TARGET_MISSING,
    /** It was accepted before the residual assessment it covers (current or target) was made. */
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
   * @param withoutEffectivenessEvaluation how many actions that are not cancelled do not say how
   *     their effectiveness will be evaluated ({@link TreatmentAction#effectivenessEvaluation()})
   * @param percentComplete done actions as a percentage of the actions not cancelled; 100 when
   *     there is nothing to do
   */
  public record PlanProgress(
      int actions, int done, int open, int overdue, int cancelled, int withoutEffectivenessEvaluation,
      double percentComplete) {
    /** Refuses negative counts and a percentage outside 0..100. */
    public PlanProgress {
      if (actions < 0 || done < 0 || open < 0 || overdue < 0 || cancelled < 0 || withoutEffectivenessEvaluation < 0) {
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
      int unevaluated = 0;
      for (TreatmentAction a : actions) {
        ActionStatus status = a.progress().status();
        if (status == ActionStatus.CANCELLED) {
          cancelled++;
          continue;
        }
        if (a.effectivenessEvaluation().isEmpty()) {
          unevaluated++;
        }
        if (status == ActionStatus.DONE) {
          done++;
        } else {
          open++;
          if (a.overdue(asOf)) {
            overdue++;
          }
        }
      }
      int todo = actions.size() - cancelled;
      double pct = todo == 0 ? 100.0 : 100.0 * done / todo;
      return new PlanProgress(actions.size(), done, open, overdue, cancelled, unevaluated, pct);
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
    Tally t = new Tally(criteria, topN);
    for (RiskEvaluation e : evaluations) {
      t.add(e);
    }
    List<PendingAcceptance> pending = new ArrayList<>();
    List<TreatmentAction> actions = new ArrayList<>();
    int unassessed = 0;
    for (Risk r : risks) {
      if (r.inherent().isEmpty()) {
        unassessed++;
      }
      gap(r, asOf).ifPresent(g -> pending.add(new PendingAcceptance(r.id(), g)));
      r.treatment().map(Treatment::actions).ifPresent(actions::addAll);
    }
    pending.sort(Comparator.comparing(PendingAcceptance::risk).thenComparing(PendingAcceptance::gap));
    return new RegisterSummary(asOf, criteria.version(), risks.size(), unassessed,
        t.counts(t.inherent), t.counts(t.residual), t.counts(t.target), t.toTreat, t.ranked(risks),
        sorted(t.above), sorted(t.intolerable), sorted(t.overdue), sorted(t.undecided),
        sorted(t.differs), pending, PlanProgress.of(actions, asOf));
  }

  private static List<RiskId> sorted(List<RiskId> ids) {
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** The counts and lists of the evaluations, gathered in one pass. */
  private static final class Tally {
    final RiskCriteria criteria;
    final int topN;
    final int[] inherent;
    final int[] residual;
    final int[] target;
    int toTreat;
    final List<RiskId> above = new ArrayList<>();
    final List<RiskId> intolerable = new ArrayList<>();
    final List<RiskId> overdue = new ArrayList<>();
    final List<RiskId> undecided = new ArrayList<>();
    final List<RiskId> differs = new ArrayList<>();
    /** A min-heap of the best topN, worst of them on top: O(n log topN). */
    final PriorityQueue<RiskEvaluation> top;

    Tally(RiskCriteria criteria, int topN) {
      this.criteria = criteria;
      this.topN = topN;
      int k = criteria.levels().size();
      this.inherent = new int[k];
      this.residual = new int[k];
      this.target = new int[k];
      this.top = new PriorityQueue<>(Math.max(1, topN + 1), RANK.reversed());
    }

    void add(RiskEvaluation e) {
      inherent[criteria.rank(e.inherentLevel())]++;
      residual[criteria.rank(e.residualLevel())]++;
      target[criteria.rank(e.targetResidualLevel())]++;
      if (e.needsTreatment()) {
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
      if (e.recordedDecision().isEmpty()) {
        undecided.add(e.risk());
      } else if (e.decisionDiffers()) {
        differs.add(e.risk());
      }
      if (topN > 0) {
        top.add(e);
        if (top.size() > topN) {
          top.poll();
        }
      }
    }

    List<LevelCount> counts(int[] counts) {
      List<RiskLevel> levels = criteria.levels();
      List<LevelCount> out = new ArrayList<>(levels.size());
      for (int i = 0; i < levels.size(); i++) {
        out.add(new LevelCount(levels.get(i), counts[i]));
      }
      return out;
    }

    List<RankedRisk> ranked(List<Risk> risks) {
      List<RiskEvaluation> best = new ArrayList<>(top);
      best.sort(RANK);
      Set<RiskId> wanted = new HashSet<>(best.size() * 2);
      for (RiskEvaluation e : best) {
        wanted.add(e.risk());
      }
      Map<RiskId, Risk> byId = new HashMap<>(best.size() * 2);
      for (Risk r : risks) {
        if (wanted.contains(r.id())) {
          byId.putIfAbsent(r.id(), r);
        }
      }
      List<RankedRisk> ranked = new ArrayList<>(best.size());
      for (RiskEvaluation e : best) {
        Risk r = Objects.requireNonNull(byId.get(e.risk()), "risk");
        ranked.add(new RankedRisk(e.risk(), r.title(), e.residual(), e.residualLevel(), e.inherent(),
            e.inherentLevel(), e.band()));
      }
      return ranked;
    }
  }

  /** Why {@code r}'s residual risk lacks a valid acceptance as of {@code asOf}; empty when it has one. */
  private static Optional<AcceptanceGap> gap(Risk r, LocalDate asOf) {
    if (r.residual().isEmpty() && r.targetResidual().isEmpty()) {
      return Optional.empty();
    }
    RiskAcceptance a = r.acceptance().orElse(null);
    if (a == null) {
      return Optional.of(AcceptanceGap.MISSING);
    }
    if (!a.acceptedBy().equals(r.owner())) {
      return Optional.of(AcceptanceGap.NOT_BY_OWNER);
    }
    if (!a.validOn(asOf)) {
      return Optional.of(AcceptanceGap.EXPIRED);
    }
    RiskAssessment covered = r.acceptedResidual().orElse(null);
    if (covered == null) {
      return Optional.of(a.basis() == AcceptanceBasis.TARGET_RESIDUAL ? AcceptanceGap.TARGET_MISSING
          : AcceptanceGap.MISSING);
    }
    if (a.acceptedOn().isBefore(covered.assessedOn())) {
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

  /** The count of {@code level} in {@link #targetResidualByLevel()}, 0 if it is not a level. */
  public int targetResidualCount(RiskLevel level) {
    return count(targetResidualByLevel, level);
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
