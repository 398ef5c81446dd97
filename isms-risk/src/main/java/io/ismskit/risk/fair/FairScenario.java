package io.ismskit.risk.fair;

import java.util.Objects;
import java.util.Optional;

/**
 * An Open FAIR loss scenario: how often loss events occur ({@link Frequency}), the primary loss
 * magnitude of each event, and an optional {@link SecondaryLoss}. Following the Open FAIR Risk
 * Taxonomy (The Open Group O-RT, C20B, 3.0.1), risk is the probable frequency and magnitude of
 * future loss; here the annualized loss of a simulated year is
 *
 * <pre>{@code
 * loss = sum over the N loss events of the year of (primary_i + B_i * secondary_i)
 * }</pre>
 *
 * where {@code N} is drawn from the frequency, {@code primary_i} and {@code secondary_i} from the
 * magnitudes, and {@code B_i} is 1 with the secondary loss event probability.
 *
 * @param frequency the loss event frequency
 * @param primaryMagnitude the primary loss magnitude per loss event
 * @param secondary the secondary loss, if any
 * @implSpec This class is immutable and thread-safe.
 */
public record FairScenario(
    Frequency frequency, Distribution primaryMagnitude, Optional<SecondaryLoss> secondary) {

  /** Requires all parts. */
  public FairScenario {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(primaryMagnitude, "primaryMagnitude");
    Objects.requireNonNull(secondary, "secondary");
  }

  /** A scenario without secondary loss. */
  public static FairScenario of(Frequency frequency, Distribution primaryMagnitude) {
    return new FairScenario(frequency, primaryMagnitude, Optional.empty());
  }

  /** This scenario with {@code secondary} loss. */
  public FairScenario withSecondary(SecondaryLoss secondary) {
    return new FairScenario(frequency, primaryMagnitude, Optional.of(secondary));
  }

  /** This scenario with {@code frequency}. */
  public FairScenario withFrequency(Frequency frequency) {
    return new FairScenario(frequency, primaryMagnitude, secondary);
  }

  /**
   * The analytic mean loss magnitude per loss event: {@code E[primary] + p × E[secondary]} (Open
   * FAIR: loss magnitude = primary loss + secondary risk).
   */
  public double meanMagnitude() {
    return primaryMagnitude.mean() + secondary.map(SecondaryLoss::meanPerLossEvent).orElse(0.0);
  }
}
