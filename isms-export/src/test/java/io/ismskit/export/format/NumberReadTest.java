package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.ismskit.core.Isms;
import io.ismskit.export.sample.SampleIsms;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The format reads every number text of JSON and YAML to the double {@link Double#parseDouble}
 * gives (the readers use a faster parser than the JDK's): shortest forms, long plain decimals,
 * exponents, and decimals of up to 30 digits that fall between two doubles.
 */
class NumberReadTest {
  static String json = "";
  static String yaml = "";

  @BeforeAll
  static void writeTheSample() throws Exception {
    // a small document, so that each example reads quickly: the lean sample's organization and first measurement
    Isms sample = SampleIsms.lean();
    Isms lean = Isms.builder().organization(sample.organization()).addMeasurements(sample.measurements().get(0)).build();
    StringWriter out = new StringWriter();
    IsmsFormat.json().write(lean, out);
    json = out.toString();
    out = new StringWriter();
    IsmsFormat.yaml().write(lean, out);
    yaml = out.toString();
  }

  /**
   * The first measurement's value once its text in {@code document} (after {@code section} and
   * {@code field}, to the end of the line) is {@code number}; empty if the read refused it.
   */
  static Optional<Double> read(IsmsFormat format, String document, String section, String field, String number) {
    int at = document.indexOf(field, document.indexOf(section));
    assertThat(at).as("a measurement's value in the sample").isPositive();
    int from = at + field.length();
    String changed = document.substring(0, from) + number + document.substring(document.indexOf('\n', from));
    return format.withoutValidation().read(new StringReader(changed)).map(i -> i.measurements().get(0).value())
        .toJavaOptional();
  }

  /**
   * Whether both readers read {@code number} as the JDK does; a number beyond the range of a double
   * is refused (a measurement is finite).
   */
  static boolean agrees(String number) {
    double expected = Double.parseDouble(number);
    Optional<Double> fromJson = read(IsmsFormat.json(), json, "\"measurements\"", "\"value\": ", number);
    Optional<Double> fromYaml = read(IsmsFormat.yaml(), yaml, "measurements:", "value: ", number);
    if (!Double.isFinite(expected)) {
      return fromJson.isEmpty() && fromYaml.isEmpty();
    }
    return fromJson.isPresent() && Double.compare(fromJson.get(), expected) == 0
        && fromYaml.isPresent() && Double.compare(fromYaml.get(), expected) == 0;
  }

  @Test
  void everyFiniteDouble_readsBackExactly_inItsShortestAndPlainForms() {
    qt().withFixedSeed(20261203L).withExamples(300)
        .forAll(longs().all())
        .assuming(bits -> Double.isFinite(Double.longBitsToDouble(bits)))
        .check(bits -> {
          double d = Double.longBitsToDouble(bits);
          String plain = new BigDecimal(d).toPlainString();
          return agrees(Double.toString(d).replace("E", "e"))
              && (plain.length() > ReadLimits.DEFAULT.maxNumberLength() || agrees(plain));
        });
  }

  @Test
  void decimalsBetweenTwoDoubles_roundAsTheJdkRounds() {
    qt().withFixedSeed(20261203L).withExamples(300)
        .forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, 999_999_999), integers().between(-345, 320))
        .check((digits, more, exponent) -> agrees(digits + "" + more + "e" + exponent)
            && agrees("-0." + digits + more + "E" + exponent));
  }

  @Test
  void halfwayCases_andTheEdges() {
    for (String number : new String[] {"0.1", "0.30000000000000004", "2.2250738585072011e-308",
        "2.2250738585072014E-308", "4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
        "9007199254740993", "9007199254740992.5", "1e23", "8.41e21", "123456789012345678901234567890",
        "-0.0", "0", "1.0000000000000002", "1.00000000000000011102230246251565404236316680908203125"}) {
      assertThat(agrees(number)).as(number).isTrue();
    }
  }
}
