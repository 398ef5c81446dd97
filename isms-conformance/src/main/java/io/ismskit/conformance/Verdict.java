package io.ismskit.conformance;

/**
 * The outcome of a conformance rule, from the most to the least severe.
 *
 * <p>The grades follow the certification practice of ISO/IEC 17021-1: a <em>major</em>
 * nonconformity affects the capability of the ISMS to achieve its intended results (a requirement
 * not addressed at all, or systematically unmet); a <em>minor</em> one is an isolated lapse that
 * does not; an <em>observation</em> is a weakness that is not (yet) a nonconformity.
 */
public enum Verdict {
  /** A requirement absent or systematically unmet: blocks certification. */
  MAJOR_NC,
  /** An isolated lapse. */
  MINOR_NC,
  /** A weakness or a risk of future nonconformity; not a nonconformity. */
  OBSERVATION,
  /** The requirement is met. */
  CONFORMS,
  /** The requirement does not apply to this ISMS as of the date checked. */
  NOT_APPLICABLE;

  /** Whether this verdict is a nonconformity ({@link #MAJOR_NC} or {@link #MINOR_NC}). */
  public boolean nonconformity() {
    return this == MAJOR_NC || this == MINOR_NC;
  }

  /** Whether this verdict needs no action ({@link #CONFORMS} or {@link #NOT_APPLICABLE}). */
  public boolean passing() {
    return this == CONFORMS || this == NOT_APPLICABLE;
  }

  /** The severity rank: 4 for {@link #MAJOR_NC} down to 0 for {@link #NOT_APPLICABLE}. */
  public int severity() {
    return switch (this) {
      case MAJOR_NC -> 4;
      case MINOR_NC -> 3;
      case OBSERVATION -> 2;
      case CONFORMS -> 1;
      case NOT_APPLICABLE -> 0;
    };
  }

  /** The more severe of this verdict and {@code other}. */
  public Verdict worst(Verdict other) {
    return other.severity() > severity() ? other : this;
  }
}
