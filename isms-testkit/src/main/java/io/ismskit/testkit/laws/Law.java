package io.ismskit.testkit.laws;

/**
 * The laws the testkit checks. The first eleven are the laws of a
 * {@link io.ismskit.risk.spi.ScoringMethod} ({@link ScoringLaws}, {@link ScoringMethodLaws}); the
 * last two are generic laws of stochastic computations ({@link FairLaws}).
 */
public enum Law {
  /** Scoring, encoding, decoding, mitigating and raising a factor never throw. */
  NEVER_THROWS("score, encode, decode, mitigate and raise never throw"),
  /** Scoring an input twice gives equal results. */
  DETERMINISTIC("the same input gives an equal result on every call"),
  /** Scoring an input on other threads gives the result it gives on the calling thread. */
  DETERMINISTIC_ACROSS_THREADS("the same input gives an equal result on every thread"),
  /** Every score's value lies within the method's declared bounds. */
  WITHIN_BOUNDS("every score lies within the declared bounds"),
  /** Every normalized score lies in [0, 1]. */
  NORMALIZED_IN_UNIT_INTERVAL("every normalized score lies in [0, 1]"),
  /** A lower value never has a higher normalized score. */
  NORMALIZATION_PRESERVES_ORDER("value a < value b implies normalized a <= normalized b"),
  /** Raising a declared monotonic factor by one step never lowers the score. */
  MONOTONIC("raising a declared monotonic factor never lowers the score"),
  /** The residual input after a mitigation never scores above the input. */
  MITIGATION_NEVER_RAISES("the residual input after a mitigation never scores above the inherent input"),
  /** Decoding an encoded input gives the input back. */
  ENCODE_DECODE_ROUND_TRIP("decode(encode(x)) gives x back"),
  /**
   * The descriptor describes what the method does: every score names the descriptor's id and
   * version, every factor a score carries and every key {@code encode} writes is documented there,
   * and when the descriptor documents a likelihood or a consequence, every score states it.
   */
  SELF_DESCRIBED("scores name the descriptor's id and version; every factor and encoded key is documented;"
      + " a documented likelihood or consequence is stated by every score"),
  /**
   * {@code decode} refuses a key its descriptor does not list, with {@code scoring.key.unknown} and
   * the key as the problem's field.
   */
  UNKNOWN_KEYS_REFUSED("decode refuses an unknown key with scoring.key.unknown, naming the key"),
  /** A computation gives an equal result whatever the number of threads it runs on. */
  SAME_RESULT_ON_THREADS("the same seed gives an equal result on 1 and on N threads"),
  /** A simulated mean lies within tolerance of the analytic mean. */
  MEAN_WITHIN_TOLERANCE("the simulated mean lies within tolerance of the analytic mean");

  private final String statement;

  Law(String statement) {
    this.statement = statement;
  }

  /** The law in words. */
  public String statement() {
    return statement;
  }
}
