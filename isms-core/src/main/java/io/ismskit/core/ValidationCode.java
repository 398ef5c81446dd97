package io.ismskit.core;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems {@link Isms#validate()} reports: relations between entities that do
 * not hold. Keys follow {@link ProblemCode#GRAMMAR} and never change their spelling.
 */
public enum ValidationCode implements ProblemCode {
  /** A reference to an entity that does not exist. */
  DANGLING("validation.reference.dangling"),
  /** Two entities of one kind share an id. */
  DUPLICATE("validation.id.duplicate"),
  /** A risk concerns an asset outside the ISMS scope. */
  OUT_OF_SCOPE("validation.scope.outside"),
  /** Assets depend on each other in a cycle; reported once per cycle. */
  CYCLE("validation.asset.dependency-cycle"),
  /** A control implementation refers to a control the SoA does not list. */
  NOT_IN_SOA("validation.soa.missing-entry"),
  /** A custom control reuses a catalog control's id. */
  SHADOWS_CATALOG("validation.control.shadows-catalog"),
  /** A risk's assessment has a level the risk criteria do not list. */
  UNKNOWN_LEVEL("validation.level.unknown"),
  /**
   * More problems of one code than {@link Isms#MAX_PROBLEMS_PER_CODE}: the problem of this code
   * counts the ones left out.
   */
  CAPPED("validation.problems.capped");

  private final String key;

  ValidationCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
