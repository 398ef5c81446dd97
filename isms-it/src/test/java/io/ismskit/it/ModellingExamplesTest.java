package io.ismskit.it;

// DOC:IMPORTS risk
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.AcceptanceBasis;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import java.time.LocalDate;
import java.util.Map;
// DOC:IMPORTS end

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/modelling.md, compiled and run here, and checked to be the text the page
 * shows.
 */
class ModellingExamplesTest {
  final List<String> printed = new ArrayList<>();

  void println(Object o) {
    printed.add(String.valueOf(o));
  }

  @Test
  void identifyAnalyseTreatARisk() {
    // DOC:BEGIN risk
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.lean(asOf);   // or your own, read with IsmsFormat
    RiskCriteria criteria = isms.riskCriteria().orElseThrow();
    RiskEngine engine = RiskEngine.of(ScoringRegistry.builtIns());
    PersonId director = PersonId.of("P-01");
    PersonId ismsManager = PersonId.of("P-02");

    // 6.1.2: identify the risk, with its owner, and analyse it with the criteria's method
    Risk identified = Risk.builder().id(RiskId.of("R-LAPTOP")).title("Client files on a lost laptop")
        .scenario("A laptop holding client payroll files is left on a train")
        .addAssets(AssetId.of("A-CLIENTDATA")).addAffects(SecurityProperty.CONFIDENTIALITY)
        .owner(director).identifiedOn(asOf).build();
    Risk analysed = engine.analyse(identified, criteria, Map.of("likelihood", "2", "impact", "3"), asOf)
        .getOrElseThrow(problem -> new IllegalArgumentException(problem.message()));
    println(analysed.inherent().orElseThrow().level());   // the criteria's level of the inherent risk

    // 6.1.3: decide and prioritise, choose controls, plan actions; the owner approves the plan
    // and accepts the residual risk it will leave
    ControlId encryption = ControlId.of("A.8.24");
    Risk treated = analysed.toBuilder().decision(RiskDecision.TREAT).priority(1)
        .treatment(Treatment.builder().addOptions(TreatmentOption.MODIFY).addControls(encryption)
            .justification("Client data must not be readable on a lost device")
            .addActions(TreatmentAction.builder().description("Full-disk encryption on every laptop")
                .control(encryption).owner(ismsManager).dueDate(asOf.plusMonths(2))
                .progress(ActionProgress.planned())
                .effectivenessEvaluation("Monthly encryption report of the device management")
                .build())
            .planApproval(Approval.of(director, asOf)).build())
        .acceptance(RiskAcceptance.builder().acceptedBy(director).acceptedOn(asOf)
            .basis(AcceptanceBasis.TARGET_RESIDUAL).build())
        .build();
    SoaEntry entry = isms.soaEntry(encryption).orElseThrow();   // the SoA names the risks a control treats
    Isms next = isms.withRisk(treated)
        .withStatementOfApplicability(isms.statementOfApplicability().orElseThrow()
            .withEntry(entry.toBuilder().addRisks(treated.id()).build()));

    // score residual risk, validate, check
    AssessedRegister assessed = engine.assess(next, asOf);
    println(assessed.isms().validate().isValid());
    ConformanceReport report = ConformanceChecker.check(assessed.isms(), asOf);
    report.findings().stream().filter(f -> f.entities().toString().contains("R-LAPTOP")).forEach(f -> println(f));
    // DOC:END
    assertThat(printed.get(0)).isNotBlank();
    assertThat(printed.get(1)).isEqualTo("true");
    Risk scored = assessed.isms().risk(RiskId.of("R-LAPTOP")).orElseThrow();
    assertThat(scored.inherent()).isPresent();
    assertThat(scored.residual()).isPresent();
    assertThat(scored.inherent().get().likelihood()).isPresent();
    // a treated risk with an approved plan and an SoA that names it raises no nonconformity of its own
    assertThat(report.findings()).filteredOn(f -> f.entities().toString().contains("R-LAPTOP"))
        .noneMatch(f -> f.verdict() == Verdict.MAJOR_NC);
  }

  @Test
  void docs_showTheseExamples_withTheirImports() throws Exception {
    assertThat(DocExamples.check("modelling.md", "ModellingExamplesTest.java")).isEqualTo(1);
  }
}
