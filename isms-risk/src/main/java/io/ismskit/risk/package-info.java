/**
 * Risk scoring for an ISMS: the {@link io.ismskit.risk.ScoringRegistry} of installed {@link
 * io.ismskit.risk.spi.ScoringMethod scoring methods}.
 *
 * <p>A registry is an immutable value. Hosts and tests build one explicitly with {@link
 * io.ismskit.risk.ScoringRegistry#of ScoringRegistry.of(..)}; discovery through {@link
 * java.util.ServiceLoader} is opt-in ({@link io.ismskit.risk.ScoringRegistry#installed
 * installed(ClassLoader)}, {@link io.ismskit.risk.ScoringRegistry#builtIns builtIns()}) and fails
 * fast when two methods claim the same id.
 *
 * <pre>{@code
 * ScoringRegistry registry = ScoringRegistry.builtIns();
 * Either<Problem, Score> score = registry
 *     .find(MethodId.of("matrix"), MatrixInput.class)
 *     .map(m -> m.score(MatrixInput.of(4, 5)))
 *     .orElseThrow();
 * }</pre>
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment (service discovery reads only class-path resources).
 */
@NullMarked
package io.ismskit.risk;

import org.jspecify.annotations.NullMarked;
