package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.id.EntityId;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;


/**
 * Every generator of {@link IsmsGens} builds values across many seeds and sizes (so passes its
 * builder's local checks), and there is a generator for every type of the model.
 */
class ModelGeneratorsTest {
  static final List<String> MODEL_TYPES = List.of(
      "Organization", "ContextIssue", "ClimateChangeDecision", "InterestedParty", "Requirement", "Scope",
      "IsmsProcess", "Person", "Role", "RoleAssignment", "Policy", "Objective", "ResourceAllocation",
      "CompetenceRecord", "AwarenessRecord", "Communication", "DocumentedInformation", "Asset", "CiaValue",
      "Threat", "Vulnerability", "RiskAssessment", "Treatment", "TreatmentAction", "RiskAcceptance", "Risk",
      "RiskCriteria", "IsmsRiskOrOpportunity", "CustomControl", "ControlImplementation", "SoaEntry",
      "StatementOfApplicability", "Metric", "Measurement", "AuditProgramme", "InternalAudit", "AuditFinding",
      "ManagementReview", "ReviewDecision", "Nonconformity", "CorrectiveAction", "EffectivenessReview",
      "Improvement", "PlannedChange", "Incident", "Isms", "ScopeExclusion", "ScopeInterface",
      "ReviewIntervals", "ClauseId", "ControlId", "Approval", "Evaluation", "ActionProgress",
      "NonconformityProgress", "AuditProgress", "RiskLevel", "ScaleValue",
      // what an auditor samples
      "Supplier", "SupplierService", "SupplierAgreement", "SupplierAssessment", "EvidenceItem", "CoveredPeriod",
      "EvidenceReview", "PolicyException", "DocumentVersion", "AuditTeamMember", "ObjectiveEvidence",
      "AuditPriority", "AcceptanceAuthority", "ComplianceEvaluation",
      // the certification model
      "CertificationBody", "Certificate", "ExternalAudit", "ExternalFinding", "CertificateStanding", "FindingResponse");

  static final List<String> ID_TYPES = List.of(
      "PersonId", "RoleId", "ContextIssueId", "InterestedPartyId", "RequirementId", "ProcessId", "PolicyId",
      "ObjectiveId", "ResourceId", "CompetenceRecordId", "AwarenessRecordId", "CommunicationId", "DocumentId",
      "AssetId", "ThreatId", "VulnerabilityId", "RiskId", "OpportunityId", "MetricId", "MeasurementId",
      "AuditProgrammeId", "AuditId", "FindingId", "ReviewId", "NonconformityId", "CorrectiveActionId",
      "ImprovementId", "ChangeId", "IncidentId", "CertificationBodyId", "CertificateId", "ExternalAuditId",
      "ExternalFindingId", "SupplierId", "EvidenceId", "PolicyExceptionId");

  static List<Method> generators() {
    List<Method> out = new ArrayList<>();
    for (Method m : IsmsGens.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == Gen.class) {
        out.add(m);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  static Class<?> generatedClass(Method m) {
    Type t = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
    return t instanceof Class<?> c ? c : Object.class;
  }

  static String generatedType(Method m) {
    Type t = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
    return t instanceof Class<?> c ? c.getSimpleName() : t.getTypeName();
  }

  @Test
  void thereIsAGeneratorForEveryModelAndIdType() {
    Set<String> types = new HashSet<>();
    generators().forEach(m -> types.add(generatedType(m)));
    assertThat(types).containsAll(MODEL_TYPES).containsAll(ID_TYPES);
  }

  @TestFactory
  List<DynamicTest> everyGenerator_buildsValuesAcrossSeedsAndSizes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Method m : generators()) {
      tests.add(DynamicTest.dynamicTest(m.getName(), () -> {
        @SuppressWarnings("unchecked")
        Gen<Object> gen = (Gen<Object>) m.invoke(null);
        int examples = m.getName().startsWith("validIsms") || m.getName().startsWith("statements") ? 20 : 300;
        for (int i = 0; i < examples; i++) {
          int size = i % 40;
          Object a = gen.sample(i, size);
          assertThat(a).isNotNull();
          assertThat(gen.sample(i, size)).as("same seed, same value").isEqualTo(a);
          if (a instanceof EntityId id) {
            assertThat(id.value()).matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
          }
        }
      }));
    }
    return tests;
  }

  @Test
  void idText_reachesTheLongestIds() {
    assertThat(IsmsGens.idText().samples(1L, 1000, 200)).anySatisfy(s -> assertThat(s).hasSize(128))
        .allSatisfy(s -> assertThat(s).hasSizeBetween(1, 128));
    assertThat(IsmsGens.customControlIds().samples(1L, 1000, 200))
        .allSatisfy(c -> assertThat(c.isAnnexA()).isFalse());
  }
}
