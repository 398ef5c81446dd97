package io.ismskit.it;

// README:IMPORTS export
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.export.csv.Csv;
import io.ismskit.export.oscal.Oscal;
import io.ismskit.export.report.Reports;
import io.ismskit.export.sample.SampleIsms;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
// README:IMPORTS end

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's export example (OSCAL, HTML report, CSV), compiled and run here, and checked to be
 * the text the README shows, as {@link ReadmeExamplesTest} does for the other examples.
 */
class ExportReadmeExampleTest {
  final List<String> printed = new ArrayList<>();

  void println(Object o) {
    printed.add(String.valueOf(o));
  }

  @Test
  void export() throws IOException {
    // README:BEGIN export
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.northwind(asOf);
    ConformanceReport report = ConformanceChecker.check(isms, asOf);

    StringWriter oscal = new StringWriter(); // any Writer: a file, an HTTP response
    Oscal.assessmentResults(report, isms, oscal); // also catalog, planOfActionAndMilestones, systemSecurityPlan
    StringWriter html = new StringWriter();
    Reports.html(isms, report, asOf, html); // one self-contained page for the auditor
    StringWriter csv = new StringWriter();
    Csv.riskRegister(isms, csv);
    println(Csv.readRiskRegister(new StringReader(csv.toString())).get().size() + " risks read back");
    // README:END
    assertThat(oscal.toString()).contains("\"assessment-results\"");
    assertThat(html.toString()).startsWith("<!DOCTYPE html>").doesNotContain("<script");
    assertThat(printed).containsExactly(isms.risks().size() + " risks read back");
  }

  @Test
  void readme_showsThisExample_withItsImports() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src", "test", "java", "io", "ismskit", "it", "ExportReadmeExampleTest.java"), StandardCharsets.UTF_8);
    Map<String, List<String>> imports = ReadmeExamplesTest.importsByExample(source);
    String begin = "// README:" + "BEGIN export";
    int at = source.indexOf(begin);
    List<String> lines = new ArrayList<>();
    for (String line : source.substring(source.indexOf('\n', at) + 1, source.indexOf("// README:" + "END", at))
        .split("\n", -1)) {
      if (!line.isBlank()) {
        lines.add(line.strip().replace("println(", "System.out.println("));
      }
    }
    lines.addAll(imports.get("export"));
    String block = ReadmeExamplesTest.codeBlocks(readme).stream().filter(b -> b.contains(lines.get(0))
        && b.contains("Oscal.")).findFirst().orElse("");
    for (String l : lines) {
      assertThat(block).as("README.md's export example shows: %s", l).contains(l);
    }
    assertThat(block).doesNotContain("io.ismskit.testkit");
  }
}
