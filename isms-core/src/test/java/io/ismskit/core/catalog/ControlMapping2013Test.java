package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ControlMapping2013} against the verbatim copy of the fact brief's section 3 (ISO/IEC
 * 27002:2022 Annex B Table B.2, ISO/IEC 27001:2013 to 2022) and section 1.1 (clause-level changes).
 */
class ControlMapping2013Test {
  private static final ControlMapping2013 MAP = ControlMapping2013.instance();
  private static final Framework ISO = Iso27001_2022.framework();

  private static List<List<String>> referenceRows() {
    return Reference.markdownRows(
        "mapping-2013-2022.md", Pattern.compile("A\\.\\d+\\.\\d+\\.\\d+"));
  }

  @Test
  void a13_1_3_isSegregationInNetworks_successorA822SegregationOfNetworks() {
    assertThat(MAP.control("A.13.1.3").orElseThrow().title()).isEqualTo("Segregation in networks");
    assertThat(MAP.to2022("A.13.1.3")).containsExactly(ControlId.of("A.8.22"));
    assertThat(ISO.control(ControlId.of("A.8.22")).orElseThrow().title())
        .isEqualTo("Segregation of networks");
  }

  @Test
  void instance_isShared() {
    assertThat(ControlMapping2013.instance()).isSameAs(MAP);
  }

  /**
   * Titles where the reference table (a verbatim copy of the fact brief) is wrong, with the title
   * the catalog holds. A.13.1.3 is "Segregation in networks" in both ISO/IEC 27001:2013 Annex A and
   * ISO/IEC 27002:2013 (13.1.3); the fact brief's table has "Segregation of networks", the 2022
   * title of its successor A.8.22.
   */
  private static final Map<String, String> TITLE_CORRECTIONS =
      Map.of("A.13.1.3", "Segregation in networks");

  @Test
  void everyReferenceRow_matches() {
    List<List<String>> rows = referenceRows();
    assertThat(rows).hasSize(114);
    for (List<String> r : rows) {
      Control2013 c = MAP.control(r.get(0)).orElseThrow();
      String corrected = TITLE_CORRECTIONS.get(r.get(0));
      if (corrected != null) {
        assertThat(r.get(1)).as("reference still wrong for %s", r.get(0)).isNotEqualTo(corrected);
      }
      assertThat(c.title()).as(r.get(0)).isEqualTo(corrected == null ? r.get(1) : corrected);
      assertThat(MAP.to2022(r.get(0)))
          .as(r.get(0))
          .extracting(ControlId::value)
          .containsExactly(r.get(2).split(",\\s*"));
    }
    assertThat(MAP.controls())
        .extracting(Control2013::id)
        .containsExactlyElementsOf(rows.stream().map(r -> r.get(0)).toList());
  }

  // Domain headings of the section 3 table, "**A.9** | **Access control** (14 controls)".
  @Test
  void domains_matchReferenceHeadingsAndCounts() {
    List<List<String>> headings =
        Reference.matches(
            "mapping-2013-2022.md",
            Pattern.compile(
                "^\\| \\*\\*(A\\.\\d+)\\*\\* \\| \\*\\*(.+)\\*\\* \\((\\d+) controls\\)"));
    assertThat(headings).hasSize(14);
    assertThat(MAP.domains()).hasSize(14);
    for (int i = 0; i < 14; i++) {
      Domain2013 d = MAP.domains().get(i);
      assertThat(d.id()).isEqualTo(headings.get(i).get(0));
      assertThat(d.title()).isEqualTo(headings.get(i).get(1));
      assertThat(d.controls()).hasSize(Integer.parseInt(headings.get(i).get(2)));
      assertThat(d.controls()).allSatisfy(c -> assertThat(c.domainId()).isEqualTo(d.id()));
    }
    assertThat(MAP.domains().stream().mapToInt(d -> d.controls().size()).sum()).isEqualTo(114);
    assertThat(MAP.domains())
        .extracting(Domain2013::id)
        .containsExactly(
            "A.5", "A.6", "A.7", "A.8", "A.9", "A.10", "A.11", "A.12", "A.13", "A.14", "A.15",
            "A.16", "A.17", "A.18");
  }

  // Facts derived from Table B.2 (fact brief section 3).
  @Test
  void everyOldControl_mapsToAtLeastOne_onlyA1823ToTwo() {
    assertThat(MAP.controls()).allSatisfy(c -> assertThat(c.successors()).isNotEmpty());
    assertThat(MAP.controls().stream().filter(c -> c.successors().size() > 1).map(Control2013::id))
        .containsExactly("A.18.2.3");
    assertThat(MAP.to2022("A.18.2.3"))
        .containsExactly(ControlId.of("A.5.36"), ControlId.of("A.8.8"));
    assertThat(MAP.controls())
        .allSatisfy(
            c -> assertThat(c.successors()).allSatisfy(s -> assertThat(ISO.contains(s)).isTrue()));
  }

  @Test
  void successionCounts_58OneToOne_24Merged_11New() {
    int one = 0;
    int merged = 0;
    int fresh = 0;
    Set<String> mergedSources = new HashSet<>();
    int mergedSourceRefs = 0;
    for (CatalogControl c : ISO.controls()) {
      Succession s = MAP.succession(c.id()).orElseThrow();
      switch (s) {
        case NEW -> fresh++;
        case ONE_TO_ONE -> one++;
        case MERGED -> {
          merged++;
          List<Control2013> preds = MAP.from2013(c.id());
          assertThat(preds).hasSizeBetween(2, 4);
          mergedSourceRefs += preds.size();
          preds.forEach(p -> mergedSources.add(p.id()));
        }
      }
    }
    assertThat(one).isEqualTo(58);
    assertThat(merged).isEqualTo(24);
    assertThat(fresh).isEqualTo(11);
    assertThat(mergedSources).hasSize(56);
    assertThat(mergedSourceRefs).isEqualTo(57);
  }

  @Test
  void newControls_haveNoPredecessor_andAgreeWithCatalogFlag() {
    for (CatalogControl c : ISO.controls()) {
      assertThat(MAP.from2013(c.id()).isEmpty()).as(c.id().value()).isEqualTo(c.newIn2022());
      assertThat(MAP.succession(c.id()))
          .as(c.id().value())
          .isEqualTo(
              Optional.of(
                  c.newIn2022()
                      ? Succession.NEW
                      : MAP.from2013(c.id()).size() == 1
                          ? Succession.ONE_TO_ONE
                          : Succession.MERGED));
    }
  }

  // Table B.1 (catalog predecessors) must be the inverse of Table B.2 (the mapping).
  @Test
  void predecessors_inverseOfMapping() {
    for (CatalogControl c : ISO.controls()) {
      assertThat(MAP.from2013(c.id()))
          .extracting(Control2013::id)
          .as(c.id().value())
          .containsExactlyInAnyOrderElementsOf(c.predecessors2013());
    }
  }

  @Test
  void largestMerges() {
    assertThat(MAP.from2013(ControlId.of("A.7.10")))
        .extracting(Control2013::id)
        .containsExactly("A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5");
    assertThat(MAP.from2013(ControlId.of("A.8.32")))
        .extracting(Control2013::id)
        .containsExactly("A.12.1.2", "A.14.2.2", "A.14.2.3", "A.14.2.4");
    assertThat(MAP.from2013(ControlId.of("A.8.8")))
        .extracting(Control2013::id)
        .containsExactly("A.12.6.1", "A.18.2.3");
  }

  @Test
  void lookups_unknownIdsAreEmpty() {
    assertThat(MAP.to2022("A.5.1.3")).isEmpty();
    assertThat(MAP.to2022("A.19.1.1")).isEmpty();
    assertThat(MAP.to2022("")).isEmpty();
    assertThat(MAP.to2022("garbage")).isEmpty();
    assertThat(MAP.control("A.5.1")).isEmpty();
    assertThat(MAP.from2013(ControlId.of("A.5.7"))).isEmpty();
    assertThat(MAP.from2013(ControlId.of("INT-1"))).isEmpty();
    assertThat(MAP.succession(ControlId.of("A.5.38"))).isEmpty();
    assertThat(MAP.to2022(" A.9.4.2 ")).containsExactly(ControlId.of("A.8.5"));
  }

  @Test
  void to2022_neverThrowsForArbitraryIds() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(0, 20), integers().between(0, 9), integers().between(0, 9))
        .checkAssert(
            (a, b, c) -> {
              String id = "A." + a + "." + b + "." + c;
              List<ControlId> to = MAP.to2022(id);
              assertThat(to.isEmpty()).as(id).isEqualTo(MAP.control(id).isEmpty());
              to.forEach(t -> assertThat(MAP.from2013(t)).extracting(Control2013::id).contains(id));
            });
  }

  // Fact brief section 1.1: identity except 9.2, 9.3 split, 10.1/10.2 swapped, 6.3 new.
  @Test
  void clauseMapping() {
    assertThat(MAP.clauseTo2022("9.2"))
        .extracting(ClauseId::value)
        .containsExactly("9.2.1", "9.2.2");
    assertThat(MAP.clauseTo2022("9.3"))
        .extracting(ClauseId::value)
        .containsExactly("9.3.1", "9.3.2", "9.3.3");
    assertThat(MAP.clauseTo2022("10.1")).extracting(ClauseId::value).containsExactly("10.2");
    assertThat(MAP.clauseTo2022("10.2")).extracting(ClauseId::value).containsExactly("10.1");
    assertThat(MAP.clauseTo2022("6.1.2")).extracting(ClauseId::value).containsExactly("6.1.2");
    assertThat(MAP.clauseTo2022("6.3")).isEmpty();
    assertThat(MAP.clauseTo2022("11")).isEmpty();
    assertThat(MAP.clauseFrom2013(ClauseId.of("6.3"))).isEmpty();
    assertThat(MAP.clauseFrom2013(ClauseId.of("9.3.2"))).containsExactly("9.3");
    assertThat(MAP.clauseFrom2013(ClauseId.of("10.2"))).containsExactly("10.1");
    assertThat(MAP.clauseFrom2013(ClauseId.of("4.4"))).containsExactly("4.4");
  }

  @Test
  void clauseMapping_coversEvery2022Clause() {
    // 41 clauses of 2022 minus the 5 split sub-clauses and 6.3 = 35 clauses of 2013, plus 6.3 as
    // NEW.
    assertThat(MAP.clauses()).hasSize(36);
    assertThat(MAP.clauses().stream().filter(c -> c.change() == ClauseChange.NEW))
        .singleElement()
        .satisfies(c -> assertThat(c.clauses2022()).containsExactly(ClauseId.of("6.3")));
    for (Clause c : ISO.clauses()) {
      boolean covered = MAP.clauses().stream().anyMatch(cc -> cc.clauses2022().contains(c.id()));
      boolean heading92or93 = c.id().value().equals("9.2") || c.id().value().equals("9.3");
      assertThat(covered).as(c.id().value()).isEqualTo(!heading92or93);
    }
  }

  @Test
  void collections_areUnmodifiable() {
    assertThatThrownBy(() -> MAP.controls().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> MAP.domains().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> MAP.to2022("A.5.1.1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> MAP.from2013(ControlId.of("A.5.1")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> MAP.clauses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
