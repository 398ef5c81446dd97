package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Helpers for the per-rule tests: a fixed conformant ISMS, the rule evaluated on its own, and
 * assertions on the exact finding (rule, code, verdict, clause, entities).
 */
final class RuleTesting {
  static final LocalDate A = ConformantIsms.AS_OF;

  /** The conformant model every per-rule test starts from (seed 1: 12 assets, 24 risks, 4 NCs). */
  static final Isms BASE = ConformantIsms.small(1);

  private RuleTesting() {}

  static ConformanceRule rule(String id) {
    return RuleSet.iso27001_2022().rule(id).orElseThrow(() -> new AssertionError("no rule " + id));
  }

  /** The findings of rule {@code id} evaluated on its own over {@code isms} as of {@link #A}. */
  static List<Finding> findings(String id, Isms isms) {
    return findings(id, isms, A);
  }

  static List<Finding> findings(String id, Isms isms, LocalDate asOf) {
    assertThat(isms.validate().isValid()).as("the model of the test is valid").isTrue();
    return rule(id).evaluate(IsmsIndex.of(isms, asOf), Grading.DEFAULT);
  }

  /** Asserts that rule {@code id} gives exactly one finding on {@code isms}, with verdict {@code v}. */
  static Finding single(String id, Isms isms, Verdict v) {
    List<Finding> fs = findings(id, isms);
    assertThat(fs).as("findings of %s", id).hasSize(1);
    Finding f = fs.get(0);
    assertThat(f.verdict()).as("%s: %s", id, f).isEqualTo(v);
    return f;
  }

  /** Asserts that rule {@code id} conforms on {@link #BASE}. */
  static void conforms(String id) {
    conforms(id, BASE);
  }

  static void conforms(String id, Isms isms) {
    Finding f = single(id, isms, Verdict.CONFORMS);
    assertThat(f.ruleId()).isEqualTo(id);
    assertThat(f.found()).isNotBlank();
  }

  /**
   * Asserts that among the findings of rule {@code id} on {@code isms} there is exactly one with
   * {@code code}, that it has verdict {@code v}, first clause {@code clause} and exactly the
   * entities {@code entities}, in any order; returns it.
   */
  static Finding finding(Isms isms, String id, String code, Verdict v, String clause, Object... entities) {
    return finding(isms, A, id, code, v, clause, entities);
  }

  /** {@link #finding(Isms, String, String, Verdict, String, Object...)} as of {@code asOf}. */
  static Finding finding(Isms isms, LocalDate asOf, String id, String code, Verdict v, String clause,
      Object... entities) {
    List<Finding> fs = findings(id, isms, asOf);
    List<Finding> withCode = fs.stream().filter(f -> f.code().equals(code)).toList();
    assertThat(withCode).as("findings of %s with code %s among %s", id, code, fs).hasSize(1);
    Finding f = withCode.get(0);
    assertThat(f.ruleId()).isEqualTo(id);
    assertThat(f.verdict()).as("%s", f).isEqualTo(v);
    assertThat(f.clause()).isEqualTo(ClauseId.of(clause));
    assertThat(f.entities()).as("%s", f).containsExactlyInAnyOrderElementsOf(refs(entities));
    assertThat(f.expected()).isNotBlank();
    assertThat(f.found()).isNotBlank();
    if (!v.passing()) {
      assertThat(f.remedy()).isNotBlank();
    }
    return f;
  }

  /** Asserts that rule {@code id} gives exactly one finding on {@code isms}: not applicable. */
  static Finding notApplicable(String id, Isms isms) {
    return single(id, isms, Verdict.NOT_APPLICABLE);
  }

  /** The verdicts of rule {@code id} on {@code isms}, one per finding. */
  static List<Verdict> verdicts(String id, Isms isms) {
    return findings(id, isms).stream().map(Finding::verdict).toList();
  }

  /** Asserts that rule {@code id} gives no finding with {@code code} on {@code isms}. */
  static void noFinding(Isms isms, String id, String code) {
    assertThat(findings(id, isms)).extracting(Finding::code).doesNotContain(code);
  }

  static List<EntityRef> refs(Object... ids) {
    List<EntityRef> out = new ArrayList<>();
    for (Object o : ids) {
      out.add(o instanceof EntityRef e ? e : EntityRef.of((EntityId) o));
    }
    return out;
  }

  /** {@code items} with each element matching {@code p} replaced by {@code f} of it. */
  static <T> List<T> map(List<T> items, Predicate<? super T> p, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(p.test(t) ? f.apply(t) : t);
    }
    return out;
  }

  /** {@code items} plus {@code x}. */
  static <T> List<T> plus(List<T> items, T x) {
    List<T> out = new ArrayList<>(items);
    out.add(x);
    return out;
  }
}
