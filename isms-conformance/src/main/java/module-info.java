import io.ismskit.conformance.ConformanceRule;

/**
 * The conformance checker, its rule SPI, rule sets, reports and the built-in rules.
 *
 * <p>Only {@code io.ismskit.conformance} is exported; the built-in rules in {@code
 * io.ismskit.conformance.internal} are reached through {@link java.util.ServiceLoader} exactly as
 * third-party rules are ({@code uses ConformanceRule}), so they are listed here in clause order
 * (the order {@code RuleSet.discover} reports them in) and in {@code
 * META-INF/services/io.ismskit.conformance.ConformanceRule} for the class path. Keep both lists
 * the same.
 */
module io.ismskit.conformance {
  requires transitive io.ismskit.core;
  requires static transitive org.jspecify;
  // Compile time only: lets javac and javadoc resolve the @Value.Style of the core types in this
  // module's API (this module itself uses no Immutables).
  requires static org.immutables.value.annotations;

  exports io.ismskit.conformance;

  uses ConformanceRule;

  provides ConformanceRule with
      io.ismskit.conformance.internal.ContextRules.Issues,
      io.ismskit.conformance.internal.ContextRules.Climate,
      io.ismskit.conformance.internal.ContextRules.Parties,
      io.ismskit.conformance.internal.ContextRules.Requirements,
      io.ismskit.conformance.internal.SampledRules.PartiesCurrent,
      io.ismskit.conformance.internal.SampledRules.LegalRegister,
      io.ismskit.conformance.internal.ContextRules.ScopeRule,
      io.ismskit.conformance.internal.ContextRules.Processes,
      io.ismskit.conformance.internal.LeadershipRules.TopManagement,
      io.ismskit.conformance.internal.LeadershipRules.PolicyRule,
      io.ismskit.conformance.internal.LeadershipRules.PolicyCommunication,
      io.ismskit.conformance.internal.LeadershipRules.PolicyReview,
      io.ismskit.conformance.internal.SampledRules.PolicyExceptions,
      io.ismskit.conformance.internal.LeadershipRules.Duties,
      io.ismskit.conformance.internal.PlanningRules.RisksAndOpportunities,
      io.ismskit.conformance.internal.PlanningRules.Criteria,
      io.ismskit.conformance.internal.PlanningRules.AssetCoverage,
      io.ismskit.conformance.internal.PlanningRules.RiskAnalysis,
      io.ismskit.conformance.internal.SampledRules.RiskMethod,
      io.ismskit.conformance.internal.PlanningRules.TreatmentRule,
      io.ismskit.conformance.internal.PlanningRules.Residual,
      io.ismskit.conformance.internal.SampledRules.Acceptance,
      io.ismskit.conformance.internal.SoaRules.Present,
      io.ismskit.conformance.internal.SoaRules.Complete,
      io.ismskit.conformance.internal.SoaRules.Exclusions,
      io.ismskit.conformance.internal.SoaRules.Inclusions,
      io.ismskit.conformance.internal.SoaRules.TreatmentControls,
      io.ismskit.conformance.internal.SoaRules.RequirementControls,
      io.ismskit.conformance.internal.SoaRules.Version,
      io.ismskit.conformance.internal.PlanningRules.Objectives,
      io.ismskit.conformance.internal.PlanningRules.Changes,
      io.ismskit.conformance.internal.SupportRules.Resources,
      io.ismskit.conformance.internal.SupportRules.Competence,
      io.ismskit.conformance.internal.SampledRules.Roles,
      io.ismskit.conformance.internal.SupportRules.Awareness,
      io.ismskit.conformance.internal.SupportRules.CommunicationRule,
      io.ismskit.conformance.internal.SupportRules.MandatoryDocuments,
      io.ismskit.conformance.internal.SupportRules.Approval,
      io.ismskit.conformance.internal.SupportRules.Review,
      io.ismskit.conformance.internal.SupportRules.Control,
      io.ismskit.conformance.internal.OperationRules.OperationalControl,
      io.ismskit.conformance.internal.SampledRules.ControlEvidence,
      io.ismskit.conformance.internal.SampledRules.Incidents,
      io.ismskit.conformance.internal.SampledRules.Suppliers,
      io.ismskit.conformance.internal.SampledRules.CloudServices,
      io.ismskit.conformance.internal.OperationRules.AssessmentInterval,
      io.ismskit.conformance.internal.OperationRules.SignificantChange,
      io.ismskit.conformance.internal.OperationRules.TreatmentPlan,
      io.ismskit.conformance.internal.OperationRules.SoaStatus,
      io.ismskit.conformance.internal.EvaluationRules.Monitoring,
      io.ismskit.conformance.internal.EvaluationRules.InternalAudits,
      io.ismskit.conformance.internal.EvaluationRules.ProgrammeCoverage,
      io.ismskit.conformance.internal.SampledRules.ProgrammeBasis,
      io.ismskit.conformance.internal.SampledRules.AuditCriteria,
      io.ismskit.conformance.internal.EvaluationRules.Impartiality,
      io.ismskit.conformance.internal.EvaluationRules.Reporting,
      io.ismskit.conformance.internal.EvaluationRules.ReviewHeld,
      io.ismskit.conformance.internal.EvaluationRules.ReviewInputs,
      io.ismskit.conformance.internal.SampledRules.DecisionFollowUp,
      io.ismskit.conformance.internal.EvaluationRules.ReviewOutputs,
      io.ismskit.conformance.internal.ImprovementRules.ContinualImprovement,
      io.ismskit.conformance.internal.ImprovementRules.Handling,
      io.ismskit.conformance.internal.SampledRules.SimilarAndChanges,
      io.ismskit.conformance.internal.SampledRules.AuditNonconformities,
      io.ismskit.conformance.internal.ImprovementRules.Overdue;
}
