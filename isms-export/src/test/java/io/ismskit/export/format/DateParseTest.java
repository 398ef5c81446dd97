package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The format's fast date reading accepts and refuses exactly what {@link LocalDate#parse} does. */
class DateParseTest {
  static Optional<LocalDate> fast(String s) {
    try {
      return Optional.of(Codecs.DateCodec.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> reference(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void agreesWithLocalDateParse_onEveryDayAndBeyond() {
    qt().withFixedSeed(20261203L).withExamples(50_000)
        .forAll(integers().between(0, 10_000), integers().between(0, 13), integers().between(0, 32))
        .check((y, m, d) -> {
          String s = String.format("%04d-%02d-%02d", y, m, d);
          return fast(s).equals(reference(s));
        });
  }

  @Test
  void otherTexts_goToLocalDateParse() {
    for (String s : new String[] {"2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "+12026-01-01",
        "2026-01-0a", "20260101", "2026/01/01", " 2026-01-01", "２０２６-01-01", "-0001-01-01"}) {
      assertThat(fast(s)).as(s).isEqualTo(reference(s));
    }
    assertThat(fast("2026-06-30")).contains(LocalDate.of(2026, 6, 30));
  }
}
