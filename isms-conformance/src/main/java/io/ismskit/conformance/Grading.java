package io.ismskit.conformance;

/**
 * How a rule grades its checks, as a certification body grades nonconformities (ISO/IEC 17021-1):
 * a <em>major</em> nonconformity is a requirement not addressed at all, or a systematic failure
 * that puts the ISMS's ability to achieve its intended outcomes in doubt; a <em>minor</em> one is
 * an isolated lapse; an <em>observation</em> is a risk of a future lapse.
 *
 * <ul>
 *   <li>no failing item: {@link Verdict#CONFORMS};
 *   <li>the requirement is not addressed at all — the artefact it asks for is entirely missing
 *       (rules call {@link #missing()}): {@link Verdict#MAJOR_NC};
 *   <li>a check over many items in which more than one item fails and more than {@link
 *       #majorShare()} of the items fail, or at least {@link #majorCount()} items fail (when that
 *       is positive): {@link Verdict#MAJOR_NC} — the failure is systematic;
 *   <li>otherwise, and always when a single item fails: {@link Verdict#MINOR_NC}, an isolated lapse.
 * </ul>
 *
 * <p>Which of its checks a rule grades how — and why — is stated in the rule's documentation and in
 * the rules table of {@code docs/conformance-rules.md}.
 *
 * @param majorShare the share of failing items (0..1) above which a check with two or more failing
 *     items is graded major
 * @param majorCount the number of failing items from which a check is graded major whatever the
 *     share; 0 disables the count rule
 */
public record Grading(double majorShare, int majorCount) {
  /** The default: major when two or more and more than 20 % of the items fail; no absolute count. */
  public static final Grading DEFAULT = new Grading(0.2, 0);

  /** Refuses a share outside 0..1 (or NaN) and a negative count. */
  public Grading {
    if (!(majorShare >= 0 && majorShare <= 1)) {
      throw new IllegalArgumentException("Grading.majorShare: must be in 0..1, was " + majorShare);
    }
    if (majorCount < 0) {
      throw new IllegalArgumentException("Grading.majorCount: must be >= 0, was " + majorCount);
    }
  }

  /** The grading with major share {@code share} and no count rule. */
  public static Grading ofShare(double share) {
    return new Grading(share, 0);
  }

  /**
   * The verdict of a check where {@code failing} of {@code total} items fail: {@link
   * Verdict#CONFORMS} for none; {@link Verdict#MAJOR_NC} when {@code failing} reaches {@link
   * #majorCount()} (if positive), or when more than one and more than {@link #majorShare()} of
   * {@code total} fail; else {@link Verdict#MINOR_NC}.
   *
   * @throws IllegalArgumentException if {@code failing} is negative or exceeds {@code total}
   */
  public Verdict grade(int failing, int total) {
    if (failing < 0 || failing > total) {
      throw new IllegalArgumentException(
          "Grading.grade: failing must be in 0.." + total + ", was " + failing);
    }
    if (failing == 0) {
      return Verdict.CONFORMS;
    }
    if (majorCount > 0 && failing >= majorCount) {
      return Verdict.MAJOR_NC;
    }
    if (failing > 1 && (double) failing > majorShare * total) {
      return Verdict.MAJOR_NC;
    }
    return Verdict.MINOR_NC;
  }

  /** The verdict when a requirement is not addressed at all (its artefact entirely missing): major. */
  public Verdict missing() {
    return Verdict.MAJOR_NC;
  }
}
