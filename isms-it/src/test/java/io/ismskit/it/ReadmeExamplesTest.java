package io.ismskit.it;

// README:IMPORTS scoring
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.spi.Score;
import java.util.Map;
// README:IMPORTS assess
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import java.time.LocalDate;
// README:IMPORTS trend
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.export.sample.SampleIsms;
import java.time.LocalDate;
// README:IMPORTS format
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.sample.SampleIsms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.io.StringWriter;
// README:IMPORTS plugin
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import io.ismskit.testkit.laws.ToyMethod;
import java.util.Map;
// README:IMPORTS cycle
import io.ismskit.core.Isms;
import io.ismskit.core.id.PersonId;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.pdca.ApprovePlan;
import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.EventLog;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.ismskit.pdca.StartCycle;
import io.ismskit.pdca.Transition;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.pdca.certification.CertificationLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
// README:IMPORTS end

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's examples beyond the quick start, compiled and run here, and checked to be the text
 * the README shows: each marked region, with the imports marked for it, must appear line by line in
 * one fenced code block of README.md. None of them needs the testkit.
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
    println(report.certificationDecision() + " " + report.counts());
    report.fixFirst().forEach(finding -> println(finding));
    // README:END
    assertThat(assessed.errors()).isEmpty();
    assertThat(report.blockers()).as("majors on the sample").isEmpty();
    assertThat(printed).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void trend() {
    // README:BEGIN trend
    LocalDate lastYear = LocalDate.of(2025, 6, 30);
    Isms isms = SampleIsms.northwind(lastYear); // left as it was for a year
    ConformanceReport before = ConformanceChecker.check(isms, lastYear);
    ConformanceReport after = ConformanceChecker.check(isms, lastYear.plusYears(1));
    println(after.diff(before).worse().size() + " rules got worse");
    // README:END
    assertThat(after.diff(before).worse()).isNotEmpty();
  }

  @Test
  void format() throws java.io.IOException {
    // README:BEGIN format
    Isms isms = SampleIsms.lean(); // a 10-person company's ISMS, shipped as YAML in isms-export
    StringWriter out = new StringWriter();
    IsmsFormat.json().write(isms, out); // or IsmsFormat.yaml(); same model, same bytes
    Validation<Seq<Problem>, Isms> back = IsmsFormat.json().read(new StringReader(out.toString()));
    println(back.get().equals(isms)); // true
    Validation<Seq<Problem>, Isms> broken = IsmsFormat.json().read(new StringReader("{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"Acme\", \"headcount\": \"ten\"}}}"));
    broken.getError().forEach(problem -> println(problem));
    // /isms/organization/headcount (line 1, column 77): must be a whole number of 32 bits, was 'ten'
    // README:END
    assertThat(printed).containsExactly("true",
        "/isms/organization/headcount (line 1, column 77): must be a whole number of 32 bits, was 'ten'");
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
  void cycle() {
    // README:BEGIN cycle
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.northwind(asOf);
    PersonId ciso = PersonId.of("P-CISO");
    PdcaMachine machine = PdcaMachine.strict(); // or PdcaMachine.of(Profile.lean()) for a small company
    List<PdcaEvent> log = new ArrayList<>(); // store the events: the state is their fold

    Transition started = machine.apply(CycleState.initial(), new StartCycle(ciso), isms, asOf.minusYears(1)).get();
    log.addAll(started.events());
    CycleState state = started.state(); // cycle 1, PLAN
    machine.apply(state, new ApprovePlan(ciso), isms, asOf).fold(
        refusal -> { refusal.unmet().forEach(unmet -> println(unmet)); return null; }, // clause, entities, what to do
        accepted -> { log.addAll(accepted.events()); return null; });
    println(machine.permitted(state, isms, asOf).allowed()); // [APPROVE_PLAN] when clauses 4-6 are met

    CycleState replayed = PdcaMachine.replay(EventLog.parse(EventLog.format(log)).get()).get();
    DueCalendar.standard().due(isms, asOf).stream().filter(DueItem::overdue).forEach(item -> println(item));
    CertificationLifecycle.assessAll(isms, asOf).forEach(cert -> println(cert.expected() + " " + cert.risks()));
    println(PdcaMachine.transitions().toMermaid()); // or toDot() for Graphviz
    // README:END
    assertThat(replayed.cycle()).isEqualTo(1);
    assertThat(replayed.phase()).isEqualTo(log.size() > 1 ? io.ismskit.pdca.Phase.DO : io.ismskit.pdca.Phase.PLAN);
    assertThat(printed).anyMatch(line -> line.startsWith("stateDiagram-v2"));
  }

  @Test
  void readme_showsTheseExamples_withTheirImports() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> blocks = codeBlocks(readme);
    String source = Files.readString(
        Path.of("src", "test", "java", "io", "ismskit", "it", "ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
    Map<String, List<String>> imports = importsByExample(source);
    String begin = "// README:" + "BEGIN ";
    String finish = "// README:" + "END";
    int regions = 0;
    for (int at = source.indexOf(begin); at >= 0; at = source.indexOf(begin, at + 1)) {
      String name = source.substring(at + begin.length(), source.indexOf('\n', at)).strip();
      List<String> lines = new ArrayList<>();
      for (String line : source.substring(source.indexOf('\n', at) + 1, source.indexOf(finish, at)).split("\n", -1)) {
        if (!line.isBlank()) {
          lines.add(line.strip().replace("println(", "System.out.println("));
        }
      }
      lines.addAll(imports.getOrDefault(name, List.of()));
      String block = blocks.stream().filter(b -> lines.stream().allMatch(b::contains)).findFirst()
          .orElse(blocks.stream().filter(b -> b.contains(lines.get(0))).findFirst().orElse(""));
      for (String l : lines) {
        assertThat(block).as("README.md's block of example '%s' shows: %s", name, l).contains(l);
      }
      if (!name.equals("plugin")) { // a plug-in author tests with the testkit, at test scope
        assertThat(block).as("example '%s' needs no testkit", name).doesNotContain("io.ismskit.testkit");
      }
      regions++;
    }
    assertThat(regions).isEqualTo(6);
    assertThat(imports.keySet()).containsExactly("scoring", "assess", "trend", "format", "plugin", "cycle", "end");
  }

  static List<String> codeBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    for (int at = markdown.indexOf("```java"); at >= 0; at = markdown.indexOf("```java", at + 1)) {
      blocks.add(markdown.substring(at, markdown.indexOf("```", at + 7)));
    }
    return blocks;
  }

  static Map<String, List<String>> importsByExample(String source) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String marker = "// README:" + "IMPORTS ";
    List<String> current = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      if (line.startsWith(marker)) {
        current = new ArrayList<>();
        out.put(line.substring(marker.length()).strip(), current);
      } else if (line.startsWith("import ") && !out.isEmpty() && !out.containsKey("end")) {
        current.add(line.strip());
      }
    }
    return out;
  }
}
