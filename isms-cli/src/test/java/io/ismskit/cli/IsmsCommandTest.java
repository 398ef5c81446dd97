package io.ismskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismskit.core.Isms;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.core.risk.Risk;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.RiskEngine;
import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairInput;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.fair.Simulation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsmsCommandTest {
  @TempDir
  Path tmp;

  // ---- helpers ---------------------------------------------------------------------------------

  /** The lean sample as of the tests' today, written as YAML. */
  private Path lean() throws IOException {
    return write("lean.yaml", SampleIsms.lean(CliRun.TODAY), IsmsFormat.yaml());
  }

  private Path northwind() throws IOException {
    return write("northwind.json", SampleIsms.northwind(CliRun.TODAY), IsmsFormat.json());
  }

  private Path write(String name, Isms isms, IsmsFormat format) throws IOException {
    StringWriter w = new StringWriter();
    format.write(isms, w);
    Path p = tmp.resolve(name);
    Files.writeString(p, w.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static void assertNoStackTrace(CliRun r) {
    assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  // ---- the command itself ------------------------------------------------------------------------

  @Test
  void version_printsTheVersion() {
    CliRun r = CliRun.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("isms ").contains("ISO/IEC 27001:2022");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "check", "validate", "simulate", "export", "due", "diff", "init"})
  void help_onEveryCommand(String command) {
    CliRun r = CliRun.run(command, "--help");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: isms " + command).contains("--help");
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    CliRun r = CliRun.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("assess", "check", "validate", "simulate", "export", "due", "diff", "init",
        "Exit codes:", "internal error");
  }

  @Test
  void noCommand_isInvalidInput() {
    CliRun r = CliRun.run();
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("Usage: isms");
  }

  @Test
  void unknownOption_isInvalidInput() {
    CliRun r = CliRun.run("check", "x.yaml", "--fail-on", "catastrophic");
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("--fail-on").contains("Try 'isms check --help'");
    assertNoStackTrace(r);
  }

  @Test
  void badDate_isInvalidInput() {
    CliRun r = CliRun.run("assess", "--as-of", "2026-13-45");
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("--as-of");
  }

  // ---- assess -------------------------------------------------------------------------------------

  @Test
  void assess_theSample_printsTheSummaryAndWritesTheReportSet() throws IOException {
    Path out = tmp.resolve("report");
    CliRun r = CliRun.run("assess", "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Northwind Analytics", "as of 2026-06-30", "sample northwind", "Certification:",
        "Findings:", "Top risks (residual)", "Due:", "Report written to");
    assertThat(out.resolve("report.html")).content().startsWith("<!DOCTYPE html>").contains("Northwind");
    assertThat(out.resolve("report.md")).content().contains("Northwind");
    assertThat(out.resolve("risk-register.csv")).content().startsWith("id,title");
    assertThat(out.resolve("soa.csv")).content().startsWith("control,");
    assertThat(out.resolve("findings.csv")).isNotEmptyFile();
    assertThat(out.resolve("corrective-actions.csv")).isNotEmptyFile();
    assertThat(out.resolve("oscal-assessment-results.json")).content().contains("\"assessment-results\"");
    assertThat(out.resolve("oscal-poam.json")).content().contains("\"plan-of-action-and-milestones\"");
    assertThat(out.resolve("oscal-ssp.json")).content().contains("\"system-security-plan\"");
    assertThat(out.resolve("isms.json")).content().contains("\"schemaVersion\"");
    // the sample's four FAIR scenarios and their portfolio
    assertThat(out.resolve("report.html")).content().contains("Loss exceedance curve").contains("Portfolio");
    assertThat(filesUnder(out)).hasSize(10);
    assertThat(filesUnder(tmp)).hasSize(10); // no temporary files left behind
    // the written ISMS is a valid input again
    assertThat(CliRun.run("validate", out.resolve("isms.json").toString()).exit()).isZero();
  }

  @Test
  void assess_theLeanSample() {
    CliRun r = CliRun.run("assess", "--sample", "lean");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("sample lean", "Certification:");
  }

  @Test
  void assess_aFile_isTheSameAsTheSample() throws IOException {
    // the file with the sample's history as an event log beside it
    Path events = Files.writeString(tmp.resolve("events.log"),
        io.ismskit.pdca.EventLog.format(SampleIsms.northwindEvents(CliRun.TODAY)));
    CliRun file = CliRun.run("assess", northwind().toString(), "--events", events.toString());
    CliRun sample = CliRun.run("assess");
    assertThat(file.exit()).as(file.toString()).isZero();
    assertThat(file.out().replace("PDCA (" + events + ")", "PDCA (the sample northwind's history)").lines().skip(1)
        .toList()).isEqualTo(sample.out().lines().skip(1).toList());
  }

  @Test
  void assess_missingFile_writesNothing() throws IOException {
    Path out = tmp.resolve("report");
    CliRun r = CliRun.run("assess", tmp.resolve("missing.yaml").toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("missing.yaml: no such file");
    assertThat(out).doesNotExist();
    assertThat(filesUnder(tmp)).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void assess_outIsAFile_isInvalidInput_andTheFileIsKept() throws IOException {
    Path file = Files.writeString(tmp.resolve("report"), "keep me");
    CliRun r = CliRun.run("assess", "--out", file.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("is not a directory");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void assess_fileSystemRefusing_isAnInternalError_withoutAStackTrace() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    CliRun r = CliRun.run("assess", "--sample", "lean", "--out", file.resolve("sub").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("isms: internal error");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void assess_withAnEventLog_showsThePhaseAndWhatBlocksIt() throws IOException {
    Path events = Files.writeString(tmp.resolve("events.log"),
        "# the PDCA log\ntype=cycle-started\tversion=2\tby=P-01\tcycle=1\ton=2026-01-05\n");
    // the lean sample with its scope not approved: clause 4.3 is not met, so PLAN cannot be left
    Isms lean = SampleIsms.lean(CliRun.TODAY);
    Isms unapproved = lean.withScope(lean.scope().orElseThrow().withApproval(java.util.Optional.empty()));
    Path file = write("lean.yaml", unapproved, IsmsFormat.yaml());
    CliRun r = CliRun.run("assess", file.toString(), "--events", events.toString(), "--out",
        tmp.resolve("report").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("PDCA \\(.*events.log\\): cycle 1, phase PLAN since 2026-01-05: \\d+ things? blocks?"
        + " leaving it");
    assertThat(r.out()).contains("  4.3 ");
    assertThat(tmp.resolve("report").resolve("report.html")).content().contains("PLAN");
    // the complete lean sample meets the exit criteria of PLAN
    CliRun ready = CliRun.run("assess", lean().toString(), "--events", events.toString());
    assertThat(ready.out()).contains("cycle 1, phase PLAN since 2026-01-05: its exit criteria are met");
  }

  @Test
  void assess_theNorthwindSample_replaysItsOwnHistory() {
    CliRun r = CliRun.run("assess");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("PDCA \\(the sample northwind's history\\): cycle 2, phase CHECK since"
        + " \\d{4}-\\d\\d-\\d\\d: 1 thing blocks leaving it");
    assertThat(r.out()).contains("  9.2.2 MINOR_NC 9.2.2-programme-basis#unweighted [AuditProgramme:AP-1]");
    // an explicit log replaces the history
    assertThat(CliRun.run("assess", "--sample", "lean").out()).contains("PDCA: phase not known");
  }

  @Test
  void readme_showsTheSummaryOfTheSample_asTheCommandPrintsIt() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String first = "Northwind Analytics - ISMS as of 2026-06-30 (sample northwind)";
    int start = readme.indexOf(first);
    assertThat(start).as("README.md shows the summary of the sample as of 2026-06-30").isNotNegative();
    String excerpt = readme.substring(start, readme.indexOf("\n```", start) + 1);
    CliRun r = CliRun.run("assess", "--as-of", "2026-06-30");
    assertThat(r.out()).as("README.md's excerpt of the summary").isEqualTo(excerpt);
  }

  @Test
  void assess_withoutAnEventLog_saysThePhaseIsNotKnown() {
    CliRun r = CliRun.run("assess", "--sample", "lean");
    assertThat(r.out()).contains("PDCA: phase not known (give the cycle's event log with --events FILE)");
  }

  @Test
  void assess_malformedEventLog_isInvalidInput_withItsLine() throws IOException {
    Path events = Files.writeString(tmp.resolve("events.log"), "# comment\nthis is not an event\n");
    Path out = tmp.resolve("report");
    CliRun r = CliRun.run("assess", lean().toString(), "--events", events.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("events.log:2: pdca.");
    assertThat(out).doesNotExist();
    assertNoStackTrace(r);
  }

  // ---- validate -----------------------------------------------------------------------------------

  @Test
  void validate_theSample() throws IOException {
    CliRun r = CliRun.run("validate", lean().toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("valid ISMS");
  }

  @Test
  void validate_missingFile() {
    CliRun r = CliRun.run("validate", tmp.resolve("nope.yaml").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("nope.yaml: no such file");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void validate_malformedYaml_givesLineAndColumn() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "schemaVersion: 1\nisms:\n  organization:\n    name: [\"x\"\n");
    CliRun r = CliRun.run("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).containsPattern(Pattern.compile("bad\\.yaml:\\d+:\\d+: [a-z]+\\.[a-z-.]+: "));
    assertNoStackTrace(r);
  }

  @Test
  void validate_invalidIsms_givesEveryProblemWithItsLine() throws IOException {
    String text = Files.readString(lean());
    Path bad = Files.writeString(tmp.resolve("invalid.yaml"), text.replace("owner: \"P-01\"", "owner: \"P-NOBODY\""));
    CliRun r = CliRun.run("validate", bad.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l)
        .matches(".*invalid\\.yaml:\\d+:\\d+: validation\\.reference\\.dangling: .*'P-NOBODY'.*"));
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void validate_aValueTheModelRefuses_givesLineAndColumn() throws IOException {
    String text = Files.readString(lean());
    Path bad = Files.writeString(tmp.resolve("blank.yaml"),
        text.replaceFirst("name: \"Client bookkeeping and payroll data\"", "name: \"\""));
    // the codec places a value the builder refuses at the value itself: its line and column
    List<String> lines = text.lines().toList();
    int line = 0;
    while (!lines.get(line).contains("name: \"Client bookkeeping and payroll data\"")) {
      line++;
    }
    int column = lines.get(line).indexOf('"') + 1;
    CliRun r = CliRun.run("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("blank.yaml:" + (line + 1) + ":" + column + ": model.value.blank: /isms/assets/0/name");
    assertNoStackTrace(r);
  }

  @Test
  void validate_notUtf8() throws IOException {
    Path bad = Files.write(tmp.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    CliRun r = CliRun.run("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("not UTF-8");
  }

  // ---- check --------------------------------------------------------------------------------------

  @Test
  void check_printsCompilerStyleLines() throws IOException {
    Path file = northwind();
    CliRun r = CliRun.run("check", file.toString(), "--fail-on", "observation");
    List<String> findings = r.out().lines().filter(l -> !l.contains("--fail-on")).toList();
    assertThat(findings).isNotEmpty().allSatisfy(l -> assertThat(l)
        .matches(Pattern.quote(file.toString()) + ":\\d+: \\d+(\\.\\d+)*: (MAJOR_NC|MINOR_NC|OBSERVATION): .+"));
    assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("--fail-on observation: FAILED");
  }

  @Test
  void check_seededMajorNonconformity_failsTheBuild() throws IOException {
    Isms isms = SampleIsms.northwind(CliRun.TODAY);
    CliRun clean = CliRun.run("check", northwind().toString(), "--fail-on", "major");
    assertThat(clean.exit()).as(clean.toString()).isZero();
    // seeded: no management review was ever held (9.3)
    Isms seeded = isms.toBuilder().managementReviews(List.of())
        .improvements(isms.improvements().stream().map(i -> i.withReview(java.util.Optional.empty())).toList())
        .build();
    Path file = write("seeded.json", seeded, IsmsFormat.json());
    CliRun r = CliRun.run("check", file.toString(), "--fail-on", "major");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).containsPattern("seeded\\.json:\\d+: 9\\.3(\\.\\d+)?: MAJOR_NC: ");
    assertThat(r.out()).contains("--fail-on major: FAILED");
  }

  @Test
  void check_missingFile() {
    CliRun r = CliRun.run("check", tmp.resolve("none.json").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertNoStackTrace(r);
  }

  // ---- export -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml", "oscal-ar", "oscal-poam", "oscal-ssp", "csv", "html", "md"})
  void export_everyFormat(String format) throws IOException {
    Path out = tmp.resolve("out." + format);
    CliRun r = CliRun.run("export", lean().toString(), "--format", format, "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(out).isNotEmptyFile();
    assertThat(filesUnder(tmp)).hasSize(2); // the input and the output, no temporary file
  }

  @Test
  void export_yamlToJsonAndBack_isLossless() throws IOException {
    Path yaml = lean();
    Path json = tmp.resolve("lean.json");
    assertThat(CliRun.run("export", yaml.toString(), "--format", "json", "--out", json.toString()).exit()).isZero();
    CliRun back = CliRun.run("export", json.toString(), "--format", "yaml");
    assertThat(back.exit()).isZero();
    assertThat(back.out()).isEqualTo(Files.readString(yaml));
  }

  @Test
  void export_csvTables() throws IOException {
    CliRun r = CliRun.run("export", lean().toString(), "--format", "csv", "--table", "soa");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("control,");
  }

  @Test
  void export_unknownFormat() throws IOException {
    CliRun r = CliRun.run("export", lean().toString(), "--format", "pdf", "--out", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("'pdf' is not a format");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void export_brokenInput_writesNothing() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"schemaVersion\": 1, \"isms\": ");
    Path out = tmp.resolve("out.html");
    CliRun r = CliRun.run("export", bad.toString(), "--format", "html", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).containsPattern("bad\\.json:\\d+:\\d+: ");
    assertThat(out).doesNotExist();
  }

  // ---- due ----------------------------------------------------------------------------------------

  @Test
  void due_listsSoonestFirst() throws IOException {
    CliRun r = CliRun.run("due", northwind().toString(), "--within", "365");
    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> dates = r.out().lines().skip(1).map(l -> l.substring(0, 10)).toList();
    assertThat(dates).isNotEmpty().isSorted();
    assertThat(r.out()).contains("due within 365 days");
  }

  @Test
  void due_failOnOverdue_yearsLater() throws IOException {
    Path file = northwind();
    CliRun later = CliRun.run("due", file.toString(), "--as-of", "2030-01-01", "--fail-on-overdue");
    assertThat(later.exit()).as(later.toString()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(later.out()).contains("OVERDUE");
    CliRun noFlag = CliRun.run("due", file.toString(), "--as-of", "2030-01-01");
    assertThat(noFlag.exit()).isZero();
  }

  // ---- diff ---------------------------------------------------------------------------------------

  @Test
  void diff_sameFile_noChanges() throws IOException {
    Path f = lean();
    CliRun r = CliRun.run("diff", f.toString(), f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("no changes", "findings: 0 new, 0 resolved");
  }

  @Test
  void diff_namesEntitiesAndFields() throws IOException {
    Path old = lean();
    String text = Files.readString(old).replaceFirst("name: \"Client bookkeeping and payroll data\"",
        "name: \"Client bookkeeping data\"");
    Path newer = Files.writeString(tmp.resolve("new.yaml"), text);
    CliRun r = CliRun.run("diff", old.toString(), newer.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("~ Asset A-CLIENTDATA", "name: Client bookkeeping and payroll data -> Client"
        + " bookkeeping data", "1 entity: 0 added, 0 removed, 1 changed");
  }

  // ---- simulate -----------------------------------------------------------------------------------

  /** Northwind with its first two risks analysed by the FAIR method (the sample scores on a matrix). */
  private Path withFairScenarios() throws IOException {
    Isms isms = SampleIsms.northwind(CliRun.TODAY);
    RiskEngine engine = RiskEngine.of(ScoringRegistry.builtIns());
    FairMethod fair = new FairMethod();
    FairScenario[] scenarios = {
        FairScenario.of(Frequency.poisson(0.3).get(), Distribution.pert(50_000, 250_000, 2_000_000).get()),
        FairScenario.of(Frequency.poisson(1.5).get(), Distribution.pert(5_000, 20_000, 150_000).get())};
    for (int i = 0; i < scenarios.length; i++) {
      Risk risk = isms.risks().get(i);
      Map<String, String> inputs = fair.encode(new FairInput(scenarios[i], new Simulation(10_000, 7)));
      isms = isms.withRisk(engine.analyse(risk, isms.riskCriteria().orElseThrow(), FairMethod.ID, inputs,
          CliRun.TODAY).get());
    }
    return write("fair.yaml", isms, IsmsFormat.yaml());
  }

  @Test
  void simulate_isDeterministicOnAnyThreadCount() throws IOException {
    Path file = withFairScenarios();
    Path svg = tmp.resolve("lec.svg");
    CliRun one = CliRun.run("simulate", file.toString(), "--trials", "5000", "--seed", "7", "--threads", "1");
    CliRun two = CliRun.run("simulate", file.toString(), "--trials", "5000", "--seed", "7", "--threads", "2",
        "--svg", svg.toString());
    assertThat(one.exit()).as(one.toString()).isZero();
    // the two scenarios added to the sample's four (one of them replacing R-01's)
    assertThat(one.out()).contains("5 scenarios", "5,000 trials", "seed 7", "p99", "R-01 ", "R-02 ", "Portfolio");
    assertThat(one.out().lines().filter(l -> l.startsWith("R-"))).hasSize(5);
    assertThat(two.out()).startsWith(one.out()).contains("Loss exceedance curves written to");
    assertThat(svg).content().startsWith("<svg");
    CliRun other = CliRun.run("simulate", file.toString(), "--trials", "5000", "--seed", "8", "--threads", "1");
    assertThat(other.out()).isNotEqualTo(one.out().replace("seed 7", "seed 8"));
  }

  @Test
  void simulate_theSample_runsItsFourScenariosAndThePortfolio() {
    CliRun r = CliRun.run("simulate", "--trials", "2000");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("sample northwind, 4 scenarios, 2,000 trials", "Portfolio");
    assertThat(r.out().lines().filter(l -> l.startsWith("R-")).map(l -> l.substring(0, 4)))
        .containsExactly("R-01", "R-06", "R-09", "R-22");
    assertThat(r.out().lines().filter(l -> l.startsWith("R-"))).allMatch(l -> l.contains(" residual "));
  }

  @Test
  void simulate_aSampleWithoutFairScenarios_saysSo() {
    CliRun r = CliRun.run("simulate", "--sample", "lean", "--trials", "1000");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("nothing to simulate");
  }

  @Test
  void assess_withFairScenarios_drawsTheirCurvesIntoTheReport() throws IOException {
    Path out = tmp.resolve("report");
    CliRun r = CliRun.run("assess", withFairScenarios().toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(out.resolve("report.html")).content().contains("Loss exceedance curve").contains("Portfolio");
  }

  @Test
  void simulate_badTrials() {
    CliRun r = CliRun.run("simulate", "--trials", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("--trials");
  }

  // ---- init ---------------------------------------------------------------------------------------

  @Test
  void init_explainsEverySectionTheFormatHas() throws IOException {
    JsonNode schema;
    try (java.io.InputStream in = IsmsFormat.class.getResourceAsStream(IsmsFormat.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    JsonNode isms = schema.path("$defs").path("Isms").path("properties");
    List<String> keys = new java.util.ArrayList<>();
    isms.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).hasSizeGreaterThan(40);
    assertThat(InitCommand.SECTIONS.keySet()).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void init_writesAnEditableStartingPoint_thatValidates() throws IOException {
    Path dir = tmp.resolve("my-isms");
    CliRun r = CliRun.run("init", dir.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    Path file = dir.resolve("isms.yaml");
    assertThat(file).content().startsWith("# An ISMS kept as code").contains("  # The risk register");
    // every top-level section of the document has its comment
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int sections = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).matches("  [A-Za-z]+:")) {
        sections++;
        assertThat(lines.get(i - 1)).as("comment before %s", lines.get(i)).startsWith("  # ");
      }
    }
    assertThat(sections).isGreaterThanOrEqualTo(30);
    CliRun v = CliRun.run("validate", file.toString());
    assertThat(v.exit()).as(v.toString()).isZero();
    CliRun again = CliRun.run("init", dir.toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(again.err()).contains("--force");
  }

  @Test
  void init_northwind_writesItsHistory_whichAssessReplaysAndExportKeeps() throws IOException {
    Path dir = tmp.resolve("northwind");
    CliRun r = CliRun.run("init", dir.toString(), "--sample", "northwind");
    assertThat(r.exit()).as(r.toString()).isZero();
    Path file = dir.resolve("isms.yaml");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int events = lines.indexOf("events:");
    assertThat(events).as("the document carries the sample's PDCA history").isPositive();
    assertThat(lines.get(events - 1)).isEqualTo(InitCommand.EVENTS_COMMENT);
    // the file's own events give the cycle, as the built-in sample's history does
    CliRun assessed = CliRun.run("assess", file.toString());
    assertThat(assessed.exit()).as(assessed.toString()).isZero();
    assertThat(assessed.out()).containsPattern("PDCA \\(the events of .*isms.yaml\\): cycle 2, phase CHECK since"
        + " \\d{4}-\\d\\d-\\d\\d: 1 thing blocks leaving it");
    String sample = CliRun.run("assess").out();
    assertThat(assessed.out().substring(assessed.out().indexOf("PDCA (")).replaceFirst("\\(.*?\\)", ""))
        .isEqualTo(sample.substring(sample.indexOf("PDCA (")).replaceFirst("\\(.*?\\)", ""));
    // an export to JSON keeps the events, and reading that back gives the same YAML
    Path json = tmp.resolve("northwind.json");
    assertThat(CliRun.run("export", file.toString(), "--format", "json", "--out", json.toString()).exit()).isZero();
    assertThat(json).content().contains("\"events\"");
    CliRun back = CliRun.run("export", json.toString(), "--format", "yaml");
    assertThat(back.out()).isEqualTo(CliRun.run("export", file.toString(), "--format", "yaml").out());
    assertThat(back.out()).contains("events:");
    // an explicit --events still wins over the file's own
    Path log = Files.writeString(tmp.resolve("events.log"),
        "type=cycle-started\tversion=2\tby=P-01\tcycle=1\ton=2026-01-05\n");
    assertThat(CliRun.run("assess", file.toString(), "--events", log.toString()).out())
        .contains("cycle 1, phase PLAN since 2026-01-05");
  }

  @Test
  void init_lean_hasNoEvents() throws IOException {
    Path dir = tmp.resolve("lean");
    assertThat(CliRun.run("init", dir.toString()).exit()).isZero();
    assertThat(Files.readAllLines(dir.resolve("isms.yaml"), StandardCharsets.UTF_8)).doesNotContain("events:");
  }

  @Test
  void export_keepsEverySectionOfTheDocument_conformanceReportAndFairResults() throws IOException {
    Isms lean = SampleIsms.lean(CliRun.TODAY);
    io.ismskit.export.format.IsmsDocument document = io.ismskit.export.format.IsmsDocument.of(lean)
        .withConformance(io.ismskit.conformance.ConformanceChecker.check(lean, CliRun.TODAY));
    StringWriter w = new StringWriter();
    IsmsFormat.json().writeDocument(document, w);
    Path json = Files.writeString(tmp.resolve("document.json"), w.toString(), StandardCharsets.UTF_8);
    CliRun yaml = CliRun.run("export", json.toString(), "--format", "yaml");
    assertThat(yaml.exit()).as(yaml.toString()).isZero();
    assertThat(yaml.out()).contains("conformance:");
    var back = IsmsFormat.yaml().readDocument(new java.io.StringReader(yaml.out()));
    assertThat(back.isValid()).as("%s", back).isTrue();
    assertThat(back.get()).isEqualTo(document);
  }
}
