package io.ismskit.risk.fair;

/**
 * A closed-form point of a loss exceedance curve.
 *
 * @param amount the loss amount
 * @param probability P(annual loss &gt; amount) or, when {@code exact} is false, a lower bound of it
 * @param exact whether {@code probability} is exact (up to floating point) rather than the
 *     single-event approximation
 */
public record AnalyticExceedance(double amount, double probability, boolean exact) {}
