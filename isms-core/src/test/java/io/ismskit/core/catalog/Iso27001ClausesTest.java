package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clauses of {@link Iso27001_2022#framework()} against the verbatim copy of the fact brief's
 * {@code iso27001-2022-clauses.tsv} (ISO/IEC 27001:2022 clauses 4 to 10: 7 top-level clauses, 4
 * intermediate headings and 30 requirement-bearing sub-clauses).
 */
class Iso27001ClausesTest {
  private static final Framework ISO = Iso27001_2022.framework();

  private static Clause clause(String id) {
    return ISO.clause(ClauseId.of(id)).orElseThrow();
  }

  @Test
  void everyReferenceClause_presentWithTitleAndDocumentedInformationFlag() {
    List<Reference.TsvRow> rows = Reference.clauses();
    assertThat(rows).hasSize(41);
    for (Reference.TsvRow r : rows) {
      Clause c = clause(r.get("id"));
      assertThat(c.title()).as(r.get("id")).isEqualTo(r.get("title"));
      assertThat(c.mandatoryDocumentedInformation())
          .as(r.get("id"))
          .isEqualTo(r.get("mandatory_documented_information").equals("yes"));
      assertThat(c.documentedInformation().isPresent())
          .isEqualTo(c.mandatoryDocumentedInformation());
      assertThat(c.summary()).as(r.get("id")).isNotBlank();
    }
    assertThat(ISO.clauses()).hasSize(rows.size());
  }

  @Test
  void clauses_inNumericOrder() {
    // The reference file lists clauses in document order, which is numeric order (10 after 9.3.3).
    List<String> expected = Reference.clauses().stream().map(r -> r.get("id")).toList();
    assertThat(ISO.clauses()).extracting(c -> c.id().value()).containsExactlyElementsOf(expected);
    assertThat(ISO.clauses()).extracting(Clause::id).isSorted();
    assertThat(ISO.clauses().get(ISO.clauses().size() - 3).id().value()).isEqualTo("10");
  }

  // Fact brief: "7 top-level clauses, 4 intermediate headings 6.1/7.5/9.2/9.3 and 30
  // requirement-bearing sub-clauses".
  @Test
  void structure_7TopLevel_4Headings_30RequirementBearing() {
    assertThat(ISO.clauses().stream().filter(Clause::isTopLevel).map(c -> c.id().value()))
        .containsExactly("4", "5", "6", "7", "8", "9", "10");
    assertThat(ISO.clauses().stream().filter(Clause::isHeading).map(c -> c.id().value()))
        .containsExactly("6.1", "7.5", "9.2", "9.3");
    assertThat(ISO.requirementBearingClauses()).hasSize(30);
    assertThat(ISO.requirementBearingClauses())
        .allSatisfy(c -> assertThat(c.requirementBearing()).isTrue());
    assertThat(ISO.clauses().stream().filter(c -> c.isTopLevel() && c.requirementBearing()))
        .isEmpty();
  }

  @Test
  void requirementBearing_exactlyTheLeaves() {
    for (Clause c : ISO.clauses()) {
      assertThat(c.requirementBearing())
          .as(c.id().value())
          .isEqualTo(ISO.subClauses(c.id()).isEmpty());
    }
  }

  @Test
  void requirementBearing_includesNew63AndSplitSubClauses() {
    assertThat(ISO.requirementBearingClauses())
        .extracting(c -> c.id().value())
        .contains("6.3", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3")
        .doesNotContain("6.1", "7.5", "9.2", "9.3", "4", "10");
  }

  // Fact brief section 1 "DI" lines: 14 sub-clauses make documented information mandatory.
  @Test
  void mandatoryDocumentedInformation_clauses() {
    assertThat(
            ISO.clauses().stream()
                .filter(Clause::mandatoryDocumentedInformation)
                .map(c -> c.id().value()))
        .containsExactly(
            "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1",
            "9.2.2", "9.3.3", "10.2");
  }

  // ISO/IEC 27001:2022 asks to *retain* documented information (a record) in exactly these six
  // sub-clauses; elsewhere it must be *available*. 7.2 d) asks to retain evidence of competence.
  @Test
  void documentedInformation_retainedExactlyWhereTheStandardSaysRetain() {
    assertThat(
            ISO.clauses().stream()
                .filter(c -> c.documentedInformation().orElse("").contains("retained"))
                .map(c -> c.id().value()))
        .containsExactly("6.1.2", "6.1.3", "6.2", "7.2", "8.2", "8.3");
    assertThat(clause("7.2").documentedInformation().orElseThrow())
        .contains("competence")
        .contains("retained")
        .doesNotContain("available");
  }

  @Test
  void parents_andSubClauses() {
    assertThat(clause("6.1.2").parent()).contains(ClauseId.of("6.1"));
    assertThat(clause("6.1").parent()).contains(ClauseId.of("6"));
    assertThat(clause("10").parent()).isEmpty();
    assertThat(ISO.subClauses(ClauseId.of("9.3")))
        .extracting(c -> c.id().value())
        .containsExactly("9.3.1", "9.3.2", "9.3.3");
    assertThat(ISO.subClauses(ClauseId.of("4")))
        .extracting(c -> c.id().value())
        .containsExactly("4.1", "4.2", "4.3", "4.4");
    assertThat(ISO.subClauses(ClauseId.of("6.1.2"))).isEmpty();
    for (Clause c : ISO.clauses()) {
      c.parent().ifPresent(p -> assertThat(ISO.subClauses(p)).contains(c));
    }
  }

  // Fact brief sections 1 and 1.1: what changed in 2022 and with Amd 1:2024.
  @Test
  void changeNotes_onChangedClauses() {
    for (String id :
        List.of("4.1", "4.2", "4.4", "6.2", "6.3", "7.4", "8.1", "9.3.2", "10.1", "10.2")) {
      assertThat(clause(id).changeNote()).as(id).isPresent();
    }
    assertThat(clause("4.1").changeNote().orElseThrow()).containsIgnoringCase("climate");
    assertThat(clause("5.2").changeNote()).isEmpty();
  }

  @Test
  void clause_unknownIdsAreEmpty() {
    for (String id : List.of("4.5", "6.4", "7.5.4", "9.4", "10.3", "5.1.1")) {
      assertThat(ISO.clause(ClauseId.of(id))).as(id).isEmpty();
    }
  }

  @Test
  void clause_lookupAgreesWithList() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(4, 10), integers().between(0, 9), integers().between(0, 9))
        .checkAssert(
            (top, a, b) -> {
              String id = top + (a == 0 ? "" : "." + a + (b == 0 ? "" : "." + b));
              ClauseId cid = ClauseId.of(id);
              boolean listed = ISO.clauses().stream().anyMatch(c -> c.id().equals(cid));
              assertThat(ISO.clause(cid).isPresent()).as(id).isEqualTo(listed);
            });
  }

  @Test
  void collections_areUnmodifiable() {
    assertThatThrownBy(() -> ISO.clauses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ISO.requirementBearingClauses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ISO.subClauses(ClauseId.of("4")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void summaries_areParaphrasesNotTitles() {
    List<String> same = new ArrayList<>();
    for (Clause c : ISO.clauses()) {
      if (c.summary().equalsIgnoreCase(c.title())) {
        same.add(c.id().value());
      }
    }
    assertThat(same).isEmpty();
  }
}
