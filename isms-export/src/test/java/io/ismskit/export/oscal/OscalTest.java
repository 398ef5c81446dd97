package io.ismskit.export.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.PlanOfActionAndMilestones;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.export.sample.SampleIsms;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OscalTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final Isms ISMS = SampleIsms.northwind(AS_OF);
  static final ConformanceReport REPORT = ConformanceChecker.check(ISMS, AS_OF);

  interface Doc {
    void write(StringWriter w) throws IOException;
  }

  static String write(Doc doc) throws IOException {
    StringWriter w = new StringWriter();
    doc.write(w);
    return w.toString();
  }

  static String catalog() throws IOException {
    return write(Oscal::catalog);
  }

  static String assessmentResults() throws IOException {
    return write(w -> Oscal.assessmentResults(REPORT, ISMS, w));
  }

  static String poam() throws IOException {
    return write(w -> Oscal.planOfActionAndMilestones(ISMS, AS_OF, w));
  }

  static String ssp() throws IOException {
    return write(w -> Oscal.systemSecurityPlan(ISMS, AS_OF, w));
  }

  //-----------------------------------------------------------------------------------------------

  @Test
  void catalog_validatesAgainstNistSchema_andNistReadsIt() throws IOException {
    String json = catalog();
    assertThat(OscalSchemas.errors("catalog", json)).isEmpty();
    Catalog c = OscalSchemas.read(Catalog.class, json);
    List<String> ids = new ArrayList<>();
    for (CatalogGroup g : c.getGroups()) {
      collect(g.getControls(), ids);
    }
    assertThat(ids).contains("clause-4.1", "clause-6.1.2", "a.5.1", "a.8.34").doesNotContain("A.5.1");
    assertThat(ids.stream().filter(i -> i.startsWith("a.")).count()).isEqualTo(93);
    assertThat(c.getGroups()).hasSize(7 + 4);
  }

  private static void collect(List<Control> controls, List<String> ids) {
    if (controls == null) {
      return;
    }
    for (Control ctl : controls) {
      ids.add(ctl.getId());
      collect(ctl.getControls(), ids);
    }
  }

  @Test
  void catalog_holdsIdsAndTitlesOnly_notTheClauseSummaries() throws IOException {
    String json = catalog();
    var fw = io.ismskit.core.catalog.Iso27001_2022.framework();
    for (var clause : fw.clauses()) {
      assertThat(json).doesNotContain(clause.summary());
    }
    assertThat(json).doesNotContain("\"parts\"").doesNotContain("\"prose\"");
  }

  @Test
  void assessmentResults_validateAgainstNistSchema_andNistReadsThem() throws IOException {
    String json = assessmentResults();
    assertThat(OscalSchemas.errors("ar", json)).isEmpty();
    AssessmentResults ar = OscalSchemas.read(AssessmentResults.class, json);
    assertThat(ar.getResults()).hasSize(1);
    assertThat(ar.getResults().get(0).getFindings()).hasSize(REPORT.findings().size());
    long notSatisfied = ar.getResults().get(0).getFindings().stream()
        .filter(f -> f.getTarget().getStatus().getState().equals("not-satisfied")).count();
    assertThat(notSatisfied).isEqualTo(REPORT.findings().stream().filter(f -> !f.verdict().passing()).count());
    assertThat(json).contains("\"certification-readiness\"");
  }

  @Test
  void assessmentResults_ofAReportWithMajorNonconformities_sayNotReady() throws IOException {
    Isms empty = ISMS.withStatementOfApplicability(
        ISMS.statementOfApplicability().orElseThrow().withEntries(List.of()));
    ConformanceReport report = ConformanceChecker.check(empty, AS_OF);
    assertThat(report.count(Verdict.MAJOR_NC)).isPositive();
    String json = write(w -> Oscal.assessmentResults(report, empty, w));
    assertThat(OscalSchemas.errors("ar", json)).isEmpty();
    assertThat(json).contains("\"value\" : \"not-ready\"");
  }

  @Test
  void poam_validatesAgainstNistSchema_andNistReadsIt() throws IOException {
    String json = poam();
    assertThat(OscalSchemas.errors("poam", json)).isEmpty();
    PlanOfActionAndMilestones p = OscalSchemas.read(PlanOfActionAndMilestones.class, json);
    long openNcs = ISMS.nonconformities().stream().filter(n -> !n.closed()).count();
    long openActions = ISMS.risks().stream().flatMap(r -> r.treatment().stream())
        .flatMap(t -> t.actions().stream()).filter(a -> a.progress().open()).count();
    assertThat(openNcs + openActions).isPositive();
    assertThat(p.getPoamItems()).hasSize((int) (openNcs + openActions));
    for (Nonconformity nc : ISMS.nonconformities()) {
      assertThat(json.contains("\"title\" : \"Nonconformity " + nc.id().value() + " ")).isEqualTo(!nc.closed());
    }
  }

  @Test
  void ssp_validatesAgainstNistSchema_andNistReadsIt() throws IOException {
    String json = ssp();
    assertThat(OscalSchemas.errors("ssp", json)).isEmpty();
    SystemSecurityPlan ssp = OscalSchemas.read(SystemSecurityPlan.class, json);
    int entries = ISMS.statementOfApplicability().orElseThrow().entries().size();
    assertThat(ssp.getControlImplementation().getImplementedRequirements()).hasSize(entries);
    assertThat(ssp.getControlImplementation().getImplementedRequirements())
        .extracting(r -> r.getControlId()).contains("a.5.1", "a.8.34");
  }

  @Test
  void everyDocument_isTheSameBytesTwice_andUuidsAreVersion5() throws IOException {
    for (Doc d : List.<Doc>of(w -> Oscal.catalog(w), w -> Oscal.assessmentResults(REPORT, ISMS, w),
        w -> Oscal.planOfActionAndMilestones(ISMS, AS_OF, w), w -> Oscal.systemSecurityPlan(ISMS, AS_OF, w))) {
      String a = write(d);
      assertThat(write(d)).isEqualTo(a);
      Matcher m = Pattern.compile("\"uuid\" : \"([^\"]+)\"").matcher(a);
      List<String> uuids = new ArrayList<>();
      while (m.find()) {
        uuids.add(m.group(1));
      }
      assertThat(uuids).isNotEmpty().allMatch(u -> u.charAt(14) == '5').doesNotHaveDuplicates();
    }
  }

  @Test
  void theSchemaCheck_isNotVacuous() throws IOException {
    assertThat(OscalSchemas.errors("catalog", "{\"catalog\": {}}")).isNotEmpty();
    String badId = catalog().replace("\"id\" : \"a.5.1\"", "\"id\" : \"A 5.1\"");
    assertThat(OscalSchemas.errors("catalog", badId)).isNotEmpty();
    String badUuid = assessmentResults().replaceFirst("\"uuid\" : \"[^\"]+\"", "\"uuid\" : \"1\"");
    assertThat(OscalSchemas.errors("ar", badUuid)).isNotEmpty();
  }

  @Test
  void tokens_areValidNcNames_whateverTheId() {
    Pattern ncName = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    for (String id : List.of("A.5.1", "5.1", "CLD.6.3.1", "x y/z:1", "", "-a", "Ü.1")) {
      assertThat(OscalJson.controlId(id)).matches(ncName);
      assertThat(OscalJson.clauseId(id)).matches(ncName);
    }
    assertThat(OscalJson.controlId("A.5.1")).isEqualTo("a.5.1");
    assertThat(OscalJson.clauseId("6.1.2")).isEqualTo("clause-6.1.2");
  }
}
