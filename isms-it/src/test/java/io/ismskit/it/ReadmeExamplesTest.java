package io.ismskit.it;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.risk.MethodId;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import io.ismskit.testkit.laws.ToyMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


/**
 * The README's examples beyond the quick start, compiled and run here, and checked to be the text
 * the README shows: each marked region must appear line by line in README.md.
 */
class ReadmeExamplesTest {
  final List<String> printed = new ArrayList<>();

  void println(Object o) {
    printed.add(String.valueOf(o));
  }

  @Test
  void scoring() {
    // README:BEGIN scoring
    ScoringRegistry methods = ScoringRegistry.builtIns(); // matrix, nist-800-30, owasp, cvss, dread, fair
    Score score = methods.require(MethodId.of("cvss")).get()
        .scoreEncoded(Map.of("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).get();
    println(score.value() + " " + score.level()); // 9.8 Critical
    // README:END
    assertThat(printed).containsExactly("9.8 Critical");
  }

  @Test
  void assessAndCheck() {
    // README:BEGIN assess
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.northwind(asOf); // a 150-person company's ISMS from isms-export
    AssessedRegister assessed = RiskEngine.of(ScoringRegistry.builtIns()).assess(isms, asOf);
    assessed.register().ifPresent(summary -> println(summary.topByResidual().get(0)));

    ConformanceReport report = ConformanceChecker.check(assessed.isms(), asOf);
    println(report.certificationReady() + " " + report.counts());
    report.fixFirst().forEach(finding -> println(finding));
    // README:END
    assertThat(assessed.errors()).isEmpty();
    assertThat(report.count(Verdict.MAJOR_NC)).isZero();
    assertThat(printed).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void trend() {
    // README:BEGIN trend
    Isms lastYear = ConformantIsms.small(7);
    ConformanceReport before = ConformanceChecker.check(lastYear, ConformantIsms.AS_OF);
    ConformanceReport after = ConformanceChecker.check(lastYear, ConformantIsms.AS_OF.plusYears(1));
    println(after.diff(before).worse().size() + " rules got worse");
    // README:END
    assertThat(after.diff(before).worse()).isNotEmpty();
  }

  @Test
  void plugin() {
    // README:BEGIN plugin
    class ToyMethodLawsTest implements ScoringMethodLaws<ToyMethod.Input> {
      @Override public ScoringMethod<ToyMethod.Input> method() { return new ToyMethod(); }
      @Override public Gen<ToyMethod.Input> inputs() { return new ToyMethod().inputs(); }
    }
    ScoringMethod<ToyMethod.Input> method = new ToyMethod();
    MethodDescriptor<ToyMethod.Input> about = method.descriptor();
    println(about.id() + " " + about.version() + " " + about.inputKeyNames()); // toy 1 [likelihood, impact]
    println(method.decode(Map.of("likelihood", "4", "impact", "2", "impct", "2")).getLeft());
    // impct: is not an input key of method 'toy' (allowed keys: likelihood, impact), was '2'
    // README:END
    assertThat(printed).containsExactly("toy 1 [likelihood, impact]",
        "impct: is not an input key of method 'toy' (allowed keys: likelihood, impact), was '2'");
    ToyMethodLawsTest laws = new ToyMethodLawsTest();
    laws.selfDescribed();
    laws.unknownKeysRefused();
    laws.encodeDecodeRoundTrip();
  }

  @Test
  void readme_showsTheseExamples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src", "test", "java", "io", "ismskit", "it", "ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
    String begin = "// README:" + "BEGIN ";
    String finish = "// README:" + "END";
    int regions = 0;
    for (int at = source.indexOf(begin); at >= 0; at = source.indexOf(begin, at + 1)) {
      int end = source.indexOf(finish, at);
      String region = source.substring(source.indexOf('\n', at) + 1, end);
      for (String line : region.split("\n", -1)) {
        String l = line.strip();
        if (!l.isEmpty()) {
          assertThat(readme).as("README.md shows the example line: %s", l).contains(l.replace("println(", "System.out.println("));
        }
      }
      regions++;
    }
    assertThat(regions).isEqualTo(4);
  }
}
