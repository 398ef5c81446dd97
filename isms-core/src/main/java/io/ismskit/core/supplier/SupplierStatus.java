package io.ismskit.core.supplier;

/** Where a supplier relationship stands in its life cycle (A.5.19). */
public enum SupplierStatus {
  /** Being selected; due diligence before the agreement. */
  PROPOSED,
  /** Supplying. */
  ACTIVE,
  /** Being ended: access and information are being returned or removed. */
  EXITING,
  /** Ended. */
  ENDED;

  /** Whether the supplier provides, or is about to provide, anything: proposed, active or exiting. */
  public boolean current() {
    return this != ENDED;
  }
}
