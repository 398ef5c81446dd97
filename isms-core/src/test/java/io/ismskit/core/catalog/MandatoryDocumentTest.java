package io.ismskit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link MandatoryDocument} against the verbatim copy of the fact brief's section 4 table
 * (mandatory documented information of ISO/IEC 27001:2022) and the clauses TSV.
 */
class MandatoryDocumentTest {

  @Test
  void matchesReferenceTable_inOrder() {
    List<List<String>> rows =
        Reference.markdownRows("mandatory-documents.md", Pattern.compile("\\d+"));
    assertThat(rows).hasSize(16);
    List<MandatoryDocument> docs = List.of(MandatoryDocument.values());
    assertThat(docs).hasSize(16);
    for (int i = 0; i < rows.size(); i++) {
      MandatoryDocument d = docs.get(i);
      String clauseCell = rows.get(i).get(2);
      assertThat(clauseCell).as(d.name()).startsWith(d.reference());
      String kindCell = rows.get(i).get(3);
      DocumentedInformationKind expected =
          kindCell.contains("org-defined")
              ? DocumentedInformationKind.ORGANIZATION_DEFINED
              : kindCell.contains("maintain") || kindCell.equals("document/record")
                  ? DocumentedInformationKind.MAINTAINED
                  : DocumentedInformationKind.RETAINED;
      assertThat(d.kind()).as(d.name()).isEqualTo(expected);
    }
  }

  @Test
  void clauses_areExactlyThoseFlaggedInClausesTsv() {
    Set<String> flagged =
        Reference.clauses().stream()
            .filter(r -> r.get("mandatory_documented_information").equals("yes"))
            .map(r -> r.get("id"))
            .collect(Collectors.toSet());
    Set<String> served =
        Arrays.stream(MandatoryDocument.values())
            .map(d -> d.clause().value())
            .collect(Collectors.toSet());
    assertThat(served).isEqualTo(flagged);
  }

  @Test
  void everyClause_existsInFrameworkAndIsRequirementBearing() {
    Framework iso = Iso27001_2022.framework();
    for (MandatoryDocument d : MandatoryDocument.values()) {
      Clause c = iso.clause(d.clause()).orElseThrow();
      assertThat(c.requirementBearing()).as(d.name()).isTrue();
      assertThat(c.mandatoryDocumentedInformation()).as(d.name()).isTrue();
      assertThat(d.description()).isNotBlank();
    }
  }

  // 7.2 d): evidence of competence is documented information to be retained (a record).
  @Test
  void evidenceOfCompetence_isRetainedUnder72d() {
    assertThat(MandatoryDocument.forClause(ClauseId.of("7.2")))
        .containsExactly(MandatoryDocument.EVIDENCE_OF_COMPETENCE);
    assertThat(MandatoryDocument.EVIDENCE_OF_COMPETENCE.kind())
        .isEqualTo(DocumentedInformationKind.RETAINED);
    assertThat(MandatoryDocument.EVIDENCE_OF_COMPETENCE.reference()).isEqualTo("7.2 d)");
    assertThat(Iso27001_2022.framework().clause(ClauseId.of("7.2")).orElseThrow()
            .documentedInformation().orElseThrow())
        .contains("retained");
  }

  @Test
  void forClause() {
    assertThat(MandatoryDocument.forClause(ClauseId.of("6.1.3")))
        .containsExactly(
            MandatoryDocument.RISK_TREATMENT_PROCESS,
            MandatoryDocument.STATEMENT_OF_APPLICABILITY,
            MandatoryDocument.RISK_TREATMENT_PLAN);
    assertThat(MandatoryDocument.forClause(ClauseId.of("4.1"))).isEmpty();
    assertThat(MandatoryDocument.STATEMENT_OF_APPLICABILITY.reference()).isEqualTo("6.1.3 d)");
    assertThat(MandatoryDocument.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS.reference())
        .isEqualTo("10.2 f), g)");
    assertThat(MandatoryDocument.ISMS_SCOPE.items()).isEmpty();
  }
}
