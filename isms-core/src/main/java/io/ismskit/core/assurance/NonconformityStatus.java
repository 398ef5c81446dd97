package io.ismskit.core.assurance;

/**
 * Where a nonconformity stands in its life cycle (clause 10.2), in the order it goes through it:
 * raised ({@link #OPEN}) → {@link #CORRECTED} → {@link #CAUSE_ANALYSED} (root cause and similar
 * cases) → action planned ({@link #ACTION_IN_PROGRESS}) → action done ({@link #VERIFYING}) → {@link
 * #EFFECTIVENESS_VERIFIED} → {@link #CLOSED}; an effectiveness review that finds the action
 * ineffective makes it {@link #REOPENED}, and the causes are analysed again. isms-pdca's {@code
 * NonconformityLifecycle} moves a nonconformity through these steps without skipping one.
 */
public enum NonconformityStatus {
  /** Raised; nothing done yet. */
  OPEN,
  /** Corrected (10.2 a); causes not yet analysed. */
  CORRECTED,
  /** Root cause found and similar cases checked (10.2 b); no corrective action planned yet. */
  CAUSE_ANALYSED,
  /** Corrective action planned and under way (10.2 c). */
  ACTION_IN_PROGRESS,
  /** Corrective action done; its effectiveness being verified (10.2 d). */
  VERIFYING,
  /** The corrective action was found effective; ready to close. */
  EFFECTIVENESS_VERIFIED,
  /** Closed after an effectiveness review. */
  CLOSED,
  /** An effectiveness review found the corrective action ineffective: the causes are analysed again. */
  REOPENED;

  /** Whether the nonconformity is past its correction: any status but {@link #OPEN}. */
  public boolean corrected() {
    return this != OPEN;
  }
}
