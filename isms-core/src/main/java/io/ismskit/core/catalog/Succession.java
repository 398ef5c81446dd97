package io.ismskit.core.catalog;

/** How an ISO/IEC 27001:2022 Annex A control relates to the controls of the 2013 edition. */
public enum Succession {
  /** The control has no 2013 predecessor (11 controls). */
  NEW,
  /** The control succeeds exactly one 2013 control (58 controls). */
  ONE_TO_ONE,
  /** The control merges two or more 2013 controls (24 controls). */
  MERGED
}
