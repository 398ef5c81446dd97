package io.ismskit.core.context;

/** The kind of an interested party (clause 4.2). */
public enum PartyKind {
  /** A customer or client. */
  CUSTOMER,
  /** A regulator or public authority. */
  REGULATOR,
  /** A supplier or service provider. */
  SUPPLIER,
  /** Employees and contractors. */
  EMPLOYEE,
  /** Owners, shareholders or investors. */
  OWNER,
  /** A business partner. */
  PARTNER,
  /** An insurer. */
  INSURER,
  /** The public, the community, the media. */
  PUBLIC,
  /** Anything else. */
  OTHER
}
