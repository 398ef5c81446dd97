package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Local invariants of the catalog's value types and of {@link Framework#of}. */
class CatalogValuesTest {

  private static CatalogControl control(String id, Theme theme) {
    return new CatalogControl(
        ControlId.of(id),
        "Some control",
        theme,
        ControlAttributes.empty(),
        false,
        List.of(),
        List.of());
  }

  private static Clause clause(String id, boolean requirementBearing) {
    return new Clause(
        ClauseId.of(id),
        "Title " + id,
        "Summary",
        requirementBearing,
        Optional.empty(),
        Optional.empty());
  }

  // --- Theme ------------------------------------------------------------------------------------

  // ISO/IEC 27001:2022 Annex A: themes 5 Organizational, 6 People, 7 Physical, 8 Technological.
  @Test
  void theme_numbersPrefixesAndNames() {
    assertThat(Theme.values()).extracting(Theme::number).containsExactly(5, 6, 7, 8);
    assertThat(Theme.values())
        .extracting(Theme::prefix)
        .containsExactly("A.5", "A.6", "A.7", "A.8");
    assertThat(Theme.values())
        .extracting(Theme::displayName)
        .containsExactly("Organizational", "People", "Physical", "Technological");
    assertThat(Theme.ofDisplayName(" people ")).contains(Theme.PEOPLE);
    assertThat(Theme.ofDisplayName("Legal")).isEmpty();
  }

  @Test
  void theme_ofNumberAndOfId() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(0, 20), integers().between(1, 99))
        .checkAssert(
            (t, n) -> {
              Optional<Theme> byNumber = Theme.ofNumber(t);
              assertThat(byNumber.isPresent()).isEqualTo(t >= 5 && t <= 8);
              assertThat(Theme.of(ControlId.of("A." + t + "." + n))).isEqualTo(byNumber);
              byNumber.ifPresent(x -> assertThat(x.number()).isEqualTo(t));
            });
    assertThat(Theme.of(ControlId.of("A.5.1.1"))).isEmpty();
    assertThat(Theme.of(ControlId.of("INT-5"))).isEmpty();
  }

  // ISO/IEC 27002:2022 section 4.2 / fact brief section 2.2: 15 operational capabilities, 4
  // security domains.
  @Test
  void attributeValueSets_sizesAndTags() {
    assertThat(OperationalCapability.values()).hasSize(15);
    assertThat(SecurityDomain.values()).hasSize(4);
    assertThat(ControlType.values())
        .extracting(ControlType::tag)
        .containsExactly("#Preventive", "#Detective", "#Corrective");
    assertThat(CybersecurityConcept.values())
        .extracting(CybersecurityConcept::tag)
        .containsExactly("#Identify", "#Protect", "#Detect", "#Respond", "#Recover");
    assertThat(SecurityDomain.values())
        .extracting(SecurityDomain::tag)
        .containsExactly("#Governance_and_Ecosystem", "#Protection", "#Defence", "#Resilience");
    assertThat(OperationalCapability.INFORMATION_SECURITY_ASSURANCE.tag())
        .isEqualTo("#Information_security_assurance");
    for (OperationalCapability c : OperationalCapability.values()) {
      assertThat(c.tag()).isEqualToIgnoringCase("#" + c.name());
    }
  }

  // --- ControlAttributes ------------------------------------------------------------------------

  @Test
  void controlAttributes_copiesAndOrders() {
    List<ControlType> mutable =
        new ArrayList<>(List.of(ControlType.CORRECTIVE, ControlType.PREVENTIVE));
    ControlAttributes a =
        ControlAttributes.of(
            mutable, List.of(SecurityProperty.AVAILABILITY), List.of(CybersecurityConcept.RECOVER));
    mutable.add(ControlType.DETECTIVE);
    assertThat(a.controlTypes()).containsExactly(ControlType.PREVENTIVE, ControlType.CORRECTIVE);
    assertThat(a.has(ControlType.DETECTIVE)).isFalse();
    assertThat(a.has(SecurityProperty.AVAILABILITY)).isTrue();
    assertThat(a.has(CybersecurityConcept.RECOVER)).isTrue();
    assertThat(a.operationalCapabilities()).isEmpty();
    assertThat(a.has(OperationalCapability.GOVERNANCE)).isFalse();
    assertThat(a.has(SecurityDomain.RESILIENCE)).isFalse();
    ControlAttributes full =
        new ControlAttributes(
            Set.of(ControlType.CORRECTIVE),
            Set.of(SecurityProperty.AVAILABILITY),
            Set.of(CybersecurityConcept.RECOVER),
            Set.of(OperationalCapability.CONTINUITY, OperationalCapability.GOVERNANCE),
            Set.of(SecurityDomain.RESILIENCE));
    assertThat(full.operationalCapabilities())
        .containsExactly(OperationalCapability.GOVERNANCE, OperationalCapability.CONTINUITY);
    assertThat(full.has(OperationalCapability.CONTINUITY)).isTrue();
    assertThat(full.has(OperationalCapability.ASSET_MANAGEMENT)).isFalse();
    assertThat(full.has(SecurityDomain.RESILIENCE)).isTrue();
    assertThat(full.has(SecurityDomain.DEFENCE)).isFalse();
    assertThat(a)
        .isEqualTo(
            new ControlAttributes(
                Set.of(ControlType.PREVENTIVE, ControlType.CORRECTIVE),
                Set.of(SecurityProperty.AVAILABILITY),
                Set.of(CybersecurityConcept.RECOVER),
                Set.of(),
                Set.of()));
    assertThatThrownBy(() -> a.controlTypes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void controlAttributes_refusesNullElements() {
    List<ControlType> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> ControlAttributes.of(withNull, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("controlTypes");
  }

  // --- CatalogControl ---------------------------------------------------------------------------

  @Test
  void catalogControl_refusesThemeThatContradictsAnnexAId() {
    assertThatThrownBy(() -> control("A.6.1", Theme.PHYSICAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CatalogControl.theme")
        .hasMessageContaining("A.6.1");
    assertThat(control("INT-1", Theme.PHYSICAL).theme()).isEqualTo(Theme.PHYSICAL);
  }

  @Test
  void catalogControl_refusesBadTextsAndIds() {
    assertThatThrownBy(
            () ->
                new CatalogControl(
                    ControlId.of("A.5.1"),
                    " ",
                    Theme.ORGANIZATIONAL,
                    ControlAttributes.empty(),
                    false,
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(
            () ->
                new CatalogControl(
                    ControlId.of("A.5.1"),
                    "T",
                    Theme.ORGANIZATIONAL,
                    ControlAttributes.empty(),
                    false,
                    List.of(),
                    List.of("A.19.1.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A.19.1.1");
    assertThatThrownBy(
            () ->
                new CatalogControl(
                    ControlId.of("A.5.1"),
                    "T",
                    Theme.ORGANIZATIONAL,
                    ControlAttributes.empty(),
                    false,
                    List.of(""),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aliases");
  }

  // --- Clause -----------------------------------------------------------------------------------

  @Test
  void clause_documentedInformationNeedsRequirementBearing() {
    assertThatThrownBy(
            () ->
                new Clause(ClauseId.of("6.1"), "T", "S", false, Optional.of("x"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6.1");
    assertThatThrownBy(
            () ->
                new Clause(ClauseId.of("4.1"), "T", " ", true, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary");
    Clause c = clause("9.3.2", true);
    assertThat(c.parent()).contains(ClauseId.of("9.3"));
    assertThat(c.isTopLevel()).isFalse();
    assertThat(c.isHeading()).isFalse();
    assertThat(clause("9.3", false).isHeading()).isTrue();
    assertThat(clause("9", false).isHeading()).isFalse();
  }

  // --- Framework.of -----------------------------------------------------------------------------

  @Test
  void frameworkOf_sortsClausesAndRefusesDuplicatesAndOrphans() {
    Framework f =
        Framework.of(
            "test:1",
            "Test",
            "1",
            List.of(
                clause("10", false),
                clause("10.1", true),
                clause("9", false),
                clause("9.2", true),
                clause("9.1", true)),
            List.of(control("INT-2", Theme.PEOPLE), control("INT-1", Theme.PEOPLE)));
    assertThat(f.clauses())
        .extracting(c -> c.id().value())
        .containsExactly("9", "9.1", "9.2", "10", "10.1");
    assertThat(f.controls()).extracting(c -> c.id().value()).containsExactly("INT-2", "INT-1");
    assertThat(f.controlsByTheme(Theme.PEOPLE)).hasSize(2);
    assertThat(f.controlsByTheme(Theme.PHYSICAL)).isEmpty();
    assertThat(f.requirementBearingClauses())
        .extracting(c -> c.id().value())
        .containsExactly("9.1", "9.2", "10.1");

    assertThatThrownBy(
            () ->
                Framework.of(
                    "t", "T", "1", List.of(clause("4", false), clause("4", false)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate clause 4");
    assertThatThrownBy(() -> Framework.of("t", "T", "1", List.of(clause("4.1", true)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent 4");
    assertThatThrownBy(
            () ->
                Framework.of(
                    "t",
                    "T",
                    "1",
                    List.of(),
                    List.of(
                        control("A.5.1", Theme.ORGANIZATIONAL),
                        control("A.5.1", Theme.ORGANIZATIONAL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate control A.5.1");
    assertThatThrownBy(() -> Framework.of(" ", "T", "1", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passes null to check the documented NPE
  void framework_nullArgumentsThrowNpeNamingTheParameter() {
    Framework f = Iso27001_2022.framework();
    assertThatThrownBy(() -> f.control(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> f.clause(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> f.controlsByTheme(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("theme");
    assertThatThrownBy(() -> ControlMapping2013.instance().to2022(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id2013");
    ControlAttributes a = ControlAttributes.empty();
    assertThatThrownBy(() -> a.has((OperationalCapability) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("capability");
    assertThatThrownBy(() -> a.has((SecurityDomain) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("domain");
  }

  // --- 2013 values ------------------------------------------------------------------------------

  @Test
  void control2013_validates() {
    assertThat(
            new Control2013("A.10.1.2", "Key management", "A.10", List.of(ControlId.of("A.8.24")))
                .domainId())
        .isEqualTo("A.10");
    assertThatThrownBy(
            () ->
                new Control2013(
                    "A.10.1.2", "Key management", "A.1", List.of(ControlId.of("A.8.24"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("domainId");
    assertThatThrownBy(
            () -> new Control2013("A.4.1.1", "X", "A.4", List.of(ControlId.of("A.8.24"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A.4.1.1");
    assertThatThrownBy(() -> new Control2013("A.5.1.1", "X", "A.5", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successors");
  }

  @Test
  void clauseCorrespondence_validates() {
    assertThatThrownBy(
            () ->
                new ClauseCorrespondence(
                    Optional.of("6.3"), List.of(ClauseId.of("6.3")), ClauseChange.NEW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ClauseCorrespondence(
                    Optional.of("9.2"), List.of(ClauseId.of("9.2.1")), ClauseChange.SPLIT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ClauseCorrespondence(
                    Optional.of("10.1"), List.of(ClauseId.of("10.2")), ClauseChange.UNCHANGED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
