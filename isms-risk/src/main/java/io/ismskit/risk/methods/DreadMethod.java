package io.ismskit.risk.methods;

import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringError;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * DREAD ({@code "dread"}): Damage, Reproducibility, Exploitability, Affected users and
 * Discoverability, each rated on a whole-number scale; the score is their average, {@code (D + R +
 * E + A + D) / 5}.
 *
 * <p><b>Scale variants.</b> DREAD was introduced by Microsoft (Howard and LeBlanc, <i>Writing Secure
 * Code</i>, 2nd ed., 2003) and is documented in several variants:
 *
 * <ul>
 *   <li>0–10 per category, averaged to 0–10: the OWASP threat risk modelling version, whose
 *       anchors are 0 (nothing / very hard), 5 and 10 (e.g. complete system destruction); its
 *       examples rate (10+10+5+5+5)/5 = 7 and (10+10+10+10+5)/5 = 9 as High. This is the default,
 *       {@link #DreadMethod()}.
 *   <li>1–10 per category, averaged: SimpleRisk's DREAD scoring, {@link #simpleRisk()}.
 * </ul>
 *
 * <p><b>Levels.</b> The average is banded Low, Medium and High. For the 0–10 and 1–10 scales the
 * bands are SimpleRisk's default risk levels (Low from 0, Medium from 4, High from 7), which agree
 * with the OWASP examples above; {@link #of} configures any scale and bands.
 *
 * <p><b>Score.</b> The {@link Score#value() value} is the average, bounds {@code [min, max]} of
 * the scale, normalized {@code (value - min) / (max - min)}.
 *
 * <p><b>Flat form.</b> Keys {@code damage}, {@code reproducibility}, {@code exploitability},
 * {@code affectedUsers}, {@code discoverability}; whole numbers on the scale.
 *
 * <p><b>Mitigation.</b> Reproducibility, exploitability and discoverability measure likelihood;
 * damage and affected users measure impact. {@link #mitigate} lowers the first three by {@code
 * round(likelihoodReduction × (max − min))} and the last two by {@code round(impactReduction × (max
 * − min))}, never below {@code min}.
 *
 * <p>Sources: OWASP, Threat Risk Modeling (DREAD);
 * https://wiki.owasp.org/index.php/Threat_Risk_Modeling; SimpleRisk risk scoring
 * (https://www.simplerisk.com), whose default risk levels are Low from 0, Medium from 4, High
 * from 7.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DreadMethod implements ScoringMethod<DreadInput> {
  /** The id of this method, {@code "dread"}. */
  public static final MethodId ID = MethodId.of("dread");

  /** The version of this method's definition. */
  public static final String VERSION = "1";

  private static final String M = "dread";
  private static final String[] LEVELS = {"Low", "Medium", "High"};
  private static final List<String> KEYS =
      List.of("damage", "reproducibility", "exploitability", "affectedUsers", "discoverability");

  private final int min;
  private final int max;
  private final double mediumFrom;
  private final double highFrom;
  private final Bounds bounds;
  private final List<MonotonicFactor<DreadInput>> monotonic;

  /** The OWASP 0–10 variant with SimpleRisk's default bands: Low &lt; 4 ≤ Medium &lt; 7 ≤ High. */
  public DreadMethod() {
    this(0, 10, 4, 7);
  }

  private DreadMethod(int min, int max, double mediumFrom, double highFrom) {
    this.min = min;
    this.max = max;
    this.mediumFrom = mediumFrom;
    this.highFrom = highFrom;
    this.bounds = Bounds.of(min, max);
    int hi = max;
    this.monotonic =
        List.of(
            MonotonicFactor.of(
                "damage",
                in ->
                    in.damage() < hi
                        ? Optional.of(
                            DreadInput.of(
                                in.damage() + 1,
                                in.reproducibility(),
                                in.exploitability(),
                                in.affectedUsers(),
                                in.discoverability()))
                        : Optional.empty()),
            MonotonicFactor.of(
                "reproducibility",
                in ->
                    in.reproducibility() < hi
                        ? Optional.of(
                            DreadInput.of(
                                in.damage(),
                                in.reproducibility() + 1,
                                in.exploitability(),
                                in.affectedUsers(),
                                in.discoverability()))
                        : Optional.empty()),
            MonotonicFactor.of(
                "exploitability",
                in ->
                    in.exploitability() < hi
                        ? Optional.of(
                            DreadInput.of(
                                in.damage(),
                                in.reproducibility(),
                                in.exploitability() + 1,
                                in.affectedUsers(),
                                in.discoverability()))
                        : Optional.empty()),
            MonotonicFactor.of(
                "affectedUsers",
                in ->
                    in.affectedUsers() < hi
                        ? Optional.of(
                            DreadInput.of(
                                in.damage(),
                                in.reproducibility(),
                                in.exploitability(),
                                in.affectedUsers() + 1,
                                in.discoverability()))
                        : Optional.empty()),
            MonotonicFactor.of(
                "discoverability",
                in ->
                    in.discoverability() < hi
                        ? Optional.of(
                            DreadInput.of(
                                in.damage(),
                                in.reproducibility(),
                                in.exploitability(),
                                in.affectedUsers(),
                                in.discoverability() + 1))
                        : Optional.empty()));
  }

  /** SimpleRisk's variant: each category 1–10, averaged; bands Low &lt; 4 ≤ Medium &lt; 7 ≤ High. */
  public static DreadMethod simpleRisk() {
    return new DreadMethod(1, 10, 4, 7);
  }

  /**
   * A DREAD method on the whole-number scale {@code [min, max]} whose average is Medium from {@code
   * mediumFrom} and High from {@code highFrom}.
   *
   * @return the method, or every problem: {@code min < 0}, {@code max <= min}, a threshold that is
   *     not finite or outside {@code (min, max]}, or {@code highFrom <= mediumFrom}
   */
  public static Validation<Seq<ScoringError>, DreadMethod> of(
      int min, int max, double mediumFrom, double highFrom) {
    Vector<ScoringError> errors = Vector.empty();
    if (min < 0) {
      errors = errors.append(ScoringError.of("dread.config.min", "min", min, "must be >= 0"));
    }
    if (max <= min) {
      errors =
          errors.append(
              ScoringError.of("dread.config.max", "max", max, "must be greater than min " + min));
    }
    if (!Double.isFinite(mediumFrom) || mediumFrom <= min || mediumFrom > max) {
      errors =
          errors.append(
              ScoringError.of(
                  "dread.config.threshold",
                  "mediumFrom",
                  mediumFrom,
                  "must be a finite number in (" + min + ", " + max + "]"));
    }
    if (!Double.isFinite(highFrom) || highFrom <= min || highFrom > max) {
      errors =
          errors.append(
              ScoringError.of(
                  "dread.config.threshold",
                  "highFrom",
                  highFrom,
                  "must be a finite number in (" + min + ", " + max + "]"));
    } else if (Double.isFinite(mediumFrom) && highFrom <= mediumFrom) {
      errors =
          errors.append(
              ScoringError.of(
                  "dread.config.threshold",
                  "highFrom",
                  highFrom,
                  "must be greater than mediumFrom " + mediumFrom));
    }
    return errors.isEmpty()
        ? Validation.valid(new DreadMethod(min, max, mediumFrom, highFrom))
        : Validation.invalid(errors);
  }

  /** The lowest rating of a category. */
  public int min() {
    return min;
  }

  /** The highest rating of a category. */
  public int max() {
    return max;
  }

  /** The lowest average rated Medium. */
  public double mediumFrom() {
    return mediumFrom;
  }

  /** The lowest average rated High. */
  public double highFrom() {
    return highFrom;
  }

  /** The level label of an average: {@code "Low"}, {@code "Medium"} or {@code "High"}. */
  public String level(double average) {
    return average >= highFrom ? LEVELS[2] : average >= mediumFrom ? LEVELS[1] : LEVELS[0];
  }

  @Override
  public MethodId id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Class<DreadInput> inputType() {
    return DreadInput.class;
  }

  @Override
  public Bounds bounds() {
    return bounds;
  }

  @Override
  public List<MonotonicFactor<DreadInput>> monotonicFactors() {
    return monotonic;
  }

  private static int[] values(DreadInput in) {
    return new int[] {
      in.damage(), in.reproducibility(), in.exploitability(), in.affectedUsers(), in.discoverability()
    };
  }

  private Either<ScoringError, DreadInput> check(DreadInput in) {
    int[] v = values(in);
    for (int j = 0; j < v.length; j++) {
      if (v[j] < min || v[j] > max) {
        return Either.left(
            ScoringError.of("dread.value.range", KEYS.get(j), v[j], "must be in " + min + ".." + max));
      }
    }
    return Either.right(in);
  }

  @Override
  public Either<ScoringError, Score> score(DreadInput input) {
    Objects.requireNonNull(input, "input");
    return check(input)
        .map(
            in -> {
              int[] v = values(in);
              int sum = 0;
              for (int x : v) {
                sum += x;
              }
              double average = sum / 5.0;
              String level = level(average);
              return new Score(
                  average,
                  (average - min) / (max - min),
                  level,
                  ID,
                  VERSION,
                  List.of(
                      ScoreFactor.of(KEYS.get(0), v[0]),
                      ScoreFactor.of(KEYS.get(1), v[1]),
                      ScoreFactor.of(KEYS.get(2), v[2]),
                      ScoreFactor.of(KEYS.get(3), v[3]),
                      ScoreFactor.of(KEYS.get(4), v[4]),
                      new ScoreFactor("total", sum, Integer.toString(sum)),
                      new ScoreFactor("average", average, level)));
            });
  }

  @Override
  public Either<ScoringError, DreadInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Either<ScoringError, Map<String, String>> known = Codec.onlyKeys(M, inputs, Set.copyOf(KEYS));
    if (known.isLeft()) {
      return Either.left(known.getLeft());
    }
    int[] v = new int[5];
    for (int j = 0; j < 5; j++) {
      String key = KEYS.get(j);
      Either<ScoringError, Integer> r =
          Codec.required(M, inputs, key).flatMap(s -> Codec.intIn(M, key, s, min, max));
      if (r.isLeft()) {
        return Either.left(r.getLeft());
      }
      v[j] = r.get();
    }
    return Either.right(DreadInput.of(v[0], v[1], v[2], v[3], v[4]));
  }

  @Override
  public Map<String, String> encode(DreadInput input) {
    Objects.requireNonNull(input, "input");
    int[] v = values(input);
    Map<String, String> map = new LinkedHashMap<>();
    for (int j = 0; j < 5; j++) {
      map.put(KEYS.get(j), Integer.toString(v[j]));
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public Either<ScoringError, DreadInput> mitigate(DreadInput input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    int ls = Codec.reductionSteps(mitigation.likelihoodReduction(), max - min);
    int is = Codec.reductionSteps(mitigation.impactReduction(), max - min);
    return check(input)
        .map(
            in ->
                DreadInput.of(
                    Math.max(min, in.damage() - is),
                    Math.max(min, in.reproducibility() - ls),
                    Math.max(min, in.exploitability() - ls),
                    Math.max(min, in.affectedUsers() - is),
                    Math.max(min, in.discoverability() - ls)));
  }

  @Override
  public String toString() {
    return "DreadMethod[" + min + ".." + max + ", Medium>=" + mediumFrom + ", High>=" + highFrom + "]";
  }
}
