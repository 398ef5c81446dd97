package io.ismskit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.sample.SampleIsms;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The executable jar as users run it: {@code java -jar isms-cli/target/isms.jar ...} in a child JVM,
 * on the jar the reactor has just packaged (this module depends on isms-cli for that order, and
 * runs these tests in the {@code integration-test} phase, after {@code package}; see the pom).
 * The in-process tests of isms-cli cover each command in depth; these show that the shaded jar
 * starts, finds its services and resources (scoring methods, conformance rules, the samples, the
 * schema), and keeps the documented exit codes and output shapes.
 */
@Execution(ExecutionMode.CONCURRENT) // two child JVMs at a time when the pom enables parallel execution
class ShadedJarIT {
  /** The as-of date of every run, so that nothing depends on the day the build runs. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static Path jar = Path.of("");

  @TempDir
  Path tmp;

  /** What a run of the jar printed and how it exited. */
  record Run(List<String> command, int exit, String out, String err) {
    @Override
    public String toString() {
      return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("ismskit.cli.jar", "../isms-cli/target/isms.jar")).toAbsolutePath().normalize();
    assertThat(jar).as("the shaded jar; build it with `mvn -B verify` (it is packaged before this module's "
        + "integration tests) or `mvn -B package -pl isms-cli -am`").isRegularFile();
  }

  /** Runs {@code java -jar isms.jar args} in {@code dir} and waits for it. */
  static Run run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a short-lived JVM: the client compiler alone starts faster
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not end within 3 minutes");
    }
    Run r = new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  static void assertNoStackTrace(Run r) {
    assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void version_namesTheProjectVersion() throws Exception {
    Run r = run(tmp, "--version");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("isms ").contains("ISO/IEC 27001:2022");
    String version = System.getProperty("ismskit.version", "");
    if (!version.isEmpty()) { // set by the pom: the jar is the one this build packaged, not a stale one
      assertThat(r.out()).as(r.toString()).contains(version);
    }
  }

  @Test
  void help_listsEveryCommandAndTheExitCodes() throws Exception {
    Run r = run(tmp, "--help");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: isms", "assess", "check", "validate", "simulate", "export", "due", "diff",
        "init", "Exit codes:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assess_theSample_printsTheSummaryAndWritesTheReportSet() throws Exception {
    Path report = tmp.resolve("report");
    Run r = run(tmp, "assess", "--out", report.toString(), "--as-of", AS_OF.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Northwind Analytics", "as of " + AS_OF, "Certification:", "Findings:",
        "Top risks (residual)", "Due:", "Report written to");
    assertNoStackTrace(r);
    for (String file : List.of("report.html", "report.md", "risk-register.csv", "soa.csv", "findings.csv",
        "corrective-actions.csv", "oscal-assessment-results.json", "oscal-poam.json", "oscal-ssp.json",
        "isms.json")) {
      assertThat(report.resolve(file)).as(file).isRegularFile().isNotEmptyFile();
    }
    assertThat(Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("Northwind Analytics");
    // the report's ISMS is a document of the format that the jar itself reads back as valid
    Run valid = run(tmp, "validate", report.resolve("isms.json").toString());
    assertThat(valid.exit()).as(valid.toString()).isZero();
  }

  @Test
  void check_aSeededMajorNonconformity_failsWithACompilerStyleLine() throws Exception {
    // seeded: no ISMS scope was ever determined (4.3); nothing refers to the scope, so the model stays valid
    Isms seeded = SampleIsms.northwind(AS_OF).toBuilder().scope(Optional.empty()).build();
    StringWriter text = new StringWriter();
    IsmsFormat.yaml().write(seeded, text);
    Path file = write("seeded.yaml", text.toString());
    Run r = run(tmp, "check", file.toString(), "--as-of", AS_OF.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).as(r.toString()).containsPattern(Pattern.compile(
        "(?m)^" + Pattern.quote(file.toString()) + ":\\d+: 4\\.3: MAJOR_NC: \\S.*$"));
    assertThat(r.out()).contains("--fail-on major: FAILED");
    assertNoStackTrace(r);
  }

  @Test
  void validate_aBrokenFile_printsLineAndColumn_andExits2() throws Exception {
    Path file = write("broken.json", """
        {
          "schemaVersion": 1,
          "isms": {
            "organization": {"name": "Acme", "headcount": "ten"}
          }
        }
        """);
    Run r = run(tmp, "validate", file.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    String printed = r.out() + r.err();
    // FILE:LINE:COLUMN: code: pointer: message, the line and column those of the value at fault
    assertThat(printed).as(r.toString()).containsPattern(Pattern.compile("(?m)^" + Pattern.quote(file.toString())
        + ":4:51: format\\.value\\.wrong-type: /isms/organization/headcount: .*'ten'$"));
    assertNoStackTrace(r);
    // and a document that is not even well-formed
    Path truncated = write("truncated.json", "{\n  \"schemaVersion\": 1,\n  \"isms\": {\n");
    Run t = run(tmp, "validate", truncated.toString());
    assertThat(t.exit()).as(t.toString()).isEqualTo(2);
    assertThat(t.out() + t.err()).as(t.toString()).containsPattern(Pattern.quote(truncated.toString())
        + ":\\d+:\\d+: format\\.syntax\\.malformed: ");
    assertNoStackTrace(t);
  }
}
