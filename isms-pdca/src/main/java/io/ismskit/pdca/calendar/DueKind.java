package io.ismskit.pdca.calendar;

import io.ismskit.core.catalog.ClauseId;
import java.util.Optional;

/** The kinds of things that fall due in an ISMS, with the clause each comes from. */
public enum DueKind {
  /** A planned audit by the certification body, or one the certification cycle requires. */
  EXTERNAL_AUDIT(null),
  /** The response to a certification body's finding. */
  FINDING_RESPONSE("10.2"),
  /** The recertification decision, before the certificate expires. */
  RECERTIFICATION(null),
  /** The last day of a certificate's suspension: reinstated by then, or withdrawn. */
  CERTIFICATE_SUSPENSION_END(null),
  /** A planned internal audit, or the next one at the planned interval (9.2.1). */
  INTERNAL_AUDIT("9.2"),
  /** The next management review at the planned interval (9.3.1). */
  MANAGEMENT_REVIEW("9.3"),
  /** The next assessment of a risk at the interval of the risk criteria (8.2). */
  RISK_REASSESSMENT("8.2"),
  /** The next review of a policy (5.2, A.5.1). */
  POLICY_REVIEW("5.2"),
  /** The next review of an item of documented information (7.5.2). */
  DOCUMENT_REVIEW("7.5"),
  /** The next review of an internal or external issue (4.1). */
  CONTEXT_REVIEW("4.1"),
  /**
   * The assessment of a supplier: due diligence of a new one, the next periodic review of one
   * supplying (8.1, A.5.19, A.5.22).
   */
  SUPPLIER_REVIEW("8.1"),
  /**
   * A milestone of an agreement with a supplier: its end without a successor, the next review of its
   * security requirements (8.1, A.5.20, A.5.22).
   */
  SUPPLIER_AGREEMENT("8.1"),
  /** The next step of a nonconformity's life cycle (10.2). */
  NONCONFORMITY_STEP("10.2"),
  /** A corrective action (10.2 c). */
  CORRECTIVE_ACTION("10.2"),
  /** An action of the risk treatment plan (6.1.3, 8.3). */
  TREATMENT_ACTION("8.3"),
  /** A temporary acceptance of a residual risk that lapses (6.1.3 f). */
  ACCEPTANCE_EXPIRY("6.1.3"),
  /** An exception to a policy that expires (5.2, A.5.1). */
  POLICY_EXCEPTION_EXPIRY("5.2"),
  /** A suppression of conformance findings that expires. */
  SUPPRESSION_EXPIRY(null),
  /** An item from a host's own {@link DueSource}. */
  OTHER(null);

  @SuppressWarnings("ImmutableEnumChecker") // ClauseId is a record of a String: immutable
  private final Optional<ClauseId> clause;

  DueKind(@org.jspecify.annotations.Nullable String clause) {
    this.clause = clause == null ? Optional.empty() : Optional.of(ClauseId.of(clause));
  }

  /** The clause of ISO/IEC 27001:2022 this kind of item comes from, if one does. */
  public Optional<ClauseId> clause() {
    return clause;
  }
}
