package io.ismskit.risk.fair;

/**
 * One point of a loss exceedance curve: the probability that the annual loss exceeds {@code
 * amount}.
 *
 * @param amount the loss amount
 * @param probability P(annual loss &gt; amount), in {@code [0, 1]}
 */
public record ExceedancePoint(double amount, double probability) {}
