package io.ismskit.risk.methods;

import static io.ismskit.risk.methods.Nist80030Level.HIGH;
import static io.ismskit.risk.methods.Nist80030Level.LOW;
import static io.ismskit.risk.methods.Nist80030Level.MODERATE;
import static io.ismskit.risk.methods.Nist80030Level.VERY_HIGH;
import static io.ismskit.risk.methods.Nist80030Level.VERY_LOW;
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
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;


/**
 * The qualitative risk determination of NIST SP 800-30 Rev. 1 ({@code "nist-800-30"}), Appendices
 * G, H and I.
 *
 * <p>The overall likelihood combines the likelihood of threat event initiation or occurrence with
 * the likelihood that the event results in adverse impacts, by Table G-5 ({@link
 * #overallLikelihood}). The level of risk combines that overall likelihood with the level of
 * impact, by Table I-2 ({@link #riskLevel}). Both tables are reproduced cell by cell below; rows
 * are the first argument, columns the second, both from Very Low to Very High.
 *
 * <table>
 *   <caption>Table G-5, overall likelihood (rows: likelihood of initiation or occurrence; columns:
 *   likelihood of resulting in adverse impacts)</caption>
 *   <tr><th></th><th>Very Low</th><th>Low</th><th>Moderate</th><th>High</th><th>Very High</th></tr>
 *   <tr><th>Very High</th><td>Low</td><td>Moderate</td><td>High</td><td>Very High</td><td>Very High</td></tr>
 *   <tr><th>High</th><td>Low</td><td>Moderate</td><td>Moderate</td><td>High</td><td>Very High</td></tr>
 *   <tr><th>Moderate</th><td>Low</td><td>Low</td><td>Moderate</td><td>Moderate</td><td>High</td></tr>
 *   <tr><th>Low</th><td>Very Low</td><td>Low</td><td>Low</td><td>Moderate</td><td>Moderate</td></tr>
 *   <tr><th>Very Low</th><td>Very Low</td><td>Very Low</td><td>Low</td><td>Low</td><td>Low</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Table I-2, level of risk (rows: overall likelihood; columns: level of
 *   impact)</caption>
 *   <tr><th></th><th>Very Low</th><th>Low</th><th>Moderate</th><th>High</th><th>Very High</th></tr>
 *   <tr><th>Very High</th><td>Very Low</td><td>Low</td><td>Moderate</td><td>High</td><td>Very High</td></tr>
 *   <tr><th>High</th><td>Very Low</td><td>Low</td><td>Moderate</td><td>High</td><td>Very High</td></tr>
 *   <tr><th>Moderate</th><td>Very Low</td><td>Low</td><td>Moderate</td><td>Moderate</td><td>High</td></tr>
 *   <tr><th>Low</th><td>Very Low</td><td>Low</td><td>Low</td><td>Low</td><td>Moderate</td></tr>
 *   <tr><th>Very Low</th><td>Very Low</td><td>Very Low</td><td>Very Low</td><td>Low</td><td>Low</td></tr>
 * </table>
 *
 * <p><b>Score.</b> The {@link Score#value() value} is the semi-quantitative 0–10 value of the level
 * of risk (Table I-3: Very Low 0, Low 2, Moderate 5, High 8, Very High 10); bounds {@code [0, 10]},
 * normalized {@code value / 10}; the {@link Score#level() level} is the qualitative label. The
 * score's {@linkplain Score#likelihood() likelihood} is the overall likelihood and its {@linkplain
 * Score#consequence() consequence} the level of impact, each with its 0–10 value and label.
 *
 * <p><b>Factors.</b> A score's factors are, in order: {@code initiationLikelihood}, {@code
 * adverseImpactLikelihood}, {@code overallLikelihood} (Table G-5 of the first two), {@code impact}
 * and {@code riskLevel} (Table I-2 of the overall likelihood and the impact), each with its 0–10
 * value and its label.
 *
 * <p><b>Flat form.</b> Keys {@code initiationLikelihood}, {@code adverseImpactLikelihood} and
 * {@code impact}, all required; any other key is refused. A value is a qualitative label ({@code "Very High"}, {@code "very_high"}, …), a
 * value on the 0–100 scale written {@code "85/100"} (mapped to the level whose range contains it:
 * 96–100 Very High, 80–95 High, 21–79 Moderate, 5–20 Low, 0–4 Very Low), or a representative
 * value on the 0–10 scale written {@code "8/10"} (only 0, 2, 5, 8 and 10 exist). {@link #encode}
 * writes labels.
 *
 * <p><b>Mitigation.</b> Controls act on the vulnerabilities and predisposing conditions that
 * Table G-4 weighs, so {@link #mitigate} lowers the likelihood of adverse impact by {@code
 * round(likelihoodReduction × 4)} levels and the level of impact by {@code round(impactReduction ×
 * 4)} levels, never below Very Low; the likelihood of initiation is left unchanged. Both tables are
 * non-decreasing along rows and columns, so mitigation never raises the level of risk.
 *
 * <p>Source: NIST Special Publication 800-30 Revision 1, <i>Guide for Conducting Risk
 * Assessments</i>, Joint Task Force Transformation Initiative, September 2012, Appendix G (Tables
 * G-2 to G-5), Appendix H (Table H-3) and Appendix I (Tables I-2, I-3);
 * https://doi.org/10.6028/NIST.SP.800-30r1.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // the tables and scale are indexed by level order, Very Low first, by design
public final class Nist80030Method implements ScoringMethod<Nist80030Input> {
  /** The id of this method, {@code "nist-800-30"}. */
  public static final MethodId ID = MethodId.of("nist-800-30");

  /** The version of this method's definition: SP 800-30 Rev. 1. */
  public static final String VERSION = "rev1";

  private static final String K_INIT = "initiationLikelihood";
  private static final String K_ADVERSE = "adverseImpactLikelihood";
  private static final String K_IMPACT = "impact";

  /** Table G-5, indexed [initiation or occurrence][adverse impact], Very Low first. */
  private static final Nist80030Level[][] G5 = {
    /* Very Low  */ {VERY_LOW, VERY_LOW, LOW, LOW, LOW},
    /* Low       */ {VERY_LOW, LOW, LOW, MODERATE, MODERATE},
    /* Moderate  */ {LOW, LOW, MODERATE, MODERATE, HIGH},
    /* High      */ {LOW, MODERATE, MODERATE, HIGH, VERY_HIGH},
    /* Very High */ {LOW, MODERATE, HIGH, VERY_HIGH, VERY_HIGH},
  };

  /** Table I-2, indexed [overall likelihood][level of impact], Very Low first. */
  private static final Nist80030Level[][] I2 = {
    /* Very Low  */ {VERY_LOW, VERY_LOW, VERY_LOW, LOW, LOW},
    /* Low       */ {VERY_LOW, LOW, LOW, LOW, MODERATE},
    /* Moderate  */ {VERY_LOW, LOW, MODERATE, MODERATE, HIGH},
    /* High      */ {VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH},
    /* Very High */ {VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH},
  };

  private static final String LEVELS =
      "a level: Very Low, Low, Moderate, High or Very High (any case, '_' or '-' for a space), a"
          + " 0-100 value written n/100, or a 0-10 value written n/10 (0, 2, 5, 8 or 10)";

  private static final List<MonotonicFactor<Nist80030Input>> MONOTONIC =
      List.of(
          MonotonicFactor.of(
              K_INIT,
              in ->
                  in.initiationLikelihood()
                      .higher()
                      .map(h -> Nist80030Input.of(h, in.adverseImpactLikelihood(), in.impact()))),
          MonotonicFactor.of(
              K_ADVERSE,
              in ->
                  in.adverseImpactLikelihood()
                      .higher()
                      .map(h -> Nist80030Input.of(in.initiationLikelihood(), h, in.impact()))),
          MonotonicFactor.of(
              K_IMPACT,
              in ->
                  in.impact()
                      .higher()
                      .map(
                          h ->
                              Nist80030Input.of(
                                  in.initiationLikelihood(), in.adverseImpactLikelihood(), h))));

  private static final MethodDescriptor<Nist80030Input> DESCRIPTOR =
      MethodDescriptor.builder(ID, VERSION, Nist80030Input.class)
          .bounds(Bounds.of(0, 10))
          .monotonicFactors(MONOTONIC)
          .inputKey(InputKey.required(K_INIT,
              "likelihood of threat event initiation (adversarial, Table G-2) or occurrence"
                  + " (non-adversarial, Table G-3)", LEVELS))
          .inputKey(InputKey.required(K_ADVERSE,
              "likelihood that the threat event, once initiated or occurring, results in adverse"
                  + " impacts (Table G-4)", LEVELS))
          .inputKey(InputKey.required(K_IMPACT, "level of impact of the threat event (Table H-3)", LEVELS))
          .factor(K_INIT, "the likelihood of initiation or occurrence: its 0-10 value and label")
          .factor(K_ADVERSE, "the likelihood of adverse impacts: its 0-10 value and label")
          .factor("overallLikelihood",
              "the overall likelihood, Table G-5 of the two likelihoods: its 0-10 value and label")
          .factor(K_IMPACT, "the level of impact: its 0-10 value and label")
          .factor("riskLevel",
              "the level of risk, Table I-2 of the overall likelihood and the impact: its 0-10 value"
                  + " (Table I-3) and label")
          .likelihood("the overall likelihood (Table G-5) on the 0-10 scale of Table G-1: Very Low 0,"
              + " Low 2, Moderate 5, High 8, Very High 10")
          .consequence("the level of impact (Table H-3) on the 0-10 scale of Table H-2: Very Low 0,"
              + " Low 2, Moderate 5, High 8, Very High 10")
          .build();

  /** The method as published in SP 800-30 Rev. 1; it has no configuration. */
  public Nist80030Method() {}

  /**
   * The overall likelihood by Table G-5.
   *
   * @param initiationOrOccurrence likelihood of threat event initiation or occurrence
   * @param adverseImpact likelihood that the threat event results in adverse impacts
   * @return the overall likelihood
   */
  public static Nist80030Level overallLikelihood(
      Nist80030Level initiationOrOccurrence, Nist80030Level adverseImpact) {
    Objects.requireNonNull(initiationOrOccurrence, "initiationOrOccurrence");
    Objects.requireNonNull(adverseImpact, "adverseImpact");
    return G5[initiationOrOccurrence.ordinal()][adverseImpact.ordinal()];
  }

  /**
   * The level of risk by Table I-2.
   *
   * @param likelihood the overall likelihood (Table G-5)
   * @param impact the level of impact (Table H-3)
   * @return the level of risk
   */
  public static Nist80030Level riskLevel(Nist80030Level likelihood, Nist80030Level impact) {
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(impact, "impact");
    return I2[likelihood.ordinal()][impact.ordinal()];
  }

  @Override
  public MethodDescriptor<Nist80030Input> descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Either<Problem, Score> score(Nist80030Input input) {
    Objects.requireNonNull(input, "input");
    Nist80030Level likelihood =
        overallLikelihood(input.initiationLikelihood(), input.adverseImpactLikelihood());
    Nist80030Level risk = riskLevel(likelihood, input.impact());
    double value = risk.semiQuantitative10();
    return Either.right(
        new Score(
            value,
            value / 10.0,
            risk.label(),
            ID,
            VERSION,
            List.of(
                factor(K_INIT, input.initiationLikelihood()),
                factor(K_ADVERSE, input.adverseImpactLikelihood()),
                factor("overallLikelihood", likelihood),
                factor(K_IMPACT, input.impact()),
                factor("riskLevel", risk)),
            component(likelihood),
            component(input.impact())));
  }

  private static final List<String> SCALE = scale();

  private static List<String> scale() {
    List<String> labels = new java.util.ArrayList<>();
    for (Nist80030Level l : Nist80030Level.values()) {
      labels.add(l.label());
    }
    return List.copyOf(labels);
  }

  /** A level as a likelihood or consequence: its 0-10 value and label on the 0-10 scale. */
  private static ScaleValue component(Nist80030Level level) {
    return new ScaleValue(level.semiQuantitative10(), level.label(), 0, 10, SCALE);
  }

  private static ScoreFactor factor(String name, Nist80030Level level) {
    return new ScoreFactor(name, level.semiQuantitative10(), level.label());
  }

  @Override
  public Either<Problem, Nist80030Input> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return FlatForm.knownKeys(DESCRIPTOR, inputs)
        .flatMap(x -> FlatForm.required(inputs, K_INIT).flatMap(v -> parseLevel(K_INIT, v)))
        .flatMap(
            init ->
                FlatForm.required(inputs, K_ADVERSE)
                    .flatMap(v -> parseLevel(K_ADVERSE, v))
                    .flatMap(
                        adverse ->
                            FlatForm.required(inputs, K_IMPACT)
                                .flatMap(v -> parseLevel(K_IMPACT, v))
                                .map(impact -> Nist80030Input.of(init, adverse, impact))));
  }

  /**
   * Reads one assessment: a label, {@code "n/100"} (0–100 scale) or {@code "n/10"} (0, 2, 5, 8,
   * 10), or says precisely why it cannot.
   *
   * @param field the field name used in the error
   * @param raw the text
   * @return the level, or an error naming the field and value
   */
  public static Either<Problem, Nist80030Level> parseLevel(String field, String raw) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(raw, "raw");
    String s = raw.strip();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      String number = s.substring(0, slash).strip();
      String scale = s.substring(slash + 1).strip();
      if (scale.equals("100")) {
        return FlatForm.wholeNumber(field, number, 0, 100)
            .map(v -> Nist80030Level.fromSemiQuantitative100(v).orElseThrow());
      }
      if (scale.equals("10")) {
        return FlatForm.wholeNumber(field, number, 0, 10)
            .flatMap(
                v ->
                    Nist80030Level.fromSemiQuantitative10(v)
                        .<Either<Problem, Nist80030Level>>map(Either::right)
                        .orElseGet(
                            () ->
                                Either.left(
                                    Problem.ofField(
                                        MethodCode.NIST_VALUE_SEMI_QUANTITATIVE_10,
                                        field,
                                        raw,
                                        "must be one of the 0-10 values 0, 2, 5, 8, 10"))));
      }
      return Either.left(
          Problem.ofField(
              MethodCode.NIST_VALUE_SCALE,
              field,
              raw,
              "semi-quantitative values are written n/100 (0-100) or n/10 (0, 2, 5, 8, 10)"));
    }
    if (s.equalsIgnoreCase("nan")) {
      return Either.left(Problem.ofField(ScoringCode.VALUE_NAN, field, raw, "must be a level, not NaN"));
    }
    return Nist80030Level.fromLabel(s)
        .<Either<Problem, Nist80030Level>>map(Either::right)
        .orElseGet(
            () ->
                Either.left(
                    Problem.ofField(
                        ScoringCode.VALUE_UNKNOWN_LABEL,
                        field,
                        raw,
                        "must be Very Low, Low, Moderate, High or Very High, or a semi-quantitative"
                            + " value n/100 or n/10")));
  }

  @Override
  public Map<String, String> encode(Nist80030Input input) {
    Objects.requireNonNull(input, "input");
    Map<String, String> map = new LinkedHashMap<>();
    map.put(K_INIT, input.initiationLikelihood().label());
    map.put(K_ADVERSE, input.adverseImpactLikelihood().label());
    map.put(K_IMPACT, input.impact().label());
    return Collections.unmodifiableMap(map);
  }

  @Override
  public Either<Problem, Nist80030Input> mitigate(
      Nist80030Input input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    int steps = VERY_HIGH.ordinal();
    return Either.right(
        Nist80030Input.of(
            input.initiationLikelihood(),
            input
                .adverseImpactLikelihood()
                .lowerBy(Codec.reductionSteps(mitigation.likelihoodReduction(), steps)),
            input.impact().lowerBy(Codec.reductionSteps(mitigation.impactReduction(), steps))));
  }

  @Override
  public String toString() {
    return "Nist80030Method[rev1]";
  }
}
