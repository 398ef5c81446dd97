package io.ismskit.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documented information ISO/IEC 27001:2022 clauses 4 to 10 make mandatory, each with the
 * clause that requires it. A conformance check can require one current item per constant. Annex A
 * controls that call for documentation are not listed: they are mandatory only when the control is
 * included in the Statement of Applicability.
 *
 * <p>Descriptions are ismskit paraphrases, not text of the standard.
 */
public enum MandatoryDocument {
  /** The boundaries and applicability of the ISMS, with interfaces and dependencies. */
  ISMS_SCOPE(
      "4.3",
      "",
      DocumentedInformationKind.MAINTAINED,
      "Scope of the ISMS: boundaries, applicability, interfaces and dependencies"),
  /** The information security policy. */
  INFORMATION_SECURITY_POLICY(
      "5.2",
      "",
      DocumentedInformationKind.MAINTAINED,
      "Information security policy approved by top management"),
  /** The risk assessment process, including risk and acceptance criteria. */
  RISK_ASSESSMENT_PROCESS(
      "6.1.2",
      "",
      DocumentedInformationKind.RETAINED,
      "Information security risk assessment process, including risk criteria and acceptance"
          + " criteria"),
  /** The risk treatment process. */
  RISK_TREATMENT_PROCESS(
      "6.1.3",
      "",
      DocumentedInformationKind.RETAINED,
      "Information security risk treatment process: options, control selection and approval"),
  /** The Statement of Applicability. */
  STATEMENT_OF_APPLICABILITY(
      "6.1.3",
      "d",
      DocumentedInformationKind.MAINTAINED,
      "Statement of Applicability covering every Annex A control and any additional controls"),
  /** The risk treatment plan, approved by the risk owners (implemented under 8.3). */
  RISK_TREATMENT_PLAN(
      "6.1.3",
      "e",
      DocumentedInformationKind.MAINTAINED,
      "Risk treatment plan approved by the risk owners, with residual risks accepted"),
  /** The information security objectives and the plans to achieve them. */
  INFORMATION_SECURITY_OBJECTIVES(
      "6.2",
      "",
      DocumentedInformationKind.RETAINED,
      "Information security objectives and the plans to achieve them"),
  /** Evidence of the competence of people doing security-relevant work. */
  EVIDENCE_OF_COMPETENCE(
      "7.2",
      "d",
      DocumentedInformationKind.RETAINED,
      "Evidence of competence of people doing work that affects information security"),
  /** Documented information the organization has determined to be necessary. */
  ORGANIZATION_DETERMINED(
      "7.5.1",
      "b",
      DocumentedInformationKind.ORGANIZATION_DEFINED,
      "Documented information the organization determines necessary for an effective ISMS"),
  /** Evidence that operational processes were carried out as planned. */
  OPERATIONAL_PLANNING_AND_CONTROL(
      "8.1",
      "",
      DocumentedInformationKind.RETAINED,
      "Documented information giving confidence that processes ran as planned"),
  /** Results of the risk assessments. */
  RISK_ASSESSMENT_RESULTS(
      "8.2",
      "",
      DocumentedInformationKind.RETAINED,
      "Results of the information security risk assessments"),
  /** Results of the risk treatment. */
  RISK_TREATMENT_RESULTS(
      "8.3",
      "",
      DocumentedInformationKind.RETAINED,
      "Results of the information security risk treatment"),
  /** Evidence of monitoring and measurement results. */
  MONITORING_AND_MEASUREMENT_RESULTS(
      "9.1",
      "",
      DocumentedInformationKind.RETAINED,
      "Evidence of the monitoring and measurement results"),
  /** Evidence of the audit programme's implementation and of the audit results. */
  AUDIT_PROGRAMME_AND_RESULTS(
      "9.2.2",
      "",
      DocumentedInformationKind.RETAINED,
      "Evidence of the implementation of the audit programme and of the audit results"),
  /** Evidence of the results of management reviews. */
  MANAGEMENT_REVIEW_RESULTS(
      "9.3.3",
      "",
      DocumentedInformationKind.RETAINED,
      "Evidence of the results of management reviews"),
  /** Evidence of nonconformities, the actions taken and the results of corrective actions. */
  NONCONFORMITIES_AND_CORRECTIVE_ACTIONS(
      "10.2",
      "f, g",
      DocumentedInformationKind.RETAINED,
      "Evidence of the nature of nonconformities, the actions taken and the results of corrective"
          + " actions");

  @SuppressWarnings("ImmutableEnumChecker") // ClauseId is a record holding one String: immutable
  private final ClauseId clause;

  private final String items;
  private final DocumentedInformationKind kind;
  private final String description;

  MandatoryDocument(
      String clause, String items, DocumentedInformationKind kind, String description) {
    this.clause = ClauseId.of(clause);
    this.items = items;
    this.kind = kind;
    this.description = description;
  }

  /** The clause that makes this documented information mandatory, such as {@code 6.1.3}. */
  public ClauseId clause() {
    return clause;
  }

  /**
   * The list item(s) of the clause, such as {@code "d"} for the Statement of Applicability in 6.1.3
   * d), or empty when the whole clause applies.
   */
  public Optional<String> items() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items);
  }

  /** The reference as usually cited, such as {@code "6.1.3 d)"} or {@code "8.2"}. */
  public String reference() {
    return items.isEmpty()
        ? clause.value()
        : clause.value() + " " + items.replace(", ", "), ") + ")";
  }

  /** Whether it is a living document, a record, or organization-defined. */
  public DocumentedInformationKind kind() {
    return kind;
  }

  /** A short paraphrased description. */
  public String description() {
    return description;
  }

  /** The mandatory documented information required by {@code clause}, in declaration order. */
  public static List<MandatoryDocument> forClause(ClauseId clause) {
    Objects.requireNonNull(clause, "clause");
    List<MandatoryDocument> out = new ArrayList<>();
    for (MandatoryDocument d : values()) {
      if (d.clause.equals(clause)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The clauses whose requirements make documented information mandatory, in clause order, each
   * once; organization-defined items (7.5.1 b) are left out, since only the organization can say
   * what they are.
   */
  public static List<ClauseId> requiringClauses() {
    return Holder.REQUIRING;
  }

  private static final class Holder {
    static final List<ClauseId> REQUIRING;

    static {
      java.util.Set<ClauseId> s = new java.util.LinkedHashSet<>();
      for (MandatoryDocument d : values()) {
        if (d.kind() != DocumentedInformationKind.ORGANIZATION_DEFINED) {
          s.add(d.clause());
        }
      }
      REQUIRING = List.copyOf(s);
    }
  }
}
