package io.ismskit.risk.engine;

import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.risk.engine.Scored.Stage;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last step for one risk, reasons for change: compares the risk's stored inherent, current
 * residual and target residual assessments with what was just scored, keeps each one that already
 * says the same (with its date, author and rationale), builds each new one once, and says why.
 * Replaced inherent and residual assessments move to the risk's history; a replaced target does
 * not (it is a projection of the plan, not an assessment of the risk as it was). The risk's
 * recorded decision is never touched.
 */
final class Reassessment {
  /**
   * A changed risk and the record of the change.
   *
   * @param risk the risk with its new assessments
   * @param change what changed and why
   */
  record Outcome(Risk risk, RiskChange change) {}

  private final Risk risk;
  private final Scored scored;
  private final RiskCriteria criteria;
  private final LocalDate asOf;
  private final RiskAssessment previous;
  private final Set<ChangeReason> reasons = EnumSet.noneOf(ChangeReason.class);
  private final List<RiskAssessment> retired = new ArrayList<>(2);

  private Reassessment(Risk risk, Scored scored, RiskCriteria criteria, LocalDate asOf) {
    this.risk = risk;
    this.scored = scored;
    this.criteria = criteria;
    this.asOf = asOf;
    this.previous = risk.inherent().orElseThrow();
  }

  /** The changed risk and why, or empty when every stored assessment already says what was scored. */
  static Optional<Outcome> of(Risk risk, Scored scored, RiskCriteria criteria, LocalDate asOf) {
    return new Reassessment(risk, scored, criteria, asOf).outcome();
  }

  private Optional<Outcome> outcome() {
    RiskAssessment inherent = inherent();
    RiskAssessment residual = residual();
    Optional<RiskAssessment> target = target();
    if (reasons.isEmpty() && retired.isEmpty()) {
      return Optional.empty();
    }
    if (reasons.isEmpty()) {
      reasons.add(ChangeReason.SCORE_CHANGED); // replaced for a difference not named above, e.g. the id's spelling
    }
    Risk updated = risk.withInherent(inherent).withResidual(residual).withTargetResidual(target);
    if (!retired.isEmpty()) {
      List<RiskAssessment> history = new ArrayList<>(risk.history().size() + retired.size());
      history.addAll(risk.history());
      history.addAll(retired);
      updated = updated.withHistory(history);
    }
    RiskChange change = new RiskChange(risk.id(), risk.inherent(), Optional.of(inherent), risk.residual(),
        Optional.of(residual), risk.targetResidual(), target, reasons, Optional.empty(), Optional.empty());
    return Optional.of(new Outcome(updated, change));
  }

  private RiskAssessment inherent() {
    Stage s = scored.inherent();
    RiskLevel level = criteria.levelOf(s.score().normalized());
    if (same(previous, s, level)) {
      return previous;
    }
    retired.add(previous);
    if (scored.versionChanged()) {
      reasons.add(ChangeReason.METHOD_VERSION_CHANGED);
    }
    if (!previous.criteriaVersion().equals(Optional.of(criteria.version()))) {
      reasons.add(ChangeReason.CRITERIA_CHANGED);
    }
    if (scored.mapped()) {
      reasons.add(ChangeReason.INPUTS_MAPPED);
    }
    if (!scored.versionChanged() && !scored.mapped() && !sameValues(previous, s.score())) {
      reasons.add(ChangeReason.SCORE_CHANGED);
    }
    if (!sameComponents(previous, s.score())) {
      reasons.add(ChangeReason.COMPONENTS_CHANGED);
    }
    if (!previous.level().equals(level)) {
      reasons.add(ChangeReason.INHERENT_LEVEL_CHANGED);
    }
    return assessment(scored.method(), criteria, asOf, s, level, previous.assessedBy(),
        Rationale.inherent(scored.method(), s.score(), previous.rationale()));
  }

  private RiskAssessment residual() {
    Stage s = scored.residual();
    RiskLevel level = criteria.levelOf(s.score().normalized());
    RiskAssessment before = risk.residual().orElse(null);
    if (before != null && same(before, s, level)) {
      return before;
    }
    if (before == null) {
      reasons.add(ChangeReason.FIRST_RESIDUAL);
    } else {
      retired.add(before);
      if (!before.methodVersion().equals(scored.method().version())) {
        reasons.add(ChangeReason.METHOD_VERSION_CHANGED);
      }
      if (!before.criteriaVersion().equals(Optional.of(criteria.version()))) {
        reasons.add(ChangeReason.CRITERIA_CHANGED);
      }
      if (!before.inputs().equals(s.inputs()) || !sameValues(before, s.score())) {
        reasons.add(ChangeReason.RESIDUAL_CHANGED);
      }
      if (!sameComponents(before, s.score())) {
        reasons.add(ChangeReason.COMPONENTS_CHANGED);
      }
      if (!before.level().equals(level)) {
        reasons.add(ChangeReason.RESIDUAL_LEVEL_CHANGED);
      }
    }
    return assessment(scored.method(), criteria, asOf, s, level, previous.assessedBy(),
        Rationale.residual("residual", scored.method(), s.score(), s.effect()));
  }

  private Optional<RiskAssessment> target() {
    Optional<RiskAssessment> before = risk.targetResidual();
    if (scored.target().isEmpty()) {
      if (before.isPresent()) {
        reasons.add(ChangeReason.TARGET_CHANGED);
      }
      return Optional.empty();
    }
    Stage s = scored.target().get();
    RiskLevel level = criteria.levelOf(s.score().normalized());
    if (before.isPresent() && same(before.get(), s, level)) {
      return before;
    }
    reasons.add(ChangeReason.TARGET_CHANGED);
    return Optional.of(assessment(scored.method(), criteria, asOf, s, level, previous.assessedBy(),
        Rationale.residual("target residual", scored.method(), s.score(), s.effect())));
  }

  /** Whether {@code a} already says what a new assessment of {@code stage} at {@code level} would say. */
  private boolean same(RiskAssessment a, Stage stage, RiskLevel level) {
    ScoringMethod<?> m = scored.method();
    return a.method().equals(m.id())
        && a.methodVersion().equals(m.version())
        && a.criteriaVersion().equals(Optional.of(criteria.version()))
        && sameValues(a, stage.score())
        && a.level().equals(level)
        && sameComponents(a, stage.score())
        && a.inputs().equals(stage.inputs());
  }

  private static boolean sameValues(RiskAssessment a, Score s) {
    return a.score() == s.value() && a.normalized() == s.normalized();
  }

  private static boolean sameComponents(RiskAssessment a, Score s) {
    return a.likelihood().equals(s.likelihood()) && a.consequence().equals(s.consequence());
  }

  /** The one place an assessment is built: {@code stage} scored by {@code method}, dated {@code asOf}. */
  static RiskAssessment assessment(ScoringMethod<?> method, RiskCriteria criteria, LocalDate asOf, Stage stage,
      RiskLevel level, Optional<PersonId> by, String rationale) {
    Score s = stage.score();
    return RiskAssessment.builder()
        .method(method.id())
        .methodVersion(method.version())
        .criteriaVersion(criteria.version())
        .putAllInputs(stage.inputs())
        .score(s.value())
        .normalized(s.normalized())
        .level(level)
        .likelihood(s.likelihood())
        .consequence(s.consequence())
        .assessedOn(asOf)
        .assessedBy(by)
        .rationale(rationale)
        .build();
  }
}
