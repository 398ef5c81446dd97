package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.TreatmentOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The writer's shortcuts for numbers and dates give exactly the texts of the general code they
 * stand in for: Jackson's shortest double text and {@link LocalDate#toString}.
 */
class WrittenTextsTest {
  private static final JsonFactory JSON = new JsonFactory();

  static String written(Codecs.Codec codec, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      codec.write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void everyHundredth_isJacksonsText() {
    for (int k = 0; k <= 10_000; k++) {
      double v = k / 100.0;
      assertThat(Codecs.DoubleCodec.text(v)).as("%s", v).isEqualTo(NumberOutput.toString(v, true));
      // asked twice: the second answer comes from the kept texts
      assertThat(Codecs.DoubleCodec.text(v)).as("%s", v).isEqualTo(NumberOutput.toString(v, true));
    }
  }

  @Test
  void valuesNearHundredths_andSignedZero_areNotTakenForThem() {
    double[] near = {-0.0, 0.29, 0.1 + 0.2, 100.00000000000001, 100.01, -0.01, 1e-300, Math.nextUp(0.5),
        Math.nextDown(0.5), 99.99999999999999, Double.MIN_VALUE, 1e7, 12345.678, -3.0};
    for (double v : near) {
      assertThat(Codecs.DoubleCodec.text(v)).as("%s", v).isEqualTo(NumberOutput.toString(v, true));
    }
    assertThat(Codecs.DoubleCodec.text(-0.0)).isEqualTo("-0.0");
  }

  @Test
  void anyDouble_isJacksonsText() {
    qt().withFixedSeed(20261203L).withExamples(100_000).forAll(longs().all()).check(bits -> {
      double v = Double.longBitsToDouble(bits);
      return !Double.isFinite(v) || Codecs.DoubleCodec.text(v).equals(NumberOutput.toString(v, true));
    });
    qt().withFixedSeed(20261204L).withExamples(100_000).forAll(integers().between(-20_000, 20_000),
        integers().between(1, 1000)).check((n, d) -> {
          double v = n / (double) d;
          return Codecs.DoubleCodec.text(v).equals(NumberOutput.toString(v, true));
        });
  }

  @Test
  void dates_areLocalDateToString() {
    Codecs.DateCodec codec = new Codecs.DateCodec();
    qt().withFixedSeed(20261203L).withExamples(50_000)
        .forAll(longs().between(LocalDate.of(-3000, 1, 1).toEpochDay(), LocalDate.of(12_000, 12, 31).toEpochDay()))
        .check(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          return written(codec, date).equals("\"" + date + "\"");
        });
    for (LocalDate date : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
        LocalDate.of(-1, 12, 31), LocalDate.of(2024, 2, 29), LocalDate.MIN, LocalDate.MAX}) {
      assertThat(written(codec, date)).isEqualTo("\"" + date + "\"");
    }
  }

  static Object read(Codecs.Codec codec, JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      p.nextToken();
      return codec.read(p, new Decoding(ReadLimits.DEFAULT, true, false, Decoding.PART_RECENT_BITS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void enums_areWrittenByName_andReadFromTheParsersCharacters_json() {
    enums(JSON);
  }

  @Test
  void enums_areWrittenByName_andReadFromTheParsersCharacters_yaml() {
    enums(new YAMLFactory());
  }

  private static void enums(JsonFactory factory) {
    for (Class<? extends Enum<?>> type : java.util.List.of(RiskDecision.class, TreatmentOption.class)) {
      Codecs.Codec codec = Codecs.of(type);
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(written(codec, e)).isEqualTo("\"" + e.name() + "\"");
        assertThat(read(codec, factory, "\"" + e.name() + "\"")).isSameAs(e);
        // a name one character off, longer or shorter, is refused
        String name = e.name();
        for (String wrong : new String[] {name.toLowerCase(java.util.Locale.ROOT), name + "X", name.substring(1), ""}) {
          assertThat(read(codec, factory, "\"" + wrong + "\"")).as(wrong).isSameAs(Decoding.FAILED);
        }
      }
    }
  }
}
