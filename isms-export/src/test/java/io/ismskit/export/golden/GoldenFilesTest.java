package io.ismskit.export.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.export.csv.Csv;
import io.ismskit.export.oscal.Oscal;
import io.ismskit.export.report.Reports;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.fair.MonteCarlo;
import io.ismskit.risk.fair.PortfolioResult;
import io.ismskit.risk.fair.Simulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format written for one fixed sample (Northwind as of 2026-03-31, two FAIR scenarios with
 * seed 2026) compared byte for byte with {@code src/test/resources/golden/}.
 *
 * <p>To regenerate after an intended change, run
 * <pre>
 * mvn -B -o test -pl isms-export -am -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dismskit.golden.update=true
 * </pre>
 * and review the diff ({@code git diff isms-export/src/test/resources/golden}) before committing.
 */
class GoldenFilesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final Isms ISMS = SampleIsms.northwind(AS_OF);
  static final ConformanceReport REPORT = ConformanceChecker.check(ISMS, AS_OF);
  static final boolean UPDATE = Boolean.getBoolean("ismskit.golden.update");

  interface Format {
    void write(Writer w) throws IOException;
  }

  static Format format(String file) {
    return switch (file) {
      case "oscal-catalog.json" -> Oscal::catalog;
      case "oscal-assessment-results.json" -> w -> Oscal.assessmentResults(REPORT, ISMS, w);
      case "oscal-poam.json" -> w -> Oscal.planOfActionAndMilestones(ISMS, AS_OF, w);
      case "oscal-ssp.json" -> w -> Oscal.systemSecurityPlan(ISMS, AS_OF, w);
      case "risk-register.csv" -> w -> Csv.riskRegister(ISMS, w);
      case "soa.csv" -> w -> Csv.soa(ISMS, w);
      case "findings.csv" -> w -> Csv.findings(REPORT, w);
      case "corrective-actions.csv" -> w -> Csv.correctiveActions(ISMS, w);
      case "report.html" -> w -> report().html(w);
      case "report.md" -> w -> report().markdown(w);
      default -> throw new IllegalArgumentException(file);
    };
  }

  static io.ismskit.export.report.Report report() {
    FairScenario ransomware = FairScenario.of(Frequency.poisson(0.3).get(),
        Distribution.lognormal90(50_000, 2_000_000).get());
    FairScenario outage = FairScenario.of(Frequency.poisson(1.5).get(), Distribution.pert(5_000, 20_000, 150_000).get());
    PortfolioResult p = MonteCarlo.portfolio(List.of(ransomware, outage), new Simulation(2_000, 2026L)).get();
    return Reports.of(ISMS, AS_OF).withConformance(REPORT)
        .withFairScenario("R-01 Ransomware", p.scenarios().get(0))
        .withFairScenario("R-09 Regional AWS outage", p.scenarios().get(1))
        .withFairPortfolio(p.total());
  }

  @ParameterizedTest
  @ValueSource(strings = {"oscal-catalog.json", "oscal-assessment-results.json", "oscal-poam.json",
      "oscal-ssp.json", "risk-register.csv", "soa.csv", "findings.csv", "corrective-actions.csv", "report.html",
      "report.md"})
  void format_matchesItsGoldenFile(String file) throws IOException {
    StringWriter w = new StringWriter();
    format(file).write(w);
    String actual = w.toString();
    if (UPDATE) {
      Files.writeString(Path.of("src", "test", "resources", "golden", file), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s (regenerate: see this class's Javadoc)", file).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("%s differs from its golden file (regenerate: see GoldenFilesTest)", file)
        .isEqualTo(expected);
  }
}
