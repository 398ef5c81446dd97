package io.ismskit.conformance;

/**
 * How a rule grades a check over many items: the policy that turns "so many of so many items fail"
 * into a verdict.
 *
 * <ul>
 *   <li>no failing item: {@link Verdict#CONFORMS};
 *   <li>the artefact the requirement asks for is entirely missing (rules call {@link #missing()}):
 *       {@link Verdict#MAJOR_NC};
 *   <li>more than {@link #majorShare()} of the items fail, or at least {@link #majorCount()} items
 *       fail (when that is positive): {@link Verdict#MAJOR_NC} — the requirement is systematically
 *       unmet;
 *   <li>otherwise: {@link Verdict#MINOR_NC}, an isolated lapse.
 * </ul>
 *
 * @param majorShare the share of failing items (0..1) above which a check is graded major
 * @param majorCount the number of failing items from which a check is graded major whatever the
 *     share; 0 disables the count rule
 */
public record Grading(double majorShare, int majorCount) {
  /** The default: major when more than 20 % of the items fail; no absolute count. */
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
   * The verdict of a check where {@code failing} of {@code total} items fail.
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
    if ((double) failing > majorShare * total || (majorCount > 0 && failing >= majorCount)) {
      return Verdict.MAJOR_NC;
    }
    return Verdict.MINOR_NC;
  }

  /** The verdict when the artefact a requirement asks for is entirely missing: always major. */
  public Verdict missing() {
    return Verdict.MAJOR_NC;
  }
}
