package io.ismskit.risk.engine;

import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.spi.Mitigation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a risk's treatment lowers it: the {@link Mitigation} handed to the scoring method, and the
 * credits it was built from. {@link #of} is the effect of the controls as they operate now (the
 * current residual risk), {@link #target} the effect once the treatment plan is complete (the
 * target residual risk).
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Only the controls listed in the risk's {@link Treatment#controls()} count: a control
 *       credits only the risks it is linked to. A listed control without an implementation
 *       record credits nothing. The options do not change this (a RETAIN treatment that lists
 *       existing controls is credited for them).
 *   <li>Each control credits {@link ControlImplementation#creditedEffectiveness()} (its
 *       effectiveness times the share its status credits), to likelihood and/or impact by its
 *       {@code likelihoodEffect}/{@code impactEffect} flags. Several reductions combine as
 *       independent barriers: {@code 1 - (1 - e1)(1 - e2)...}, separately for likelihood and
 *       impact.
 *   <li>{@link TreatmentOption#SHARE} adds the engine's share fraction as one more impact
 *       reduction (the part of the consequences borne by the other party); the fraction is 0
 *       unless the engine is configured with one.
 *   <li>{@link TreatmentOption#AVOID} means the activity giving rise to the risk stops: the
 *       mitigation is full, {@code (1, 1)}, so the residual is the lowest score the method can
 *       derive from the input.
 *   <li>{@link TreatmentOption#RETAIN} and {@link TreatmentOption#MODIFY} add nothing beyond the
 *       controls.
 * </ol>
 *
 * @param mitigation the combined reductions
 * @param credits the credits of the linked controls, in treatment order
 * @param shared the share fraction applied for SHARE, 0 otherwise
 * @param avoided whether AVOID made the mitigation full
 * @implSpec This class is immutable and thread-safe.
 */
public record TreatmentEffect(
    Mitigation mitigation, List<ControlCredit> credits, double shared, boolean avoided) {

  /** No treatment: no reduction. */
  public static final TreatmentEffect NONE =
      new TreatmentEffect(Mitigation.NONE, List.of(), 0, false);

  /** Requires all parts. */
  public TreatmentEffect {
    Objects.requireNonNull(mitigation, "mitigation");
    credits = List.copyOf(credits);
  }

  /**
   * The effect of {@code treatment} as its controls operate now (the current residual risk), with
   * control implementations looked up in {@code implementations} and {@code shareFraction} (0..1)
   * credited for SHARE.
   */
  public static TreatmentEffect of(
      Optional<Treatment> treatment,
      Map<ControlId, ControlImplementation> implementations,
      double shareFraction) {
    return of(treatment, implementations, shareFraction, ControlCredit::of);
  }

  /**
   * The effect of {@code treatment} once its plan is complete (the target residual risk): like
   * {@link #of}, but every linked control with an implementation record credits its full stated
   * effectiveness, as if it were {@code IMPLEMENTED} ({@link ControlCredit#atTarget}). A linked
   * control without an implementation record still credits nothing: there is no effectiveness to
   * credit.
   */
  public static TreatmentEffect target(
      Optional<Treatment> treatment,
      Map<ControlId, ControlImplementation> implementations,
      double shareFraction) {
    return of(treatment, implementations, shareFraction, ControlCredit::atTarget);
  }

  private static TreatmentEffect of(
      Optional<Treatment> treatment,
      Map<ControlId, ControlImplementation> implementations,
      double shareFraction,
      Function<ControlImplementation, ControlCredit> creditOf) {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(implementations, "implementations");
    if (!(shareFraction >= 0 && shareFraction <= 1)) {
      throw new IllegalArgumentException(
          "TreatmentEffect.shareFraction: must be in 0..1, was " + shareFraction);
    }
    if (treatment.isEmpty()) {
      return NONE;
    }
    Treatment t = treatment.get();
    List<ControlId> controls = t.controls();
    List<ControlCredit> credits = new ArrayList<>(controls.size());
    double keepLikelihood = 1;
    double keepImpact = 1;
    for (ControlId c : controls) {
      ControlImplementation impl = implementations.get(c);
      ControlCredit credit = impl == null ? ControlCredit.unimplemented(c) : creditOf.apply(impl);
      credits.add(credit);
      if (credit.likelihood()) {
        keepLikelihood *= 1 - credit.credited();
      }
      if (credit.impact()) {
        keepImpact *= 1 - credit.credited();
      }
    }
    double shared = 0;
    if (t.has(TreatmentOption.SHARE)) {
      shared = shareFraction;
      keepImpact *= 1 - shareFraction;
    }
    boolean avoided = t.has(TreatmentOption.AVOID);
    Mitigation m =
        avoided
            ? Mitigation.of(1, 1)
            : Mitigation.of(clamp(1 - keepLikelihood), clamp(1 - keepImpact));
    if (!avoided && credits.isEmpty() && shared == 0) {
      return NONE;
    }
    return new TreatmentEffect(m, credits, shared, avoided);
  }

  private static double clamp(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }

  /** Whether the effect reduces nothing, so the residual equals the inherent risk. */
  public boolean isNone() {
    return !avoided
        && mitigation.likelihoodReduction() == 0
        && mitigation.impactReduction() == 0;
  }
}
