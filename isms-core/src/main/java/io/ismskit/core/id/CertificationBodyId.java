package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a certification body, the accredited organization that audits and certifies the ISMS (ISO/IEC 17021-1, ISO/IEC 27006-1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record CertificationBodyId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public CertificationBodyId {
    Checks.id("CertificationBodyId", value);
  }

  /** Returns the id for {@code value}. */
  public static CertificationBodyId of(String value) {
    return new CertificationBodyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
