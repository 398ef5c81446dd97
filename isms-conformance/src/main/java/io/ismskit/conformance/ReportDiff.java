package io.ismskit.conformance;

import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between an older and a newer {@link ConformanceReport}, for tracking trends.
 *
 * <p>Findings are matched by {@link Finding#key()} (rule id and check code). A finding is
 * <em>new</em> when it needs action now but did not before (absent or passing); <em>resolved</em>
 * when it needed action before but does not now. A finding present in both whose verdict or
 * entities differ is <em>changed</em>. Rules are compared by verdict.
 *
 * @param olderAsOf the as-of date of the older report
 * @param newerAsOf the as-of date of the newer report
 * @param newFindings findings that need action now and did not before
 * @param resolvedFindings findings that needed action before and do not now (as they were before)
 * @param changedFindings findings needing action in both reports whose verdict or entities differ
 * @param verdictChanges rules whose verdict changed, in clause order of the newer report
 * @param countDeltas for each verdict, the newer count minus the older count
 */
public record ReportDiff(
    LocalDate olderAsOf,
    LocalDate newerAsOf,
    List<Finding> newFindings,
    List<Finding> resolvedFindings,
    List<FindingChange> changedFindings,
    List<VerdictChange> verdictChanges,
    Map<Verdict, Integer> countDeltas) {

  /** Copies the collections. */
  public ReportDiff {
    Objects.requireNonNull(olderAsOf, "olderAsOf");
    Objects.requireNonNull(newerAsOf, "newerAsOf");
    newFindings = List.copyOf(newFindings);
    resolvedFindings = List.copyOf(resolvedFindings);
    changedFindings = List.copyOf(changedFindings);
    verdictChanges = List.copyOf(verdictChanges);
    countDeltas = Collections.unmodifiableMap(new EnumMap<>(countDeltas));
  }

  /**
   * A rule whose verdict changed.
   *
   * @param ruleId the rule
   * @param before its verdict in the older report; empty if the older rule set lacked the rule
   * @param after its verdict in the newer report; empty if the newer rule set lacks the rule
   */
  public record VerdictChange(String ruleId, java.util.Optional<Verdict> before, java.util.Optional<Verdict> after) {
    /** Requires all parts. */
    public VerdictChange {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /** Whether the rule got better: less severe now (a rule that appeared or disappeared is neither). */
    public boolean better() {
      return before.isPresent() && after.isPresent() && after.get().severity() < before.get().severity();
    }

    /** Whether the rule got worse: more severe now. */
    public boolean worse() {
      return before.isPresent() && after.isPresent() && after.get().severity() > before.get().severity();
    }
  }

  /**
   * A finding present in both reports whose verdict or entities differ.
   *
   * @param before the finding in the older report
   * @param after the finding in the newer report
   * @param addedEntities entities at fault now and not before
   * @param removedEntities entities at fault before and not now
   */
  public record FindingChange(Finding before, Finding after, Set<EntityRef> addedEntities,
      Set<EntityRef> removedEntities) {
    /** Copies the sets. */
    public FindingChange {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      addedEntities = Collections.unmodifiableSortedSet(new TreeSet<>(addedEntities));
      removedEntities = Collections.unmodifiableSortedSet(new TreeSet<>(removedEntities));
    }
  }

  static ReportDiff between(ConformanceReport older, ConformanceReport newer) {
    Map<String, Finding> before = actionable(older.findings());
    Map<String, Finding> after = actionable(newer.findings());
    List<Finding> added = new ArrayList<>();
    List<FindingChange> changed = new ArrayList<>();
    for (Map.Entry<String, Finding> e : after.entrySet()) {
      Finding old = before.get(e.getKey());
      Finding now = e.getValue();
      if (old == null) {
        added.add(now);
      } else if (old.verdict() != now.verdict() || !old.entities().equals(now.entities())) {
        Set<EntityRef> plus = new TreeSet<>(now.entities());
        plus.removeAll(old.entities());
        Set<EntityRef> minus = new TreeSet<>(old.entities());
        minus.removeAll(now.entities());
        changed.add(new FindingChange(old, now, plus, minus));
      }
    }
    List<Finding> resolved = new ArrayList<>();
    for (Map.Entry<String, Finding> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        resolved.add(e.getValue());
      }
    }
    added.sort(ConformanceReport.FIX_FIRST);
    resolved.sort(ConformanceReport.FIX_FIRST);
    Map<String, Verdict> vb = older.verdictsByRule();
    Map<String, Verdict> va = newer.verdictsByRule();
    List<VerdictChange> changes = new ArrayList<>();
    for (Map.Entry<String, Verdict> e : va.entrySet()) {
      Verdict b = vb.get(e.getKey());
      if (b != e.getValue()) {
        changes.add(new VerdictChange(e.getKey(), java.util.Optional.ofNullable(b), java.util.Optional.of(e.getValue())));
      }
    }
    for (Map.Entry<String, Verdict> e : vb.entrySet()) {
      if (!va.containsKey(e.getKey())) {
        changes.add(new VerdictChange(e.getKey(), java.util.Optional.of(e.getValue()), java.util.Optional.empty()));
      }
    }
    Map<Verdict, Integer> deltas = new EnumMap<>(Verdict.class);
    Map<Verdict, Integer> cb = older.counts();
    Map<Verdict, Integer> ca = newer.counts();
    for (Verdict v : Verdict.values()) {
      deltas.put(v, ca.getOrDefault(v, 0) - cb.getOrDefault(v, 0));
    }
    return new ReportDiff(older.asOf(), newer.asOf(), added, resolved, changed, changes, deltas);
  }

  private static Map<String, Finding> actionable(List<Finding> findings) {
    Map<String, Finding> m = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (!f.verdict().passing()) {
        m.putIfAbsent(f.key(), f);
      }
    }
    return m;
  }

  /** The rules that got better. */
  public List<VerdictChange> better() {
    return verdictChanges.stream().filter(VerdictChange::better).toList();
  }

  /** The rules that got worse. */
  public List<VerdictChange> worse() {
    return verdictChanges.stream().filter(VerdictChange::worse).toList();
  }

  /** Whether nothing changed. */
  public boolean unchanged() {
    return newFindings.isEmpty() && resolvedFindings.isEmpty() && changedFindings.isEmpty() && verdictChanges.isEmpty();
  }
}
