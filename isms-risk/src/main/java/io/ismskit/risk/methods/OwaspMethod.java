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
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The OWASP Risk Rating Methodology ({@code "owasp"}), repeatable method.
 *
 * <p><b>Likelihood</b> is the average of the eight threat agent and vulnerability factors (each 0
 * to 9). <b>Impact</b> is the average of the four technical impact factors or of the four business
 * impact factors. The methodology says the business impact is what ultimately matters and should be
 * used when known, the technical impact being the next best thing; the {@link ImpactBasis} makes
 * the choice explicit: {@link ImpactBasis#BUSINESS_WHEN_KNOWN} (the default), {@link
 * ImpactBasis#TECHNICAL} or {@link ImpactBasis#BUSINESS} (business impact required).
 *
 * <p>Each average is put in a band: 0 to &lt;3 LOW, 3 to &lt;6 MEDIUM, 6 to 9 HIGH. The overall
 * severity comes from the likelihood and impact bands:
 *
 * <table>
 *   <caption>Overall risk severity (rows: impact; columns: likelihood)</caption>
 *   <tr><th>Impact \ Likelihood</th><th>LOW</th><th>MEDIUM</th><th>HIGH</th></tr>
 *   <tr><th>HIGH</th><td>Medium</td><td>High</td><td>Critical</td></tr>
 *   <tr><th>MEDIUM</th><td>Low</td><td>Medium</td><td>High</td></tr>
 *   <tr><th>LOW</th><td>Note</td><td>Low</td><td>Medium</td></tr>
 * </table>
 *
 * <p><b>Score.</b> The {@link Score#value() value} is the rank of the severity (0 Note, 1 Low, 2
 * Medium, 3 High, 4 Critical), bounds {@code [0, 4]}, normalized {@code value / 4}; the {@link
 * Score#level() level} is the severity label. The factors list every rating, then the likelihood,
 * technical impact, business impact (when known) and the impact used, each with its band. The
 * score's {@linkplain Score#likelihood() likelihood} is the likelihood average and its {@linkplain
 * Score#consequence() consequence} the impact used, each on 0..9 labelled with its band.
 *
 * <p><b>Flat form.</b> One key per factor ({@link OwaspFactor#key()}, such as {@code skillLevel}),
 * each a whole number 0 to 9; the twelve threat agent, vulnerability and technical impact keys are
 * required, the four business impact keys are all present or all absent. Any other key is refused.
 *
 * <p><b>Mitigation.</b> {@link #mitigate(OwaspInput, Mitigation)} lowers the four vulnerability
 * factors (the ones controls change: ease of discovery, ease of exploit, awareness, intrusion
 * detection) by {@code round(likelihoodReduction × 9)} and every impact factor by {@code
 * round(impactReduction × 9)}, never below 0; the threat agent factors are left unchanged. {@link
 * #mitigate(OwaspInput, Map)} applies explicit factor overrides instead and refuses any override
 * that would raise a rating.
 *
 * <p>Source: OWASP Risk Rating Methodology (Jeff Williams), Steps 2 to 4,
 * https://owasp.org/www-community/OWASP_Risk_Rating_Methodology.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // the severity table and ratings are indexed by enum order, by design
public final class OwaspMethod implements ScoringMethod<OwaspInput> {
  /** The id of this method, {@code "owasp"}. */
  public static final MethodId ID = MethodId.of("owasp");

  /** The version of this method's definition. */
  public static final String VERSION = "1";

  private static final OwaspFactor[] FACTORS = OwaspFactor.values();

  private static final List<String> BANDS = List.of("LOW", "MEDIUM", "HIGH");

  /** Which impact the severity uses. */
  public enum ImpactBasis {
    /** The business impact when it is known, otherwise the technical impact (the methodology's advice). */
    BUSINESS_WHEN_KNOWN,
    /** Always the technical impact. */
    TECHNICAL,
    /** Always the business impact; an input without it is refused. */
    BUSINESS
  }

  /** A band of the 0 to 9 scale. */
  public enum Band {
    /** 0 to &lt;3. */
    LOW,
    /** 3 to &lt;6. */
    MEDIUM,
    /** 6 to 9. */
    HIGH;

    /** The band of an average rating. */
    public static Band of(double rating) {
      if (rating < 3) {
        return LOW;
      }
      return rating < 6 ? MEDIUM : HIGH;
    }
  }

  /** The overall risk severity. */
  public enum Severity {
    /** Note. */
    NOTE("Note"),
    /** Low. */
    LOW("Low"),
    /** Medium. */
    MEDIUM("Medium"),
    /** High. */
    HIGH("High"),
    /** Critical. */
    CRITICAL("Critical");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    /** The methodology's label, such as {@code "Critical"}. */
    public String label() {
      return label;
    }
  }

  /** The severity table, indexed [likelihood band][impact band]. */
  private static final Severity[][] SEVERITY = {
    /* likelihood LOW    */ {Severity.NOTE, Severity.LOW, Severity.MEDIUM},
    /* likelihood MEDIUM */ {Severity.LOW, Severity.MEDIUM, Severity.HIGH},
    /* likelihood HIGH   */ {Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL},
  };

  private static final List<MonotonicFactor<OwaspInput>> MONOTONIC = monotonic();

  private static final MethodDescriptor<OwaspInput> DESCRIPTOR = describe();

  private static MethodDescriptor<OwaspInput> describe() {
    MethodDescriptor.Builder<OwaspInput> b = MethodDescriptor.builder(ID, VERSION, OwaspInput.class)
        .bounds(Bounds.of(0, 4))
        .monotonicFactors(MONOTONIC);
    for (OwaspFactor f : FACTORS) {
      String meaning = f.meaning() + " (" + f.group().label() + " factor)";
      b.inputKey(f.group() == OwaspFactor.Group.BUSINESS_IMPACT
          ? InputKey.optional(f.key(), meaning, "a whole number 0..9; the four business impact keys all or none")
          : InputKey.required(f.key(), meaning, "a whole number 0..9"));
    }
    for (OwaspFactor f : FACTORS) {
      b.factor(f.key(), f.meaning() + ": the rating, 0..9");
    }
    return b
        .factor("likelihood", "the average of the eight threat agent and vulnerability ratings, with its band")
        .factor("technicalImpact", "the average of the four technical impact ratings, with its band")
        .factor("businessImpact", "the average of the four business impact ratings when known, with its band")
        .factor("impact", "the impact the severity uses, with its band and whether it is technical or business")
        .likelihood("the likelihood: the average of the eight threat agent and vulnerability ratings, 0..9,"
            + " labelled with its band LOW (below 3), MEDIUM (below 6) or HIGH")
        .consequence("the impact the severity uses (business when the basis says so, else technical): the"
            + " average of its four ratings, 0..9, labelled with its band LOW, MEDIUM or HIGH")
        .build();
  }

  private final ImpactBasis impactBasis;

  /** The methodology as published: business impact when known, technical impact otherwise. */
  public OwaspMethod() {
    this(ImpactBasis.BUSINESS_WHEN_KNOWN);
  }

  private OwaspMethod(ImpactBasis impactBasis) {
    this.impactBasis = impactBasis;
  }

  /** The method with an explicit choice of impact. */
  public static OwaspMethod of(ImpactBasis impactBasis) {
    return new OwaspMethod(Objects.requireNonNull(impactBasis, "impactBasis"));
  }

  /** The impact this method uses. */
  public ImpactBasis impactBasis() {
    return impactBasis;
  }

  /** The overall severity for a likelihood band and an impact band (Step 4's table). */
  public static Severity severity(Band likelihood, Band impact) {
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(impact, "impact");
    return SEVERITY[likelihood.ordinal()][impact.ordinal()];
  }

  /** The overall likelihood: the average of the eight threat agent and vulnerability ratings. */
  public static double likelihood(OwaspInput input) {
    OwaspInput.ThreatAgent t = input.threatAgent();
    OwaspInput.Vulnerability v = input.vulnerability();
    int sum =
        t.skillLevel()
            + t.motive()
            + t.opportunity()
            + t.size()
            + v.easeOfDiscovery()
            + v.easeOfExploit()
            + v.awareness()
            + v.intrusionDetection();
    return sum / 8.0;
  }

  /** The technical impact: the average of the four technical impact ratings. */
  public static double technicalImpact(OwaspInput input) {
    OwaspInput.TechnicalImpact t = input.technicalImpact();
    return (t.lossOfConfidentiality()
            + t.lossOfIntegrity()
            + t.lossOfAvailability()
            + t.lossOfAccountability())
        / 4.0;
  }

  /** The business impact: the average of the four business impact ratings, when known. */
  public static OptionalDouble businessImpact(OwaspInput input) {
    if (input.businessImpact().isEmpty()) {
      return OptionalDouble.empty();
    }
    OwaspInput.BusinessImpact b = input.businessImpact().get();
    return OptionalDouble.of(
        (b.financialDamage() + b.reputationDamage() + b.nonCompliance() + b.privacyViolation())
            / 4.0);
  }

  private static List<MonotonicFactor<OwaspInput>> monotonic() {
    List<MonotonicFactor<OwaspInput>> list = new ArrayList<>();
    for (OwaspFactor f : FACTORS) {
      list.add(
          MonotonicFactor.of(
              f.key(),
              in ->
                  in.has(f) && in.get(f) < OwaspFactor.MAX
                      ? Optional.of(in.with(f, in.get(f) + 1))
                      : Optional.empty()));
    }
    return List.copyOf(list);
  }

  @Override
  public MethodDescriptor<OwaspInput> descriptor() {
    return DESCRIPTOR;
  }

  private static Either<Problem, OwaspInput> check(OwaspInput input) {
    for (OwaspFactor f : FACTORS) {
      if (input.has(f)) {
        int r = input.get(f);
        if (r < OwaspFactor.MIN || r > OwaspFactor.MAX) {
          return Either.left(
              Problem.ofField(ScoringCode.VALUE_OUT_OF_RANGE, f.key(), r, "must be in 0..9"));
        }
      }
    }
    return Either.right(input);
  }

  @Override
  public Either<Problem, Score> score(OwaspInput input) {
    Objects.requireNonNull(input, "input");
    return check(input).flatMap(this::scoreChecked);
  }

  private Either<Problem, Score> scoreChecked(OwaspInput input) {
    double likelihood = likelihood(input);
    double technical = technicalImpact(input);
    OptionalDouble business = businessImpact(input);
    if (impactBasis == ImpactBasis.BUSINESS && business.isEmpty()) {
      return Either.left(
          Problem.ofField(
              MethodCode.OWASP_BUSINESS_MISSING,
              "businessImpact",
              null,
              "is required by this method's impact basis BUSINESS"));
    }
    boolean useBusiness = switch (impactBasis) {
      case TECHNICAL -> false;
      case BUSINESS -> true;
      case BUSINESS_WHEN_KNOWN -> business.isPresent();
    };
    double impact = useBusiness ? business.getAsDouble() : technical;
    String impactSource = useBusiness ? "business" : "technical";
    Band lb = Band.of(likelihood);
    Band ib = Band.of(impact);
    Severity sev = severity(lb, ib);
    List<ScoreFactor> factors = new ArrayList<>(24);
    for (OwaspFactor f : FACTORS) {
      if (input.has(f)) {
        factors.add(ScoreFactor.of(f.key(), input.get(f)));
      }
    }
    factors.add(new ScoreFactor("likelihood", likelihood, lb.name()));
    factors.add(new ScoreFactor("technicalImpact", technical, Band.of(technical).name()));
    if (business.isPresent()) {
      factors.add(
          new ScoreFactor(
              "businessImpact", business.getAsDouble(), Band.of(business.getAsDouble()).name()));
    }
    factors.add(new ScoreFactor("impact", impact, ib.name() + " (" + impactSource + ")"));
    double value = sev.ordinal();
    return Either.right(new Score(value, value / 4.0, sev.label(), ID, VERSION, factors,
        new ScaleValue(likelihood, lb.name(), OwaspFactor.MIN, OwaspFactor.MAX, BANDS),
        new ScaleValue(impact, ib.name() + " (" + impactSource + ")", OwaspFactor.MIN, OwaspFactor.MAX, BANDS)));
  }

  @Override
  public Either<Problem, OwaspInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Either<Problem, Map<String, String>> known = FlatForm.knownKeys(DESCRIPTOR, inputs);
    if (known.isLeft()) {
      return Either.left(known.getLeft());
    }
    boolean anyBusiness = false;
    OwaspFactor missingBusiness = null;
    for (OwaspFactor f : FACTORS) {
      if (f.group() == OwaspFactor.Group.BUSINESS_IMPACT) {
        if (inputs.containsKey(f.key())) {
          anyBusiness = true;
        } else if (missingBusiness == null) {
          missingBusiness = f;
        }
      }
    }
    if (anyBusiness && missingBusiness != null) {
      return Either.left(
          Problem.ofField(
              MethodCode.OWASP_BUSINESS_PARTIAL,
              missingBusiness.key(),
              null,
              "business impact factors must be given all four or none; this one is missing"));
    }
    int size = anyBusiness ? 16 : 12;
    int[] ratings = new int[size];
    for (int j = 0; j < size; j++) {
      OwaspFactor f = FACTORS[j];
      Either<Problem, Integer> r =
          FlatForm.required(inputs, f.key()).flatMap(v -> FlatForm.wholeNumber(f.key(), v, 0, 9));
      if (r.isLeft()) {
        return Either.left(r.getLeft());
      }
      ratings[j] = r.get();
    }
    return Either.right(OwaspInput.of(ratings));
  }

  @Override
  public Map<String, String> encode(OwaspInput input) {
    Objects.requireNonNull(input, "input");
    Map<String, String> map = new LinkedHashMap<>();
    for (OwaspFactor f : FACTORS) {
      if (input.has(f)) {
        map.put(f.key(), Integer.toString(input.get(f)));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public Either<Problem, OwaspInput> mitigate(OwaspInput input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    return check(input)
        .map(
            in -> {
              int ls = Codec.reductionSteps(mitigation.likelihoodReduction(), OwaspFactor.MAX);
              int is = Codec.reductionSteps(mitigation.impactReduction(), OwaspFactor.MAX);
              int[] r = in.ratings();
              for (int j = 0; j < r.length; j++) {
                OwaspFactor f = FACTORS[j];
                int steps = switch (f.group()) {
                  case VULNERABILITY -> ls;
                  case TECHNICAL_IMPACT, BUSINESS_IMPACT -> is;
                  case THREAT_AGENT -> 0;
                };
                r[j] = Math.max(OwaspFactor.MIN, r[j] - steps);
              }
              return OwaspInput.of(r);
            });
  }

  /**
   * The residual input after explicit factor overrides, such as a control that lowers ease of
   * exploit from 9 to 3. Refuses an override outside 0..9, one that would raise a rating, or one of
   * a business impact factor when the business impact is unknown.
   *
   * @param input the input
   * @param overrides the new ratings by factor
   * @return the residual input, or the first refused override (in factor order)
   */
  public Either<Problem, OwaspInput> mitigate(
      OwaspInput input, Map<OwaspFactor, Integer> overrides) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(overrides, "overrides");
    Either<Problem, OwaspInput> checked = check(input);
    if (checked.isLeft()) {
      return checked;
    }
    OwaspInput result = input;
    for (Map.Entry<OwaspFactor, Integer> e : new EnumMap<>(overrides).entrySet()) {
      OwaspFactor f = e.getKey();
      int v = Objects.requireNonNull(e.getValue(), "overrides value");
      if (!input.has(f)) {
        return Either.left(
            Problem.ofField(
                MethodCode.OWASP_OVERRIDE_BUSINESS, f.key(), v, "cannot override: business impact is not known"));
      }
      if (v < OwaspFactor.MIN || v > OwaspFactor.MAX) {
        return Either.left(FlatForm.inRange(f.key(), v, OwaspFactor.MIN, OwaspFactor.MAX).getLeft());
      }
      if (v > input.get(f)) {
        return Either.left(
            Problem.ofField(
                MethodCode.OWASP_OVERRIDE_RAISES,
                f.key(),
                v,
                "a mitigation must not raise the rating above its current " + input.get(f)));
      }
      result = result.with(f, v);
    }
    return Either.right(result);
  }

  @Override
  public String toString() {
    return "OwaspMethod[" + impactBasis + "]";
  }
}
