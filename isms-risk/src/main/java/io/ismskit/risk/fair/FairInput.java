package io.ismskit.risk.fair;

import java.util.Objects;

/**
 * The input of the {@link FairMethod}: a scenario and the simulation settings to score it with.
 *
 * @param scenario the loss scenario
 * @param simulation the number of trials and the seed
 * @implSpec This class is immutable and thread-safe.
 */
public record FairInput(FairScenario scenario, Simulation simulation) {
  /** Requires both parts. */
  public FairInput {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
  }
}
