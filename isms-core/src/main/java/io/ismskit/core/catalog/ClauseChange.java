package io.ismskit.core.catalog;

/** How a clause of ISO/IEC 27001:2013 relates to the clauses of the 2022 edition. */
public enum ClauseChange {
  /** Same number in both editions. */
  UNCHANGED,
  /** The 2013 clause was split into several 2022 sub-clauses (9.2 and 9.3). */
  SPLIT,
  /** The clause kept its content but changed its number (10.1 and 10.2 swapped). */
  RENUMBERED,
  /** The 2022 clause has no 2013 counterpart (6.3). */
  NEW
}
