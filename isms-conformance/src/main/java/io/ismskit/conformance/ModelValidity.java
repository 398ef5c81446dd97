package io.ismskit.conformance;

import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the problems of {@link io.ismskit.core.Isms#validate()} into blocking findings: one
 * {@link Verdict#MAJOR_NC} finding per problem, of the pseudo-rule {@value #RULE_ID}, under the
 * clause whose records the broken entity belongs to. A model that contradicts itself (a risk owned
 * by nobody known, a risk on a missing asset, two assets with one id) cannot be relied on as
 * evidence, so each problem counts as an unmet requirement, and the certification decision's
 * {@link CertificationCriterion#MODEL_VALID} is not met.
 */
final class ModelValidity {
  /** The rule id of the findings that report validation problems. */
  static final String RULE_ID = "model-validity";

  /** Where an entity type's records belong when no clause is listed for it: the ISMS as a whole. */
  static final ClauseId FALLBACK = ClauseId.of("4.4");

  private static final Map<String, ClauseId> CLAUSE_OF = Map.ofEntries(
      Map.entry("ContextIssue", ClauseId.of("4.1")),
      Map.entry("ClimateChangeDecision", ClauseId.of("4.1")),
      Map.entry("InterestedParty", ClauseId.of("4.2")),
      Map.entry("Requirement", ClauseId.of("4.2")),
      Map.entry("Scope", ClauseId.of("4.3")),
      Map.entry("IsmsProcess", ClauseId.of("4.4")),
      Map.entry("Policy", ClauseId.of("5.2")),
      Map.entry("Person", ClauseId.of("5.3")),
      Map.entry("Role", ClauseId.of("5.3")),
      Map.entry("RoleAssignment", ClauseId.of("5.3")),
      Map.entry("IsmsRiskOrOpportunity", ClauseId.of("6.1.1")),
      Map.entry("Asset", ClauseId.of("6.1.2")),
      Map.entry("Threat", ClauseId.of("6.1.2")),
      Map.entry("Vulnerability", ClauseId.of("6.1.2")),
      Map.entry("RiskCriteria", ClauseId.of("6.1.2")),
      Map.entry("Risk", ClauseId.of("6.1.2")),
      Map.entry("StatementOfApplicability", ClauseId.of("6.1.3")),
      Map.entry("SoaEntry", ClauseId.of("6.1.3")),
      Map.entry("CustomControl", ClauseId.of("6.1.3")),
      Map.entry("ControlImplementation", ClauseId.of("8.3")),
      Map.entry("Objective", ClauseId.of("6.2")),
      Map.entry("PlannedChange", ClauseId.of("6.3")),
      Map.entry("ResourceAllocation", ClauseId.of("7.1")),
      Map.entry("CompetenceRecord", ClauseId.of("7.2")),
      Map.entry("AwarenessRecord", ClauseId.of("7.3")),
      Map.entry("Communication", ClauseId.of("7.4")),
      Map.entry("DocumentedInformation", ClauseId.of("7.5.3")),
      Map.entry("Metric", ClauseId.of("9.1")),
      Map.entry("Measurement", ClauseId.of("9.1")),
      Map.entry("AuditProgramme", ClauseId.of("9.2.2")),
      Map.entry("InternalAudit", ClauseId.of("9.2.2")),
      Map.entry("AuditFinding", ClauseId.of("9.2.2")),
      Map.entry("ManagementReview", ClauseId.of("9.3.3")),
      Map.entry("Improvement", ClauseId.of("10.1")),
      Map.entry("Nonconformity", ClauseId.of("10.2")),
      Map.entry("CorrectiveAction", ClauseId.of("10.2")),
      Map.entry("Incident", ClauseId.of("10.2")));

  /**
   * The {@link EntityRef} type of entity types whose typed id is named otherwise ({@link
   * EntityRef#of(io.ismskit.core.id.EntityId)} names a reference after the id's class), so that a
   * model problem and a rule's finding name one entity alike.
   */
  private static final Map<String, String> REF_TYPE = Map.ofEntries(
      Map.entry("InternalAudit", "Audit"),
      Map.entry("AuditFinding", "Finding"),
      Map.entry("ManagementReview", "Review"),
      Map.entry("DocumentedInformation", "Document"),
      Map.entry("PlannedChange", "Change"),
      Map.entry("IsmsRiskOrOpportunity", "Opportunity"),
      Map.entry("IsmsProcess", "Process"),
      Map.entry("ResourceAllocation", "Resource"),
      Map.entry("SoaEntry", "Control"),
      Map.entry("CustomControl", "Control"),
      Map.entry("ControlImplementation", "Control"));

  private ModelValidity() {}

  /** The reference to the entity a problem names, typed as rules' findings type it. */
  static EntityRef refOf(Problem p) {
    return EntityRef.of(REF_TYPE.getOrDefault(p.entityType(), p.entityType()), p.entityId());
  }

  /** The clause whose records entities of {@code entityType} belong to. */
  static ClauseId clauseOf(String entityType) {
    return CLAUSE_OF.getOrDefault(entityType, FALLBACK);
  }

  /** One blocking finding per problem, in the order of the problems. */
  static List<Finding> findings(List<Problem> problems) {
    List<Finding> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(finding(p));
    }
    return out;
  }

  private static Finding finding(Problem p) {
    List<EntityRef> entities = p.entityType().isBlank() || p.entityId().isBlank()
        ? List.of() : List.of(refOf(p));
    String code = p.code().key() + "@" + p.entityType() + ":" + p.entityId() + "." + p.field();
    return new Finding(RULE_ID, code, Verdict.MAJOR_NC, List.of(clauseOf(p.entityType())), List.of(), entities,
        "a model whose entities agree with each other (Isms.validate() finds no problem)",
        "model invalid: " + p.message(),
        "correct the model where the problem says; until then the check cannot rely on these records",
        java.util.Optional.empty());
  }
}
