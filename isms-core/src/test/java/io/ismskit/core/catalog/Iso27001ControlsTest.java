package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Annex A controls of {@link Iso27001_2022#framework()} against the reference data: ISO/IEC
 * 27001:2022 Annex A (ids, titles, themes, counts, the 11 new controls) and ISO/IEC 27002:2022
 * Annex A Table A.1 (control types, properties, concepts) as given in the verbatim copy of the
 * project fact brief in {@code src/test/resources/catalog/}.
 */
class Iso27001ControlsTest {
  private static final Framework ISO = Iso27001_2022.framework();

  private static CatalogControl control(String id) {
    return ISO.control(ControlId.of(id)).orElseThrow();
  }

  @Test
  void framework_identity() {
    assertThat(ISO.id()).isEqualTo("iso27001:2022").isEqualTo(Iso27001_2022.ID);
    assertThat(ISO.name()).isEqualTo("ISO/IEC 27001");
    assertThat(ISO.version()).isEqualTo("2022");
  }

  @Test
  void framework_isShared() {
    assertThat(Iso27001_2022.framework()).isSameAs(ISO);
  }

  @Test
  void framework_isSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Framework>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(Iso27001_2022::framework);
      }
      for (Future<Framework> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isSameAs(ISO);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // Annex A: 93 controls, 37 + 8 + 14 + 34 (ISO/IEC 27001:2022 Annex A; fact brief section 0).
  @Test
  void controls_count93() {
    assertThat(ISO.controls()).hasSize(93);
  }

  @Test
  void controlsByTheme_counts() {
    assertThat(ISO.controlsByTheme(Theme.ORGANIZATIONAL)).hasSize(37);
    assertThat(ISO.controlsByTheme(Theme.PEOPLE)).hasSize(8);
    assertThat(ISO.controlsByTheme(Theme.PHYSICAL)).hasSize(14);
    assertThat(ISO.controlsByTheme(Theme.TECHNOLOGICAL)).hasSize(34);
    for (Theme t : Theme.values()) {
      assertThat(ISO.controlsByTheme(t)).allSatisfy(c -> assertThat(c.theme()).isEqualTo(t));
    }
  }

  @Test
  void controlsByTheme_areContiguousNumbered() {
    for (Theme t : Theme.values()) {
      List<CatalogControl> cs = ISO.controlsByTheme(t);
      for (int i = 0; i < cs.size(); i++) {
        assertThat(cs.get(i).id().value()).isEqualTo(t.prefix() + "." + (i + 1));
      }
    }
  }

  @Test
  void controls_inCatalogOrder_sameAsReference() {
    List<String> expected = Reference.annexA().stream().map(r -> r.get("id")).toList();
    assertThat(ISO.controls()).extracting(c -> c.id().value()).containsExactlyElementsOf(expected);
  }

  @Test
  void everyControl_matchesReferenceRow() {
    List<Reference.TsvRow> rows = Reference.annexA();
    assertThat(rows).hasSize(93);
    for (Reference.TsvRow r : rows) {
      CatalogControl c = control(r.get("id"));
      assertThat(c.title()).as(r.get("id")).isEqualTo(r.get("title"));
      assertThat(c.theme().displayName()).as(r.get("id")).isEqualTo(r.get("theme"));
      assertThat(c.attributes().controlTypes())
          .as(r.get("id"))
          .containsExactlyElementsOf(enums(ControlType.class, r.list("control_types")));
      assertThat(c.attributes().securityProperties())
          .as(r.get("id"))
          .containsExactlyElementsOf(enums(SecurityProperty.class, r.list("properties")));
      assertThat(c.attributes().cybersecurityConcepts())
          .as(r.get("id"))
          .containsExactlyElementsOf(enums(CybersecurityConcept.class, r.list("concepts")));
      assertThat(c.newIn2022()).as(r.get("id")).isEqualTo(r.get("new_in_2022").equals("yes"));
      // The fact brief does not give these two per control; Iso27002AttributesTest checks them
      // against two transcriptions of the standard's attribute tables.
      assertThat(c.attributes().operationalCapabilities()).as(r.get("id")).isNotEmpty();
      assertThat(c.attributes().securityDomains()).as(r.get("id")).isNotEmpty();
    }
  }

  /** Enum constants in declaration order (the order the catalog's sets iterate in). */
  private static <E extends Enum<E>> List<E> enums(Class<E> type, List<String> lowerCase) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String s : lowerCase) {
      set.add(Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    }
    return List.copyOf(set);
  }

  // The 11 new controls of 2022 (fact brief sections 0 and 2.3).
  @Test
  void newControls_exactlyTheEleven() {
    assertThat(ISO.controls().stream().filter(CatalogControl::newIn2022).map(c -> c.id().value()))
        .containsExactly(
            "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16",
            "A.8.23", "A.8.28");
  }

  // Attribute tallies over the 93 controls, fact brief section 2.1 (ISO/IEC 27002:2022 Table A.1).
  @Test
  void attributeTallies_matchPublishedCounts() {
    Map<ControlType, Integer> types = new EnumMap<>(ControlType.class);
    Map<SecurityProperty, Integer> props = new EnumMap<>(SecurityProperty.class);
    Map<CybersecurityConcept, Integer> concepts = new EnumMap<>(CybersecurityConcept.class);
    int allThree = 0;
    for (CatalogControl c : ISO.controls()) {
      c.attributes().controlTypes().forEach(t -> types.merge(t, 1, Integer::sum));
      c.attributes().securityProperties().forEach(p -> props.merge(p, 1, Integer::sum));
      c.attributes().cybersecurityConcepts().forEach(k -> concepts.merge(k, 1, Integer::sum));
      if (c.attributes().securityProperties().size() == 3) {
        allThree++;
      }
    }
    assertThat(types)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ControlType.PREVENTIVE, 83, ControlType.CORRECTIVE, 14, ControlType.DETECTIVE, 13));
    assertThat(props)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                SecurityProperty.CONFIDENTIALITY, 87,
                SecurityProperty.AVAILABILITY, 85,
                SecurityProperty.INTEGRITY, 84));
    assertThat(concepts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                CybersecurityConcept.PROTECT, 71,
                CybersecurityConcept.IDENTIFY, 23,
                CybersecurityConcept.DETECT, 14,
                CybersecurityConcept.RESPOND, 11,
                CybersecurityConcept.RECOVER, 6));
    assertThat(allThree).isEqualTo(79);
  }

  // ISO/IEC 27002:2022 Table A.2 (#Corrective view), fact brief section 2.1.
  @Test
  void correctiveControls_matchTableA2() {
    assertThat(
            ISO.controls().stream()
                .filter(c -> c.attributes().has(ControlType.CORRECTIVE))
                .map(c -> c.id().value()))
        .containsExactly(
            "A.5.5", "A.5.6", "A.5.7", "A.5.24", "A.5.26", "A.5.28", "A.5.29", "A.5.30", "A.5.35",
            "A.5.37", "A.6.4", "A.8.7", "A.8.13", "A.8.16");
  }

  // Fact brief section 2.1: controls without all three CIA properties.
  @Test
  void controlsWithoutAllThreeProperties() {
    assertThat(
            ISO.controls().stream()
                .filter(c -> c.attributes().securityProperties().size() < 3)
                .map(c -> c.id().value()))
        .containsExactly(
            "A.5.30", "A.6.6", "A.7.7", "A.7.11", "A.7.12", "A.7.14", "A.8.6", "A.8.10", "A.8.11",
            "A.8.12", "A.8.13", "A.8.14", "A.8.17", "A.8.33");
  }

  // Fact brief section 2 tables, column "ISO 27001:2013 source(s)" (ISO/IEC 27002:2022 Table B.1).
  @Test
  void predecessors2013_matchTableB1() {
    List<List<String>> rows =
        Reference.markdownRows("annex-a-tables.md", Pattern.compile("A\\.[5-8]\\.\\d+"));
    assertThat(rows).hasSize(93);
    for (List<String> r : rows) {
      CatalogControl c = control(r.get(0));
      String sources = r.get(6);
      List<String> expected = sources.equals("—") ? List.of() : List.of(sources.split(",\\s*"));
      assertThat(c.predecessors2013()).as(r.get(0)).containsExactlyElementsOf(expected);
      assertThat(c.newIn2022()).as(r.get(0)).isEqualTo(expected.isEmpty());
      assertThat(c.title()).as(r.get(0)).isEqualTo(r.get(1));
    }
  }

  // Title variants listed in the fact brief section 2.
  @Test
  void controlByTitle_acceptsTitlesAndAliases() {
    assertThat(ISO.controlByTitle("Managing information security in the ICT supply chain"))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.5.21"));
    assertThat(ISO.controlByTitle("Secure development lifecycle"))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.8.25"));
    assertThat(ISO.controlByTitle("Secure development life cycle"))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.8.25"));
    assertThat(
            ISO.controlByTitle(
                "Identification of legal, statutory, regulatory and contractual requirements"))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.5.31"));
    assertThat(ISO.controlByTitle("User end point devices"))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.8.1"));
    assertThat(ISO.controlByTitle("  threat   INTELLIGENCE "))
        .map(CatalogControl::id)
        .contains(ControlId.of("A.5.7"));
    assertThat(ISO.controlByTitle("Teleworking")).isEmpty();
  }

  @Test
  void controlByTitle_everyReferenceTitleResolves() {
    for (Reference.TsvRow r : Reference.annexA()) {
      assertThat(ISO.controlByTitle(r.get("title"))).map(c -> c.id().value()).contains(r.get("id"));
    }
  }

  @Test
  void control_lookupById() {
    CatalogControl ti = control("A.5.7");
    assertThat(ti.title()).isEqualTo("Threat intelligence");
    assertThat(ti.theme()).isEqualTo(Theme.ORGANIZATIONAL);
    assertThat(ISO.contains(ControlId.of("A.8.34"))).isTrue();
  }

  @Test
  void control_unknownIdsAreEmpty() {
    for (String id : List.of("A.5.38", "A.6.9", "A.7.15", "A.8.35", "A.9.1", "A.5.1.1", "INT-1")) {
      assertThat(ISO.control(ControlId.of(id))).as(id).isEmpty();
      assertThat(ISO.contains(ControlId.of(id))).as(id).isFalse();
    }
  }

  @Test
  void control_annexAIdsResolveExactlyInsideThemeRanges() {
    Map<Integer, Integer> sizes = Map.of(5, 37, 6, 8, 7, 14, 8, 34);
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(5, 8), integers().between(1, 99))
        .checkAssert(
            (theme, n) -> {
              ControlId id = ControlId.of("A." + theme + "." + n);
              boolean expected = n <= sizes.getOrDefault(theme, 0);
              assertThat(ISO.contains(id)).as(id.value()).isEqualTo(expected);
              ISO.control(id).ifPresent(c -> assertThat(c.theme().number()).isEqualTo(theme));
            });
  }

  @Test
  void controlByTitle_neverThrows() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(s -> assertThat(ISO.controlByTitle(s)).isNotNull());
  }

  @Test
  void collections_areUnmodifiable() {
    CatalogControl c = control("A.5.1");
    assertThatThrownBy(() -> ISO.controls().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ISO.controlsByTheme(Theme.PEOPLE).remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.predecessors2013().add("A.1.1.1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.aliases().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    Set<ControlType> types = c.attributes().controlTypes();
    assertThatThrownBy(() -> types.add(ControlType.DETECTIVE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.attributes().securityProperties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.attributes().cybersecurityConcepts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.attributes().operationalCapabilities().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.attributes().securityDomains().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void attributeSets_iterateInEnumOrder() {
    // A.5.5 is #Identify #Protect #Respond #Recover in ISO/IEC 27002:2022 Table A.1 (fact brief
    // section 2).
    assertThat(control("A.5.5").attributes().cybersecurityConcepts())
        .containsExactly(
            CybersecurityConcept.IDENTIFY,
            CybersecurityConcept.PROTECT,
            CybersecurityConcept.RESPOND,
            CybersecurityConcept.RECOVER);
    assertThat(control("A.5.7").attributes().controlTypes())
        .containsExactly(ControlType.PREVENTIVE, ControlType.DETECTIVE, ControlType.CORRECTIVE);
    // A.5.37 lists nine operational capabilities in Table A.1, starting with #Asset_management;
    // the set iterates in declaration order, not in the table's order.
    assertThat(control("A.5.37").attributes().operationalCapabilities())
        .hasSize(9)
        .startsWith(OperationalCapability.ASSET_MANAGEMENT, OperationalCapability.PHYSICAL_SECURITY)
        .endsWith(OperationalCapability.INFORMATION_SECURITY_EVENT_MANAGEMENT);
    assertThat(control("A.5.13").attributes().securityDomains())
        .containsExactly(SecurityDomain.PROTECTION, SecurityDomain.DEFENCE);
  }
}
