package io.ismskit.risk.fair;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * The secondary loss of an Open FAIR scenario (The Open Group O-RT, C20B, 3.0.1, section 4: loss
 * magnitude is primary loss plus secondary risk, the losses arising from the reactions of
 * secondary stakeholders): a Secondary Loss Event Frequency, given as the probability that a loss
 * event also causes secondary loss, and the Secondary Loss Magnitude of each such event.
 *
 * @param probability the secondary loss event frequency as a fraction of loss events, in {@code [0,
 *     1]}
 * @param magnitude the secondary loss magnitude per secondary loss event
 * @implSpec This class is immutable and thread-safe.
 */
public record SecondaryLoss(double probability, Distribution magnitude) {

  /** Refuses a probability outside {@code [0, 1]} (use {@link #of} for a typed error). */
  public SecondaryLoss {
    Objects.requireNonNull(magnitude, "magnitude");
    Optional<Problem> e = Checks.probability("probability", probability);
    if (e.isPresent()) {
      throw new InvalidValueException(e.get().within("SecondaryLoss", "", ""));
    }
  }

  /** The secondary loss, or an error naming {@code probability} when it is not in {@code [0, 1]}. */
  public static Either<Problem, SecondaryLoss> of(double probability, Distribution magnitude) {
    Objects.requireNonNull(magnitude, "magnitude");
    Optional<Problem> e = Checks.probability("probability", probability);
    return e.isPresent()
        ? Either.left(e.get())
        : Either.right(new SecondaryLoss(probability, magnitude));
  }

  /** The mean secondary loss per loss event: {@code probability × E[magnitude]}. */
  public double meanPerLossEvent() {
    return probability * magnitude.mean();
  }
}
