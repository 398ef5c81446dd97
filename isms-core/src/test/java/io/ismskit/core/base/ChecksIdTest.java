package io.ismskit.core.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The id check, a loop for speed, accepts exactly the language of its documented pattern. */
class ChecksIdTest {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
  /** Characters at and around the edges of every class the pattern has, and beyond ASCII. */
  static final String ALPHABET = "aAzZ09._:/-@`[{ \t\n,;\\é\u00A0\u200B\u0660Ａ";

  static Gen<String> candidates() {
    Gen<Integer> lengths = SourceDSL.integers().between(0, 140);
    Gen<Integer> picks = SourceDSL.integers().between(0, ALPHABET.length() - 1);
    return lengths.flatMap(n -> in -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(picks.generate(in)));
      }
      return b.toString();
    });
  }

  @Test
  void isId_agreesWithThePattern() {
    qt().withFixedSeed(20261203L).withExamples(20_000).forAll(candidates())
        .check(s -> Checks.isId(s) == ID.matcher(s).matches());
  }

  @Test
  void edges() {
    assertThat(Checks.isId("A")).isTrue();
    assertThat(Checks.isId("a".repeat(128))).isTrue();
    assertThat(Checks.isId("a".repeat(129))).isFalse();
    assertThat(Checks.isId("")).isFalse();
    assertThat(Checks.isId("-A")).isFalse();
    assertThat(Checks.isId("A.8.24")).isTrue();
    assertThat(Checks.isId("R 1")).isFalse();
    assertThatThrownBy(() -> Checks.id("RiskId", "R 1")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("RiskId.value").hasMessageContaining("'R 1'");
  }
}
