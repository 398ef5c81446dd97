/**
 * The built-in {@code fair} risk-scoring method: Open FAIR quantitative risk analysis by Monte
 * Carlo simulation.
 *
 * <p>Open FAIR is the risk analysis standard of The Open Group: the Risk Taxonomy (O-RT, document
 * C20B, version 3.0.1, 2021) and the Risk Analysis standard (O-RA, document C20A, version 2.0.1).
 * In its taxonomy risk is the probable frequency and probable magnitude of future loss: Loss Event
 * Frequency = Threat Event Frequency × Vulnerability, and Loss Magnitude = primary loss plus
 * secondary risk, where secondary loss events happen for a fraction of the loss events (the
 * Secondary Loss Event Frequency). This package models a scenario as a {@link
 * io.ismskit.risk.fair.Frequency} of loss events, a primary magnitude {@link
 * io.ismskit.risk.fair.Distribution} and an optional {@link io.ismskit.risk.fair.SecondaryLoss}
 * ({@link io.ismskit.risk.fair.FairScenario}); {@link io.ismskit.risk.fair.MonteCarlo} simulates
 * annualized loss, year by year, into a {@link io.ismskit.risk.fair.FairResult}; {@link
 * io.ismskit.risk.fair.Analytics} gives the closed forms used to check it; and {@link
 * io.ismskit.risk.fair.FairMethod} is the {@link io.ismskit.risk.spi.ScoringMethod}.
 *
 * <pre>{@code
 * FairScenario s = FairScenario.of(
 *     Frequency.poisson(0.5).get(),
 *     Distribution.lognormal90(10_000, 500_000).get());
 * Either<Problem, FairResult> r = MonteCarlo.run(s, Simulation.of(1_000_000, 42).get());
 * double p90 = r.get().p90();
 * }</pre>
 *
 * <p><b>Bad input is returned, not thrown</b>: as a {@link io.ismskit.core.base.Problem} naming the
 * field, the value and the reason, with a code from {@link io.ismskit.risk.fair.FairCode} (or, for
 * the flat form's keys, {@link io.ismskit.risk.spi.ScoringCode}). Values that cannot be simulated
 * in doubles (amounts and means above {@link io.ismskit.risk.fair.Distribution#MAX_AMOUNT}) are
 * refused by the factories. A run is refused before it starts when it is above its {@link
 * io.ismskit.risk.fair.Limits} (expected loss events, memory), and it returns a problem, not a
 * result, when it is cancelled (an interrupt, a {@link io.ismskit.risk.fair.Cancellation}) or a
 * loss overflows. Only the records' constructors throw ({@link
 * io.ismskit.core.base.InvalidValueException}, with the same problem), as do queries of a result
 * with an argument outside their documented range, which are programming errors. Unless noted,
 * {@code null} arguments throw {@code NullPointerException}.
 *
 * <p>Nothing here reads the clock, files or environment, or starts a thread: randomness comes only
 * from the caller's seed, threads only from the caller's executor, and results are identical on
 * any executor and any number of threads. All public values are immutable and thread-safe.
 */
@NullMarked
package io.ismskit.risk.fair;

import org.jspecify.annotations.NullMarked;
