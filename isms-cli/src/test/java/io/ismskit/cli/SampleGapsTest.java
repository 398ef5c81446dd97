package io.ismskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.id.EntityRef;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.sample.SampleIsms;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples' reports say what the documentation says they say: Northwind has exactly the
 * deliberate gaps that docs/cli.md lists (rule and check, verdict, entities at fault), through the
 * library and through {@code isms check}; the lean sample has no finding at or above the default
 * {@code --fail-on} level, and no minor either, so that {@code isms init} then {@code isms check}
 * passes.
 */
class SampleGapsTest {
  @TempDir
  Path tmp;

  /** A finding as the documentation lists it. */
  record Gap(String key, Verdict verdict, Set<String> entities) {}

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([A-Z_]+) \\| ([^|]*) \\|.*\\|\\s*$");

  /** The rows of the table of deliberate gaps in docs/cli.md. */
  static List<Gap> documented() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
    int at = lines.indexOf("### Northwind's deliberate gaps");
    assertThat(at).as("docs/cli.md has the section of Northwind's deliberate gaps").isNotNegative();
    List<Gap> out = new ArrayList<>();
    boolean table = false;
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i);
      if (line.startsWith("|")) {
        table = true;
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          Set<String> entities = new TreeSet<>();
          for (String e : m.group(3).split(",", -1)) {
            String t = e.strip().replace("`", "");
            if (!t.isEmpty()) {
              entities.add(t);
            }
          }
          out.add(new Gap(m.group(1), Verdict.valueOf(m.group(2)), entities));
        }
      } else if (table) {
        break;
      }
    }
    assertThat(out).as("rows of the table of deliberate gaps").isNotEmpty();
    return out;
  }

  static Set<Gap> gaps(ConformanceReport report) {
    Set<Gap> out = new LinkedHashSet<>();
    for (Finding f : report.findings()) {
      if (f.verdict().nonconformity() || f.verdict() == Verdict.OBSERVATION) {
        Set<String> entities = new TreeSet<>();
        for (EntityRef e : f.entities()) {
          entities.add(e.toString());
        }
        out.add(new Gap(f.key(), f.verdict(), entities));
      }
    }
    return out;
  }

  private Path write(String name, Isms isms, IsmsFormat format) throws IOException {
    StringWriter w = new StringWriter();
    format.write(isms, w);
    return Files.writeString(tmp.resolve(name), w.toString(), StandardCharsets.UTF_8);
  }

  // ---- Northwind --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-31", "2026-06-30", "2024-02-29"})
  void northwind_hasExactlyTheDocumentedGaps(String date) throws IOException {
    LocalDate asOf = LocalDate.parse(date);
    ConformanceReport report = ConformanceChecker.check(SampleIsms.northwind(asOf), asOf);
    assertThat(gaps(report)).containsExactlyInAnyOrderElementsOf(documented());
  }

  @Test
  void northwind_asTheCommandScoresIt_hasTheSameGaps() throws IOException {
    LocalDate asOf = SampleIsms.NORTHWIND_AS_OF;
    Analysis a = Analysis.of(SampleIsms.northwind(asOf), asOf);
    assertThat(a.register().errors()).isEmpty();
    assertThat(gaps(a.report())).containsExactlyInAnyOrderElementsOf(documented());
  }

  @Test
  void check_onTheSampleFile_printsEachDocumentedGap_andFailsOnlyBelowMajor() throws IOException {
    Path file = write("northwind.json", SampleIsms.northwind(), IsmsFormat.json());
    String asOf = SampleIsms.NORTHWIND_AS_OF.toString();
    CliRun all = CliRun.run("check", file.toString(), "--as-of", asOf, "--fail-on", "observation");
    assertThat(all.exit()).as(all.toString()).isEqualTo(ExitCodes.FINDINGS);
    Pattern line = Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+: [0-9.]+: ([A-Z_]+): .* \\(([^()]+)\\)$");
    List<String> printed = new ArrayList<>();
    for (String l : all.out().split("\n", -1)) {
      Matcher m = line.matcher(l);
      if (m.matches()) {
        printed.add(m.group(2) + " " + m.group(1));
      }
    }
    assertThat(printed).containsExactlyInAnyOrderElementsOf(
        documented().stream().map(g -> g.key() + " " + g.verdict()).toList());
    CliRun majors = CliRun.run("check", file.toString(), "--as-of", asOf);
    assertThat(majors.exit()).as(majors.toString()).isZero();
    assertThat(majors.out()).contains("--fail-on major: passed");
  }

  // ---- lean -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-31", "2026-06-30", "2027-01-31"})
  void lean_hasNoNonconformity(String date) {
    LocalDate asOf = LocalDate.parse(date);
    ConformanceReport report = ConformanceChecker.check(SampleIsms.lean(asOf), asOf);
    assertThat(report.findings()).filteredOn(f -> f.verdict().nonconformity())
        .as("nonconformities of the lean sample").isEmpty();
    assertThat(report.certificationDecision().ready()).isTrue();
  }

  @Test
  void init_thenCheck_passes_evenAtMinor() {
    Path dir = tmp.resolve("my-isms");
    assertThat(CliRun.run("init", dir.toString()).exit()).isZero();
    String file = dir.resolve(InitCommand.FILE_NAME).toString();
    CliRun check = CliRun.run("check", file);
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(check.out()).contains(": 0 major, 0 minor, ");
    CliRun minor = CliRun.run("check", file, "--fail-on", "minor");
    assertThat(minor.exit()).as(minor.toString()).isZero();
  }
}
