package io.ismskit.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in ISO/IEC 27001:2022 framework (including Amendment 1:2024): the 41 clauses,
 * intermediate headings and sub-clauses of clauses 4 to 10, of which 30 carry requirements, and the
 * 93 Annex A controls in four themes with all five of their ISO/IEC 27002:2022 attributes: control
 * types, information security properties, cybersecurity concepts, operational capabilities and
 * security domains, each with at least one value for every control.
 *
 * <p>The data is read once from resources in the jar, on first use, and shared; the instance is
 * immutable and thread-safe. Clause summaries are ismskit paraphrases, not text of the standard.
 *
 * <pre>{@code
 * Framework iso = Iso27001_2022.framework();
 * CatalogControl ti = iso.control(ControlId.of("A.5.7")).orElseThrow();
 * boolean detective = ti.attributes().has(ControlType.DETECTIVE);   // true
 * boolean defence = ti.attributes().has(SecurityDomain.DEFENCE);     // true
 * }</pre>
 */
public final class Iso27001_2022 {
  /** The framework id, {@code "iso27001:2022"}. */
  public static final String ID = "iso27001:2022";

  static final String CONTROLS_RESOURCE = "iso27001-2022-controls.tsv";
  static final String CLAUSES_RESOURCE = "iso27001-2022-clauses.tsv";

  private Iso27001_2022() {}

  /** Lazy, thread-safe holder of the single instance (initialized on first access). */
  private static final class Holder {
    static final Framework INSTANCE =
        new CatalogFramework(ID, "ISO/IEC 27001", "2022", loadClauses(), loadControls());
  }

  /**
   * The shared ISO/IEC 27001:2022 framework; every call returns the same instance.
   *
   * @return the framework, never null
   * @throws IllegalStateException if the bundled data is missing or malformed (a packaging defect)
   */
  public static Framework framework() {
    return Holder.INSTANCE;
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Clause> loadClauses() {
    List<Clause> out = new ArrayList<>();
    for (CatalogResources.Row r : CatalogResources.read(CLAUSES_RESOURCE, 7)) {
      ClauseId id;
      try {
        id = ClauseId.of(r.cell(0));
      } catch (IllegalArgumentException e) {
        throw r.error(e);
      }
      String kind = r.cell(1);
      boolean topLevel = id.value().indexOf('.') < 0;
      if (!kind.equals("C") && !kind.equals("H") && !kind.equals("R")) {
        throw r.error("kind must be C, H or R, was '" + kind + "'");
      }
      if (kind.equals("C") != topLevel) {
        throw r.error("kind C is for top-level clauses only");
      }
      boolean di = yesNo(r, 2);
      Optional<String> diNote = r.optional(5);
      if (di != diNote.isPresent()) {
        throw r.error("di flag and di_note disagree");
      }
      out.add(new Clause(id, r.cell(3), r.cell(4), kind.equals("R"), diNote, r.optional(6)));
    }
    return out;
  }

  private static List<CatalogControl> loadControls() {
    List<CatalogControl> out = new ArrayList<>();
    for (CatalogResources.Row r : CatalogResources.read(CONTROLS_RESOURCE, 11)) {
      ControlId id;
      try {
        id = ControlId.of(r.cell(0));
      } catch (IllegalArgumentException e) {
        throw r.error(e);
      }
      if (!id.isAnnexA()) {
        throw r.error("not an Annex A control id: " + id);
      }
      Theme theme = Theme.ofNumber(parseInt(r, 1)).orElseThrow(() -> r.error("theme must be 5..8"));
      Set<ControlType> types = EnumSet.noneOf(ControlType.class);
      for (char c : r.cell(2).toCharArray()) {
        types.add(
            switch (c) {
              case 'P' -> ControlType.PREVENTIVE;
              case 'D' -> ControlType.DETECTIVE;
              case 'C' -> ControlType.CORRECTIVE;
              default -> throw r.error("unknown control type '" + c + "'");
            });
      }
      Set<SecurityProperty> cia = EnumSet.noneOf(SecurityProperty.class);
      for (char c : r.cell(3).toCharArray()) {
        cia.add(
            switch (c) {
              case 'C' -> SecurityProperty.CONFIDENTIALITY;
              case 'I' -> SecurityProperty.INTEGRITY;
              case 'A' -> SecurityProperty.AVAILABILITY;
              default -> throw r.error("unknown security property '" + c + "'");
            });
      }
      Set<CybersecurityConcept> concepts = EnumSet.noneOf(CybersecurityConcept.class);
      for (String c : r.list(4, ",")) {
        concepts.add(
            switch (c) {
              case "ID" -> CybersecurityConcept.IDENTIFY;
              case "PR" -> CybersecurityConcept.PROTECT;
              case "DE" -> CybersecurityConcept.DETECT;
              case "RS" -> CybersecurityConcept.RESPOND;
              case "RC" -> CybersecurityConcept.RECOVER;
              default -> throw r.error("unknown cybersecurity concept '" + c + "'");
            });
      }
      boolean isNew = yesNo(r, 5);
      List<String> predecessors = r.list(6, ",");
      if (isNew != predecessors.isEmpty()) {
        throw r.error("a control is new in 2022 exactly when it has no 2013 predecessor");
      }
      Set<OperationalCapability> caps = EnumSet.noneOf(OperationalCapability.class);
      for (String c : r.list(7, ",")) {
        caps.add(enumValue(r, OperationalCapability.class, c));
      }
      Set<SecurityDomain> domains = EnumSet.noneOf(SecurityDomain.class);
      for (String c : r.list(8, ",")) {
        domains.add(enumValue(r, SecurityDomain.class, c));
      }
      if (concepts.isEmpty() || caps.isEmpty() || domains.isEmpty()) {
        throw r.error(
            "every control needs at least one cybersecurity concept, operational capability and"
                + " security domain");
      }
      ControlAttributes attributes = new ControlAttributes(types, cia, concepts, caps, domains);
      try {
        out.add(
            new CatalogControl(
                id, r.cell(9), theme, attributes, isNew, r.list(10, "\\|"), predecessors));
      } catch (IllegalArgumentException e) {
        throw r.error(e);
      }
    }
    out.sort(
        Comparator.comparingInt((CatalogControl c) -> c.theme().number())
            .thenComparingInt(Iso27001_2022::controlNumber));
    return out;
  }

  /** The {@code n} of an Annex A id {@code A.t.n}. */
  static int controlNumber(CatalogControl c) {
    String v = c.id().value();
    return Integer.parseInt(v.substring(v.lastIndexOf('.') + 1));
  }

  private static boolean yesNo(CatalogResources.Row r, int index) {
    return switch (r.cell(index)) {
      case "Y" -> true;
      case "N" -> false;
      default -> throw r.error("expected Y or N in column " + (index + 1));
    };
  }

  private static int parseInt(CatalogResources.Row r, int index) {
    try {
      return Integer.parseInt(r.cell(index));
    } catch (NumberFormatException e) {
      throw r.error("expected a number in column " + (index + 1));
    }
  }

  private static <E extends Enum<E>> E enumValue(
      CatalogResources.Row r, Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw r.error("unknown " + type.getSimpleName() + " '" + name + "'");
    }
  }
}
