package io.ismskit.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The immutable {@link Framework} implementation behind {@link Framework#of}. */
final class CatalogFramework implements Framework {
  private final String id;
  private final String name;
  private final String version;
  private final List<Clause> clauses;
  private final Map<ClauseId, Clause> clauseById;
  private final List<Clause> requirementBearing;
  private final Map<ClauseId, List<Clause>> children;
  private final List<CatalogControl> controls;
  private final List<ControlId> controlIds;
  private final List<ClauseId> requirementClauseIds;
  private final Map<ControlId, CatalogControl> controlById;
  private final Map<Theme, List<CatalogControl>> byTheme;

  CatalogFramework(
      String id,
      String name,
      String version,
      Collection<Clause> clauses,
      Collection<CatalogControl> controls) {
    this.id = notBlank("id", id);
    this.name = notBlank("name", name);
    this.version = notBlank("version", version);
    Objects.requireNonNull(clauses, "clauses");
    Objects.requireNonNull(controls, "controls");

    List<Clause> sortedClauses = new ArrayList<>(clauses);
    sortedClauses.sort((a, b) -> a.id().compareTo(b.id()));
    this.clauses = List.copyOf(sortedClauses);
    Map<ClauseId, Clause> cById = new HashMap<>();
    for (Clause c : this.clauses) {
      if (cById.put(c.id(), c) != null) {
        throw new IllegalArgumentException("Framework.clauses: duplicate clause " + c.id());
      }
    }
    Map<ClauseId, List<Clause>> kids = new HashMap<>();
    for (Clause c : this.clauses) {
      Optional<ClauseId> parent = c.parent();
      if (parent.isPresent()) {
        if (!cById.containsKey(parent.get())) {
          throw new IllegalArgumentException(
              "Framework.clauses: parent " + parent.get() + " of clause " + c.id() + " is missing");
        }
        kids.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(c);
      }
    }
    this.clauseById = Map.copyOf(cById);
    Map<ClauseId, List<Clause>> frozenKids = new HashMap<>();
    kids.forEach((k, v) -> frozenKids.put(k, List.copyOf(v)));
    this.children = Map.copyOf(frozenKids);
    this.requirementBearing = this.clauses.stream().filter(Clause::requirementBearing).toList();
    this.requirementClauseIds = this.requirementBearing.stream().map(Clause::id).toList();

    this.controls = List.copyOf(controls);
    this.controlIds = this.controls.stream().map(CatalogControl::id).toList();
    Map<ControlId, CatalogControl> byId = new HashMap<>();
    Map<Theme, List<CatalogControl>> themes = new EnumMap<>(Theme.class);
    for (Theme t : Theme.values()) {
      themes.put(t, new ArrayList<>());
    }
    for (CatalogControl c : this.controls) {
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException("Framework.controls: duplicate control " + c.id());
      }
      Objects.requireNonNull(themes.get(c.theme())).add(c);
    }
    this.controlById = Map.copyOf(byId);
    Map<Theme, List<CatalogControl>> frozenThemes = new EnumMap<>(Theme.class);
    themes.forEach((k, v) -> frozenThemes.put(k, List.copyOf(v)));
    this.byTheme = frozenThemes;
  }

  private static String notBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException("Framework." + field + ": must not be blank");
    }
    return value;
  }

  @Override
  public List<ControlId> controlIds() {
    return controlIds;
  }

  @Override
  public List<ClauseId> requirementClauseIds() {
    return requirementClauseIds;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<Clause> clauses() {
    return clauses;
  }

  @Override
  public Optional<Clause> clause(ClauseId id) {
    return Optional.ofNullable(clauseById.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public List<Clause> requirementBearingClauses() {
    return requirementBearing;
  }

  @Override
  public List<Clause> subClauses(ClauseId parent) {
    return children.getOrDefault(Objects.requireNonNull(parent, "parent"), List.of());
  }

  @Override
  public List<CatalogControl> controls() {
    return controls;
  }

  @Override
  public Optional<CatalogControl> control(ControlId id) {
    return Optional.ofNullable(controlById.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public boolean contains(ControlId id) {
    return controlById.containsKey(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<CatalogControl> controlsByTheme(Theme theme) {
    return Objects.requireNonNull(byTheme.get(Objects.requireNonNull(theme, "theme")));
  }

  @Override
  public Optional<CatalogControl> controlByTitle(String title) {
    Objects.requireNonNull(title, "title");
    for (CatalogControl c : controls) {
      if (c.matchesTitle(title)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Framework["
        + id
        + ", "
        + clauses.size()
        + " clauses, "
        + controls.size()
        + " controls]";
  }
}
