package io.ismskit.core.supplier;

/** How much the organization's information security depends on a supplier, lowest first (A.5.19). */
public enum SupplierCriticality {
  /** Little effect if the supplier fails or is compromised. */
  LOW,
  /** A limited effect. */
  MEDIUM,
  /** A serious effect. */
  HIGH,
  /** The organization cannot operate, or would suffer severe harm, without it. */
  CRITICAL
}
