package io.ismskit.conformance;

import io.ismskit.core.id.EntityRef;
import java.util.List;
import java.util.Objects;

/**
 * Whether one {@link CertificationCriterion} is met, and what shows it.
 *
 * @param criterion the criterion
 * @param met whether it is met
 * @param evidence what shows it is met, or what is missing; one or more sentences, never blank
 * @param entities the entities at fault when it is not met (the missing audits' clauses, the
 *     documents, the nonconformities); empty when it is met
 * @param findings the visible findings that keep it from being met (the majors, the minors without
 *     an action plan, the rule errors, the model problems); empty when it is met or when no finding
 *     is concerned
 */
public record CriterionResult(
    CertificationCriterion criterion, boolean met, String evidence, List<EntityRef> entities, List<Finding> findings) {
  /** Copies the lists; requires all parts and non-blank evidence. */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(evidence, "evidence");
    entities = List.copyOf(entities);
    findings = List.copyOf(findings);
    if (evidence.isBlank()) {
      throw new IllegalArgumentException("CriterionResult.evidence: must not be blank (" + criterion + ")");
    }
  }

  /** A met criterion with its evidence. */
  static CriterionResult met(CertificationCriterion criterion, String evidence) {
    return new CriterionResult(criterion, true, evidence, List.of(), List.of());
  }

  /** An unmet criterion: what is missing, the entities and findings concerned. */
  static CriterionResult unmet(CertificationCriterion criterion, String missing, List<EntityRef> entities,
      List<Finding> findings) {
    return new CriterionResult(criterion, false, missing, entities, findings);
  }

  @Override
  public String toString() {
    return criterion + (met ? " met: " : " NOT met: ") + evidence;
  }
}
