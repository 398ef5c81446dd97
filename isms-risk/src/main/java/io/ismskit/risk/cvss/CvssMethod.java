package io.ismskit.risk.cvss;

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
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in {@code cvss} scoring method: scores a {@link CvssVector} (CVSS v3.0, v3.1 or v4.0)
 * on {@code [0, 10]}, with the severity rating as level.
 *
 * <p>The score is {@link Cvss#score(CvssVector)}; the normalized score is the score divided by 10.
 * The factors list the metric values, then the intermediate values (v3.x: ISS, Impact,
 * Exploitability, base and temporal scores, MISS, Modified Impact, Modified Exploitability,
 * environmental score; v4.0: EQ1..EQ6, the MacroVector and its score); the descriptor documents
 * every one. The flat form has one required key, {@code vector}, holding the vector string; any
 * other key is refused (so that a misspelt key is not silently ignored).
 *
 * <p><b>A severity, not a risk.</b> CVSS rates how severe a vulnerability is; a risk is also about
 * how likely the vulnerability is exploited where it sits. A CVSS-scored risk therefore combines
 * the vulnerability's severity with a likelihood from its threat context, the way the CVSS
 * specifications themselves combine them, and states both in every score:
 *
 * <ul>
 *   <li>{@linkplain Score#consequence() consequence}: the vulnerability's severity, the score of the
 *       vector with its exploit maturity left Not Defined (base, plus the environmental and other
 *       temporal metrics the vector defines), 0–10, labelled with its qualitative rating None …
 *       Critical;
 *   <li>{@linkplain Score#likelihood() likelihood}: the threat context, the vector's exploit
 *       maturity {@code E} — v3.x temporal Exploit Code Maturity, levels 1 Unproven, 2
 *       Proof-of-Concept, 3 Functional, 4 High; v4.0 threat metric Exploit Maturity, levels 1
 *       Unreported, 2 Proof-of-Concept, 3 Attacked. A vector that leaves {@code E} Not Defined is
 *       taken at the highest level, as the specifications score it: without threat intelligence the
 *       worst case is assumed, and the label says so;
 *   <li>the score's value: the CVSS score of the whole vector, which is how the specifications
 *       lower a severity by exploit maturity (v3.x temporal score, v4.0 CVSS-BT/BTE).
 * </ul>
 *
 * <p>So record the threat context of a vulnerability in its vector's {@code E} metric (from threat
 * intelligence, exploit databases or observed attacks) to assess its likelihood rather than assume
 * the worst.
 *
 * <p><b>Monotonic factors</b> (the metrics in which the score never decreases when the metric is
 * raised by one severity step, verified exhaustively over all CVSS v4.0 base vectors and by
 * property tests over random full vectors): v3.x AV (P&lt;L&lt;A&lt;N), AC, PR (H&lt;L&lt;N), UI, S
 * (U&lt;C), C, I, A (N&lt;L&lt;H), E (U&lt;P&lt;F&lt;H); v4.0 AV, AC, AT, PR, UI (A&lt;P&lt;N), VC, VI,
 * VA, SC, SI, SA, E (U&lt;P&lt;A). A factor named after a metric of both versions (AV, AC, PR, UI,
 * E) raises it in either; other factors return empty for the version without that metric. Not
 * Defined is never raised, and for CVSS v3.0 vectors with environmental metrics C, I and A are not
 * raised (the v3.0 environmental formula is not monotone in them; CVSS v3.1 changed it for that
 * reason).
 *
 * <p>Mitigation is expressed through environmental metrics, applied to the effective value of
 * each metric (the modified value when defined, else the base value); it never raises a metric:
 *
 * <ul>
 *   <li>likelihood reduction {@code r}: from {@code r >= 0.25} Modified Attack Complexity High;
 *       from {@code 0.5} additionally (v4.0) Modified Attack Requirements Present and Modified
 *       Privileges Required one step higher; from {@code 0.75} Modified User Interaction one step
 *       more demanding; at {@code 1} Modified Attack Vector Physical.
 *   <li>impact reduction {@code r}: from {@code r >= 0.25} every modified impact metric (v3.x
 *       MC/MI/MA; v4.0 MVC/MVI/MVA/MSC/MSI/MSA) one step lower, from {@code 0.75} two steps
 *       lower, at {@code 1} None.
 * </ul>
 *
 * <p>Should the resulting vector score above the input (CVSS scores are not monotone in every
 * metric, e.g. v3.x environmental formulas differ from the base formulas when Scope is Changed,
 * and v4.0's lookup table has local inversions), the mitigation is applied with progressively
 * fewer steps, down to none, so the residual never scores above the input.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CvssMethod implements ScoringMethod<CvssVector> {
  /** The method id, {@code cvss}. */
  public static final MethodId ID = MethodId.of("cvss");

  /** The method version: the CVSS versions it implements. */
  public static final String VERSION = "3.0+3.1+4.0";

  /** The key of the vector string in the flat form. */
  public static final String VECTOR_KEY = "vector";


  private static final String[] EQ_NAMES = {"EQ1", "EQ2", "EQ3", "EQ4", "EQ5", "EQ6"};

  private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  private static final int[] POW10 = {1, 10, 100, 1000};

  private static final List<MonotonicFactor<CvssVector>> FACTORS = List.copyOf(buildFactors());

  private static final MethodDescriptor<CvssVector> DESCRIPTOR = describe();

  /** Creates the method (used by {@link java.util.ServiceLoader}). */
  public CvssMethod() {}

  @Override
  public MethodDescriptor<CvssVector> descriptor() {
    return DESCRIPTOR;
  }

  private static MethodDescriptor<CvssVector> describe() {
    MethodDescriptor.Builder<CvssVector> b = MethodDescriptor.builder(ID, VERSION, CvssVector.class)
        .bounds(Bounds.of(0, 10))
        .monotonicFactors(FACTORS)
        .inputKey(InputKey.required(VECTOR_KEY, "the CVSS vector string of the vulnerability",
            "a CVSS v3.0, v3.1 or v4.0 vector string, such as CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    // Metric factors: one per abbreviation, with the versions that define it.
    Map<String, List<String>> metrics = new LinkedHashMap<>();
    for (Cvss3Metric m : Cvss3Metric.values()) {
      metrics.computeIfAbsent(m.abbreviation(), k -> new ArrayList<>()).add("v3.x " + describe(m));
    }
    for (Cvss4Metric m : Cvss4Metric.values()) {
      metrics.computeIfAbsent(m.abbreviation(), k -> new ArrayList<>()).add("v4.0 " + describe(m));
    }
    metrics.forEach((name, definitions) -> b.factor(name, String.join("; ", definitions)
        + ": the index of its value (0 = the first the specification lists), labelled with the value's"
        + " name; mandatory metrics always, the others when defined"));
    return b
        .factor("ISS", "v3.x Impact Sub-Score")
        .factor("Impact", "v3.x impact subscore")
        .factor("Exploitability", "v3.x exploitability subscore")
        .factor("BaseScore", "v3.x base score, 0-10")
        .factor("TemporalScore", "v3.x temporal score, 0-10")
        .factor("MISS", "v3.x Modified Impact Sub-Score")
        .factor("ModifiedImpact", "v3.x modified impact subscore")
        .factor("ModifiedExploitability", "v3.x modified exploitability subscore")
        .factor("EnvironmentalScore", "v3.x environmental score, 0-10")
        .factor("EQ1", "v4.0 equivalence set 1 level of the MacroVector")
        .factor("EQ2", "v4.0 equivalence set 2 level of the MacroVector")
        .factor("EQ3", "v4.0 equivalence set 3 level of the MacroVector")
        .factor("EQ4", "v4.0 equivalence set 4 level of the MacroVector")
        .factor("EQ5", "v4.0 equivalence set 5 level of the MacroVector")
        .factor("EQ6", "v4.0 equivalence set 6 level of the MacroVector")
        .factor("MacroVector", "v4.0 MacroVector, the six EQ levels as digits")
        .factor("MacroVectorScore", "v4.0 score of the MacroVector in FIRST's lookup table")
        .factor("Score", "v4.0 score, 0-10, labelled with its nomenclature (CVSS-B, -BT, -BE or -BTE)")
        .likelihood("the threat context: the exploit maturity E, v3.x 1 Unproven .. 4 High, v4.0 1 Unreported"
            + " .. 3 Attacked; Not Defined is taken at the highest level (the worst case)")
        .consequence("the vulnerability's severity: the score of the vector with E Not Defined, 0-10,"
            + " labelled with its qualitative rating None, Low, Medium, High or Critical")
        .build();
  }

  private static String describe(CvssMetric m) {
    return m.group().name().toLowerCase(java.util.Locale.ROOT) + " metric " + m.title();
  }

  @Override
  public Either<Problem, Score> score(CvssVector input) {
    Objects.requireNonNull(input, "input");
    List<ScoreFactor> factors = new ArrayList<>(48);
    double value;
    ScaleValue likelihood;
    double severity;
    if (input instanceof Cvss4Vector v) {
      for (Cvss4Metric m : Cvss4Metric.values()) {
        int index = v.valueIndex(m);
        if (m.mandatory() || index != 0) {
          factors.add(new ScoreFactor(m.abbreviation(), index, m.valueName(index)));
        }
      }
      Cvss4Scores s = v.scores();
      String mv = s.macroVector();
      for (int k = 0; k < 6; k++) {
        int level = mv.charAt(k) - '0';
        factors.add(new ScoreFactor(EQ_NAMES[k], level, DIGITS[level]));
      }
      factors.add(new ScoreFactor("MacroVector", Integer.parseInt(mv), mv));
      factors.add(decimal("MacroVectorScore", s.macroVectorScore()));
      factors.add(new ScoreFactor("Score", s.score(), s.nomenclature()));
      value = s.score();
      int e = v.valueIndex(Cvss4Metric.E);
      likelihood = E4_LIKELIHOODS.get(e);
      severity = e == 0 ? value : v.withValueIndex(Cvss4Metric.E, 0).scores().score();
    } else {
      Cvss3Vector v = (Cvss3Vector) input;
      for (Cvss3Metric m : Cvss3Metric.values()) {
        int index = v.valueIndex(m);
        if (m.mandatory() || index != 0) {
          factors.add(new ScoreFactor(m.abbreviation(), index, m.valueName(index)));
        }
      }
      Cvss3Scores s = v.scores();
      factors.add(decimal("ISS", s.iss()));
      factors.add(decimal("Impact", s.impact()));
      factors.add(decimal("Exploitability", s.exploitability()));
      factors.add(decimal("BaseScore", s.base()));
      factors.add(decimal("TemporalScore", s.temporal()));
      factors.add(decimal("MISS", s.miss()));
      factors.add(decimal("ModifiedImpact", s.modifiedImpact()));
      factors.add(decimal("ModifiedExploitability", s.modifiedExploitability()));
      factors.add(decimal("EnvironmentalScore", s.environmental()));
      value = s.overall();
      int e = v.valueIndex(Cvss3Metric.E);
      likelihood = E3_LIKELIHOODS.get(e);
      severity = e == 0 ? value : v.withValueIndex(Cvss3Metric.E, 0).scores().overall();
    }
    return Either.right(
        new Score(
            value, value / 10.0, CvssSeverity.of(value).label(), ID, VERSION, factors,
            likelihood,
            consequence(severity)));
  }

  /** v3.x Exploit Code Maturity without Not Defined, lowest first. */
  private static final List<String> E3_LEVELS = List.of("Unproven", "Proof-of-Concept", "Functional", "High");

  /** v4.0 Exploit Maturity without Not Defined, lowest first. */
  private static final List<String> E4_LEVELS = List.of("Unreported", "Proof-of-Concept", "Attacked");

  /** The qualitative severity ratings, lowest first. */
  private static final List<String> SEVERITIES = List.of("None", "Low", "Medium", "High", "Critical");

  /** The likelihood of each v3.x exploit maturity value index (0 Not Defined), made once. */
  private static final List<ScaleValue> E3_LIKELIHOODS = likelihoods(E3_LEVELS);

  /** The likelihood of each v4.0 exploit maturity value index (0 Not Defined), made once. */
  private static final List<ScaleValue> E4_LIKELIHOODS = likelihoods(E4_LEVELS);

  /** The consequence of each severity 0.0, 0.1, … 10.0 (CVSS scores have one decimal), made once. */
  private static final List<ScaleValue> CONSEQUENCES = consequences();

  private static List<ScaleValue> likelihoods(List<String> levels) {
    List<ScaleValue> l = new ArrayList<>(levels.size() + 1);
    for (int index = 0; index <= levels.size(); index++) {
      l.add(exploitMaturity(index, levels));
    }
    return List.copyOf(l);
  }

  private static List<ScaleValue> consequences() {
    List<ScaleValue> l = new ArrayList<>(101);
    for (int tenths = 0; tenths <= 100; tenths++) {
      l.add(severityOf(tenths / 10.0));
    }
    return List.copyOf(l);
  }

  /**
   * The exploit maturity of value index {@code index} (0 Not Defined, then the levels lowest first)
   * as a likelihood level; Not Defined is the highest level, labelled as assumed.
   */
  private static ScaleValue exploitMaturity(int index, List<String> levels) {
    int top = levels.size();
    if (index == 0) {
      return new ScaleValue(top, levels.get(top - 1) + " (E Not Defined: worst case assumed)", 1, top, levels);
    }
    return ScaleValue.level(index, levels);
  }

  /** Severity {@code severity} (0-10) as a consequence, labelled with its qualitative rating. */
  private static ScaleValue severityOf(double severity) {
    return new ScaleValue(severity, CvssSeverity.of(severity).label(), 0, 10, SEVERITIES);
  }

  /** The consequence of {@code severity}: one made at class initialization when it is one of them. */
  private static ScaleValue consequence(double severity) {
    long tenths = Math.round(severity * 10);
    if (tenths >= 0 && tenths <= 100) {
      ScaleValue made = CONSEQUENCES.get((int) tenths);
      if (Double.compare(made.value(), severity) == 0) {
        return made;
      }
    }
    return severityOf(severity);
  }

  @Override
  public Either<Problem, CvssVector> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return FlatForm.knownKeys(DESCRIPTOR, inputs)
        .flatMap(in -> FlatForm.required(in, VECTOR_KEY))
        .flatMap(Cvss::parse);
  }

  @Override
  public Map<String, String> encode(CvssVector input) {
    return Map.of(VECTOR_KEY, input.toVectorString());
  }

  @Override
  public Either<Problem, CvssVector> mitigate(CvssVector input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    int likelihood = steps(mitigation.likelihoodReduction());
    int impact = steps(mitigation.impactReduction());
    double before = Cvss.score(input);
    // Fall back to fewer steps while the residual would score higher than the input.
    while (likelihood > 0 || impact > 0) {
      CvssVector residual = Mitigations.apply(input, likelihood, impact);
      if (Cvss.score(residual) <= before) {
        return Either.right(residual);
      }
      if (impact >= likelihood) {
        impact--;
      } else {
        likelihood--;
      }
    }
    return Either.right(input);
  }

  /** 0 below 0.25, 1 from 0.25, 2 from 0.5, 3 from 0.75, 4 at 1. */
  private static int steps(double reduction) {
    return reduction >= 1 ? 4 : (int) Math.floor(reduction * 4);
  }

  // ---- labels ----

  /**
   * A computed value with its label: the value (exact) shown with at most four decimals, trailing
   * zeros dropped ({@code 0.56}, {@code 3.5952}, {@code 7.5}). CVSS values lie within ±10, so four
   * decimals show every rounded score exactly and the unrounded subscores as precisely as a reader
   * needs, at a fraction of the cost of {@link Double#toString} on the scoring path.
   */
  static ScoreFactor decimal(String name, double value) {
    return new ScoreFactor(name, value, fourDecimals(value));
  }

  /** {@code value} rounded half up to four decimals, without trailing zeros. */
  static String fourDecimals(double value) {
    long scaled = Math.round(Math.abs(value) * 10_000);
    StringBuilder sb = new StringBuilder(12);
    if (value < 0 && scaled != 0) {
      sb.append('-');
    }
    sb.append(scaled / 10_000);
    int frac = (int) (scaled % 10_000);
    if (frac != 0) {
      int digits = 4;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      sb.append('.');
      for (int pad = digits - 1; pad > 0 && frac < POW10[pad]; pad--) {
        sb.append('0');
      }
      sb.append(frac);
    }
    return sb.toString();
  }

  // ---- monotonic factors ----

  private static List<MonotonicFactor<CvssVector>> buildFactors() {
    List<MonotonicFactor<CvssVector>> list = new ArrayList<>();
    for (String name : Monotonicity.FACTOR_NAMES) {
      Optional<Cvss3Metric> m3 = Monotonicity.v3(name);
      Optional<Cvss4Metric> m4 = Monotonicity.v4(name);
      list.add(
          MonotonicFactor.of(
              name,
              in -> {
                if (in instanceof Cvss3Vector v3 && m3.isPresent()) {
                  return Monotonicity.raise(v3, m3.get()).map(x -> (CvssVector) x);
                } else if (in instanceof Cvss4Vector v4 && m4.isPresent()) {
                  return Monotonicity.raise(v4, m4.get()).map(x -> (CvssVector) x);
                }
                return Optional.empty();
              }));
    }
    return list;
  }
}
