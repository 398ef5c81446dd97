package io.ismskit.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a certification decision needs, criterion by criterion, each reported as met or not with
 * its evidence: the model valid, the check complete, no open major nonconformity, every minor one
 * with a correction and a corrective-action plan, a complete internal audit and a management review
 * covering the whole ISMS, and the mandatory documented information present (see {@link
 * CertificationCriterion} for the precise statement of each).
 *
 * <pre>{@code
 * CertificationDecision decision = report.certificationDecision();
 * if (!decision.ready()) {
 *   decision.unmet().forEach(c -> System.out.println(c.criterion() + ": " + c.evidence()));
 * }
 * }</pre>
 *
 * @param criteria one result per {@link CertificationCriterion}, in the enum's order
 * @implSpec Immutable and thread-safe.
 */
public record CertificationDecision(List<CriterionResult> criteria) {
  /** Copies the results; requires exactly one per criterion, in the enum's order. */
  public CertificationDecision {
    criteria = List.copyOf(criteria);
    CertificationCriterion[] all = CertificationCriterion.values();
    if (criteria.size() != all.length) {
      throw new IllegalArgumentException("CertificationDecision.criteria: needs one result per criterion "
          + List.of(all) + ", had " + criteria.size());
    }
    for (int i = 0; i < all.length; i++) {
      if (criteria.get(i).criterion() != all[i]) {
        throw new IllegalArgumentException("CertificationDecision.criteria[" + i + "]: expected " + all[i]
            + ", was " + criteria.get(i).criterion());
      }
    }
  }

  /** Whether every criterion is met: the ISMS is ready for a certification decision. */
  public boolean ready() {
    for (CriterionResult c : criteria) {
      if (!c.met()) {
        return false;
      }
    }
    return true;
  }

  /** The result of {@code criterion}. */
  public CriterionResult criterion(CertificationCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    for (CriterionResult r : criteria) {
      if (r.criterion() == criterion) {
        return r;
      }
    }
    throw new IllegalStateException("no result for " + criterion); // the constructor requires one each
  }

  /** Whether {@code criterion} is met. */
  public boolean met(CertificationCriterion criterion) {
    return criterion(criterion).met();
  }

  /** The criteria not met, in the enum's order. */
  public List<CriterionResult> unmet() {
    List<CriterionResult> out = new ArrayList<>();
    for (CriterionResult c : criteria) {
      if (!c.met()) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Each criterion and whether it is met. */
  public Map<CertificationCriterion, Boolean> summary() {
    Map<CertificationCriterion, Boolean> m = new EnumMap<>(CertificationCriterion.class);
    criteria.forEach(c -> m.put(c.criterion(), c.met()));
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "CertificationDecision[" + (ready() ? "ready" : "not ready: " + unmet().stream()
        .map(c -> c.criterion().name()).toList()) + "]";
  }
}
