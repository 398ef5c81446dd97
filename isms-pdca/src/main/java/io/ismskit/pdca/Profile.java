package io.ismskit.pdca;

import io.ismskit.conformance.Verdict;
import io.ismskit.core.base.Checks;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The intervals and thresholds the gates of the cycle apply. Every profile asks for the same
 * requirements — the same criteria in every gate, grounded in the same clauses — and differs only
 * in how much is enough and how long things may take.
 *
 * <ul>
 *   <li>{@link #strict()} (the default): every conformance nonconformity in a gate's clauses blocks;
 *       the whole treatment plan due by then is done; every metric measured and evaluated; the
 *       evidence of CHECK (measurements, internal audit, management review) from the current cycle;
 *       any change touching the plan re-planned; {@link NonconformityPolicy#STRICT} periods.
 *   <li>{@link #lean()}, for an organization of about ten people: see each attribute for what it
 *       relaxes and why.
 *   <li>a custom profile: either one with some attributes changed ({@code
 *       Profile.strict().named("acme").withTreatmentCompletion(0.9)}).
 * </ul>
 *
 * @param name the profile's name
 * @param blocking the conformance verdicts that block a gate when found in its clauses. Strict:
 *     major and minor nonconformities. Lean: major only — a small team fixes an isolated lapse
 *     through the nonconformity process (10.2) while the cycle goes on, and the finding stays in the
 *     conformance report; a requirement not met at all still blocks
 * @param treatmentCompletion the share (0..1) of the treatment actions due by the end of DO that
 *     must be done to leave DO (8.3). Strict: 1.0. Lean: 0.8 — in a ten-person company one late
 *     action is a large share of a short plan, and is carried over instead of holding the cycle
 * @param metricCoverage the share (0..1) of metrics that must have an evaluated measurement in the
 *     evidence window to leave CHECK (9.1). Strict: 1.0. Lean: 0.75 — the key metrics are measured
 *     every cycle, the rest may lag one
 * @param evidenceWindow how far back an internal audit, a management review, a measurement or an
 *     improvement may lie and still count for CHECK and ACT; empty for "since the current cycle
 *     started". Strict: empty. Lean: 15 months — a small organization often holds its audit or
 *     review just before the cycle's formal start, and an annual rhythm with three months' slack is
 *     what certification bodies accept
 * @param changeRule which recorded changes send the cycle back to PLAN. Strict: {@link
 *     ChangeRule#SIGNIFICANT_OR_AFFECTING_PLAN}. Lean: {@link ChangeRule#SIGNIFICANT_ONLY} — every
 *     change touches some asset in a small company; only significant ones are worth a re-plan
 * @param nonconformities the periods of the nonconformity life cycle: {@link
 *     NonconformityPolicy#STRICT} or {@link NonconformityPolicy#LEAN}
 * @implSpec This class is immutable and thread-safe.
 */
public record Profile(String name, Set<Verdict> blocking, double treatmentCompletion, double metricCoverage,
    Optional<Period> evidenceWindow, ChangeRule changeRule, NonconformityPolicy nonconformities) {

  private static final Profile STRICT = new Profile("strict", EnumSet.of(Verdict.MAJOR_NC, Verdict.MINOR_NC), 1.0,
      1.0, Optional.empty(), ChangeRule.SIGNIFICANT_OR_AFFECTING_PLAN, NonconformityPolicy.STRICT);

  private static final Profile LEAN = new Profile("lean", EnumSet.of(Verdict.MAJOR_NC), 0.8, 0.75,
      Optional.of(Period.ofMonths(15)), ChangeRule.SIGNIFICANT_ONLY, NonconformityPolicy.LEAN);

  /** Checks the parts; copies {@code blocking} into an ordered set. */
  public Profile {
    String t = "Profile";
    Checks.notBlank(t, "name", name);
    Objects.requireNonNull(blocking, "Profile.blocking: must not be null");
    blocking = blocking.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(blocking));
    Checks.consistent(blocking.stream().allMatch(Verdict::nonconformity), t, "blocking", blocking,
        "may hold only MAJOR_NC and MINOR_NC: other verdicts are not nonconformities");
    Checks.range(t, "treatmentCompletion", treatmentCompletion, 0.0, 1.0);
    Checks.range(t, "metricCoverage", metricCoverage, 0.0, 1.0);
    Objects.requireNonNull(evidenceWindow, "Profile.evidenceWindow: must not be null");
    Checks.positive(t, "evidenceWindow", evidenceWindow);
    Objects.requireNonNull(changeRule, "Profile.changeRule: must not be null");
    Objects.requireNonNull(nonconformities, "Profile.nonconformities: must not be null");
  }

  /** The default profile; see the class comment. */
  public static Profile strict() {
    return STRICT;
  }

  /** The profile for a small organization; see each attribute for what it relaxes and why. */
  public static Profile lean() {
    return LEAN;
  }

  /** This profile under another name, to derive a custom one. */
  public Profile named(String newName) {
    return new Profile(newName, blocking, treatmentCompletion, metricCoverage, evidenceWindow, changeRule,
        nonconformities);
  }

  /** This profile with other blocking verdicts. */
  public Profile withBlocking(Set<Verdict> verdicts) {
    return new Profile(name, verdicts, treatmentCompletion, metricCoverage, evidenceWindow, changeRule,
        nonconformities);
  }

  /** This profile with another treatment completion threshold. */
  public Profile withTreatmentCompletion(double share) {
    return new Profile(name, blocking, share, metricCoverage, evidenceWindow, changeRule, nonconformities);
  }

  /** This profile with another metric coverage threshold. */
  public Profile withMetricCoverage(double share) {
    return new Profile(name, blocking, treatmentCompletion, share, evidenceWindow, changeRule, nonconformities);
  }

  /** This profile with another evidence window; empty for the current cycle. */
  public Profile withEvidenceWindow(Optional<Period> window) {
    return new Profile(name, blocking, treatmentCompletion, metricCoverage, window, changeRule, nonconformities);
  }

  /** This profile with another change rule. */
  public Profile withChangeRule(ChangeRule rule) {
    return new Profile(name, blocking, treatmentCompletion, metricCoverage, evidenceWindow, rule, nonconformities);
  }

  /** This profile with other nonconformity periods. */
  public Profile withNonconformities(NonconformityPolicy policy) {
    return new Profile(name, blocking, treatmentCompletion, metricCoverage, evidenceWindow, changeRule, policy);
  }
}
