package io.ismskit.risk.methods;

/**
 * The input of a {@link MatrixMethod}: a likelihood level and an impact level, both 1-based (level 1
 * is the lowest). The range depends on the matrix; {@link MatrixMethod#score(MatrixInput)} refuses
 * levels outside it.
 *
 * @param likelihood the 1-based likelihood level
 * @param impact the 1-based impact level
 * @implSpec This class is immutable and thread-safe.
 */
public record MatrixInput(int likelihood, int impact) {
  /** Returns the input for {@code likelihood} and {@code impact}. */
  public static MatrixInput of(int likelihood, int impact) {
    return new MatrixInput(likelihood, impact);
  }
}
