package io.ismskit.export.csv;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.InclusionReason;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.AcceptanceBasis;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * CSV (RFC 4180: comma separated, double quotes, CRLF line ends, one header row) of the risk
 * register, the Statement of Applicability, the findings of a conformance report and the corrective
 * actions; and import of the risk register and the SoA.
 *
 * <pre>{@code
 * Csv.riskRegister(isms, writer);
 * Validation<Seq<Problem>, List<Risk>> risks = Csv.readRiskRegister(reader);
 * }</pre>
 *
 * <p><b>Cells.</b> Lists are separated by {@code "; "}; dates are ISO ({@code 2026-03-31}); enum
 * values are lower case with hyphens ({@code partially-implemented}); scoring inputs are {@code
 * name=value} pairs, with {@code % ; =} inside names and values percent-encoded. An assessment's
 * likelihood and consequence (each a {@link ScaleValue} on its method's scale) are written as the
 * value, its label in parentheses and the scale, followed for an ordinal scale by its level labels:
 * {@code 3 (Possible) on 1..5: Rare; Unlikely; Possible; Likely; Almost certain}, or {@code 0.3
 * (0.3 loss events per year) on 0..∞} for a continuous one, with {@code % ( ) ; :} inside labels
 * percent-encoded. Callers write the
 * text as UTF-8 (a byte order mark before the header is accepted on import).
 *
 * <p><b>Spreadsheet safety.</b> A cell that starts with {@code = + - @}, a tab or a carriage return
 * (also after leading apostrophes) is written with an apostrophe in front, so that a spreadsheet
 * shows it as text and never runs it as a formula (CSV injection); import removes that apostrophe
 * again, so export and import are exact inverses.
 *
 * <p><b>Import.</b> The header must name every required column and no unknown one (in any order);
 * absent optional columns and empty cells are absent values. Every problem is gathered (syntax,
 * header, each bad cell with its row and column, duplicate ids, what the model's builders refuse)
 * and returned in the {@code Validation}; no exception leaves the method. Import reads the
 * entities only: cross references (owners, assets, controls) are checked by {@link Isms#validate()}
 * once the caller has put them into an ISMS. The register holds no treatment actions, treatment
 * plan links or assessment history (the ismskit JSON format carries everything).
 *
 * @implSpec Stateless and thread-safe; nothing here reads files, the clock or the environment.
 */
public final class Csv {
  /** The most data rows an import reads: {@value}. */
  public static final int MAX_ROWS = 1_000_000;

  /** The columns of the risk register, in the order they are written. */
  public static final List<String> RISK_COLUMNS = List.of("id", "title", "scenario", "owner", "identified_on",
      "category", "assets", "threat", "vulnerabilities", "risk_sources", "affects", "priority", "decision",
      "inherent_method", "inherent_method_version", "inherent_criteria_version", "inherent_inputs",
      "inherent_score", "inherent_normalized", "inherent_level", "inherent_likelihood", "inherent_consequence",
      "inherent_assessed_on", "inherent_assessed_by", "inherent_rationale", "treatment_options",
      "treatment_controls", "treatment_justification", "residual_method", "residual_method_version",
      "residual_criteria_version", "residual_inputs", "residual_score", "residual_normalized", "residual_level",
      "residual_likelihood", "residual_consequence", "residual_assessed_on", "residual_assessed_by",
      "residual_rationale", "accepted_by", "accepted_on", "acceptance_basis", "acceptance_authority",
      "acceptance_justification", "acceptance_valid_until");

  /** The columns of the Statement of Applicability, in the order they are written. */
  public static final List<String> SOA_COLUMNS = List.of("control", "title", "applicable", "reasons",
      "justification", "implementation_status", "risks", "requirements", "owner", "last_reviewed");

  /** The columns of the findings. */
  public static final List<String> FINDING_COLUMNS = List.of("clause", "verdict", "rule", "check", "clauses",
      "controls", "entities", "expected", "found", "remedy", "note");

  /** The columns of the corrective actions. */
  public static final List<String> CORRECTIVE_ACTION_COLUMNS = List.of("id", "nonconformity", "description",
      "owner", "due_date", "completed_on", "change", "reviewed_on", "reviewed_by", "effective", "review_notes");

  /** The columns of one assessment (inherent or residual) in the risk register. */
  private static final int ASSESSMENT_COLUMNS = 12;

  private static final Set<String> RISK_REQUIRED = Set.of("id", "title", "scenario", "owner", "identified_on");
  private static final Set<String> SOA_REQUIRED = Set.of("control", "applicable");

  private Csv() {}

  // ---------------------------------------------------------------------------------------------
  // export

  /**
   * Writes the risk register of {@code isms}, one row per risk in the model's order.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void riskRegister(Isms isms, Writer out) throws IOException {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = new ArrayList<>();
    for (Risk r : isms.risks()) {
      List<String> c = new ArrayList<>(RISK_COLUMNS.size());
      c.add(r.id().value());
      c.add(r.title());
      c.add(r.scenario());
      c.add(r.owner().value());
      c.add(r.identifiedOn().toString());
      c.add(r.category().orElse(""));
      c.add(Cells.list(r.assets()));
      c.add(r.threat().map(ThreatId::value).orElse(""));
      c.add(Cells.list(r.vulnerabilities()));
      c.add(Cells.list(r.riskSources()));
      c.add(Cells.list(r.affects().stream().map(Cells::word).toList()));
      c.add(r.priority().map(String::valueOf).orElse(""));
      c.add(r.decision().map(Cells::word).orElse(""));
      assessment(c, r.inherent());
      Optional<Treatment> t = r.treatment();
      c.add(t.map(x -> Cells.list(x.options().stream().map(Cells::word).toList())).orElse(""));
      c.add(t.map(x -> Cells.list(x.controls())).orElse(""));
      c.add(t.flatMap(Treatment::justification).orElse(""));
      assessment(c, r.residual());
      Optional<RiskAcceptance> a = r.acceptance();
      c.add(a.map(x -> x.acceptedBy().value()).orElse(""));
      c.add(a.map(x -> x.acceptedOn().toString()).orElse(""));
      c.add(a.map(x -> Cells.word(x.basis())).orElse(""));
      c.add(a.flatMap(RiskAcceptance::authority).map(RoleId::value).orElse(""));
      c.add(a.flatMap(RiskAcceptance::justification).orElse(""));
      c.add(a.flatMap(RiskAcceptance::validUntil).map(Object::toString).orElse(""));
      rows.add(c.toArray(String[]::new));
    }
    Table.write(out, RISK_COLUMNS, rows);
  }

  private static void assessment(List<String> c, Optional<RiskAssessment> a) {
    if (a.isEmpty()) {
      for (int i = 0; i < ASSESSMENT_COLUMNS; i++) {
        c.add("");
      }
      return;
    }
    RiskAssessment x = a.get();
    c.add(x.method().value());
    c.add(x.methodVersion());
    c.add(x.criteriaVersion().orElse(""));
    List<String> inputs = new ArrayList<>();
    x.inputs().forEach((k, v) -> inputs.add(encode(k) + "=" + encode(v)));
    c.add(String.join(Cells.LIST_SEPARATOR, inputs));
    c.add(Cells.number(x.score()));
    c.add(Cells.number(x.normalized()));
    c.add(x.level().name());
    c.add(x.likelihood().map(Cells::scale).orElse(""));
    c.add(x.consequence().map(Cells::scale).orElse(""));
    c.add(x.assessedOn().toString());
    c.add(x.assessedBy().map(PersonId::value).orElse(""));
    c.add(x.rationale().orElse(""));
  }

  private static String encode(String s) {
    return s.replace("%", "%25").replace(";", "%3B").replace("=", "%3D");
  }

  private static String decode(String s) {
    return s.replace("%3D", "=").replace("%3d", "=").replace("%3B", ";").replace("%3b", ";").replace("%25", "%");
  }

  /**
   * Writes the Statement of Applicability of {@code isms}, one row per entry, with each control's
   * catalog title; nothing but the header when the ISMS has no SoA.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void soa(Isms isms, Writer out) throws IOException {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(out, "out");
    Map<String, String> titles = titles(isms);
    List<String[]> rows = new ArrayList<>();
    for (SoaEntry e : isms.statementOfApplicability().map(s -> s.entries()).orElse(List.of())) {
      rows.add(new String[] {
          e.control().value(), titles.getOrDefault(e.control().value(), ""), e.applicable() ? "yes" : "no",
          Cells.list(e.reasons().stream().map(Cells::word).toList()), e.justification().orElse(""),
          e.implementationStatus().map(Cells::word).orElse(""), Cells.list(e.risks()), Cells.list(e.requirements()),
          e.owner().map(PersonId::value).orElse(""), e.lastReviewed().map(Object::toString).orElse("")});
    }
    Table.write(out, SOA_COLUMNS, rows);
  }

  static Map<String, String> titles(Isms isms) {
    Map<String, String> titles = new HashMap<>();
    for (CatalogControl c : Iso27001_2022.framework().controls()) {
      titles.put(c.id().value(), c.title());
    }
    isms.customControls().forEach(c -> titles.putIfAbsent(c.id().value(), c.title()));
    return titles;
  }

  /**
   * Writes the visible findings of {@code report}, by clause.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void findings(ConformanceReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = new ArrayList<>();
    for (Finding f : report.findings()) {
      rows.add(new String[] {
          f.clause().value(), Cells.word(f.verdict()), f.ruleId(), f.code(), Cells.list(f.clauses()),
          Cells.list(f.controls()), Cells.list(f.entities()), f.expected(), f.found(), f.remedy(),
          f.note().orElse("")});
    }
    Table.write(out, FINDING_COLUMNS, rows);
  }

  /**
   * Writes the corrective actions of {@code isms}.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void correctiveActions(Isms isms, Writer out) throws IOException {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = new ArrayList<>();
    for (CorrectiveAction a : isms.correctiveActions()) {
      var review = a.effectivenessReview();
      rows.add(new String[] {
          a.id().value(), a.nonconformity().value(), a.description(), a.owner().value(), a.dueDate().toString(),
          a.completedOn().map(Object::toString).orElse(""), a.change().map(x -> x.value()).orElse(""),
          review.map(r -> r.reviewedOn().toString()).orElse(""), review.map(r -> r.reviewedBy().value()).orElse(""),
          review.map(r -> r.effective() ? "yes" : "no").orElse(""), review.map(r -> r.notes()).orElse("")});
    }
    Table.write(out, CORRECTIVE_ACTION_COLUMNS, rows);
  }

  // ---------------------------------------------------------------------------------------------
  // import

  /**
   * Reads a risk register written by {@link #riskRegister(Isms, Writer)} (or by a spreadsheet with
   * its columns; {@code id, title, scenario, owner, identified_on} are required). An assessment is
   * read when any of its columns has a value, and then needs method, method version, score,
   * normalized score, level and date; a treatment when it has options; an acceptance when it has
   * {@code accepted_by}.
   *
   * @param in the CSV text; read to the end, not closed
   * @return the risks in row order, or every problem found (never an exception)
   */
  public static Validation<Seq<Problem>, List<Risk>> readRiskRegister(Reader in) {
    Objects.requireNonNull(in, "in");
    Table t = Table.read(in, "Risk", RISK_REQUIRED, new LinkedHashSet<>(RISK_COLUMNS));
    List<Problem> problems = new ArrayList<>(t.problems);
    List<Risk> risks = new ArrayList<>();
    if (problems.isEmpty()) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < t.rows.size(); i++) {
        String[] cells = t.rows.get(i);
        if (cells.length == 0) {
          continue;
        }
        Row row = new Row(t, cells, i, "id", problems);
        if (!row.id.isEmpty() && !ids.add(row.id)) {
          row.duplicate();
        }
        risk(row).ifPresent(risks::add);
      }
    }
    return problems.isEmpty() ? Validation.valid(List.copyOf(risks)) : Validation.invalid(Vector.ofAll(problems));
  }

  private static Optional<Risk> risk(Row row) {
    int before = row.problems.size();
    Optional<RiskId> id = row.parse("id", true, "a risk id", RiskId::of);
    String title = row.required("title");
    String scenario = row.required("scenario");
    Optional<PersonId> owner = row.parse("owner", true, "a person id", PersonId::of);
    Optional<java.time.LocalDate> identified = row.date("identified_on", true);
    Optional<String> category = row.text("category");
    List<AssetId> assets = row.list("assets", "an asset id", AssetId::of);
    Optional<ThreatId> threat = row.parse("threat", false, "a threat id", ThreatId::of);
    List<VulnerabilityId> vulns = row.list("vulnerabilities", "a vulnerability id", VulnerabilityId::of);
    List<String> sources = row.list("risk_sources", "a risk source", s -> s);
    Set<SecurityProperty> affects = row.words("affects", SecurityProperty.class);
    Optional<Integer> priority = row.parse("priority", false, "a whole number", Integer::valueOf);
    Optional<RiskDecision> decision = row.word("decision", false, RiskDecision.class);
    Optional<RiskAssessment> inherent = assessment(row, "inherent_");
    Set<TreatmentOption> options = row.words("treatment_options", TreatmentOption.class);
    List<ControlId> controls = row.list("treatment_controls", "a control id", ControlId::of);
    Optional<String> justification = row.text("treatment_justification");
    Optional<RiskAssessment> residual = assessment(row, "residual_");
    Optional<PersonId> acceptedBy = row.parse("accepted_by", false, "a person id", PersonId::of);
    Optional<java.time.LocalDate> acceptedOn = row.date("accepted_on", acceptedBy.isPresent());
    Optional<AcceptanceBasis> basis = row.word("acceptance_basis", false, AcceptanceBasis.class);
    Optional<RoleId> authority = row.parse("acceptance_authority", false, "a role id", RoleId::of);
    Optional<String> acceptanceWhy = row.text("acceptance_justification");
    Optional<java.time.LocalDate> validUntil = row.date("acceptance_valid_until", false);
    if (row.problems.size() > before || id.isEmpty() || owner.isEmpty() || identified.isEmpty()) {
      return Optional.empty();
    }
    try {
      Risk.Builder b = Risk.builder().id(id.get()).title(title).scenario(scenario).owner(owner.get())
          .identifiedOn(identified.get()).addAllAssets(assets).addAllVulnerabilities(vulns)
          .addAllRiskSources(sources).addAllAffects(affects);
      category.ifPresent(b::category);
      threat.ifPresent(b::threat);
      priority.ifPresent(b::priority);
      decision.ifPresent(b::decision);
      inherent.ifPresent(b::inherent);
      residual.ifPresent(b::residual);
      if (!options.isEmpty() || !controls.isEmpty() || justification.isPresent()) {
        Treatment.Builder tb = Treatment.builder().addAllOptions(options).addAllControls(controls);
        justification.ifPresent(tb::justification);
        b.treatment(tb.build());
      }
      if (acceptedBy.isPresent() && acceptedOn.isPresent()) {
        RiskAcceptance.Builder ab = RiskAcceptance.builder().acceptedBy(acceptedBy.get())
            .acceptedOn(acceptedOn.get());
        basis.ifPresent(ab::basis);
        authority.ifPresent(ab::authority);
        acceptanceWhy.ifPresent(ab::justification);
        validUntil.ifPresent(ab::validUntil);
        b.acceptance(ab.build());
      }
      return Optional.of(b.build());
    } catch (InvalidValueException e) {
      row.refused(e.problem());
      return Optional.empty();
    }
  }

  private static Optional<RiskAssessment> assessment(Row row, String p) {
    boolean any = false;
    for (String c : RISK_COLUMNS) {
      if (c.startsWith(p) && row.text(c).isPresent()) {
        any = true;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    int before = row.problems.size();
    Optional<MethodId> method = row.parse(p + "method", true, "a method id", MethodId::of);
    String version = row.required(p + "method_version");
    Optional<String> criteria = row.text(p + "criteria_version");
    TreeMap<String, String> inputs = new TreeMap<>();
    for (String pair : row.list(p + "inputs", "a name=value pair", s -> {
      if (s.indexOf('=') <= 0) {
        throw new IllegalArgumentException(s);
      }
      return s;
    })) {
      int eq = pair.indexOf('=');
      inputs.put(decode(pair.substring(0, eq).strip()), decode(pair.substring(eq + 1).strip()));
    }
    Optional<Double> score = row.number(p + "score", true);
    Optional<Double> normalized = row.number(p + "normalized", true);
    Optional<RiskLevel> level = row.parse(p + "level", true, "a risk level", RiskLevel::of);
    Optional<ScaleValue> likelihood = row.parse(p + "likelihood", false, Cells.SCALE_FORM, Cells::parseScale);
    Optional<ScaleValue> consequence = row.parse(p + "consequence", false, Cells.SCALE_FORM, Cells::parseScale);
    Optional<java.time.LocalDate> on = row.date(p + "assessed_on", true);
    Optional<PersonId> by = row.parse(p + "assessed_by", false, "a person id", PersonId::of);
    Optional<String> rationale = row.text(p + "rationale");
    if (row.problems.size() > before || method.isEmpty() || score.isEmpty() || normalized.isEmpty()
        || level.isEmpty() || on.isEmpty()) {
      return Optional.empty();
    }
    try {
      RiskAssessment.Builder b = RiskAssessment.builder().method(method.get()).methodVersion(version)
          .putAllInputs(inputs).score(score.get()).normalized(normalized.get()).level(level.get())
          .assessedOn(on.get());
      criteria.ifPresent(b::criteriaVersion);
      likelihood.ifPresent(b::likelihood);
      consequence.ifPresent(b::consequence);
      by.ifPresent(b::assessedBy);
      rationale.ifPresent(b::rationale);
      return Optional.of(b.build());
    } catch (InvalidValueException e) {
      row.refused(e.problem().within("RiskAssessment", "", p));
      return Optional.empty();
    }
  }

  /**
   * Reads the entries of a Statement of Applicability written by {@link #soa(Isms, Writer)} (or by a
   * spreadsheet with its columns; {@code control} and {@code applicable} are required, {@code title}
   * is ignored). Put them into an SoA with {@code StatementOfApplicability.builder()}.
   *
   * @param in the CSV text; read to the end, not closed
   * @return the entries in row order, or every problem found (never an exception)
   */
  public static Validation<Seq<Problem>, List<SoaEntry>> readSoa(Reader in) {
    Objects.requireNonNull(in, "in");
    Table t = Table.read(in, "SoaEntry", SOA_REQUIRED, new LinkedHashSet<>(SOA_COLUMNS));
    List<Problem> problems = new ArrayList<>(t.problems);
    List<SoaEntry> entries = new ArrayList<>();
    if (problems.isEmpty()) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < t.rows.size(); i++) {
        String[] cells = t.rows.get(i);
        if (cells.length == 0) {
          continue;
        }
        Row row = new Row(t, cells, i, "control", problems);
        if (!row.id.isEmpty() && !ids.add(row.id)) {
          row.duplicate();
        }
        int before = problems.size();
        Optional<ControlId> control = row.parse("control", true, "a control id", ControlId::of);
        Optional<Boolean> applicable = row.bool("applicable", true);
        Set<InclusionReason> reasons = row.words("reasons", InclusionReason.class);
        Optional<String> justification = row.text("justification");
        Optional<ImplementationStatus> status = row.word("implementation_status", false,
            ImplementationStatus.class);
        List<RiskId> risks = row.list("risks", "a risk id", RiskId::of);
        List<RequirementId> requirements = row.list("requirements", "a requirement id", RequirementId::of);
        Optional<PersonId> owner = row.parse("owner", false, "a person id", PersonId::of);
        Optional<java.time.LocalDate> reviewed = row.date("last_reviewed", false);
        if (problems.size() > before || control.isEmpty() || applicable.isEmpty()) {
          continue;
        }
        try {
          SoaEntry.Builder b = SoaEntry.builder().control(control.get()).applicable(applicable.get())
              .addAllReasons(reasons).addAllRisks(risks).addAllRequirements(requirements);
          justification.ifPresent(b::justification);
          status.ifPresent(b::implementationStatus);
          owner.ifPresent(b::owner);
          reviewed.ifPresent(b::lastReviewed);
          entries.add(b.build());
        } catch (InvalidValueException e) {
          row.refused(e.problem());
        }
      }
    }
    return problems.isEmpty() ? Validation.valid(List.copyOf(entries)) : Validation.invalid(Vector.ofAll(problems));
  }
}
