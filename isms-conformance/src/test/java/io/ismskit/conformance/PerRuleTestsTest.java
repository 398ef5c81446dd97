package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps issue 12 item 8 true for every built-in rule: some per-rule test class ({@code
 * *RulesTest}) asserts that the rule conforms on a conformant ISMS and asserts an exact finding of
 * it (code, verdict, clause, entities) on a broken one.
 */
class PerRuleTestsTest {
  static final Path SOURCES = Path.of("src", "test", "java", "io", "ismskit", "conformance");

  /** The call {@code conforms("<id>"} or {@code finding(<model>, "<id>", "<code>"}, in one expression. */
  static final Pattern CONFORMS = Pattern.compile("conforms\\(\\s*\"([^\"]+)\"");
  static final Pattern FINDING = Pattern.compile("finding\\([^;]*?\"([^\"]+)\",\\s*\"[a-z-]+\",\\s*Verdict\\.",
      Pattern.DOTALL);

  @Test
  void everyBuiltInRuleHasAConformantAndABreakingCase() throws IOException {
    List<String> conforming = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith("RulesTest.java")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        collect(CONFORMS.matcher(text), conforming);
        collect(FINDING.matcher(text), broken);
      }
    }
    for (ConformanceRule r : RuleSet.iso27001_2022().rules()) {
      assertThat(conforming).as("a conformant case of %s", r.id()).contains(r.id());
      assertThat(broken).as("an exact finding of %s", r.id()).contains(r.id());
    }
  }

  private static void collect(Matcher m, List<String> out) {
    while (m.find()) {
      out.add(m.group(1));
    }
  }
}
