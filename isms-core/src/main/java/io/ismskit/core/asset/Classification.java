package io.ismskit.core.asset;

/** An information classification level (control A.5.12), from least to most sensitive. */
public enum Classification {
  /** May be disclosed to anyone. */
  PUBLIC,
  /** For use inside the organization. */
  INTERNAL,
  /** For named groups only. */
  CONFIDENTIAL,
  /** For named people only; disclosure would cause severe harm. */
  RESTRICTED
}
