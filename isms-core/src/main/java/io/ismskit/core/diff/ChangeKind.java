package io.ismskit.core.diff;

/** How an entity differs between two snapshots. */
public enum ChangeKind {
  /** Only in the newer snapshot. */
  ADDED,
  /** Only in the older snapshot. */
  REMOVED,
  /** In both, with at least one field that differs. */
  CHANGED
}
