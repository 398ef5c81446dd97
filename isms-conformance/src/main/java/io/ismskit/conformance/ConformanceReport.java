package io.ismskit.conformance;

import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The result of one conformance check: the as-of date, the rule set, every finding (passing ones
 * included, so coverage shows per clause), findings per clause and per Annex A theme, counts by
 * verdict, what a certification decision needs and which of it is met, a "what to fix first" order
 * and a diff against an older report.
 *
 * <p>{@link #certificationDecision()} reports each {@link CertificationCriterion} as met or not, with
 * its evidence; {@link CertificationDecision#ready()} is true exactly when all are met (there is no
 * single "ready" flag apart from it: a host shows which criteria are met). Suppressed
 * findings are listed apart and do not count. Besides the rules' findings, the report holds the
 * checker's own: one blocking {@link Verdict#MAJOR_NC} finding of the pseudo-rule {@code
 * model-validity} per problem {@link io.ismskit.core.Isms#validate()} finds ({@link
 * #modelProblems()}), and a blocking {@code rule-error} finding for each rule that threw.
 *
 * @implSpec Immutable and thread-safe.
 */
public final class ConformanceReport {
  /** Orders findings by clause, then rule id, then severity (most severe first), then code. */
  static final Comparator<Finding> BY_CLAUSE = Comparator.comparing(Finding::clause)
      .thenComparing(Finding::ruleId)
      .thenComparing(f -> -f.verdict().severity())
      .thenComparing(Finding::code);

  /** Orders findings by severity, then clause, then the number of entities (more first), then key. */
  static final Comparator<Finding> FIX_FIRST = Comparator.<Finding>comparingInt(f -> -f.verdict().severity())
      .thenComparing(Finding::clause)
      .thenComparingInt(f -> -f.entities().size())
      .thenComparing(Finding::key);

  /**
   * The outcome of one rule.
   *
   * @param ruleId the rule
   * @param clauses its clauses
   * @param verdict the most severe verdict of its visible findings; {@link Verdict#CONFORMS} if all
   *     its findings are suppressed
   * @param suppressed how many of its findings are suppressed
   */
  public record RuleResult(String ruleId, List<ClauseId> clauses, Verdict verdict, int suppressed) {
    /** Copies the clauses. */
    public RuleResult {
      Objects.requireNonNull(ruleId, "ruleId");
      clauses = List.copyOf(clauses);
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  private final LocalDate asOf;
  private final String ruleSetId;
  private final String ruleSetVersion;
  private final List<Finding> findings;
  private final List<Finding> suppressed;
  private final List<RuleResult> rules;
  private final Map<String, RuleResult> rulesById;
  private final CertificationDecision decision;
  private final List<Problem> modelProblems;

  ConformanceReport(LocalDate asOf, String ruleSetId, String ruleSetVersion, List<Finding> findings,
      List<Finding> suppressed, List<RuleResult> rules, CertificationDecision decision, List<Problem> modelProblems) {
    this.asOf = asOf;
    this.decision = decision;
    this.modelProblems = List.copyOf(modelProblems);
    this.ruleSetId = ruleSetId;
    this.ruleSetVersion = ruleSetVersion;
    List<Finding> f = new ArrayList<>(findings);
    f.sort(BY_CLAUSE);
    this.findings = List.copyOf(f);
    List<Finding> s = new ArrayList<>(suppressed);
    s.sort(BY_CLAUSE);
    this.suppressed = List.copyOf(s);
    List<RuleResult> r = new ArrayList<>(rules);
    r.sort(Comparator.comparing((RuleResult x) -> x.clauses().get(0)).thenComparing(RuleResult::ruleId));
    this.rules = List.copyOf(r);
    Map<String, RuleResult> m = new LinkedHashMap<>();
    for (RuleResult x : this.rules) {
      m.put(x.ruleId(), x);
    }
    this.rulesById = Collections.unmodifiableMap(m);
  }

  /**
   * A report rebuilt from its parts, as a reader of a stored report (such as the ismskit format)
   * needs it; it equals the report those parts were taken from. The parts are checked against each
   * other as the checker made them: findings and suppressed findings are ordered as {@link
   * #findings()} orders them, rule results as {@link #rules()} does.
   *
   * @param asOf the date the ISMS was checked as of, within the {@linkplain
   *     io.ismskit.core.base.Dates supported range}
   * @param ruleSetId the id of the rule set, not blank
   * @param ruleSetVersion the version of the rule set, not blank
   * @param findings the visible findings ({@link #findings()})
   * @param suppressed the suppressed findings ({@link #suppressed()})
   * @param rules the outcome of each rule ({@link #rules()}): rule ids unique, each with at least
   *     one clause, the verdict the most severe of the rule's visible findings ({@link
   *     Verdict#CONFORMS} if none), the number of its suppressed findings
   * @param decision the certification decision ({@link #certificationDecision()}): every finding it
   *     names among {@code findings}, {@link CertificationCriterion#MODEL_VALID} met exactly when
   *     {@code modelProblems} is empty, {@link CertificationCriterion#NO_OPEN_MAJOR} met exactly when
   *     no visible finding is a {@link Verdict#MAJOR_NC}
   * @param modelProblems the problems of the model checked ({@link #modelProblems()})
   * @return the report
   * @throws io.ismskit.core.base.InvalidValueException (an {@code IllegalArgumentException}) with a
   *     {@link io.ismskit.core.base.ModelCode} problem of entity type {@code ConformanceReport} naming
   *     the first part that does not fit ({@code rules[3].verdict}, {@code
   *     certificationDecision[3].findings[0]})
   */
  public static ConformanceReport of(LocalDate asOf, String ruleSetId, String ruleSetVersion, List<Finding> findings,
      List<Finding> suppressed, List<RuleResult> rules, CertificationDecision decision, List<Problem> modelProblems) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(Dates.MIN) || asOf.isAfter(Dates.MAX)) {
      throw refused(ModelCode.DATE_UNSUPPORTED, "asOf", asOf, "must be within the supported dates " + Dates.MIN
          + " to " + Dates.MAX);
    }
    notBlank("ruleSetId", ruleSetId);
    notBlank("ruleSetVersion", ruleSetVersion);
    List<Finding> visible = List.copyOf(findings);
    List<Finding> hidden = List.copyOf(suppressed);
    List<RuleResult> results = List.copyOf(rules);
    Objects.requireNonNull(decision, "decision");
    List<Problem> problems = List.copyOf(modelProblems);
    Map<String, Verdict> worst = new HashMap<>();
    for (Finding f : visible) {
      worst.merge(f.ruleId(), f.verdict(), Verdict::worst);
    }
    Map<String, Integer> hiddenCounts = new HashMap<>();
    for (Finding f : hidden) {
      hiddenCounts.merge(f.ruleId(), 1, Integer::sum);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      RuleResult r = results.get(i);
      String at = "rules[" + i + "]";
      if (!ids.add(r.ruleId())) {
        throw refused(ModelCode.DUPLICATE, at + ".ruleId", r.ruleId(), "repeats the result of a rule");
      }
      if (r.clauses().isEmpty()) {
        throw refused(ModelCode.EMPTY, at + ".clauses", null, "must name at least one clause (rule " + r.ruleId()
            + ")");
      }
      Verdict expected = worst.getOrDefault(r.ruleId(), Verdict.CONFORMS);
      if (r.verdict() != expected) {
        throw refused(ModelCode.INCONSISTENT, at + ".verdict", r.verdict(), "is not the most severe verdict of the"
            + " rule's visible findings, " + expected + " (rule " + r.ruleId() + ")");
      }
      int count = hiddenCounts.getOrDefault(r.ruleId(), 0);
      if (r.suppressed() != count) {
        throw refused(ModelCode.INCONSISTENT, at + ".suppressed", r.suppressed(), "is not the number of the rule's"
            + " suppressed findings, " + count + " (rule " + r.ruleId() + ")");
      }
    }
    Set<Finding> shown = new HashSet<>(visible);
    List<CriterionResult> criteria = decision.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      CriterionResult c = criteria.get(i);
      for (int k = 0; k < c.findings().size(); k++) {
        Finding f = c.findings().get(k);
        if (!shown.contains(f)) {
          throw refused(ModelCode.INCONSISTENT, "certificationDecision[" + i + "].findings[" + k + "]", f.key(),
              "is not a visible finding of the report (criterion " + c.criterion() + ")");
        }
      }
    }
    if (decision.met(CertificationCriterion.MODEL_VALID) != problems.isEmpty()) {
      int modelValid = criteria.indexOf(decision.criterion(CertificationCriterion.MODEL_VALID));
      throw refused(ModelCode.INCONSISTENT, "certificationDecision[" + modelValid + "].met",
          decision.met(CertificationCriterion.MODEL_VALID),
          "must be met exactly when the report holds no model problem (it holds " + problems.size() + ")");
    }
    boolean major = visible.stream().anyMatch(f -> f.verdict() == Verdict.MAJOR_NC);
    int noMajor = criteria.indexOf(decision.criterion(CertificationCriterion.NO_OPEN_MAJOR));
    if (decision.met(CertificationCriterion.NO_OPEN_MAJOR) == major) {
      throw refused(ModelCode.INCONSISTENT, "certificationDecision[" + noMajor + "].met", !major,
          "must be met exactly when no visible finding is a major nonconformity");
    }
    return new ConformanceReport(asOf, ruleSetId, ruleSetVersion, visible, hidden, results, decision, problems);
  }

  private static void notBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw refused(ModelCode.BLANK, field, value, "must not be blank");
    }
  }

  private static InvalidValueException refused(ModelCode code, String field, @Nullable Object value, String reason) {
    return new InvalidValueException(Problem.of(code, "ConformanceReport", "", field, value, reason));
  }

  /** The date the ISMS was checked as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The id of the rule set used. */
  public String ruleSetId() {
    return ruleSetId;
  }

  /** The version of the rule set used. */
  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  /** Every visible finding, passing ones included, ordered by clause, rule, severity and code. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings hidden by a suppression in force, each with a note naming the suppression. */
  public List<Finding> suppressed() {
    return suppressed;
  }

  /** The outcome of each rule, ordered by clause and rule id. */
  public List<RuleResult> rules() {
    return rules;
  }

  /** The verdict of rule {@code ruleId}, if the rule set had it. */
  public Optional<Verdict> verdict(String ruleId) {
    return Optional.ofNullable(rulesById.get(ruleId)).map(RuleResult::verdict);
  }

  /** The verdict of every rule, by rule id, in clause order. */
  public Map<String, Verdict> verdictsByRule() {
    Map<String, Verdict> m = new LinkedHashMap<>();
    rules.forEach(r -> m.put(r.ruleId(), r.verdict()));
    return Collections.unmodifiableMap(m);
  }

  /** The visible findings of rule {@code ruleId}. */
  public List<Finding> findingsOf(String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The visible findings grouped by their first clause, in clause order. */
  public Map<ClauseId, List<Finding>> byClause() {
    Map<ClauseId, List<Finding>> m = new TreeMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.clause(), k -> new ArrayList<>()).add(f);
    }
    return freeze(m);
  }

  /**
   * The visible findings that name Annex A controls, grouped by Annex A theme, in theme order. A
   * finding naming controls of several themes appears under each.
   */
  public Map<Theme, List<Finding>> byTheme() {
    Map<Theme, List<Finding>> m = new EnumMap<>(Theme.class);
    for (Finding f : findings) {
      Set<Theme> themes = EnumSet.noneOf(Theme.class);
      for (ControlId c : f.controls()) {
        Theme.of(c).ifPresent(themes::add);
      }
      for (Theme t : themes) {
        m.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
      }
    }
    return freeze(m);
  }

  private static <K> Map<K, List<Finding>> freeze(Map<K, List<Finding>> m) {
    m.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(m);
  }

  /** The number of visible findings of each verdict; every verdict is a key. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      m.put(v, 0);
    }
    for (Finding f : findings) {
      m.merge(f.verdict(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The number of visible findings with verdict {@code v}. */
  public int count(Verdict v) {
    return counts().getOrDefault(v, 0);
  }

  /** Whether no visible finding is a nonconformity. */
  public boolean conforms() {
    return findings.stream().noneMatch(f -> f.verdict().nonconformity());
  }

  /**
   * What a certification decision needs, each {@link CertificationCriterion} reported as met or not
   * with its evidence.
   */
  public CertificationDecision certificationDecision() {
    return decision;
  }

  /**
   * The problems {@link io.ismskit.core.Isms#validate()} found in the model checked, each also a
   * blocking finding of the pseudo-rule {@code model-validity}; empty for a valid model.
   */
  public List<Problem> modelProblems() {
    return modelProblems;
  }

  /**
   * The visible {@link Verdict#MAJOR_NC} findings, in fix-first order: what stands between the ISMS
   * and {@link CertificationCriterion#NO_OPEN_MAJOR}.
   */
  public List<Finding> blockers() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.verdict() == Verdict.MAJOR_NC) {
        out.add(f);
      }
    }
    out.sort(FIX_FIRST);
    return List.copyOf(out);
  }

  /**
   * Every visible finding that needs action (nonconformities and observations), in the order to
   * work on them: most severe first; then by clause, since earlier clauses (context, leadership,
   * risk assessment) are what later ones build on; then the finding with the most entities at
   * fault first.
   */
  public List<Finding> fixFirst() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.verdict().passing()) {
        out.add(f);
      }
    }
    out.sort(FIX_FIRST);
    return List.copyOf(out);
  }

  /**
   * What changed from {@code older} to this report: new and resolved findings, findings whose
   * entities changed, and verdict changes per rule, better or worse.
   */
  public ReportDiff diff(ConformanceReport older) {
    Objects.requireNonNull(older, "older");
    return ReportDiff.between(older, this);
  }

  /**
   * Whether {@code o} is a report with equal parts: as-of date, rule set id and version, findings,
   * suppressed findings, rule results, certification decision and model problems. A report rebuilt
   * with {@link #of} from the parts of another equals it.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConformanceReport r)) {
      return false;
    }
    return asOf.equals(r.asOf) && ruleSetId.equals(r.ruleSetId) && ruleSetVersion.equals(r.ruleSetVersion)
        && findings.equals(r.findings) && suppressed.equals(r.suppressed) && rules.equals(r.rules)
        && decision.equals(r.decision) && modelProblems.equals(r.modelProblems);
  }

  /** A hash of the parts {@link #equals} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(asOf, ruleSetId, ruleSetVersion, findings, suppressed, rules, decision, modelProblems);
  }

  @Override
  public String toString() {
    return "ConformanceReport[" + ruleSetId + " " + ruleSetVersion + " as of " + asOf + ", " + counts()
        + ", " + decision + "]";
  }
}
