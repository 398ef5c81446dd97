package io.ismskit.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete correspondence between ISO/IEC 27001:2013 and ISO/IEC 27001:2022: all 114 Annex A
 * controls of 2013 in their 14 domains with the 2022 control(s) each maps to (ISO/IEC 27002:2022
 * Table B.2), and the clause-level mapping of clauses 4 to 10.
 *
 * <p>Every 2013 control maps to at least one 2022 control; only {@code A.18.2.3} (technical
 * compliance review) maps to two, {@code A.5.36} and {@code A.8.8}. Of the 93 controls of 2022, 58
 * succeed exactly one 2013 control, 24 merge several and 11 are new.
 *
 * <p>Clause level: identical numbering except that 2013's 9.2 became 9.2.1 and 9.2.2, 9.3 became
 * 9.3.1 to 9.3.3, 10.1 and 10.2 swapped, and 6.3 is new. The 2022 headings 9.2 and 9.3 carry no
 * requirement of their own, so no 2013 clause maps onto them.
 *
 * <p>The data is read once from resources in the jar, on first use, and shared; the instance is
 * immutable and thread-safe. Lookups of unknown ids return empty results, never throw.
 */
public final class ControlMapping2013 {
  static final String RESOURCE = "iso27001-2013-annex-a.tsv";

  private final List<Domain2013> domains;
  private final List<Control2013> controls;
  private final Map<String, Control2013> byId;
  private final Map<ControlId, List<Control2013>> predecessors;
  private final List<ClauseCorrespondence> clauses;
  private final Map<String, ClauseCorrespondence> clauseBy2013;
  private final Map<ClauseId, List<String>> clauseTo2013;

  private static final class Holder {
    static final ControlMapping2013 INSTANCE = new ControlMapping2013();
  }

  private ControlMapping2013() {
    Map<String, String> domainTitles = new LinkedHashMap<>();
    Map<String, List<Control2013>> domainControls = new LinkedHashMap<>();
    List<Control2013> all = new ArrayList<>();
    Framework iso = Iso27001_2022.framework();
    for (CatalogResources.Row r : CatalogResources.read(RESOURCE, 4)) {
      String kind = r.cell(0);
      String id = r.cell(1);
      if (kind.equals("D")) {
        if (domainTitles.put(id, r.cell(3)) != null) {
          throw r.error("duplicate domain " + id);
        }
        domainControls.put(id, new ArrayList<>());
      } else if (kind.equals("C")) {
        String domainId = id.substring(0, id.indexOf('.', 2));
        List<ControlId> targets = new ArrayList<>();
        for (String t : r.list(2, ",")) {
          ControlId target = ControlId.of(t);
          if (!iso.contains(target)) {
            throw r.error("unknown ISO/IEC 27001:2022 control " + t);
          }
          targets.add(target);
        }
        Control2013 c;
        try {
          c = new Control2013(id, r.cell(3), domainId, targets);
        } catch (IllegalArgumentException e) {
          throw r.error(e);
        }
        List<Control2013> inDomain = domainControls.get(domainId);
        if (inDomain == null) {
          throw r.error("control before its domain line " + domainId);
        }
        inDomain.add(c);
        all.add(c);
      } else {
        throw r.error("kind must be D or C, was '" + kind + "'");
      }
    }
    List<Domain2013> ds = new ArrayList<>();
    domainTitles.forEach(
        (id, title) ->
            ds.add(new Domain2013(id, title, Objects.requireNonNull(domainControls.get(id)))));
    this.domains = List.copyOf(ds);
    this.controls = List.copyOf(all);
    Map<String, Control2013> ids = new HashMap<>();
    Map<ControlId, List<Control2013>> preds = new HashMap<>();
    for (Control2013 c : controls) {
      if (ids.put(c.id(), c) != null) {
        throw new IllegalStateException(
            "catalog resource " + RESOURCE + ": duplicate control " + c.id());
      }
      for (ControlId s : c.successors()) {
        preds.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
      }
    }
    this.byId = Map.copyOf(ids);
    Map<ControlId, List<Control2013>> frozen = new HashMap<>();
    preds.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.predecessors = Map.copyOf(frozen);

    this.clauses = clauseCorrespondences(iso);
    Map<String, ClauseCorrespondence> c13 = new HashMap<>();
    Map<ClauseId, List<String>> c22 = new HashMap<>();
    for (ClauseCorrespondence cc : clauses) {
      cc.clause2013()
          .ifPresent(
              old -> {
                c13.put(old, cc);
                for (ClauseId n : cc.clauses2022()) {
                  c22.computeIfAbsent(n, k -> new ArrayList<>()).add(old);
                }
              });
    }
    this.clauseBy2013 = Map.copyOf(c13);
    Map<ClauseId, List<String>> frozen22 = new HashMap<>();
    c22.forEach((k, v) -> frozen22.put(k, List.copyOf(v)));
    this.clauseTo2013 = Map.copyOf(frozen22);
  }

  /** Identity except for the documented splits, swaps and the new clause 6.3. */
  private static List<ClauseCorrespondence> clauseCorrespondences(Framework iso) {
    List<ClauseCorrespondence> out = new ArrayList<>();
    for (Clause c : iso.clauses()) {
      String v = c.id().value();
      switch (v) {
        case "6.3" ->
            out.add(new ClauseCorrespondence(Optional.empty(), List.of(c.id()), ClauseChange.NEW));
        case "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3" -> {
          // covered by the split of 9.2 and 9.3
        }
        case "9.2", "9.3" ->
            out.add(
                new ClauseCorrespondence(
                    Optional.of(v),
                    iso.subClauses(c.id()).stream().map(Clause::id).toList(),
                    ClauseChange.SPLIT));
        case "10.1" ->
            out.add(
                new ClauseCorrespondence(
                    Optional.of("10.2"), List.of(c.id()), ClauseChange.RENUMBERED));
        case "10.2" ->
            out.add(
                new ClauseCorrespondence(
                    Optional.of("10.1"), List.of(c.id()), ClauseChange.RENUMBERED));
        default ->
            out.add(
                new ClauseCorrespondence(Optional.of(v), List.of(c.id()), ClauseChange.UNCHANGED));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The shared mapping; every call returns the same instance.
   *
   * @return the mapping, never null
   * @throws IllegalStateException if the bundled data is missing or malformed (a packaging defect)
   */
  public static ControlMapping2013 instance() {
    return Holder.INSTANCE;
  }

  /** The 14 domains of 2013 Annex A ({@code A.5} to {@code A.18}) in numeric order. */
  public List<Domain2013> domains() {
    return domains;
  }

  /** The 114 controls of 2013 Annex A in numeric order. */
  public List<Control2013> controls() {
    return controls;
  }

  /**
   * The 2013 control with the given id (surrounding white space ignored), or empty if there is
   * none.
   */
  public Optional<Control2013> control(String id2013) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id2013, "id2013").strip()));
  }

  /**
   * The 2022 control(s) a 2013 control maps to, such as {@code [A.5.36, A.8.8]} for {@code
   * A.18.2.3}; empty if {@code id2013} is not a 2013 Annex A control id.
   */
  public List<ControlId> to2022(String id2013) {
    return control(id2013).map(Control2013::successors).orElse(List.of());
  }

  /**
   * The 2013 predecessors of a 2022 control in numeric order; empty for a control new in 2022 or an
   * id that is not a 2022 Annex A control.
   */
  public List<Control2013> from2013(ControlId id2022) {
    return predecessors.getOrDefault(Objects.requireNonNull(id2022, "id2022"), List.of());
  }

  /**
   * How a 2022 Annex A control relates to 2013: new, one-to-one successor or merge; empty if {@code
   * id2022} is not a control of {@link Iso27001_2022#framework()}.
   */
  public Optional<Succession> succession(ControlId id2022) {
    if (!Iso27001_2022.framework().contains(Objects.requireNonNull(id2022, "id2022"))) {
      return Optional.empty();
    }
    int n = from2013(id2022).size();
    return Optional.of(
        n == 0 ? Succession.NEW : n == 1 ? Succession.ONE_TO_ONE : Succession.MERGED);
  }

  /**
   * The clause-level correspondence: one entry per 2013 clause of clauses 4 to 10 (in 2022 order)
   * plus one for the new clause 6.3.
   */
  public List<ClauseCorrespondence> clauses() {
    return clauses;
  }

  /**
   * The 2022 clause(s) holding the requirements of a 2013 clause, such as {@code [9.2.1, 9.2.2]}
   * for {@code "9.2"}; empty if {@code clause2013} is not a 2013 clause number of clauses 4 to 10.
   */
  public List<ClauseId> clauseTo2022(String clause2013) {
    ClauseCorrespondence c =
        clauseBy2013.get(Objects.requireNonNull(clause2013, "clause2013").strip());
    return c == null ? List.of() : c.clauses2022();
  }

  /**
   * The 2013 clause(s) whose requirements are now in {@code clause2022}; empty for the new clause
   * 6.3, the 2022 headings 9.2 and 9.3, and unknown clauses.
   */
  public List<String> clauseFrom2013(ClauseId clause2022) {
    return clauseTo2013.getOrDefault(Objects.requireNonNull(clause2022, "clause2022"), List.of());
  }
}
