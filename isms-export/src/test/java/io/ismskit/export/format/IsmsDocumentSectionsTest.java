package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.conformance.CertificationCriterion;
import io.ismskit.conformance.CertificationDecision;
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.CriterionResult;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.RiskId;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.fair.FairCode;
import io.ismskit.risk.fair.FairInput;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.fair.FairResult;
import io.ismskit.risk.fair.MonteCarlo;
import io.ismskit.risk.fair.Simulation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code fairResults} and {@code conformance} sections of a document: FAIR results
 * and a conformance report written and read with the ISMS, losslessly and deterministically, in
 * JSON and YAML; every problem of a hostile section placed at its JSON pointer with its line and
 * column, and no exception.
 */
class IsmsDocumentSectionsTest {
  static final Isms NORTHWIND = SampleIsms.northwind();
  static final RiskId R01 = RiskId.of("R-01");
  static final RiskId R06 = RiskId.of("R-06");

  /** The FAIR result of a Northwind risk: its own scenario, {@code trials} years, seed 42. */
  static FairResult fair(Isms isms, RiskId risk, int trials) {
    Map<String, String> inputs = isms.risk(risk).orElseThrow().inherent().orElseThrow().inputs();
    FairInput input = new FairMethod().decode(inputs).get();
    return MonteCarlo.run(input.scenario(), new Simulation(trials, 42)).get();
  }

  static final ConformanceReport REPORT = ConformanceChecker.check(NORTHWIND, SampleIsms.NORTHWIND_AS_OF);

  static final IsmsDocument DOC = IsmsDocument.of(NORTHWIND)
      .withEvents(SampleIsms.northwindEvents())
      .withFairResult(R06, fair(NORTHWIND, R06, 5_000))
      .withFairResult(R01, fair(NORTHWIND, R01, 20_000))
      .withConformance(REPORT);

  static String write(IsmsFormat f, IsmsDocument doc) throws IOException {
    StringWriter out = new StringWriter();
    f.writeDocument(doc, out);
    return out.toString();
  }

  // ---- round trips -------------------------------------------------------------------------------

  @Test
  void theSample_hasWhatTheseTestsNeed() {
    assertThat(REPORT.count(Verdict.MINOR_NC)).isEqualTo(3);
    assertThat(REPORT.count(Verdict.MAJOR_NC)).isZero();
    assertThat(DOC.fairResults().keySet()).containsExactly(R01, R06);
    // the FAIR engine's run sums in another order than the sorted losses would: the statistics are
    // carried as the run computed them
    FairResult r = Objects.requireNonNull(DOC.fairResults().get(R01));
    assertThat(r.trials()).isEqualTo(20_000);
  }

  @Test
  void document_withFairResultsAndAReport_roundTrips_inJsonAndYaml_toTheBit() throws IOException {
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml(), IsmsFormat.json().compact()}) {
      String text = write(f, DOC);
      assertThat(write(f, DOC)).as("deterministic").isEqualTo(text);
      IsmsDocument back = f.readDocument(new StringReader(text)).get();
      assertThat(back).isEqualTo(DOC);
      assertThat(write(f, back)).as("same bytes after a round trip").isEqualTo(text);
      for (RiskId id : List.of(R01, R06)) {
        FairResult was = Objects.requireNonNull(DOC.fairResults().get(id));
        FairResult is = Objects.requireNonNull(back.fairResults().get(id));
        assertThat(Double.doubleToRawLongBits(is.mean())).isEqualTo(Double.doubleToRawLongBits(was.mean()));
        assertThat(Double.doubleToRawLongBits(is.standardDeviation()))
            .isEqualTo(Double.doubleToRawLongBits(was.standardDeviation()));
        assertThat(is.seed()).isEqualTo(42);
        assertThat(is.sortedLosses()).isEqualTo(was.sortedLosses());
        for (double p : new double[] {0, 10, 50, 90, 95, 99, 99.9, 100}) {
          assertThat(is.percentile(p)).isEqualTo(was.percentile(p));
        }
        assertThat(is.lossExceedanceCurve(100)).isEqualTo(was.lossExceedanceCurve(100));
        assertThat(is.probabilityOfExceeding(250_000)).isEqualTo(was.probabilityOfExceeding(250_000));
      }
      ConformanceReport report = back.conformance().orElseThrow();
      assertThat(report).isEqualTo(REPORT);
      assertThat(report.count(Verdict.MINOR_NC)).isEqualTo(3);
      assertThat(report.fixFirst()).isEqualTo(REPORT.fixFirst());
      assertThat(report.certificationDecision()).isEqualTo(REPORT.certificationDecision());
      assertThat(report.diff(REPORT).newFindings()).isEmpty();
      // a plain read checks the sections and returns the ISMS
      assertThat(f.read(new StringReader(text)).get()).isEqualTo(NORTHWIND);
    }
  }

  @Test
  void doubles_areWrittenInTheirShortestForm_theSameOnEveryJdk() throws IOException {
    // JDK 17's Double.toString(2e23) is "1.9999999999999998E23" (JDK-4511638, fixed in JDK 19): the
    // format writes doubles with Jackson's own shortest writer, so its bytes do not depend on the JDK
    FairResult r = FairResult.ofLosses(new double[] {Double.parseDouble("2e23"), 0, 1.0E-5}, 7);
    IsmsDocument doc = IsmsDocument.of(NORTHWIND).withFairResult(R01, r);
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml()}) {
      String text = write(f, doc);
      assertThat(text).contains("2.0E23").doesNotContain("1.9999999999999998E23");
      assertThat(f.readDocument(new StringReader(text)).get()).isEqualTo(doc);
    }
  }

  @Test
  void eachSection_isLeftOutWhenEmpty() throws IOException {
    String bare = write(IsmsFormat.json(), IsmsDocument.of(NORTHWIND));
    String onlyReport = write(IsmsFormat.json(), IsmsDocument.of(NORTHWIND).withConformance(REPORT));
    String onlyFair = write(IsmsFormat.json(),
        IsmsDocument.of(NORTHWIND).withFairResult(R01, fair(NORTHWIND, R01, 50)));
    assertThat(bare).doesNotContain("\"fairResults\"").doesNotContain("\"conformance\"");
    assertThat(onlyReport).doesNotContain("\"fairResults\"").contains("\"conformance\"").startsWith(
        bare.substring(0, bare.length() - 3));
    assertThat(onlyFair).contains("\"fairResults\"").doesNotContain("\"conformance\"");
    IsmsDocument read = IsmsFormat.json().readDocument(new StringReader(onlyReport)).get();
    assertThat(read.fairResults()).isEmpty();
    assertThat(read.conformance()).contains(REPORT);
  }

  @Test
  void aReportOfAnInvalidModel_withItsModelProblems_roundTrips() throws IOException {
    Isms broken = NORTHWIND.withRisk(NORTHWIND.risk(R01).orElseThrow().withOwner(
        io.ismskit.core.id.PersonId.of("P-GHOST")));
    ConformanceReport report = ConformanceChecker.check(broken, SampleIsms.NORTHWIND_AS_OF);
    assertThat(report.modelProblems()).isNotEmpty();
    IsmsDocument doc = IsmsDocument.of(NORTHWIND).withConformance(report);
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml()}) {
      String text = write(f, doc);
      assertThat(text).contains("validation.reference.dangling");
      assertThat(f.readDocument(new StringReader(text)).get().conformance()).contains(report);
    }
  }

  @Test
  void documentWithBothSections_validatesAgainstTheSchema() throws IOException {
    String json = write(IsmsFormat.json(), DOC);
    assertThat(FormatSchemaTest.errors(json)).isEmpty();
    assertThat(FormatSchemaTest.errors(json.replaceFirst("\"losses\": \\[\n(\\s*)", "\"losses\": [\n$1-1, ")))
        .isNotEmpty();
    assertThat(FormatSchemaTest.errors(json.replaceFirst("\"verdict\": \"MINOR_NC\"", "\"verdict\": \"MINOR\"")))
        .isNotEmpty();
    assertThat(FormatSchemaTest.errors(json.replaceFirst("\"seed\": 42", "\"seed\": \"42\""))).isNotEmpty();
  }

  /**
   * A small report with every part a report can hold: a model problem and its finding, a re-graded
   * finding naming a control, a passing one, a suppressed one, rule results and a decision with met
   * and unmet criteria. Written by hand so that the golden file does not change with the built-in
   * rules' wording.
   */
  static ConformanceReport smallReport() {
    Finding invalid = new Finding("model-validity", "validation.reference.dangling", Verdict.MAJOR_NC,
        List.of(ClauseId.of("6.1.2")), List.of(), List.of(EntityRef.of("Risk", "R-1")),
        "a valid model: every reference resolves", "model invalid: Risk R-1: owner names no person, was 'P-GHOST'",
        "record the owner as a person of the ISMS", Optional.empty());
    Finding backup = new Finding("A.8.13-backup", "stale", Verdict.MINOR_NC, List.of(ClauseId.of("8.1")),
        List.of(ControlId.of("A.8.13")), List.of(EntityRef.of("Asset", "A-1")), "a restore test within 12 months",
        "last restore test on 2024-11-02", "test a restore", Optional.of("re-graded from MAJOR_NC to MINOR_NC"));
    Finding aware = new Finding("7.3-awareness", "conforms", Verdict.CONFORMS, List.of(ClauseId.of("7.3")),
        List.of(), List.of(), "everyone trained", "3 people trained", "", Optional.empty());
    Finding hidden = new Finding("7.3-awareness", "untrained", Verdict.MINOR_NC, List.of(ClauseId.of("7.3")),
        List.of(), List.of(EntityRef.of("Person", "P-2")), "everyone trained", "P-2 untrained", "train P-2",
        Optional.of("suppressed until 2026-04-30: new starter"));
    CertificationDecision decision = new CertificationDecision(List.of(
        new CriterionResult(CertificationCriterion.MODEL_VALID, false, "Isms.validate() finds 1 problem(s)",
            List.of(EntityRef.of("Risk", "R-1")), List.of(invalid)),
        new CriterionResult(CertificationCriterion.CHECK_COMPLETE, true, "every rule evaluated", List.of(), List.of()),
        new CriterionResult(CertificationCriterion.NO_OPEN_MAJOR, false, "1 major nonconformity open",
            List.of(EntityRef.of("Risk", "R-1")), List.of(invalid)),
        new CriterionResult(CertificationCriterion.MINORS_HAVE_ACTION_PLANS, false, "1 of 1 without a plan",
            List.of(EntityRef.of("Asset", "A-1")), List.of(backup)),
        new CriterionResult(CertificationCriterion.INTERNAL_AUDIT_COMPLETE, true, "audit AUD-1", List.of(), List.of()),
        new CriterionResult(CertificationCriterion.MANAGEMENT_REVIEW_COMPLETE, true, "review MR-1", List.of(),
            List.of()),
        new CriterionResult(CertificationCriterion.MANDATORY_DOCUMENTS_PRESENT, true, "all present", List.of(),
            List.of())));
    return ConformanceReport.of(SampleIsms.LEAN_AS_OF, "iso27001:2022", "1.0", List.of(invalid, backup, aware),
        List.of(hidden), List.of(new ConformanceReport.RuleResult("A.8.13-backup", List.of(ClauseId.of("8.1")),
            Verdict.MINOR_NC, 0), new ConformanceReport.RuleResult("7.3-awareness", List.of(ClauseId.of("7.3")),
            Verdict.CONFORMS, 1)), decision,
        List.of(new Problem(ValidationCode.DANGLING, "Risk", "R-1", "owner", "P-GHOST",
            "Risk R-1: owner names no person, was 'P-GHOST'")));
  }

  /** A small document with both sections: the lean sample, a small report and a FAIR result of 12 years. */
  @Test
  void golden_smallDocumentWithBothSections() throws IOException {
    Isms lean = SampleIsms.lean();
    RiskId first = lean.risks().get(0).id();
    // amounts Double.toString writes with an exponent (1.0E-4, 2.50000005E7), which YAML must read as numbers
    FairResult twelve = FairResult.ofLosses(new double[] {0, 0, 0, 0, 1_250.5, 3_000, 0, 12_000.25, 0, 0.0001,
        987_654.321, 25_000_000.5}, 7);
    IsmsDocument doc = IsmsDocument.of(lean).withFairResult(first, twelve).withConformance(smallReport());
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml()}) {
      String text = write(f, doc);
      Golden.assertResource("src/test/resources", "/io/ismskit/export/format/golden/lean-document."
          + (f.isYaml() ? "yaml" : "json"), text);
      assertThat(f.readDocument(new StringReader(text)).get()).isEqualTo(doc);
    }
    assertThat(FormatSchemaTest.errors(write(IsmsFormat.json(), doc))).isEmpty();
  }

  @Test
  void theDocument_refusesAResultOfARiskItDoesNotHave() {
    FairResult r = FairResult.ofLosses(new double[] {1, 2}, 1);
    assertThatThrownBy(() -> IsmsDocument.of(NORTHWIND).withFairResult(RiskId.of("R-99"), r))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(ValidationCode.DANGLING);
          assertThat(e.problem().entityId()).isEqualTo("R-99");
        });
    assertThat(IsmsDocument.of(NORTHWIND).withFairResult(R01, r).fairResults()).containsEntry(R01, r);
    assertThat(DOC.withEvents(List.of()).events()).isEmpty();
    assertThat(DOC.withFairResults(Map.of()).fairResults()).isEmpty();
  }

  // ---- hostile input -----------------------------------------------------------------------------

  /** A compact JSON document of Northwind with {@code sections} (raw JSON members) appended. */
  static String withSections(String sections) throws IOException {
    String bare = write(IsmsFormat.json().compact(), IsmsDocument.of(NORTHWIND));
    return bare.substring(0, bare.lastIndexOf('}')) + ", " + sections + "}";
  }

  static List<Problem> problems(IsmsFormat f, String text) {
    Validation<Seq<Problem>, IsmsDocument> read = f.readDocument(new StringReader(text));
    assertThat(read.isInvalid()).as("refused").isTrue();
    List<Problem> all = read.getError().toJavaList();
    assertThat(all).allSatisfy(p -> assertThat(p.message()).as("located")
        .matches("^/.* \\(line \\d+, column \\d+\\): .*"));
    return all;
  }

  static List<String> messages(String json) {
    return problems(IsmsFormat.json(), json).stream().map(Problem::message).toList();
  }

  static final String GOOD = "{\"seed\": 1, \"mean\": 1.5, \"standardDeviation\": 2.1213203435596424, "
      + "\"losses\": [0, 3]}";

  @Test
  void aWellFormedHandWrittenResult_isRead() throws IOException {
    IsmsDocument doc = IsmsFormat.json().readDocument(new StringReader(withSections(
        "\"fairResults\": {\"R-01\": " + GOOD + "}"))).get();
    assertThat(Objects.requireNonNull(doc.fairResults().get(R01)).mean()).isEqualTo(1.5);
  }

  @Test
  void fairResults_wrongTypes_badLosses_andBadStatistics_areRefused_eachAtItsPointer() throws IOException {
    assertThat(messages(withSections("\"fairResults\": [1, 2]"))).singleElement().asString()
        .startsWith("/fairResults (line 1, column").contains("must be an object of FAIR results");
    List<String> all = messages(withSections("\"fairResults\": {\"R-01\": {\"seed\": \"x\", \"mean\": \"NaN\", "
        + "\"standardDeviation\": -1, \"losses\": [1, -2, \"NaN\", 1e999, null, {}], \"colour\": 1}, "
        + "\"R-06\": 7}"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/seed ").contains("whole number"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/mean ").contains("was 'NaN'"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/standardDeviation ")
        .contains("must not be negative"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/1 ")
        .contains("must not be negative").contains("was '-2'"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/2 ").contains("was 'NaN'"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/3 ")
        .contains("must be a finite annual loss"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/4 "));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/5 ").contains("an object"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/colour ").contains("not a field"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-06 ").contains("must be a FAIR result"));
    assertThat(all).hasSize(10);
    // missing parts, no losses, an id that is no id
    List<String> missing = messages(withSections("\"fairResults\": {\"R-01\": {\"losses\": []}, \" \": " + GOOD
        + "}"));
    assertThat(missing).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/seed ").contains("is missing"));
    assertThat(missing).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/mean ").contains("is missing"));
    assertThat(missing).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses ")
        .contains("at least one"));
    assertThat(missing).anySatisfy(m -> assertThat(m).startsWith("/fairResults/  (line").contains("RiskId.value"));
  }

  @Test
  void statisticsTheLossesDoNotGive_areRefused_atTheStatistic() throws IOException {
    List<Problem> all = problems(IsmsFormat.json(), withSections("\"fairResults\": {\"R-01\": "
        + GOOD.replace("\"mean\": 1.5", "\"mean\": 1.6") + "}"));
    assertThat(all).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FairCode.INCONSISTENT);
      assertThat(p.field()).isEqualTo("/fairResults/R-01/mean");
      assertThat(p.message()).contains("is not the mean of the losses, 1.5");
    });
  }

  @Test
  void aResultOfARiskTheIsmsDoesNotHave_isRefused_atItsKey_inEitherOrderOfTheSections() throws IOException {
    String json = withSections("\"fairResults\": {\"R-01\": " + GOOD + ", \"R-99\": " + GOOD + "}");
    List<Problem> all = problems(IsmsFormat.json(), json);
    assertThat(all).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ValidationCode.DANGLING);
      assertThat(p.field()).isEqualTo("/fairResults/R-99");
      assertThat(p.message()).contains("R-99").contains("no such risk");
    });
    // the section before the ISMS
    String bare = write(IsmsFormat.json().compact(), IsmsDocument.of(NORTHWIND));
    String first = "{\"fairResults\": {\"R-99\": " + GOOD + "}, " + bare.substring(1);
    assertThat(problems(IsmsFormat.json(), first)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("/fairResults/R-99"));
    // a draft read without validation still refuses it: the document could not hold it
    assertThat(IsmsFormat.json().withoutValidation().readDocument(new StringReader(json)).isInvalid()).isTrue();
  }

  /** Northwind whose risk R-01 names an owner who is no person: {@code Isms.validate()} refuses it. */
  static Isms invalidNorthwind() {
    return NORTHWIND.withRisk(NORTHWIND.risk(R01).orElseThrow().withOwner(io.ismskit.core.id.PersonId.of("P-GHOST")));
  }

  /** A compact JSON document of {@code isms} with a FAIR result keyed by R-01 and one keyed by R-99. */
  static String withDanglingResult(Isms isms, boolean sectionFirst) throws IOException {
    String bare = write(IsmsFormat.json().compact(), IsmsDocument.of(isms));
    String fair = "\"fairResults\": {\"R-01\": " + GOOD + ", \"R-99\": " + GOOD + "}";
    return sectionFirst ? "{" + fair + ", " + bare.substring(1)
        : bare.substring(0, bare.lastIndexOf('}')) + ", " + fair + "}";
  }

  @Test
  void aResultOfARiskTheIsmsDoesNotHave_isReportedBesideTheProblemsOfAnIsmsThatValidationRefuses()
      throws IOException {
    for (boolean first : new boolean[] {false, true}) {
      List<Problem> all = problems(IsmsFormat.json(), withDanglingResult(invalidNorthwind(), first));
      assertThat(all).anySatisfy(p -> {
        assertThat(p.code()).isEqualTo(ValidationCode.DANGLING);
        assertThat(p.field()).isEqualTo("/isms/risks/0/owner");
        assertThat(p.message()).contains("P-GHOST");
      });
      assertThat(all).anySatisfy(p -> {
        assertThat(p.code()).isEqualTo(ValidationCode.DANGLING);
        assertThat(p.field()).isEqualTo("/fairResults/R-99");
      });
      assertThat(all).noneSatisfy(p -> assertThat(p.field()).startsWith("/fairResults/R-01"));
    }
    // without validation, the key alone: the document could not hold it
    assertThat(IsmsFormat.json().withoutValidation().readDocument(new StringReader(
        withDanglingResult(invalidNorthwind(), false))).getError()).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("/fairResults/R-99"));
  }

  @Test
  void aResultOfARiskTheIsmsDoesNotHave_isReportedBesideTheProblemsOfAnIsmsThatCannotBeRead() throws IOException {
    for (boolean first : new boolean[] {false, true}) {
      String json = withDanglingResult(NORTHWIND, first).replaceFirst("\"headcount\":\\d+", "\"headcount\":\"ten\"");
      List<Problem> all = problems(IsmsFormat.json(), json);
      assertThat(all).extracting(Problem::field)
          .containsExactlyInAnyOrder("/isms/organization/headcount", "/fairResults/R-99");
    }
    // YAML too, where the line and column are YAML's
    StringWriter yaml = new StringWriter();
    IsmsFormat.yaml().writeDocument(IsmsDocument.of(NORTHWIND).withFairResult(R06, fair(NORTHWIND, R06, 50)), yaml);
    String bad = yaml.toString().replaceFirst("headcount: \\d+", "headcount: \"ten\"")
        .replace("\n  R-06:\n", "\n  R-99:\n");
    assertThat(bad).contains("R-99:").contains("headcount: \"ten\"");
    assertThat(problems(IsmsFormat.yaml(), bad)).extracting(Problem::field)
        .containsExactlyInAnyOrder("/isms/organization/headcount", "/fairResults/R-99");
  }

  @Test
  void resultKeys_areNotChecked_whenTheRisksThemselvesCannotBeRead() throws IOException {
    // R-01 fails to build: whether a key names a risk is unknown, so no key is said to dangle
    String json = withDanglingResult(NORTHWIND, false).replaceFirst("(\\{\"id\":\"R-01\",)", "$1\"titel\":1,");
    assertThat(json).contains("\"titel\":1");
    assertThat(problems(IsmsFormat.json(), json)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("/isms/risks/0/titel"));
    String notAList = withDanglingResult(NORTHWIND, true)
        .replace(",\"risks\":[{\"id\":\"R-01\"", ",\"risks\":7,\"x\":[{\"id\":\"R-01\"");
    assertThat(notAList).contains("\"risks\":7");
    assertThat(problems(IsmsFormat.json(), notAList)).extracting(Problem::field)
        .contains("/isms/risks").noneSatisfy(f -> assertThat(f).startsWith("/fairResults"));
  }

  @Test
  void document_overStreams_roundTrips_inUtf8_andReadsUtf16() throws IOException {
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml(), IsmsFormat.json().compact()}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      f.writeDocument(DOC, out);
      byte[] bytes = out.toByteArray();
      assertThat(bytes).isEqualTo(write(f, DOC).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(f.readDocument(new java.io.ByteArrayInputStream(bytes)).get()).isEqualTo(DOC);
      assertThat(f.read(new java.io.ByteArrayInputStream(bytes)).get()).isEqualTo(NORTHWIND);
    }
    byte[] utf16 = write(IsmsFormat.json(), DOC).getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    assertThat(IsmsFormat.json().readDocument(new java.io.ByteArrayInputStream(utf16)).get()).isEqualTo(DOC);
    // problems from a stream are placed as from a reader; a failing stream is a problem, not an exception
    byte[] dangling = withDanglingResult(NORTHWIND, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(IsmsFormat.json().readDocument(new java.io.ByteArrayInputStream(dangling)).getError())
        .extracting(Problem::field).containsExactly("/fairResults/R-99");
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThat(IsmsFormat.json().readDocument(failing).getError()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("disk gone"));
  }

  @Test
  void moreLossesThanTheLimit_areRefused_withoutReadingThemAll() throws IOException {
    String json = withSections("\"fairResults\": {\"R-01\": {\"seed\": 1, \"mean\": 1, \"standardDeviation\": 0, "
        + "\"losses\": [1, 1, 1, 1, 1, 1, 1]}}");
    List<String> limited = problems(IsmsFormat.json().withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(4)
        .withMaxProblems(1000)), json).stream().map(Problem::message).toList();
    assertThat(limited).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01/losses/4 ")
        .contains("more than 4 elements"));
  }

  @Test
  void conformance_hostileParts_areRefused_eachAtItsPointer() throws IOException {
    String json = write(IsmsFormat.json().compact(), IsmsDocument.of(NORTHWIND).withConformance(REPORT));
    assertThat(json).contains("\"verdict\":\"MINOR_NC\"");
    // an unknown verdict
    assertThat(messages(json.replaceFirst("\"verdict\":\"MINOR_NC\"", "\"verdict\":\"MINOR\"")))
        .singleElement().asString().matches("^/conformance/findings/\\d+/verdict \\(line 1, column \\d+\\): .*")
        .contains("MINOR");
    // wrong types, a missing part, an unknown field
    int at = json.indexOf("\"conformance\":");
    String section = "\"conformance\": {\"asOf\": 5, \"ruleSetId\": [], \"ruleSetVersion\": \"1\", "
        + "\"findings\": [{\"ruleId\": \"x\"}], \"colour\": 1}";
    List<String> all = messages(json.substring(0, at) + section + "}");
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/conformance/asOf ").contains("was '5'"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/conformance/ruleSetId ").contains("an array"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/conformance/findings/0/code ").contains("required"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/conformance/colour ").contains("not a field"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/conformance/certificationDecision ")
        .contains("is missing"));
    // a finding without clauses: the record refuses it
    String head = json.substring(0, at);
    String tail = json.substring(at);
    assertThat(messages(head + tail.replaceFirst("\"clauses\":\\[[^\\]]*\\]", "\"clauses\":[]"))).isNotEmpty()
        .allSatisfy(m -> assertThat(m).startsWith("/conformance/findings/0 "));
    // parts that do not fit: a rule's verdict that is not its findings'
    String issues = "{\"ruleId\":\"4.1-issues\",\"clauses\":[\"4.1\"],\"verdict\":\"CONFORMS\"";
    assertThat(tail.contains("\"rules\":[{\"ruleId\":\"4.1-climate\"") && tail.contains(issues)).isTrue();
    String wrongVerdict = head + tail.replace(issues, issues.replace("CONFORMS", "MAJOR_NC"));
    assertThat(problems(IsmsFormat.json(), wrongVerdict)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("/conformance/rules/1/verdict");
      assertThat(p.message()).contains("most severe verdict");
    });
  }

  @Test
  void conformance_modelProblems_withAnUnknownCode_orWithoutMessage_areRefused() throws IOException {
    Isms broken = NORTHWIND.withRisk(NORTHWIND.risk(R01).orElseThrow().withOwner(
        io.ismskit.core.id.PersonId.of("P-GHOST")));
    String json = write(IsmsFormat.json().compact(), IsmsDocument.of(NORTHWIND)
        .withConformance(ConformanceChecker.check(broken, SampleIsms.NORTHWIND_AS_OF)));
    List<String> unknown = messages(json.replaceFirst("\"code\":\"validation.reference.dangling\"",
        "\"code\":\"validation.reference.missing\""));
    assertThat(unknown).singleElement().asString().startsWith("/conformance/modelProblems/0/code ")
        .contains("validation.reference.missing");
    List<String> noMessage = messages(json.replaceFirst("(\"modelProblems\":\\[\\{[^}]*),\"message\":\"[^\"]*\"",
        "$1"));
    assertThat(noMessage).singleElement().asString().startsWith("/conformance/modelProblems/0/message ")
        .contains("is missing");
  }

  @Test
  void yamlProblems_areLocatedToo() throws IOException {
    String yaml = write(IsmsFormat.yaml(), DOC);
    String bad = yaml.replaceFirst("seed: 42", "seed: \"forty-two\"");
    assertThat(bad).isNotEqualTo(yaml);
    assertThat(problems(IsmsFormat.yaml(), bad)).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("/fairResults/R-01/seed (line ").contains("forty-two"));
  }

  @Test
  void duplicateSections_areRefused() throws IOException {
    String twice = withSections("\"fairResults\": {}, \"fairResults\": {\"R-01\": " + GOOD + "}");
    assertThat(messages(twice)).anySatisfy(m -> assertThat(m).startsWith("/fairResults ").contains("repeats"));
    String twiceKey = withSections("\"fairResults\": {\"R-01\": " + GOOD + ", \"R-01\": " + GOOD + "}");
    assertThat(messages(twiceKey)).anySatisfy(m -> assertThat(m).startsWith("/fairResults/R-01 ")
        .contains("repeats"));
  }
}
