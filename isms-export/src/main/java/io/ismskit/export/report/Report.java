package io.ismskit.export.report;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.export.svg.Charts;
import io.ismskit.export.view.DecisionSource;
import io.ismskit.export.view.DecisionSummary;
import io.ismskit.export.view.DueItem;
import io.ismskit.export.view.PdcaStatus;
import io.ismskit.export.view.PdcaStatusSource;
import io.ismskit.risk.fair.FairResult;
import java.io.IOException;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report on an ISMS as of a date, written as self-contained HTML or as Markdown. Start with
 * {@link Reports#of(Isms, LocalDate)}, add what you have, and write:
 *
 * <pre>{@code
 * Reports.of(isms, asOf)
 *     .withConformance(ConformanceChecker.check(isms, asOf))
 *     .withFairScenario("Ransomware", ransomware)
 *     .html(writer);
 * }</pre>
 *
 * <p>Without a conformance report the conformance section is left out; without FAIR results the
 * risk register has no loss exceedance curve. Every string from the model is escaped for the
 * format written, so no model text can add markup, a link or a script.
 *
 * @implSpec This class is immutable and thread-safe; each {@code with} method returns a new report.
 */
public final class Report {
  private final Isms isms;
  private final LocalDate asOf;
  private final Optional<ConformanceReport> conformance;
  private final DecisionSource decisions;
  private final PdcaStatusSource pdca;
  private final List<Charts.Curve> scenarios;
  private final Optional<Charts.Curve> portfolio;
  private final String currency;
  private final Set<Section> sections;

  private Report(Isms isms, LocalDate asOf, Optional<ConformanceReport> conformance, DecisionSource decisions,
      PdcaStatusSource pdca, List<Charts.Curve> scenarios, Optional<Charts.Curve> portfolio, String currency,
      Set<Section> sections) {
    this.isms = isms;
    this.asOf = asOf;
    this.conformance = conformance;
    this.decisions = decisions;
    this.pdca = pdca;
    this.scenarios = List.copyOf(scenarios);
    this.portfolio = portfolio;
    this.currency = currency;
    this.sections = Set.copyOf(sections);
  }

  static Report of(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    return new Report(isms, asOf, Optional.empty(), DecisionSource.fromFindings(), PdcaStatusSource.fromModel(),
        List.of(), Optional.empty(), "EUR", EnumSet.allOf(Section.class));
  }

  /** This report with the conformance section written from {@code report}. */
  public Report withConformance(ConformanceReport report) {
    Objects.requireNonNull(report, "report");
    return new Report(isms, asOf, Optional.of(report), decisions, pdca, scenarios, portfolio, currency, sections);
  }

  /** This report with its certification decision summary from {@code source} (default {@link DecisionSource#fromFindings()}). */
  public Report withDecisions(DecisionSource source) {
    Objects.requireNonNull(source, "source");
    return new Report(isms, asOf, conformance, source, pdca, scenarios, portfolio, currency, sections);
  }

  /** This report with its PDCA status from {@code source} (default {@link PdcaStatusSource#fromModel()}). */
  public Report withPdcaStatus(PdcaStatusSource source) {
    Objects.requireNonNull(source, "source");
    return new Report(isms, asOf, conformance, decisions, source, scenarios, portfolio, currency, sections);
  }

  /** This report with the loss exceedance curve of one more FAIR scenario. */
  public Report withFairScenario(String name, FairResult result) {
    List<Charts.Curve> s = new ArrayList<>(scenarios);
    s.add(Charts.Curve.of(name, result));
    return new Report(isms, asOf, conformance, decisions, pdca, s, portfolio, currency, sections);
  }

  /** This report with the loss exceedance curve of the portfolio (all scenarios together). */
  public Report withFairPortfolio(FairResult total) {
    return new Report(isms, asOf, conformance, decisions, pdca, scenarios,
        Optional.of(Charts.Curve.of("Portfolio", total)), currency, sections);
  }

  /** This report with money shown in {@code currency} (a label such as {@code "EUR"}; default EUR). */
  public Report withCurrency(String currency) {
    Objects.requireNonNull(currency, "currency");
    return new Report(isms, asOf, conformance, decisions, pdca, scenarios, portfolio, currency, sections);
  }

  /** This report with only the given sections (in their natural order); all by default. */
  public Report withSections(Set<Section> sections) {
    EnumSet<Section> s = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    return new Report(isms, asOf, conformance, decisions, pdca, scenarios, portfolio, currency, s);
  }

  /**
   * Writes the report as one self-contained HTML document (UTF-8 text): inline CSS with print
   * rules, inline SVG charts, no script and no external reference (a Content-Security-Policy that
   * forbids loading anything is part of the document).
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void html(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    HtmlRenderer.render(title(), blocks(), out);
  }

  /**
   * Writes the report as CommonMark with GitHub-flavoured tables; each chart becomes its data table.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void markdown(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    MarkdownRenderer.render(blocks(), out);
  }

  private String title() {
    return "ISMS report: " + isms.organization().name();
  }

  // ---------------------------------------------------------------------------------------------

  List<Block> blocks() {
    List<Block> b = new ArrayList<>();
    b.add(new Block.Heading(1, title(), ""));
    b.add(new Block.Para("As of " + asOf + ". ISO/IEC 27001:2022" + isms.scope().map(s -> ". Scope: "
        + s.statement()).orElse(".")));
    for (Section s : Section.values()) {
      if (!sections.contains(s) || (s == Section.CONFORMANCE && conformance.isEmpty())) {
        continue;
      }
      b.add(new Block.Heading(2, s.title(), s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      switch (s) {
        case CONFORMANCE -> conformance(b, conformance.orElseThrow());
        case SOA -> soa(b);
        case RISK_REGISTER -> risks(b);
        case TREATMENT_PLAN -> treatments(b);
        case PDCA_STATUS -> pdca(b);
      }
    }
    return b;
  }

  private void conformance(List<Block> b, ConformanceReport r) {
    DecisionSummary d = decisions.summarize(r);
    b.add(new Block.Notice("Certification readiness: " + d.outcome().label(), d.statement(),
        d.outcome() == DecisionSummary.Outcome.READY));
    List<List<String>> criteria = new ArrayList<>();
    for (DecisionSummary.Criterion c : d.criteria()) {
      criteria.add(List.of(c.requirement(), c.met() ? "Met" : "Not met", c.blocking() ? "Yes" : "No",
          c.clauses().stream().map(ClauseId::value).collect(Collectors.joining(", ")), c.detail()));
    }
    b.add(new Block.Table(List.of("What a decision needs", "Status", "Blocking", "Clauses", "Detail"), criteria));
    b.add(new Block.Para("Rule set " + r.ruleSetId() + " " + r.ruleSetVersion() + ": " + r.count(Verdict.MAJOR_NC)
        + " major nonconformities, " + r.count(Verdict.MINOR_NC) + " minor nonconformities, "
        + r.count(Verdict.OBSERVATION) + " observations, " + r.count(Verdict.CONFORMS) + " checks conform, "
        + r.count(Verdict.NOT_APPLICABLE) + " not applicable."));
    Map<String, int[]> fam = Charts.familyCounts(r);
    List<List<String>> famRows = new ArrayList<>();
    fam.forEach((k, v) -> famRows.add(List.of(k, Integer.toString(v[0]), Integer.toString(v[1]),
        Integer.toString(v[2]))));
    b.add(new Block.Figure("Findings by clause family", Charts.findingsByFamily(r),
        new Block.Table(List.of("Family", "Major", "Minor", "Observations"), famRows)));
    b.add(new Block.Heading(3, "Findings by clause", "findings-by-clause"));
    Map<String, String> clauseTitles = new HashMap<>();
    for (Clause c : Iso27001_2022.framework().clauses()) {
      clauseTitles.put(c.id().value(), c.title());
    }
    boolean any = false;
    for (Map.Entry<ClauseId, List<Finding>> e : r.byClause().entrySet()) {
      List<Finding> open = e.getValue().stream().filter(f -> !f.verdict().passing()).toList();
      if (open.isEmpty()) {
        continue;
      }
      any = true;
      String id = e.getKey().value();
      b.add(new Block.Heading(3, "Clause " + id + " " + clauseTitles.getOrDefault(id, ""), "clause-" + id));
      List<List<String>> rows = new ArrayList<>();
      for (Finding f : open) {
        rows.add(List.of(verdict(f.verdict()), f.found(), f.expected(), f.remedy(),
            f.entities().stream().map(Object::toString).collect(Collectors.joining(", ")), f.key()));
      }
      b.add(new Block.Table(List.of("Verdict", "Found", "Expected", "Remedy", "Entities", "Check"), rows));
    }
    if (!any) {
      b.add(new Block.Para("No nonconformity and no observation."));
    }
  }

  static String verdict(Verdict v) {
    return switch (v) {
      case MAJOR_NC -> "Major nonconformity";
      case MINOR_NC -> "Minor nonconformity";
      case OBSERVATION -> "Observation";
      case CONFORMS -> "Conforms";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  private void soa(List<Block> b) {
    if (isms.statementOfApplicability().isEmpty()) {
      b.add(new Block.Para("There is no Statement of Applicability yet."));
      return;
    }
    var soa = isms.statementOfApplicability().get();
    b.add(new Block.Para("Version " + soa.version() + ", " + (soa.approved() ? "approved" : "not approved") + ", "
        + soa.entries().size() + " controls, " + soa.entries().stream().filter(SoaEntry::applicable).count()
        + " applicable."));
    Map<String, String> titles = new HashMap<>();
    for (CatalogControl c : Iso27001_2022.framework().controls()) {
      titles.put(c.id().value(), c.title());
    }
    isms.customControls().forEach(c -> titles.putIfAbsent(c.id().value(), c.title()));
    Map<String, ControlImplementation> impls = new HashMap<>();
    isms.controlImplementations().forEach(ci -> impls.putIfAbsent(ci.control().value(), ci));
    List<List<String>> rows = new ArrayList<>();
    for (SoaEntry e : soa.entries()) {
      String id = e.control().value();
      Optional<ControlImplementation> ci = Optional.ofNullable(impls.get(id));
      rows.add(List.of(id, titles.getOrDefault(id, ""), e.applicable() ? "Yes" : "No",
          e.reasons().stream().map(x -> word(x)).collect(Collectors.joining(", ")),
          ci.map(x -> word(x.status())).or(() -> e.implementationStatus().map(Report::word)).orElse(""),
          e.justification().orElse(""), e.risks().stream().map(x -> x.value()).collect(Collectors.joining(", "))));
    }
    b.add(new Block.Table(List.of("Control", "Title", "Applicable", "Reasons", "Implementation", "Justification",
        "Risks"), rows));
  }

  private static String word(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String person(PersonId id) {
    return isms.person(id).map(Person::name).orElse(id.value());
  }

  private static String level(Optional<RiskAssessment> a) {
    return a.map(x -> x.level().name() + " (" + number(x.score()) + ")").orElse("");
  }

  private static String number(double d) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
  }

  private void risks(List<Block> b) {
    b.add(new Block.Para(isms.risks().size() + " risks" + isms.riskCriteria().map(c -> "; criteria version "
        + c.version() + ", acceptable up to " + c.acceptanceLevel().name()).orElse("") + "."));
    for (Charts.Stage st : Charts.Stage.values()) {
      int[][] counts = Charts.heatMapCounts(isms.risks(), isms.riskCriteria(), st);
      List<String> head = new ArrayList<>();
      head.add("Likelihood \\ impact");
      for (int i = 1; i <= counts[0].length; i++) {
        head.add(Integer.toString(i));
      }
      List<List<String>> rows = new ArrayList<>();
      for (int l = counts.length; l >= 1; l--) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(l));
        for (int i = 1; i <= counts[0].length; i++) {
          int n = counts[l - 1][i - 1];
          row.add(n == 0 ? "" : Integer.toString(n));
        }
        rows.add(row);
      }
      b.add(new Block.Figure(st.label() + " risk: number of risks by likelihood and impact",
          Charts.heatMap(isms.risks(), isms.riskCriteria(), st), new Block.Table(head, rows)));
    }
    List<Charts.Curve> curves = new ArrayList<>(scenarios);
    portfolio.ifPresent(curves::add);
    if (!curves.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Charts.Curve c : curves) {
        for (var p : c.points()) {
          rows.add(List.of(c.name(), number((double) Math.round(p.amount())), number(100 * p.probability()) + "%"));
        }
      }
      b.add(new Block.Figure("FAIR loss exceedance: probability that the annual loss exceeds an amount",
          Charts.lossExceedance(curves, currency), new Block.Table(List.of("Curve", "Annual loss (" + currency
              + ")", "Probability of exceeding"), rows)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Risk r : isms.risks()) {
      rows.add(List.of(r.id().value(), r.title(), person(r.owner()), level(r.inherent()),
          r.decision().map(Report::word).orElse(""),
          r.treatment().map(t -> t.options().stream().map(Report::word).sorted().collect(Collectors.joining(", ")))
              .orElse(""), level(r.residual()),
          r.acceptance().map(a -> person(a.acceptedBy()) + ", " + a.acceptedOn()).orElse("")));
    }
    b.add(new Block.Table(List.of("Risk", "Title", "Owner", "Inherent", "Decision", "Treatment", "Residual",
        "Accepted"), rows));
  }

  private void treatments(List<Block> b) {
    List<List<String>> rows = new ArrayList<>();
    int open = 0;
    int overdue = 0;
    for (Risk r : isms.risks()) {
      if (r.treatment().isEmpty()) {
        continue;
      }
      Treatment t = r.treatment().get();
      int i = 0;
      for (TreatmentAction a : t.actions()) {
        i++;
        boolean late = a.overdue(asOf);
        open += a.progress().open() ? 1 : 0;
        overdue += late ? 1 : 0;
        rows.add(List.of(r.id().value() + " #" + i, r.title(), a.description(),
            a.control().map(c -> c.value()).orElse(""), person(a.owner()), a.dueDate().toString(),
            word(a.progress().status()) + a.progress().completedOn().map(d -> " " + d).orElse("")
                + (late ? " (overdue)" : "")));
      }
    }
    b.add(new Block.Para(rows.size() + " treatment actions, " + open + " open, " + overdue + " overdue as of " + asOf
        + "."));
    if (!rows.isEmpty()) {
      b.add(new Block.Table(List.of("Action", "Risk", "Action", "Control", "Owner", "Due", "Status"), rows));
    }
  }

  private void pdca(List<Block> b) {
    PdcaStatus s = pdca.status(isms, asOf);
    List<String> facts = new ArrayList<>();
    s.phase().ifPresent(p -> facts.add("Phase: " + p));
    s.cycle().ifPresent(c -> facts.add("Cycle: " + c));
    if (!facts.isEmpty()) {
      b.add(new Block.Para(String.join(". ", facts) + "."));
    }
    for (String n : s.notes()) {
      b.add(new Block.Para(n));
    }
    List<List<String>> rows = new ArrayList<>();
    for (DueItem d : s.due()) {
      rows.add(List.of(d.due().toString(), d.urgency().label(), d.what(),
          d.clause().map(ClauseId::value).orElse("")));
    }
    long over = s.due().stream().filter(d -> d.urgency() == DueItem.Urgency.OVERDUE).count();
    b.add(new Block.Para(s.due().size() + " items due, " + over + " overdue."));
    if (!rows.isEmpty()) {
      b.add(new Block.Table(List.of("Due", "Urgency", "What", "Clause"), rows));
    }
  }
}
