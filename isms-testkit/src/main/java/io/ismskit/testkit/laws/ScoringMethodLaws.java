package io.ismskit.testkit.laws;

import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The laws of the scoring SPI as a JUnit 5 contract: a plug-in author implements this interface in
 * a test class, says which method to check and how to generate its inputs, and JUnit runs one test
 * per law.
 *
 * <pre>{@code
 * class MyMethodLawsTest implements ScoringMethodLaws<MyInput> {
 *   public ScoringMethod<MyInput> method() { return new MyMethod(); }
 *   public Gen<MyInput> inputs() { return Gen.ints(1, 5).zip(Gen.ints(1, 5), MyInput::new); }
 * }
 * }</pre>
 *
 * <p>Each test runs {@link ScoringLaws#verify} for its law with {@link #seed()} and
 * {@link #examples()} and fails with the counter-example and the seeds to reproduce it.
 *
 * @param <I> the method's input type
 */
public interface ScoringMethodLaws<I> {
  /** The method under test. */
  ScoringMethod<I> method();

  /** The inputs to try: should cover the method's whole input domain. */
  Gen<I> inputs();

  /** The seed of every law's run; 42 unless overridden. */
  default long seed() {
    return 42L;
  }

  /** How many inputs each law tries; 200 unless overridden. */
  default int examples() {
    return 200;
  }

  /** Scoring, encoding, decoding, mitigating and raising factors never throw. */
  @Test
  default void neverThrows() {
    assertLaw(Law.NEVER_THROWS);
  }

  /** The same input gives an equal result on every call. */
  @Test
  default void deterministic() {
    assertLaw(Law.DETERMINISTIC);
  }

  /** The same input gives an equal result on a pool of four threads. */
  @Test
  default void deterministicAcrossThreads() {
    assertLaw(Law.DETERMINISTIC_ACROSS_THREADS);
  }

  /** Every score lies within the declared bounds. */
  @Test
  default void withinBounds() {
    assertLaw(Law.WITHIN_BOUNDS);
  }

  /** Every normalized score lies in [0, 1]. */
  @Test
  default void normalizedInUnitInterval() {
    assertLaw(Law.NORMALIZED_IN_UNIT_INTERVAL);
  }

  /** A lower value never has a higher normalized score. */
  @Test
  default void normalizationPreservesOrder() {
    assertLaw(Law.NORMALIZATION_PRESERVES_ORDER);
  }

  /** Raising any declared monotonic factor never lowers the score. */
  @Test
  default void monotonicInEveryDeclaredFactor() {
    assertLaw(Law.MONOTONIC);
  }

  /** A mitigation never raises the score. */
  @Test
  default void mitigationNeverRaises() {
    assertLaw(Law.MITIGATION_NEVER_RAISES);
  }

  /** {@code decode(encode(x))} gives {@code x} back. */
  @Test
  default void encodeDecodeRoundTrip() {
    assertLaw(Law.ENCODE_DECODE_ROUND_TRIP);
  }

  /** Scores name the descriptor's id and version; every factor and encoded key is documented. */
  @Test
  default void selfDescribed() {
    assertLaw(Law.SELF_DESCRIBED);
  }

  /** {@code decode} refuses an unknown key, naming it. */
  @Test
  default void unknownKeysRefused() {
    assertLaw(Law.UNKNOWN_KEYS_REFUSED);
  }

  /**
   * Fails with an {@link AssertionError} naming the law, the counter-example and the seeds if
   * {@code law} does not hold for {@link #method()} on {@link #examples()} inputs.
   */
  default void assertLaw(Law law) {
    List<BrokenLaw> broken = ScoringLaws.verify(method(), inputs(), seed(), examples(), EnumSet.of(law));
    if (!broken.isEmpty()) {
      throw new AssertionError(method().id() + " " + method().version() + ": " + broken.get(0));
    }
  }
}
