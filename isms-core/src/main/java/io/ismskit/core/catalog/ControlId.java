package io.ismskit.core.catalog;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.EntityId;

/**
 * Identifies a control of a catalog: an ISO/IEC 27001:2022 Annex A control such as {@code "A.5.1"}
 * (theme number first), or a control from another source (an internal or sector catalog) with any
 * well-formed id such as {@code "INT-CRYPTO-1"}.
 *
 * @param value the control id text
 */
public record ControlId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id. */
  public ControlId {
    Checks.id("ControlId", value);
  }

  /** Returns the control id for {@code value}. */
  public static ControlId of(String value) {
    return new ControlId(value);
  }

  /** Whether this id has the shape of an ISO/IEC 27001:2022 Annex A control id ({@code A.5.1}..{@code A.8.34}). */
  public boolean isAnnexA() {
    return value.matches("A\\.[5-8]\\.[1-9][0-9]?");
  }

  @Override
  public String toString() {
    return value;
  }
}
