package io.ismskit.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the CVSS method over random vectors of every version. */
@SuppressWarnings("EnumOrdinal") // builds raw vectors indexed by metric ordinal
class CvssPropertiesTest {
  private static final CvssMethod METHOD = new CvssMethod();

  /** A random vector from a seed: all base metrics, each optional metric defined with p = 1/3. */
  static CvssVector vector(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int version = r.nextInt(3);
    if (version == 2) {
      byte[] v = new byte[Cvss4Metric.values().length];
      for (Cvss4Metric m : Cvss4Metric.values()) {
        int n = m.codes().size();
        v[m.ordinal()] = (byte) (m.mandatory() || r.nextInt(3) == 0 ? r.nextInt(n) : 0);
      }
      return new Cvss4Vector(v);
    }
    byte[] v = new byte[Cvss3Metric.values().length];
    for (Cvss3Metric m : Cvss3Metric.values()) {
      int n = m.codes().size();
      v[m.ordinal()] = (byte) (m.mandatory() || r.nextInt(3) == 0 ? r.nextInt(n) : 0);
    }
    return new Cvss3Vector(version == 0 ? CvssVersion.V3_0 : CvssVersion.V3_1, v);
  }

  static Gen<CvssVector> vectors() {
    return longs().all().map(CvssPropertiesTest::vector);
  }

  @Test
  void scores_liesWithinBounds_onOneDecimal() {
    qt().withFixedSeed(42L)
        .withExamples(2000)
        .forAll(vectors())
        .checkAssert(
            v -> {
              double s = v.score();
              assertThat(s).isBetween(0.0, 10.0);
              assertThat(Math.abs(s * 10 - Math.round(s * 10))).isLessThan(1e-9);
              var score = METHOD.score(v).get();
              assertThat(score.normalized()).isEqualTo(s / 10);
              assertThat(score.level()).isEqualTo(CvssSeverity.of(s).label());
            });
  }

  @Test
  void scoring_isDeterministic() {
    qt().withFixedSeed(42L)
        .withExamples(500)
        .forAll(vectors())
        .checkAssert(v -> assertThat(METHOD.score(v)).isEqualTo(METHOD.score(v)));
  }

  @Test
  void fastPath_agreesWithParsedVector() {
    qt().withFixedSeed(42L)
        .withExamples(2000)
        .forAll(vectors())
        .checkAssert(
            v -> {
              String s = v.toVectorString();
              assertThat(Cvss.score(s)).isEqualTo(v.score());
              if (v instanceof Cvss3Vector v3) {
                assertThat(Cvss3Scoring.overall(v3.rawValues(), v3.version() == CvssVersion.V3_1))
                    .isEqualTo(v3.scores().overall());
              }
            });
  }

  @Test
  void encodeDecode_roundTrips() {
    qt().withFixedSeed(42L)
        .withExamples(1000)
        .forAll(vectors())
        .checkAssert(
            v -> {
              assertThat(METHOD.decode(METHOD.encode(v)).get()).isEqualTo(v);
              assertThat(Cvss.parse(v.toVectorString()).get().toVectorString())
                  .isEqualTo(v.toVectorString());
            });
  }

  @Test
  void monotoneFactors_neverLowerTheScore() {
    List<MonotonicFactor<CvssVector>> factors = METHOD.descriptor().monotonicFactors();
    qt().withFixedSeed(42L)
        .withExamples(5000)
        .forAll(vectors())
        .checkAssert(
            v -> {
              double s = v.score();
              for (MonotonicFactor<CvssVector> f : factors) {
                f.raise(v)
                    .ifPresent(
                        up -> assertThat(up.score()).as("%s raised in %s", f.name(), v).isGreaterThanOrEqualTo(s));
              }
            });
  }

  @Test
  void monotoneFactors_holdForEveryV4BaseVector() {
    // All 104,976 CVSS v4.0 base vectors, every declared factor.
    int[] sizes = new int[11];
    for (int k = 0; k < 11; k++) {
      sizes[k] = Cvss4Metric.at(k).codes().size();
    }
    int[] idx = new int[11];
    int checked = 0;
    while (true) {
      byte[] v = new byte[Cvss4Metric.values().length];
      for (int k = 0; k < 11; k++) {
        v[k] = (byte) idx[k];
      }
      Cvss4Vector vec = new Cvss4Vector(v);
      double s = vec.score();
      for (MonotonicFactor<CvssVector> f : METHOD.descriptor().monotonicFactors()) {
        var up = f.raise(vec);
        if (up.isPresent() && up.get().score() < s) {
          throw new AssertionError(f.name() + " lowers the score of " + vec);
        }
      }
      checked++;
      int k = 0;
      while (k < 11 && ++idx[k] == sizes[k]) {
        idx[k++] = 0;
      }
      if (k == 11) {
        break;
      }
    }
    assertThat(checked).isEqualTo(104_976);
  }

  @Test
  void monotoneFactors_excludeV30ImpactWithEnvironmentalMetrics() {
    // CVSS v3.1 User Guide 2.6: the v3.0 environmental formula could fall when a metric rose.
    Cvss3Vector v =
        Cvss3Vector.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N/CR:H").get();
    MonotonicFactor<CvssVector> c =
        METHOD.descriptor().monotonicFactors().stream().filter(f -> f.name().equals("C")).findFirst().get();
    assertThat(c.raise(v)).isEmpty();
    assertThat(c.raise(v.withVersion(CvssVersion.V3_1))).isPresent();
  }

  @Test
  void mitigation_neverRaisesTheScore() {
    qt().withFixedSeed(42L)
        .withExamples(3000)
        .forAll(vectors(), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert(
            (v, l, i) -> {
              CvssVector residual = METHOD.mitigate(v, Mitigation.of(l, i)).get();
              assertThat(residual.score()).isLessThanOrEqualTo(v.score());
              assertThat(residual.version()).isEqualTo(v.version());
            });
  }

  @Test
  void mitigation_fullImpactReduction_removesImpact() {
    CvssVector v4 =
        Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").get();
    CvssVector residual = METHOD.mitigate(v4, Mitigation.of(0, 1)).get();
    assertThat(residual.score()).isEqualTo(0.0);
    assertThat(residual.toVectorString()).endsWith("/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N");
    CvssVector v3 = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").get();
    assertThat(METHOD.mitigate(v3, Mitigation.of(0.3, 0)).get().toVectorString()).endsWith("/MAC:H");
    assertThat(METHOD.mitigate(v3, Mitigation.NONE).get()).isEqualTo(v3);
  }

  @Test
  void lookupTable_has270MacroVectorsWithinBounds() {
    int[] present = Arrays.stream(Cvss4Scoring.LOOKUP).filter(t -> t >= 0).toArray();
    assertThat(present).hasSize(270);
    assertThat(Arrays.stream(present).allMatch(t -> t >= 1 && t <= 100)).isTrue();
    // MacroVectors with EQ3 = 2 require EQ6 = 1 (no High impact, so no High-requirement match).
    for (int eq1 = 0; eq1 < 3; eq1++) {
      for (int eq2 = 0; eq2 < 2; eq2++) {
        for (int eq4 = 0; eq4 < 3; eq4++) {
          for (int eq5 = 0; eq5 < 3; eq5++) {
            assertThat(Cvss4Scoring.LOOKUP[Cvss4Scoring.slot(eq1, eq2, 2, eq4, eq5, 0)]).isEqualTo(-1);
          }
        }
      }
    }
    // Specification section 8 examples of the table: 000000 is 10, 212221 is 0.1.
    assertThat(Cvss4Scoring.LOOKUP[0]).isEqualTo(100);
    assertThat(Cvss4Scoring.LOOKUP[Cvss4Scoring.slot(2, 1, 2, 2, 2, 1)]).isEqualTo(1);
  }

  @Test
  void supplementalMetrics_doNotChangeTheScore() {
    qt().withFixedSeed(42L)
        .withExamples(500)
        .forAll(vectors())
        .checkAssert(
            v -> {
              if (v instanceof Cvss4Vector v4) {
                Cvss4Vector plain = v4;
                for (Cvss4Metric m : Cvss4Metric.values()) {
                  if (m.group() == CvssMetricGroup.SUPPLEMENTAL) {
                    plain = plain.withValueIndex(m, 0);
                  }
                }
                assertThat(plain.score()).isEqualTo(v4.score());
              }
            });
  }

  @Test
  void likelihoodAndConsequence_areTheExploitMaturityAndTheSeverity_asDefined() {
    List<String> severities = List.of("None", "Low", "Medium", "High", "Critical");
    qt().withFixedSeed(20261203L).withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
      CvssVector v = vector(seed);
      io.ismskit.risk.spi.Score s = METHOD.score(v).get();
      // the consequence: the score of the vector with E Not Defined, labelled with its rating
      double severity = v instanceof Cvss4Vector v4 ? v4.withValueIndex(Cvss4Metric.E, 0).scores().score()
          : ((Cvss3Vector) v).withValueIndex(Cvss3Metric.E, 0).scores().overall();
      assertThat(s.consequence()).contains(new io.ismskit.core.risk.ScaleValue(severity,
          CvssSeverity.of(severity).label(), 0, 10, severities));
      // the likelihood: E's level, Not Defined taken at the top
      int e = v instanceof Cvss4Vector v4 ? v4.valueIndex(Cvss4Metric.E) : ((Cvss3Vector) v).valueIndex(Cvss3Metric.E);
      io.ismskit.core.risk.ScaleValue l = s.likelihood().orElseThrow();
      assertThat(l.value()).isEqualTo(e == 0 ? l.max() : e);
      assertThat(l.label()).endsWith(e == 0 ? "(E Not Defined: worst case assumed)" : l.levels().get(e - 1));
    });
  }
}
