package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All five ISO/IEC 27002:2022 attributes of all 93 controls of {@link Iso27001_2022#framework()}
 * against two independent public transcriptions of the standard's attribute tables, checked into
 * {@code src/test/resources/catalog/} with their provenance in the header comment:
 *
 * <ul>
 *   <li>{@code iso27002-2022-table-a1.tsv}, the primary source: a copy of Annex A Table A.1 (the
 *       summary matrix), from which the catalog's values were taken;
 *   <li>{@code iso27002-2022-control-attributes.tsv}, the second source: values extracted from the
 *       attribute table at the head of each control in clauses 5 to 8.
 * </ul>
 *
 * <p>The two sources agree on every cell but three. Each of those is a {@link Decision} listed in
 * {@link #DECISIONS} with the value adopted and the reason, taken from a third source. The tests
 * hold that the list is exact (the sources disagree there and nowhere else) and that the catalog
 * equals the second source everywhere except where a decision says otherwise.
 */
class Iso27002AttributesTest {
  private static final Framework ISO = Iso27001_2022.framework();

  /** The five attribute types, with the column name both source files use. */
  enum Attribute {
    CONTROL_TYPE("control_type"),
    PROPERTIES("properties"),
    CONCEPTS("concepts"),
    CAPABILITIES("capabilities"),
    DOMAINS("domains");

    final String column;

    Attribute(String column) {
      this.column = column;
    }

    /** The catalog's values of this attribute, as tag names without the leading {@code #}. */
    Set<String> of(ControlAttributes a) {
      return switch (this) {
        case CONTROL_TYPE -> names(a.controlTypes(), ControlType::tag);
        case PROPERTIES -> names(a.securityProperties(), SecurityProperty::tag);
        case CONCEPTS -> names(a.cybersecurityConcepts(), CybersecurityConcept::tag);
        case CAPABILITIES -> names(a.operationalCapabilities(), OperationalCapability::tag);
        case DOMAINS -> names(a.securityDomains(), SecurityDomain::tag);
      };
    }

    /** Every value the standard defines for this attribute, as tag names without {@code #}. */
    Set<String> allValues() {
      return switch (this) {
        case CONTROL_TYPE -> names(Arrays.asList(ControlType.values()), ControlType::tag);
        case PROPERTIES -> names(Arrays.asList(SecurityProperty.values()), SecurityProperty::tag);
        case CONCEPTS ->
            names(Arrays.asList(CybersecurityConcept.values()), CybersecurityConcept::tag);
        case CAPABILITIES ->
            names(Arrays.asList(OperationalCapability.values()), OperationalCapability::tag);
        case DOMAINS -> names(Arrays.asList(SecurityDomain.values()), SecurityDomain::tag);
      };
    }

    private static <E> Set<String> names(Iterable<E> values, Function<E, String> tag) {
      Set<String> out = new TreeSet<>();
      values.forEach(v -> out.add(tag.apply(v).substring(1)));
      return out;
    }
  }

  /**
   * A cell where the two sources disagree: what each says and what the catalog holds, and why.
   *
   * @param control the Annex A control id
   * @param attribute the attribute type
   * @param primary the values of the primary source (Table A.1 copy), tag names without {@code #}
   * @param second the values of the second source
   * @param adopted the values the catalog holds
   * @param reason why, citing the third source that decided it
   */
  record Decision(
      String control,
      Attribute attribute,
      Set<String> primary,
      Set<String> second,
      Set<String> adopted,
      String reason) {}

  /** Every cell where the sources disagree, with the decision taken. */
  static final List<Decision> DECISIONS =
      List.of(
          new Decision(
              "A.5.22",
              Attribute.CAPABILITIES,
              Set.of("Supplier_relationships_security"),
              Set.of("Supplier_relationships_security", "Information_security_assurance"),
              Set.of("Supplier_relationships_security", "Information_security_assurance"),
              "First printing of ISO/IEC 27002:2022 put #Information_security_assurance in the"
                  + " security-domain column of 5.22; it is one of the 15 operational capabilities"
                  + " and no security domain, and the correction of 24 March 2022 moved it there"
                  + " (https://wentzwu.com/2022/02/16/iso-iec-270022022-controls/; project fact"
                  + " brief section 2.2). The primary source copies the first printing."),
          new Decision(
              "A.5.22",
              Attribute.DOMAINS,
              Set.of(
                  "Governance_and_Ecosystem",
                  "Protection",
                  "Defence",
                  "Information_security_assurance"),
              Set.of("Governance_and_Ecosystem", "Protection", "Defence"),
              Set.of("Governance_and_Ecosystem", "Protection", "Defence"),
              "Same correction as the 5.22 capabilities; a third transcription (MySQL dump of an"
                  + " ISO 27001:2022 database, stored public file id 10563364684) also has"
                  + " #Governance_and_Ecosystem #Protection #Defence and no fourth domain."),
          new Decision(
              "A.6.6",
              Attribute.CAPABILITIES,
              Set.of("Human_resource_security", "Information_protection", "Supplier_relationships"),
              Set.of(
                  "Human_resource_security",
                  "Information_protection",
                  "Supplier_relationships_security"),
              Set.of(
                  "Human_resource_security",
                  "Information_protection",
                  "Supplier_relationships_security"),
              "#Supplier_relationships is no value of the attribute: the primary source's cell is"
                  + " truncated. The only capability it can be is #Supplier_relationships_security,"
                  + " which the second source and the third (id 10563364684) both have."));

  // ---------------------------------------------------------------------------------------------

  /** Control id to attribute to values, from a source file. */
  private static Map<String, Map<Attribute, Set<String>>> source(
      String resource, Function<String, String> id, String separatorRegex) {
    Map<String, Map<Attribute, Set<String>>> out = new LinkedHashMap<>();
    for (Reference.TsvRow r : Reference.tsv(resource)) {
      Map<Attribute, Set<String>> cells = new EnumMap<>(Attribute.class);
      for (Attribute a : Attribute.values()) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : r.get(a.column).strip().split(separatorRegex, -1)) {
          values.add(v.startsWith("#") ? v.substring(1) : v);
        }
        cells.put(a, Set.copyOf(values));
      }
      out.put(id.apply(r.get("id")), cells);
    }
    return out;
  }

  /** The primary source, Table A.1, with its control numbers given the {@code A.} prefix. */
  private static Map<String, Map<Attribute, Set<String>>> primary() {
    return source("iso27002-2022-table-a1.tsv", n -> "A." + n, "\\s+");
  }

  /** The second source. */
  private static Map<String, Map<Attribute, Set<String>>> second() {
    return source("iso27002-2022-control-attributes.tsv", Function.identity(), ",");
  }

  /** The values of one cell of a source; the control must be in it. */
  private static Set<String> cell(
      Map<String, Map<Attribute, Set<String>>> source, String control, Attribute a) {
    Map<Attribute, Set<String>> row = Objects.requireNonNull(source.get(control), control);
    return Objects.requireNonNull(row.get(a), () -> control + " " + a);
  }

  private static Map<String, Decision> decisions() {
    return DECISIONS.stream()
        .collect(Collectors.toMap(d -> d.control() + " " + d.attribute(), d -> d));
  }

  private static Set<String> catalog(String control, Attribute a) {
    return a.of(ISO.control(ControlId.of(control)).orElseThrow().attributes());
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void bothSources_listThe93ControlsInCatalogOrder() {
    List<String> ids = ISO.controls().stream().map(c -> c.id().value()).toList();
    assertThat(ids).hasSize(93);
    assertThat(primary().keySet()).containsExactlyElementsOf(ids);
    assertThat(second().keySet()).containsExactlyElementsOf(ids);
  }

  @Test
  void catalog_equalsSecondSource_exceptTheDocumentedDecisions() {
    Map<String, Decision> decisions = decisions();
    Map<String, Map<Attribute, Set<String>>> second = second();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (String control : second.keySet()) {
      for (Attribute a : Attribute.values()) {
        Decision d = decisions.get(control + " " + a);
        Set<String> expected = d == null ? cell(second, control, a) : d.adopted();
        Set<String> actual = catalog(control, a);
        cells++;
        if (!actual.equals(expected)) {
          wrong.add(control + " " + a + ": catalog " + actual + ", expected " + expected);
        }
      }
    }
    assertThat(cells).isEqualTo(93 * 5);
    assertThat(wrong).isEmpty();
  }

  @Test
  void catalog_equalsPrimarySource_exceptTheDocumentedDecisions() {
    Map<String, Decision> decisions = decisions();
    Map<String, Map<Attribute, Set<String>>> primary = primary();
    List<String> wrong = new ArrayList<>();
    for (String control : primary.keySet()) {
      for (Attribute a : Attribute.values()) {
        Set<String> table = cell(primary, control, a);
        if (!decisions.containsKey(control + " " + a) && !catalog(control, a).equals(table)) {
          wrong.add(control + " " + a + ": catalog " + catalog(control, a) + ", A.1 " + table);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  // The decision list is exact: the sources disagree in these cells, as recorded, and nowhere else.
  @Test
  void sources_disagreeExactlyInTheDocumentedCells() {
    Map<String, Map<Attribute, Set<String>>> primary = primary();
    Map<String, Map<Attribute, Set<String>>> second = second();
    Set<String> disagreements = new TreeSet<>();
    for (String control : second.keySet()) {
      for (Attribute a : Attribute.values()) {
        if (!cell(primary, control, a).equals(cell(second, control, a))) {
          disagreements.add(control + " " + a);
        }
      }
    }
    assertThat(disagreements).isEqualTo(new TreeSet<>(decisions().keySet()));
    for (Decision d : DECISIONS) {
      assertThat(cell(primary, d.control(), d.attribute())).as(d.toString()).isEqualTo(d.primary());
      assertThat(cell(second, d.control(), d.attribute())).as(d.toString()).isEqualTo(d.second());
      assertThat(d.adopted()).as(d.toString()).isSubsetOf(d.attribute().allValues());
      assertThat(d.reason()).isNotBlank();
    }
  }

  @Test
  void everyControl_hasAtLeastOneValueOfEveryAttribute() {
    for (CatalogControl c : ISO.controls()) {
      for (Attribute a : Attribute.values()) {
        assertThat(a.of(c.attributes())).as(c.id() + " " + a).isNotEmpty();
      }
    }
  }

  // Every value either source uses is one the enums know, and every enum value is used by some
  // control: the 3 + 3 + 5 + 15 + 4 values of ISO/IEC 27002:2022 section 4.2.
  @Test
  void secondSource_usesExactlyTheEnumValues() {
    for (Attribute a : Attribute.values()) {
      Map<String, Map<Attribute, Set<String>>> second = second();
      Set<String> used =
          second.keySet().stream()
              .flatMap(control -> cell(second, control, a).stream())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(used).as(a.toString()).isEqualTo(a.allValues());
    }
  }

  // ISO/IEC 27002:2022 section 4.2 d) and e), in the standard's order.
  @Test
  void operationalCapabilitiesAndSecurityDomains_areTheStandards15And4() {
    assertThat(Stream.of(OperationalCapability.values()).map(OperationalCapability::tag))
        .containsExactly(
            "#Governance",
            "#Asset_management",
            "#Information_protection",
            "#Human_resource_security",
            "#Physical_security",
            "#System_and_network_security",
            "#Application_security",
            "#Secure_configuration",
            "#Identity_and_access_management",
            "#Threat_and_vulnerability_management",
            "#Continuity",
            "#Supplier_relationships_security",
            "#Legal_and_compliance",
            "#Information_security_event_management",
            "#Information_security_assurance");
    assertThat(Stream.of(SecurityDomain.values()).map(SecurityDomain::tag))
        .containsExactly("#Governance_and_Ecosystem", "#Protection", "#Defence", "#Resilience");
    assertThat(Stream.of(SecurityProperty.values()).map(SecurityProperty::tag))
        .containsExactly("#Confidentiality", "#Integrity", "#Availability");
  }

  // The decided cells, spelled out for readers of the catalog.
  @Test
  void decidedCells_inTheCatalog() {
    ControlAttributes a522 = ISO.control(ControlId.of("A.5.22")).orElseThrow().attributes();
    assertThat(a522.operationalCapabilities())
        .containsExactly(
            OperationalCapability.SUPPLIER_RELATIONSHIPS_SECURITY,
            OperationalCapability.INFORMATION_SECURITY_ASSURANCE);
    assertThat(a522.securityDomains())
        .containsExactly(
            SecurityDomain.GOVERNANCE_AND_ECOSYSTEM,
            SecurityDomain.PROTECTION,
            SecurityDomain.DEFENCE);
    ControlAttributes a66 = ISO.control(ControlId.of("A.6.6")).orElseThrow().attributes();
    assertThat(a66.has(OperationalCapability.SUPPLIER_RELATIONSHIPS_SECURITY)).isTrue();
  }
}
