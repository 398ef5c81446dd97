package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an ISMS certificate issued by a certification body.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record CertificateId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public CertificateId {
    Checks.id("CertificateId", value);
  }

  /** Returns the id for {@code value}. */
  public static CertificateId of(String value) {
    return new CertificateId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
