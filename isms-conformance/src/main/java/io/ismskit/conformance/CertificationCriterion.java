package io.ismskit.conformance;

/**
 * What a certification decision needs, one criterion at a time, as a certification body (ISO/IEC
 * 17021-1) weighs an ISMS before granting a certificate. {@link ConformanceReport#certificationDecision()}
 * reports each as met or not, with its evidence.
 *
 * <p>The statements are precise about what the check can see in the model; a certification body
 * also weighs what no model holds (interviews, sampling on site).
 */
public enum CertificationCriterion {
  /**
   * The model is valid: {@link io.ismskit.core.Isms#validate()} finds no problem. An ISMS whose
   * records contradict each other cannot be relied on as evidence of anything else.
   */
  MODEL_VALID("the model is valid: Isms.validate() finds no problem"),

  /**
   * Every rule of the rule set evaluated: no rule threw. A rule that throws leaves its requirement
   * unverified, so the check is incomplete.
   */
  CHECK_COMPLETE("every rule of the rule set evaluated without error"),

  /** No open major nonconformity: no visible {@link Verdict#MAJOR_NC} finding in the report. */
  NO_OPEN_MAJOR("no visible finding is a major nonconformity"),

  /**
   * Every minor nonconformity has a correction and a corrective-action plan: each visible {@link
   * Verdict#MINOR_NC} finding is matched by a nonconformity recorded in the ISMS that is not closed,
   * that names one of the finding's clauses (or a clause above it) or one of its controls, that has
   * a correction (10.2 a) and at least one corrective action with an owner and a due date.
   */
  MINORS_HAVE_ACTION_PLANS("every minor nonconformity is recorded with a correction and a corrective-action plan"),

  /**
   * At least one complete internal audit covering the whole ISMS: the internal audits reported
   * within the internal audit interval before the as-of date together cover every
   * requirement-bearing sub-clause of clauses 4 to 10 (directly or through a clause above it) and
   * every control the Statement of Applicability declares applicable.
   */
  INTERNAL_AUDIT_COMPLETE("the internal audits reported within the internal audit interval cover every requirement "
      + "of clauses 4 to 10 and every applicable control"),

  /**
   * At least one management review covering the whole ISMS: the latest management review was held
   * within the management review interval before the as-of date, attended by top management, and
   * considered every input 9.3.2 requires.
   */
  MANAGEMENT_REVIEW_COMPLETE("a management review within the interval, attended by top management, considered "
      + "every input of 9.3.2"),

  /**
   * The mandatory documented information is present: every {@link
   * io.ismskit.core.catalog.MandatoryDocument} (but the organization-defined one) has a current,
   * not obsolete, item ({@link IsmsIndex#missingMandatoryDocuments()}).
   */
  MANDATORY_DOCUMENTS_PRESENT("every mandatory item of documented information has a current item");

  private final String statement;

  CertificationCriterion(String statement) {
    this.statement = statement;
  }

  /** The criterion in one sentence. */
  public String statement() {
    return statement;
  }
}
