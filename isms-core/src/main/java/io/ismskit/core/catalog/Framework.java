package io.ismskit.core.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A control framework: the requirement clauses of a management-system standard and its catalog of
 * controls. The built-in instance is {@link Iso27001_2022#framework()}; further frameworks (sector
 * catalogs, later editions) can be created with {@link #of(String, String, String, Collection,
 * Collection)} or by implementing this interface.
 *
 * <p>Lists are unmodifiable; clauses are in numeric order ({@code 4, 4.1, ..., 9.3.3, 10, 10.1})
 * and controls in catalog order ({@code A.5.1, A.5.2, ..., A.5.37, A.6.1, ...}). Lookups of unknown
 * ids return an empty {@code Optional}, never throw.
 *
 * @implSpec Implementations must be immutable, thread-safe and deterministic.
 */
public interface Framework {

  /** The stable machine id, such as {@code "iso27001:2022"}. */
  String id();

  /** The human-readable name, such as {@code "ISO/IEC 27001"}. */
  String name();

  /** The edition or version, such as {@code "2022"}. */
  String version();

  /** Every clause, intermediate heading and sub-clause, in numeric order. */
  List<Clause> clauses();

  /** The clause with the given id, or empty if the framework has none. */
  Optional<Clause> clause(ClauseId id);

  /**
   * The clauses that carry requirements of their own (leaves such as {@code 6.1.2}), in numeric
   * order; top-level clauses and intermediate headings are left out.
   */
  List<Clause> requirementBearingClauses();

  /** The direct sub-clauses of {@code parent} in numeric order; empty for a leaf or unknown id. */
  List<Clause> subClauses(ClauseId parent);

  /** Every control, in catalog order. */
  List<CatalogControl> controls();

  /** The control with the given id, or empty if the framework has none. */
  Optional<CatalogControl> control(ControlId id);

  /** The ids of every control, in catalog order. */
  default List<ControlId> controlIds() {
    return controls().stream().map(CatalogControl::id).toList();
  }

  /** The ids of the {@link #requirementBearingClauses() requirement-bearing clauses}, in numeric order. */
  default List<ClauseId> requirementClauseIds() {
    return requirementBearingClauses().stream().map(Clause::id).toList();
  }

  /** Whether the framework has a control with the given id. */
  default boolean contains(ControlId id) {
    return control(id).isPresent();
  }

  /** The controls of one theme, in catalog order; empty if the framework has none in it. */
  List<CatalogControl> controlsByTheme(Theme theme);

  /**
   * The first control, in catalog order, whose title or an alias equals {@code title} (ignoring
   * case and white-space differences), or empty if there is none.
   */
  Optional<CatalogControl> controlByTitle(String title);

  /**
   * A framework holding the given clauses and controls. Clauses are sorted numerically; controls
   * keep the given order.
   *
   * @param id the stable machine id, not blank
   * @param name the human-readable name, not blank
   * @param version the edition or version, not blank
   * @param clauses the clauses, unique by id; every non-top-level clause's parent must be present
   * @param controls the controls, unique by id
   * @return an immutable framework
   * @throws IllegalArgumentException if a text is blank, an id repeats or a parent clause is
   *     missing
   */
  static Framework of(
      String id,
      String name,
      String version,
      Collection<Clause> clauses,
      Collection<CatalogControl> controls) {
    return new CatalogFramework(id, name, version, clauses, controls);
  }
}
