package io.ismskit.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An immutable set of conformance rules with its id and version, re-gradings of rule severities,
 * suppressions and the {@link Grading} policy.
 *
 * <p>{@link #iso27001_2022()} is the default set: every rule found by {@link ServiceLoader} on the
 * class loader of this library whose {@link ConformanceRule#framework()} is {@value #ISO27001_2022}.
 * User sets derive from it (or from {@link #of}) and are new values: {@link #withRule}, {@link
 * #withoutRule}, {@link #regrade}, {@link #withSuppression}, {@link #withGrading}, {@link #named}.
 * A derived set keeps the id and version of its base until {@link #named} gives it its own.
 *
 * <p>Discovery fails fast: two rules with one id is an {@link IllegalArgumentException} naming both
 * classes.
 *
 * @implSpec Immutable and thread-safe.
 */
public final class RuleSet {
  /** The id of the default rule set and the framework of the built-in rules. */
  public static final String ISO27001_2022 = "iso27001:2022";

  /** The version of the default rule set. */
  public static final String DEFAULT_VERSION = "1.0";

  private final String id;
  private final String version;
  private final Map<String, ConformanceRule> rules;
  private final Map<String, Verdict> regrades;
  private final List<Suppression> suppressions;
  private final Grading grading;

  private RuleSet(String id, String version, Map<String, ConformanceRule> rules, Map<String, Verdict> regrades,
      List<Suppression> suppressions, Grading grading) {
    this.id = id;
    this.version = version;
    this.rules = Collections.unmodifiableMap(rules);
    this.regrades = Collections.unmodifiableMap(regrades);
    this.suppressions = List.copyOf(suppressions);
    this.grading = grading;
  }

  private static final class Default {
    static final RuleSet INSTANCE = build();

    private static RuleSet build() {
      List<ConformanceRule> builtIn = new ArrayList<>();
      for (ConformanceRule r : discover(RuleSet.class.getClassLoader())) {
        if (ISO27001_2022.equals(r.framework())) {
          builtIn.add(r);
        }
      }
      return of(ISO27001_2022, DEFAULT_VERSION, builtIn);
    }
  }

  /** The default rule set {@value #ISO27001_2022}, version {@value #DEFAULT_VERSION}: the built-in rules. */
  public static RuleSet iso27001_2022() {
    return Default.INSTANCE;
  }

  /**
   * Every rule registered with {@link ServiceLoader} that {@code loader} can see, built-in and
   * third-party, in discovery order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static List<ConformanceRule> discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Map<String, ConformanceRule> found = new LinkedHashMap<>();
    for (ConformanceRule r : ServiceLoader.load(ConformanceRule.class, loader)) {
      put(found, r);
    }
    return List.copyOf(found.values());
  }

  /**
   * A rule set of every rule {@code loader} can discover, built-in and third-party.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet installed(String id, String version, ClassLoader loader) {
    return of(id, version, discover(loader));
  }

  /**
   * A rule set of exactly {@code rules}, with the default grading, no re-grading and no suppression.
   *
   * @throws IllegalArgumentException if two rules share an id, or id or version is blank
   */
  public static RuleSet of(String id, String version, List<? extends ConformanceRule> rules) {
    checkName(id, version);
    Map<String, ConformanceRule> m = new LinkedHashMap<>();
    for (ConformanceRule r : rules) {
      put(m, r);
    }
    return new RuleSet(id, version, m, new TreeMap<>(), List.of(), Grading.DEFAULT);
  }

  private static void checkName(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("RuleSet: id and version must not be blank, were '" + id + "', '" + version + "'");
    }
  }

  private static void put(Map<String, ConformanceRule> m, ConformanceRule r) {
    Objects.requireNonNull(r, "rule");
    ConformanceRule old = m.putIfAbsent(r.id(), r);
    if (old != null) {
      throw new IllegalArgumentException("RuleSet: duplicate rule id '" + r.id() + "' from "
          + old.getClass().getName() + " and " + r.getClass().getName());
    }
  }

  /** The id, such as {@value #ISO27001_2022}. */
  public String id() {
    return id;
  }

  /** The version. */
  public String version() {
    return version;
  }

  /** The rules, in registration order. */
  public List<ConformanceRule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with {@code ruleId}, if the set has it. */
  public Optional<ConformanceRule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /** The re-graded rules: rule id to the verdict that replaces their non-passing verdicts. */
  public Map<String, Verdict> regrades() {
    return regrades;
  }

  /** The suppressions. */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /** The grading policy. */
  public Grading grading() {
    return grading;
  }

  /** This set, renamed to {@code newId} and {@code newVersion}. */
  public RuleSet named(String newId, String newVersion) {
    checkName(newId, newVersion);
    return new RuleSet(newId, newVersion, new LinkedHashMap<>(rules), new TreeMap<>(regrades), suppressions, grading);
  }

  /**
   * This set plus {@code rule}.
   *
   * @throws IllegalArgumentException if the set already has a rule with that id
   */
  public RuleSet withRule(ConformanceRule rule) {
    Map<String, ConformanceRule> m = new LinkedHashMap<>(rules);
    put(m, rule);
    return new RuleSet(id, version, m, new TreeMap<>(regrades), suppressions, grading);
  }

  /**
   * This set without rule {@code ruleId}, its re-grading and its suppressions.
   *
   * @throws IllegalArgumentException if the set has no such rule
   */
  public RuleSet withoutRule(String ruleId) {
    require(ruleId);
    Map<String, ConformanceRule> m = new LinkedHashMap<>(rules);
    m.remove(ruleId);
    Map<String, Verdict> g = new TreeMap<>(regrades);
    g.remove(ruleId);
    List<Suppression> s = new ArrayList<>();
    for (Suppression x : suppressions) {
      if (!x.ruleId().equals(ruleId)) {
        s.add(x);
      }
    }
    return new RuleSet(id, version, m, g, s, grading);
  }

  /**
   * This set with every non-passing verdict of rule {@code ruleId} replaced by {@code verdict}
   * (for example a {@link Verdict#MAJOR_NC} lowered to {@link Verdict#MINOR_NC}, or a lapse raised
   * to major). Passing verdicts stay as they are.
   *
   * @throws IllegalArgumentException if the set has no such rule, or {@code verdict} is passing
   */
  public RuleSet regrade(String ruleId, Verdict verdict) {
    require(ruleId);
    Objects.requireNonNull(verdict, "verdict");
    if (verdict.passing()) {
      throw new IllegalArgumentException("RuleSet.regrade: '" + ruleId + "' can only be re-graded to MAJOR_NC, "
          + "MINOR_NC or OBSERVATION, was " + verdict + "; use a suppression to hide findings");
    }
    Map<String, Verdict> g = new TreeMap<>(regrades);
    g.put(ruleId, verdict);
    return new RuleSet(id, version, new LinkedHashMap<>(rules), g, suppressions, grading);
  }

  /**
   * This set plus {@code suppression}.
   *
   * @throws IllegalArgumentException if the set has no rule {@code suppression.ruleId()}
   */
  public RuleSet withSuppression(Suppression suppression) {
    Objects.requireNonNull(suppression, "suppression");
    require(suppression.ruleId());
    List<Suppression> s = new ArrayList<>(suppressions);
    s.add(suppression);
    return new RuleSet(id, version, new LinkedHashMap<>(rules), new TreeMap<>(regrades), s, grading);
  }

  /** This set with grading policy {@code g}. */
  public RuleSet withGrading(Grading g) {
    Objects.requireNonNull(g, "g");
    return new RuleSet(id, version, new LinkedHashMap<>(rules), new TreeMap<>(regrades), suppressions, g);
  }

  private void require(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!rules.containsKey(ruleId)) {
      throw new IllegalArgumentException("RuleSet " + id + ": no rule '" + ruleId + "'");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet r && id.equals(r.id) && version.equals(r.version)
        && rules.keySet().equals(r.rules.keySet()) && List.copyOf(rules.keySet()).equals(List.copyOf(r.rules.keySet()))
        && regrades.equals(r.regrades) && suppressions.equals(r.suppressions) && grading.equals(r.grading);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, rules.keySet(), regrades, suppressions, grading);
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + " " + version + ", " + rules.size() + " rules, " + regrades.size() + " re-graded, "
        + suppressions.size() + " suppressions, " + grading + "]";
  }
}
