package io.ismskit.risk.methods;

import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.MethodDescriptor.InputKey;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
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
 * <p><b>Factors.</b> The five ratings, then {@code total} (their sum) and {@code average} (labelled
 * with the level).
 *
 * <p><b>Likelihood and consequence.</b> The score's {@linkplain Score#likelihood() likelihood} is
 * the average of reproducibility, exploitability and discoverability, its {@linkplain
 * Score#consequence() consequence} the average of damage and affected users (the same split as
 * mitigation's), each on the rating scale and labelled with its level.
 *
 * <p><b>Flat form.</b> Keys {@code damage}, {@code reproducibility}, {@code exploitability},
 * {@code affectedUsers}, {@code discoverability}, all required; whole numbers on the scale. Any
 * other key is refused.
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

  private static final String[] LEVELS = {"Low", "Medium", "High"};
  private static final List<String> SCALE_LEVELS = List.of(LEVELS);
  private static final List<String> KEYS =
      List.of("damage", "reproducibility", "exploitability", "affectedUsers", "discoverability");
  private static final List<String> MEANINGS = List.of(
      "damage potential: how great the damage is if the threat is realized",
      "reproducibility: how easy it is to reproduce the attack",
      "exploitability: how little work it takes to launch the attack",
      "affected users: how many users would be affected",
      "discoverability: how easy it is to discover the weakness");

  private final int min;
  private final int max;
  private final double mediumFrom;
  private final double highFrom;
  private final MethodDescriptor<DreadInput> descriptor;

  /** The OWASP 0–10 variant with SimpleRisk's default bands: Low &lt; 4 ≤ Medium &lt; 7 ≤ High. */
  public DreadMethod() {
    this(0, 10, 4, 7);
  }

  private DreadMethod(int min, int max, double mediumFrom, double highFrom) {
    this.min = min;
    this.max = max;
    this.mediumFrom = mediumFrom;
    this.highFrom = highFrom;
    int hi = max;
    List<MonotonicFactor<DreadInput>> monotonic =
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
    String scale = "a whole number in " + min + ".." + max;
    MethodDescriptor.Builder<DreadInput> b = MethodDescriptor.builder(ID, VERSION, DreadInput.class)
        .bounds(Bounds.of(min, max))
        .monotonicFactors(monotonic);
    for (int j = 0; j < KEYS.size(); j++) {
      b.inputKey(InputKey.required(KEYS.get(j), "the rating of " + MEANINGS.get(j), scale));
    }
    for (int j = 0; j < KEYS.size(); j++) {
      b.factor(KEYS.get(j), "the rating of " + MEANINGS.get(j) + ", " + min + ".." + max);
    }
    this.descriptor = b
        .factor("total", "the sum of the five ratings")
        .factor("average", "the average of the five ratings, labelled with its level Low, Medium or High")
        .likelihood("the average of reproducibility, exploitability and discoverability, " + min + ".." + max
            + ", labelled with its level Low, Medium or High")
        .consequence("the average of damage and affected users, " + min + ".." + max
            + ", labelled with its level Low, Medium or High")
        .build();
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
  public static Validation<Seq<Problem>, DreadMethod> of(
      int min, int max, double mediumFrom, double highFrom) {
    Vector<Problem> errors = Vector.empty();
    if (min < 0) {
      errors = errors.append(config(MethodCode.DREAD_CONFIG_MIN, "min", min, "must be >= 0"));
    }
    if (max <= min) {
      errors =
          errors.append(
              config(MethodCode.DREAD_CONFIG_MAX, "max", max, "must be greater than min " + min));
    }
    if (!Double.isFinite(mediumFrom) || mediumFrom <= min || mediumFrom > max) {
      errors =
          errors.append(
              config(
                  MethodCode.DREAD_CONFIG_THRESHOLD,
                  "mediumFrom",
                  mediumFrom,
                  "must be a finite number in (" + min + ", " + max + "]"));
    }
    if (!Double.isFinite(highFrom) || highFrom <= min || highFrom > max) {
      errors =
          errors.append(
              config(
                  MethodCode.DREAD_CONFIG_THRESHOLD,
                  "highFrom",
                  highFrom,
                  "must be a finite number in (" + min + ", " + max + "]"));
    } else if (Double.isFinite(mediumFrom) && highFrom <= mediumFrom) {
      errors =
          errors.append(
              config(
                  MethodCode.DREAD_CONFIG_THRESHOLD,
                  "highFrom",
                  highFrom,
                  "must be greater than mediumFrom " + mediumFrom));
    }
    return errors.isEmpty()
        ? Validation.valid(new DreadMethod(min, max, mediumFrom, highFrom))
        : Validation.invalid(errors);
  }

  private static Problem config(MethodCode code, String field, Object value, String reason) {
    return Problem.of(code, "DreadMethod", "", field, value, reason);
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

  /** An average of ratings as a likelihood or consequence on the rating scale, labelled with its level. */
  private ScaleValue component(double average) {
    return new ScaleValue(average, level(average), min, max, SCALE_LEVELS);
  }

  @Override
  public MethodDescriptor<DreadInput> descriptor() {
    return descriptor;
  }

  private static int[] values(DreadInput in) {
    return new int[] {
      in.damage(), in.reproducibility(), in.exploitability(), in.affectedUsers(), in.discoverability()
    };
  }

  private Either<Problem, DreadInput> check(DreadInput in) {
    int[] v = values(in);
    for (int j = 0; j < v.length; j++) {
      if (v[j] < min || v[j] > max) {
        return Either.left(
            FlatForm.inRange(KEYS.get(j), v[j], min, max).getLeft());
      }
    }
    return Either.right(in);
  }

  @Override
  public Either<Problem, Score> score(DreadInput input) {
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
                      new ScoreFactor("average", average, level)),
                  component((v[1] + v[2] + v[4]) / 3.0),
                  component((v[0] + v[3]) / 2.0));
            });
  }

  @Override
  public Either<Problem, DreadInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Either<Problem, Map<String, String>> known = FlatForm.knownKeys(descriptor, inputs);
    if (known.isLeft()) {
      return Either.left(known.getLeft());
    }
    int[] v = new int[5];
    for (int j = 0; j < 5; j++) {
      String key = KEYS.get(j);
      Either<Problem, Integer> r =
          FlatForm.required(inputs, key).flatMap(s -> FlatForm.wholeNumber(key, s, min, max));
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
  public Either<Problem, DreadInput> mitigate(DreadInput input, Mitigation mitigation) {
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
