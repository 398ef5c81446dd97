package io.ismskit.pdca.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueCalendarTest {
  private static final LocalDate AS_OF = ConformantIsms.AS_OF;

  /** What must be listed as overdue on {@code asOf}: every dated obligation of the model whose date has passed. */
  static List<String> passed(Isms isms, LocalDate asOf) {
    List<String> out = new ArrayList<>();
    for (CorrectiveAction a : isms.correctiveActions()) {
      if (a.completedOn().isEmpty() && a.dueDate().isBefore(asOf)) {
        out.add(key(DueKind.CORRECTIVE_ACTION, EntityRef.of(a.id()), a.dueDate()));
      }
    }
    for (Risk r : isms.risks()) {
      for (TreatmentAction a : r.treatment().map(t -> t.actions()).orElse(List.of())) {
        if (a.progress().open() && a.dueDate().isBefore(asOf)) {
          out.add(key(DueKind.TREATMENT_ACTION, EntityRef.of(r.id()), a.dueDate()));
        }
      }
      r.acceptance().flatMap(x -> x.validUntil()).filter(d -> d.isBefore(asOf))
          .ifPresent(d -> out.add(key(DueKind.ACCEPTANCE_EXPIRY, EntityRef.of(r.id()), d)));
      if (isms.riskCriteria().isPresent()) {
        LocalDate d = r.lastAssessedOn().map(x -> x.plus(isms.riskCriteria().get().assessmentInterval()))
            .orElse(r.identifiedOn());
        if (d.isBefore(asOf)) {
          out.add(key(DueKind.RISK_REASSESSMENT, EntityRef.of(r.id()), d));
        }
      }
    }
    for (Policy p : isms.policies()) {
      p.nextReviewDue().filter(d -> d.isBefore(asOf)).ifPresent(d -> out.add(key(DueKind.POLICY_REVIEW,
          EntityRef.of(p.id()), d)));
    }
    for (DocumentedInformation d : isms.documents()) {
      if (d.status() != DocumentStatus.OBSOLETE) {
        d.nextReviewDue().filter(x -> x.isBefore(asOf)).ifPresent(x -> out.add(key(DueKind.DOCUMENT_REVIEW,
            EntityRef.of(d.id()), x)));
      }
    }
    for (InternalAudit a : isms.audits()) {
      if (!a.done() && a.progress().status() != AuditStatus.CANCELLED && a.plannedOn().isBefore(asOf)) {
        out.add(key(DueKind.INTERNAL_AUDIT, EntityRef.of(a.id()), a.plannedOn()));
      }
    }
    for (ExternalFinding f : isms.externalFindings()) {
      if (f.open() && f.responseDue().isBefore(asOf)) {
        out.add(key(DueKind.FINDING_RESPONSE, EntityRef.of(f.id()), f.responseDue()));
      }
    }
    NonconformityLifecycle life = NonconformityLifecycle.of(NonconformityPolicy.STRICT);
    for (Nonconformity n : isms.nonconformities()) {
      life.due(isms, n.id()).filter(d -> d.overdueOn(asOf))
          .ifPresent(d -> out.add(key(DueKind.NONCONFORMITY_STEP, EntityRef.of(n.id()), d.due())));
    }
    return out;
  }

  static String key(DueKind kind, EntityRef ref, LocalDate due) {
    return kind + " " + ref + " " + due;
  }

  static String key(DueItem d) {
    return key(d.kind(), d.subject(), d.due());
  }

  @Test
  void dueNeverMissesAnItemWhoseDateHasPassed() {
    qt().withFixedSeed(7_2026L).withExamples(150)
        .forAll(QtGens.of(IsmsGens.validIsms(), 40), integers().between(-800, 800))
        .checkAssert((isms, days) -> {
          LocalDate asOf = AS_OF.plusDays(days);
          List<DueItem> due = DueCalendar.standard().due(isms, asOf);
          List<String> listed = due.stream().filter(DueItem::overdue).map(DueCalendarTest::key).toList();
          assertThat(listed).containsAll(passed(isms, asOf));
          assertThat(due).allMatch(d -> d.overdue() == d.due().isBefore(asOf));
          assertThat(due).allMatch(d -> !d.due().isAfter(asOf.plus(DueCalendar.DEFAULT_HORIZON)));
          for (int i = 1; i < due.size(); i++) {
            assertThat(due.get(i - 1).due()).isBeforeOrEqualTo(due.get(i).due());
          }
        });
  }

  @Test
  void aConformantIsmsHasNothingOverdueButTheUpcomingWorkIsListed() {
    Isms isms = ConformantIsms.small(1);
    List<DueItem> due = DueCalendar.standard().due(isms, AS_OF);
    // only the strict policy's periods for nonconformity steps, tighter than the testkit's data, are passed
    assertThat(due).filteredOn(DueItem::overdue).extracting(DueItem::kind).containsOnly(DueKind.NONCONFORMITY_STEP);
    assertThat(DueCalendar.standard().withNonconformityPolicy(new NonconformityPolicy(Period.ofYears(1),
        Period.ofYears(1), Period.ofYears(1), Period.ofYears(1), Period.ofYears(1))).due(isms, AS_OF))
        .noneMatch(DueItem::overdue);
    assertThat(due).extracting(DueItem::kind).contains(DueKind.INTERNAL_AUDIT, DueKind.CORRECTIVE_ACTION);
    // a year on, the same ISMS left alone is overdue everywhere
    List<DueItem> later = DueCalendar.dueOf(isms, AS_OF.plusYears(1));
    assertThat(later).filteredOn(DueItem::overdue).extracting(DueItem::kind).contains(DueKind.INTERNAL_AUDIT,
        DueKind.MANAGEMENT_REVIEW, DueKind.RISK_REASSESSMENT, DueKind.POLICY_REVIEW, DueKind.CORRECTIVE_ACTION);
    assertThat(DueKind.MANAGEMENT_REVIEW.clause()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("9.3"));
  }

  @Test
  void theHorizonAndHostSourcesAreTheCallersChoice() {
    Isms isms = ConformantIsms.small(1);
    int ninety = DueCalendar.standard().due(isms, AS_OF).size();
    assertThat(DueCalendar.standard().withHorizon(Period.ofDays(400)).due(isms, AS_OF).size()).isGreaterThan(ninety);
    assertThat(DueCalendar.standard().withHorizon(Period.ofDays(400)).horizon()).isEqualTo(Period.ofDays(400));
    EntityRef supplier = EntityRef.of("Supplier", "SUP-1");
    DueSource suppliers = (i, asOf, until) -> List.of(
        new DueItem(asOf.minusDays(3), DueKind.OTHER, supplier, "annual supplier review", true),
        new DueItem(until.plusDays(1), DueKind.OTHER, supplier, "beyond the horizon", false));
    List<DueItem> due = DueCalendar.standard().withSource(suppliers).due(isms, AS_OF);
    assertThat(due).filteredOn(d -> d.subject().equals(supplier)).singleElement()
        .satisfies(d -> assertThat(d.what()).isEqualTo("annual supplier review"));
    int at = due.indexOf(due.stream().filter(d -> d.subject().equals(supplier)).findFirst().orElseThrow());
    assertThat(due.subList(0, at)).allMatch(DueItem::overdue); // in date order with the built-in items
  }

  static EntityRef ref(EntityId id) {
    return EntityRef.of(id);
  }
}
