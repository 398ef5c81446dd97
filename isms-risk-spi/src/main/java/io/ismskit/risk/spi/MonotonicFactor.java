package io.ismskit.risk.spi;

import java.util.Optional;

/**
 * A factor of a method's input in which the score is monotonically non-decreasing: raising the
 * factor by one step never lowers the score. Laws in {@code isms-testkit} use it to check a method.
 *
 * @param <I> the method's input type
 */
public interface MonotonicFactor<I> {
  /** The factor's name, such as {@code "likelihood"} or {@code "AV"}. */
  String name();

  /**
   * The input with this factor raised by one step, or empty when the factor is already at its
   * maximum. All other factors are unchanged.
   */
  Optional<I> raise(I input);

  /** Creates a factor from a name and a raise function. */
  static <I> MonotonicFactor<I> of(String name, java.util.function.Function<I, Optional<I>> raise) {
    return new MonotonicFactor<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<I> raise(I input) {
        return raise.apply(input);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
