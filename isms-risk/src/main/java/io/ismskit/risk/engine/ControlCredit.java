package io.ismskit.risk.engine;

import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * The credit one control linked to a risk's treatment gives towards the residual risk.
 *
 * @param control the control
 * @param status its implementation status, or empty when the ISMS records no implementation of it
 * @param credited the credited effectiveness: {@link ControlImplementation#creditedEffectiveness()}
 *     now, the full stated effectiveness at target (0 without an implementation)
 * @param likelihood whether it lowers likelihood
 * @param impact whether it lowers impact
 * @implSpec This class is immutable and thread-safe.
 */
public record ControlCredit(
    ControlId control,
    Optional<ImplementationStatus> status,
    double credited,
    boolean likelihood,
    boolean impact) {

  /** Requires all parts and a credit in {@code [0, 1]}. */
  public ControlCredit {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(status, "status");
    if (!(credited >= 0 && credited <= 1)) {
      throw new IllegalArgumentException(
          "ControlCredit.credited: must be in 0..1, was " + credited + " for control " + control);
    }
  }

  /** The credit of {@code implementation}. */
  public static ControlCredit of(ControlImplementation implementation) {
    Objects.requireNonNull(implementation, "implementation");
    return new ControlCredit(
        implementation.control(),
        Optional.of(implementation.status()),
        Math.max(0.0, Math.min(1.0, implementation.creditedEffectiveness())),
        implementation.likelihoodEffect(),
        implementation.impactEffect());
  }

  /**
   * The credit of {@code implementation} once the treatment plan is complete: its full stated
   * effectiveness (0 when none is stated), as if it were implemented; the status stays the current
   * one.
   */
  public static ControlCredit atTarget(ControlImplementation implementation) {
    Objects.requireNonNull(implementation, "implementation");
    return new ControlCredit(
        implementation.control(),
        Optional.of(implementation.status()),
        Math.max(0.0, Math.min(1.0, implementation.effectiveness().orElse(0.0))),
        implementation.likelihoodEffect(),
        implementation.impactEffect());
  }

  /** No credit: the ISMS records no implementation of {@code control}. */
  public static ControlCredit unimplemented(ControlId control) {
    return new ControlCredit(control, Optional.empty(), 0, false, false);
  }
}
