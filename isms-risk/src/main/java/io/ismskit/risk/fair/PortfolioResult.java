package io.ismskit.risk.fair;

import java.util.List;
import java.util.Objects;

/**
 * The result of simulating several scenarios together: the distribution of the portfolio's annual
 * loss (summed trial by trial) and of each scenario.
 *
 * @param total the portfolio's annual loss distribution
 * @param scenarios each scenario's distribution, in input order
 * @implSpec This class is immutable and thread-safe.
 */
public record PortfolioResult(FairResult total, List<FairResult> scenarios) {
  /** Requires both parts; copies the list. */
  public PortfolioResult {
    Objects.requireNonNull(total, "total");
    scenarios = List.copyOf(scenarios);
  }
}
