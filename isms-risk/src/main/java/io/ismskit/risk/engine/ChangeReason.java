package io.ismskit.risk.engine;

/**
 * Why the engine changed, or did not change, the assessments of a risk. The engine never changes a
 * risk's recorded decision, so no reason is about it.
 */
public enum ChangeReason {
  /** The risk had no residual assessment before. */
  FIRST_RESIDUAL,
  /** The method's version differs from the version of the previous inherent assessment. */
  METHOD_VERSION_CHANGED,
  /** The criteria version differs from the one the previous assessment was made under. */
  CRITERIA_CHANGED,
  /** An input mapping of a migration changed the stored inputs. */
  INPUTS_MAPPED,
  /** The score differs from the stored score although method version and inputs are the same. */
  SCORE_CHANGED,
  /**
   * The likelihood or consequence the method states differs from the stored one, for instance
   * because an assessment made before they were recorded now states them.
   */
  COMPONENTS_CHANGED,
  /** The inherent level on the criteria's scale changed. */
  INHERENT_LEVEL_CHANGED,
  /** The residual assessment changed: controls, their status or effectiveness, or the options. */
  RESIDUAL_CHANGED,
  /** The residual level on the criteria's scale changed. */
  RESIDUAL_LEVEL_CHANGED,
  /** The target residual assessment was first made, changed, or removed with the treatment. */
  TARGET_CHANGED,
  /** The risk could not be scored and was left unchanged; see the error. */
  NOT_SCORED
}
