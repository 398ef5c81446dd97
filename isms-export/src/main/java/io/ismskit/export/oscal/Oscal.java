package io.ismskit.export.oscal;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.base.Dates;
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.Theme;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.InclusionReason;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.export.view.DecisionSource;
import io.ismskit.export.view.DecisionSummary;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes OSCAL 1.1.2 documents (JSON) from an ISMS: the conformance report as <em>assessment
 * results</em>, open nonconformities and risk treatments as a <em>plan of action and
 * milestones</em>, the Statement of Applicability as the {@code control-implementation} of a
 * <em>system security plan</em>, and a <em>catalog</em> of the ISO/IEC 27001:2022 clause and Annex A
 * ids and titles (never the standard's text).
 *
 * <pre>{@code
 * Isms isms = SampleIsms.northwind(asOf);
 * ConformanceReport report = ConformanceChecker.check(isms, asOf);
 * StringWriter out = new StringWriter();
 * Oscal.assessmentResults(report, isms, out);
 * }</pre>
 *
 * <p><b>Identifiers.</b> Every UUID is a version 5 (name-based) UUID of what it stands for, so the
 * same ISMS exported twice gives the same bytes. Clause ids become {@code clause-6.1.2}, Annex A
 * control ids {@code a.5.1} (lower case, so that they are valid OSCAL tokens); any other control id
 * is lower-cased with every character outside letters, digits, {@code . - _} replaced by {@code -}
 * and prefixed with {@code control-} when it does not start with a letter.
 *
 * <p><b>Text.</b> Titles and descriptions are OSCAL markup (Markdown): every model string is escaped
 * with {@link io.ismskit.export.markup.Markdown}, so no input adds markup; plain string fields have
 * their white space collapsed. ismskit's own properties use the namespace {@code
 * https://ismskit.io/ns/oscal}.
 *
 * <p>Each method streams to the caller's {@code Writer} (which it flushes but does not close) and
 * throws only the writer's {@code IOException}.
 *
 * @implSpec Stateless and thread-safe; the output is a pure function of the arguments.
 */
public final class Oscal {
  /** The OSCAL version written, {@value}. */
  public static final String OSCAL_VERSION = OscalJson.OSCAL_VERSION;

  /** The date the catalog's metadata gives as last modified: the publication of ISO/IEC 27001:2022. */
  static final LocalDate CATALOG_DATE = LocalDate.of(2022, 10, 25);

  private Oscal() {}

  // ---------------------------------------------------------------------------------------------
  // catalog

  /**
   * Writes the OSCAL catalog of ISO/IEC 27001:2022: one group per clause 4 to 10 with its
   * sub-clauses as (nested) controls, and one group per Annex A theme with its controls. Only ids
   * and titles are written, with each original id as the {@code label} property.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void catalog(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    Framework fw = Iso27001_2022.framework();
    try (OscalJson j = new OscalJson(out)) {
      j.g.writeStartObject();
      j.start("catalog");
      j.field("uuid", OscalJson.uuid("catalog", fw.id()));
      j.metadata(fw.name() + " — clause and Annex A identifiers and titles", CATALOG_DATE, fw.version());
      j.startArray("groups");
      Map<String, List<Clause>> children = new HashMap<>();
      List<Clause> top = new ArrayList<>();
      for (Clause c : fw.clauses()) {
        Optional<ClauseId> parent = c.parent();
        if (parent.isPresent()) {
          children.computeIfAbsent(parent.get().value(), k -> new ArrayList<>()).add(c);
        } else {
          top.add(c);
        }
      }
      for (Clause c : top) {
        openPart(j, OscalJson.clauseId(c.id().value()), "clause", c.title(), c.id().value());
        clauseControls(j, children.getOrDefault(c.id().value(), List.of()), children);
        j.end();
      }
      for (Theme t : Theme.values()) {
        List<CatalogControl> controls = fw.controls().stream()
            .filter(c -> c.theme() == t && c.id().isAnnexA()).toList();
        if (controls.isEmpty()) {
          continue;
        }
        openPart(j, OscalJson.controlId(t.prefix()), "annex-a-theme", t.displayName() + " controls", t.prefix());
        j.startArray("controls");
        for (CatalogControl c : controls) {
          openPart(j, OscalJson.controlId(c.id().value()), "annex-a-control", c.title(), c.id().value());
          j.end();
        }
        j.endArray();
        j.end();
      }
      j.endArray();
      j.end();
      j.g.writeEndObject();
    }
    out.flush();
  }

  /**
   * Opens a group or control of the catalog: its id, class and title, and its label property; the
   * caller writes its children and closes it with {@code j.end()}.
   */
  private static void openPart(OscalJson j, String id, String cls, String title, String label) throws IOException {
    j.g.writeStartObject();
    j.field("id", id);
    j.field("class", cls);
    j.line("title", title);
    j.props();
    j.label(label);
    j.endArray();
  }

  private static void clauseControls(OscalJson j, List<Clause> clauses, Map<String, List<Clause>> children)
      throws IOException {
    if (clauses.isEmpty()) {
      return;
    }
    j.startArray("controls");
    for (Clause c : clauses) {
      openPart(j, OscalJson.clauseId(c.id().value()), "clause", c.title(), c.id().value());
      clauseControls(j, children.getOrDefault(c.id().value(), List.of()), children);
      j.end();
    }
    j.endArray();
  }

  // ---------------------------------------------------------------------------------------------
  // assessment results

  /**
   * Writes {@code report} as OSCAL assessment results, with the decision summary of {@link
   * DecisionSource#fromFindings()}. See {@link #assessmentResults(ConformanceReport, Isms,
   * DecisionSource, Writer)}.
   *
   * @param report the conformance report
   * @param isms the ISMS the report was made of (for names)
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void assessmentResults(ConformanceReport report, Isms isms, Writer out) throws IOException {
    assessmentResults(report, isms, DecisionSource.fromFindings(), out);
  }

  /**
   * Writes {@code report} as OSCAL assessment results: one result as of the report's date whose
   * description is the certification decision summary, with property {@code certification-readiness}
   * ({@code ready}, {@code not-ready}, {@code undetermined}), and one OSCAL finding per visible
   * finding, targeting the objective of its first clause ({@code clause-6.1.2}) or first control,
   * {@code satisfied} when the verdict passes and {@code not-satisfied} otherwise, with the verdict,
   * rule, clauses, controls and entities as properties and the remedy as remarks.
   *
   * @param report the conformance report
   * @param isms the ISMS the report was made of (for names)
   * @param decisions where the decision summary comes from
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void assessmentResults(ConformanceReport report, Isms isms, DecisionSource decisions, Writer out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(out, "out");
    DecisionSummary decision = decisions.summarize(report);
    String org = isms.organization().name();
    String asOf = report.asOf().toString();
    try (OscalJson j = new OscalJson(out)) {
      j.g.writeStartObject();
      j.start("assessment-results");
      j.field("uuid", OscalJson.uuid("assessment-results", org, asOf, report.ruleSetId()));
      j.metadata("ISO/IEC 27001:2022 conformance assessment of " + org + " as of " + asOf, report.asOf(),
          report.ruleSetId() + " " + report.ruleSetVersion());
      j.start("import-ap");
      j.field("href", "urn:ismskit:rule-set:" + OscalJson.token("r-", report.ruleSetId()) + ":"
          + OscalJson.token("v-", report.ruleSetVersion()));
      j.multiline("remarks", "The assessment plan is ismskit's conformance rule set " + report.ruleSetId()
          + ", version " + report.ruleSetVersion() + ".");
      j.end();
      j.startArray("results");
      j.g.writeStartObject();
      j.field("uuid", OscalJson.uuid("result", org, asOf, report.ruleSetId()));
      j.line("title", "Conformance check as of " + asOf);
      j.multiline("description", decision.statement());
      j.field("start", OscalJson.dateTime(report.asOf()));
      j.field("end", OscalJson.dateTime(report.asOf()));
      j.props();
      j.prop("certification-readiness", decision.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      for (Verdict v : Verdict.values()) {
        j.prop("count-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-'), Integer.toString(report.count(v)));
      }
      j.endArray();
      j.start("reviewed-controls");
      j.startArray("control-selections");
      j.g.writeStartObject();
      j.multiline("description", "Clauses 4 to 10 of ISO/IEC 27001:2022 and the Statement of Applicability.");
      j.g.writeObjectFieldStart("include-all");
      j.g.writeEndObject();
      j.end();
      j.endArray();
      j.end();
      List<Finding> findings = report.findings();
      if (!findings.isEmpty()) {
        j.startArray("findings");
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
          int n = seen.merge(f.key(), 1, Integer::sum);
          finding(j, f, org, asOf, n);
        }
        j.endArray();
      }
      j.end();
      j.endArray();
      j.end();
      j.g.writeEndObject();
    }
    out.flush();
  }

  private static void finding(OscalJson j, Finding f, String org, String asOf, int n) throws IOException {
    j.g.writeStartObject();
    j.field("uuid", OscalJson.uuid("finding", org, asOf, f.key(), Integer.toString(n)));
    j.line("title", f.clause().value() + " " + f.ruleId() + ": " + verdictLabel(f.verdict()));
    j.multiline("description", "Expected: " + f.expected() + "\n\nFound: " + f.found()
        + f.note().map(x -> "\n\nNote: " + x).orElse(""));
    j.props();
    j.prop("verdict", f.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    j.prop("rule", f.ruleId());
    j.prop("check", f.code());
    for (ClauseId c : f.clauses()) {
      j.prop("clause", c.value());
    }
    for (ControlId c : f.controls()) {
      j.prop("control", c.value());
    }
    for (EntityRef e : f.entities()) {
      j.prop("entity", e.toString());
    }
    j.endArray();
    j.start("target");
    j.field("type", "objective-id");
    j.field("target-id", f.controls().isEmpty() ? OscalJson.clauseId(f.clause().value())
        : OscalJson.controlId(f.controls().get(0).value()));
    j.start("status");
    j.field("state", f.verdict().passing() ? "satisfied" : "not-satisfied");
    j.end();
    j.end();
    if (!f.remedy().isBlank()) {
      j.multiline("remarks", f.remedy());
    }
    j.end();
  }

  private static String verdictLabel(Verdict v) {
    return switch (v) {
      case MAJOR_NC -> "major nonconformity";
      case MINOR_NC -> "minor nonconformity";
      case OBSERVATION -> "observation";
      case CONFORMS -> "conforms";
      case NOT_APPLICABLE -> "not applicable";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // POA&M

  /**
   * Writes the open work of {@code isms} as an OSCAL plan of action and milestones: each risk that
   * has a treatment becomes an OSCAL risk (status {@code remediating} while an action is open, else
   * {@code closed}; deadline the latest open action) with one planned or completed remediation per
   * treatment action; each open treatment action and each open nonconformity becomes a POA&amp;M
   * item (an action refers to its risk).
   *
   * @param isms the ISMS
   * @param asOf the date of the plan, its last-modified date
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void planOfActionAndMilestones(Isms isms, LocalDate asOf, Writer out) throws IOException {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    Objects.requireNonNull(out, "out");
    String org = isms.organization().name();
    List<Risk> treated = isms.risks().stream().filter(r -> r.treatment().isPresent()).toList();
    try (OscalJson j = new OscalJson(out)) {
      j.g.writeStartObject();
      j.start("plan-of-action-and-milestones");
      j.field("uuid", OscalJson.uuid("poam", org, asOf.toString()));
      j.metadata("Plan of action and milestones of " + org + " as of " + asOf, asOf, asOf.toString());
      j.start("system-id");
      j.field("identifier-type", OscalJson.NS);
      j.string("id", org);
      j.end();
      if (!treated.isEmpty()) {
        j.startArray("risks");
        for (Risk r : treated) {
          risk(j, org, r);
        }
        j.endArray();
      }
      j.startArray("poam-items");
      for (Risk r : treated) {
        Treatment t = r.treatment().orElseThrow();
        int i = 0;
        for (TreatmentAction a : t.actions()) {
          i++;
          if (!a.progress().open()) {
            continue;
          }
          j.g.writeStartObject();
          j.field("uuid", OscalJson.uuid("poam-item", org, "risk", r.id().value(), Integer.toString(i)));
          j.line("title", "Treatment action " + i + " of risk " + r.id().value() + ": " + r.title());
          j.multiline("description", a.description());
          j.props();
          j.prop("due", a.dueDate().toString());
          j.prop("status", a.progress().status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          j.prop("owner", a.owner().value());
          j.prop("risk", r.id().value());
          if (a.control().isPresent()) {
            j.prop("control", a.control().get().value());
          }
          j.endArray();
          j.startArray("related-risks");
          j.g.writeStartObject();
          j.field("risk-uuid", OscalJson.uuid("risk", org, r.id().value()));
          j.end();
          j.endArray();
          j.end();
        }
      }
      for (Nonconformity nc : isms.nonconformities()) {
        if (nc.closed()) {
          continue;
        }
        j.g.writeStartObject();
        j.field("uuid", OscalJson.uuid("poam-item", org, "nonconformity", nc.id().value()));
        j.line("title", "Nonconformity " + nc.id().value() + " (" + nc.grade().name().toLowerCase(Locale.ROOT)
            + ")");
        j.multiline("description", nc.description());
        j.props();
        j.prop("nonconformity", nc.id().value());
        j.prop("status", nc.progress().status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        j.prop("raised", nc.raisedOn().toString());
        if (nc.dueDate().isPresent()) {
          j.prop("due", nc.dueDate().get().toString());
        }
        if (nc.clause().isPresent()) {
          j.prop("clause", nc.clause().get().value());
        }
        if (nc.control().isPresent()) {
          j.prop("control", nc.control().get().value());
        }
        j.prop("owner", nc.owner().value());
        j.endArray();
        if (nc.correction().isPresent()) {
          j.multiline("remarks", "Correction: " + nc.correction().get());
        }
        j.end();
      }
      j.endArray();
      j.end();
      j.g.writeEndObject();
    }
    out.flush();
  }


  private static void risk(OscalJson j, String org, Risk r) throws IOException {
    Treatment t = r.treatment().orElseThrow();
    List<TreatmentAction> open = t.actions().stream().filter(a -> a.progress().open()).toList();
    j.g.writeStartObject();
    j.field("uuid", OscalJson.uuid("risk", org, r.id().value()));
    j.line("title", r.id().value() + ": " + r.title());
    j.multiline("description", r.scenario());
    StringBuilder statement = new StringBuilder();
    r.inherent().ifPresent(a -> statement.append("Inherent level: ").append(a.level().name()).append(". "));
    r.residual().ifPresent(a -> statement.append("Residual level: ").append(a.level().name()).append(". "));
    statement.append("Treatment: ").append(t.options().stream().map(o -> o.name().toLowerCase(Locale.ROOT))
        .sorted().collect(Collectors.joining(", "))).append('.');
    t.justification().ifPresent(x -> statement.append(' ').append(x));
    j.multiline("statement", statement.toString());
    j.props();
    j.prop("risk", r.id().value());
    j.prop("owner", r.owner().value());
    for (ControlId c : t.controls()) {
      j.prop("control", c.value());
    }
    j.endArray();
    j.field("status", open.isEmpty() ? "closed" : "remediating");
    if (!t.actions().isEmpty()) {
      j.startArray("remediations");
      int i = 0;
      for (TreatmentAction a : t.actions()) {
        i++;
        j.g.writeStartObject();
        j.field("uuid", OscalJson.uuid("remediation", org, r.id().value(), Integer.toString(i)));
        j.field("lifecycle", a.progress().open() ? "planned" : "completed");
        j.line("title", "Treatment action " + i);
        j.multiline("description", a.description());
        j.props();
        j.prop("due", a.dueDate().toString());
        j.prop("status", a.progress().status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        j.endArray();
        j.end();
      }
      j.endArray();
    }
    Optional<LocalDate> deadline = open.stream().map(TreatmentAction::dueDate).max(LocalDate::compareTo);
    if (deadline.isPresent()) {
      j.field("deadline", OscalJson.dateTime(deadline.get()));
    }
    j.end();
  }


  // ---------------------------------------------------------------------------------------------
  // SSP

  /**
   * Writes the Statement of Applicability and the control implementations of {@code isms} as an
   * OSCAL system security plan. The system is the ISMS's scope (one component, "this system");
   * each role is a user; the {@code control-implementation} has one implemented requirement per SoA
   * entry (or, without an SoA, per control implementation) with properties {@code applicable},
   * {@code implementation-status}, {@code inclusion-reason} and the justification as remarks, and
   * the control implementation's description and status (OSCAL {@code implemented}, {@code partial},
   * {@code planned} or {@code not-applicable}) by component.
   *
   * @param isms the ISMS
   * @param asOf the date of the plan, its last-modified date
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void systemSecurityPlan(Isms isms, LocalDate asOf, Writer out) throws IOException {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    Objects.requireNonNull(out, "out");
    String org = isms.organization().name();
    Optional<StatementOfApplicability> soa = isms.statementOfApplicability();
    String component = OscalJson.uuid("component", org, "this-system");
    try (OscalJson j = new OscalJson(out)) {
      j.g.writeStartObject();
      j.start("system-security-plan");
      j.field("uuid", OscalJson.uuid("ssp", org, asOf.toString()));
      j.metadata("Statement of Applicability of " + org, asOf,
          soa.map(StatementOfApplicability::version).orElse(asOf.toString()));
      j.start("import-profile");
      j.field("href", "urn:ismskit:catalog:iso27001-2022");
      j.multiline("remarks", "All of ISO/IEC 27001:2022 as written by Oscal.catalog.");
      j.end();
      j.start("system-characteristics");
      j.startArray("system-ids");
      j.g.writeStartObject();
      j.field("identifier-type", OscalJson.NS);
      j.string("id", org);
      j.end();
      j.endArray();
      j.string("system-name", org);
      j.multiline("description", isms.scope().map(s -> s.statement())
          .orElse("The information security management system of " + org + "."));
      j.start("system-information");
      j.startArray("information-types");
      j.g.writeStartObject();
      j.field("uuid", OscalJson.uuid("information-type", org));
      j.line("title", "Information in the scope of the ISMS");
      j.multiline("description", "All information that the ISMS of " + org + " protects.");
      j.end();
      j.endArray();
      j.end();
      j.start("status");
      j.field("state", "operational");
      j.end();
      j.start("authorization-boundary");
      j.multiline("description", isms.scope().map(s -> s.statement()).orElse("No scope is defined yet."));
      j.end();
      j.end();
      j.start("system-implementation");
      j.startArray("users");
      if (isms.roles().isEmpty()) {
        j.g.writeStartObject();
        j.field("uuid", OscalJson.uuid("user", org, "-"));
        j.line("title", "ISMS staff");
        j.end();
      }
      for (Role role : isms.roles()) {
        j.g.writeStartObject();
        j.field("uuid", OscalJson.uuid("user", org, role.id().value()));
        j.line("title", role.name());
        j.props();
        j.prop("role", role.id().value());
        j.endArray();
        j.end();
      }
      j.endArray();
      j.startArray("components");
      j.g.writeStartObject();
      j.field("uuid", component);
      j.field("type", "this-system");
      j.line("title", org);
      j.multiline("description", "The information security management system of " + org + ".");
      j.start("status");
      j.field("state", "operational");
      j.end();
      j.end();
      j.endArray();
      j.end();
      j.start("control-implementation");
      j.multiline("description", soa.map(s -> "Statement of Applicability version " + s.version()
          + " of " + org + ".").orElse("Control implementations of " + org + " (no Statement of Applicability)."));
      Map<String, ControlImplementation> impls = new HashMap<>();
      for (ControlImplementation ci : isms.controlImplementations()) {
        impls.putIfAbsent(ci.control().value(), ci);
      }
      j.startArray("implemented-requirements");
      if (soa.isPresent()) {
        for (SoaEntry e : soa.get().entries()) {
          requirement(j, org, component, e.control(), Optional.of(e),
              Optional.ofNullable(impls.get(e.control().value())));
        }
      } else {
        for (ControlImplementation ci : isms.controlImplementations()) {
          requirement(j, org, component, ci.control(), Optional.empty(), Optional.of(ci));
        }
      }
      j.endArray();
      j.end();
      j.end();
      j.g.writeEndObject();
    }
    out.flush();
  }

  private static void requirement(OscalJson j, String org, String component, ControlId control,
      Optional<SoaEntry> entry, Optional<ControlImplementation> impl) throws IOException {
    j.g.writeStartObject();
    j.field("uuid", OscalJson.uuid("implemented-requirement", org, control.value()));
    j.field("control-id", OscalJson.controlId(control.value()));
    j.props();
    j.label(control.value());
    if (entry.isPresent()) {
      SoaEntry e = entry.get();
      j.prop("applicable", Boolean.toString(e.applicable()));
      for (InclusionReason reason : e.reasons()) {
        j.prop("inclusion-reason", reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      for (var risk : e.risks()) {
        j.prop("risk", risk.value());
      }
    }
    Optional<ImplementationStatus> status = impl.map(ControlImplementation::status)
        .or(() -> entry.flatMap(SoaEntry::implementationStatus));
    if (status.isPresent()) {
      j.prop("implementation-status", status.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    j.endArray();
    boolean applicable = entry.map(SoaEntry::applicable).orElse(true);
    j.startArray("by-components");
    j.g.writeStartObject();
    j.field("component-uuid", component);
    j.field("uuid", OscalJson.uuid("by-component", org, control.value()));
    j.multiline("description", impl.flatMap(ControlImplementation::description)
        .orElse(applicable ? "How the control is implemented is not described." : "Not applicable."));
    j.start("implementation-status");
    j.field("state", !applicable ? "not-applicable" : status.map(Oscal::state).orElse("planned"));
    j.end();
    j.end();
    j.endArray();
    Optional<String> justification = entry.flatMap(SoaEntry::justification);
    if (justification.isPresent()) {
      j.multiline("remarks", justification.get());
    }
    j.end();
  }

  private static String state(ImplementationStatus s) {
    return switch (s) {
      case IMPLEMENTED -> "implemented";
      case PARTIALLY_IMPLEMENTED -> "partial";
      case PLANNED, NOT_IMPLEMENTED -> "planned";
    };
  }
}
