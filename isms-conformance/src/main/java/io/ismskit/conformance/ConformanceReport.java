package io.ismskit.conformance;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

  @Override
  public String toString() {
    return "ConformanceReport[" + ruleSetId + " " + ruleSetVersion + " as of " + asOf + ", " + counts()
        + ", " + decision + "]";
  }
}
