package io.ismskit.pdca.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierStatus;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.certification.CertificationLifecycle;
import io.ismskit.pdca.certification.ScheduledAudit;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    for (Certificate c : isms.certificates()) {
      CertificateStanding s = c.standing();
      if (s.status() == CertificateStatus.ACTIVE || s.status() == CertificateStatus.SUSPENDED) {
        if (c.expiresOn().isBefore(asOf)) {
          out.add(key(DueKind.RECERTIFICATION, EntityRef.of(c.id()), c.expiresOn()));
        }
        s.until().filter(u -> u.isBefore(asOf))
            .ifPresent(u -> out.add(key(DueKind.CERTIFICATE_SUSPENSION_END, EntityRef.of(c.id()), u)));
        for (ScheduledAudit a : CertificationLifecycle.schedule(isms, c)) {
          if (!a.done() && a.dueBy().isBefore(asOf)) {
            out.add(key(DueKind.EXTERNAL_AUDIT, EntityRef.of(c.id()), a.dueBy()));
          }
        }
      }
    }
    for (ExternalAudit a : isms.externalAudits()) {
      if (!a.done() && a.progress().status() != AuditStatus.CANCELLED && a.plannedOn().isBefore(asOf)) {
        out.add(key(DueKind.EXTERNAL_AUDIT, EntityRef.of(a.id()), a.plannedOn()));
      }
    }
    for (Supplier s : isms.suppliers()) {
      boolean reviewed = s.status() == SupplierStatus.PROPOSED || s.status() == SupplierStatus.ACTIVE;
      if (s.status() == SupplierStatus.ENDED) {
        continue;
      }
      if (reviewed) {
        Optional<LocalDate> next = s.latestAssessment().isEmpty() ? s.since() : s.nextReviewDue();
        next.filter(d -> d.isBefore(asOf))
            .ifPresent(d -> out.add(key(DueKind.SUPPLIER_REVIEW, EntityRef.of(s.id()), d)));
      }
      for (SupplierAgreement a : s.agreements()) {
        Optional<LocalDate> end = a.validUntil();
        if (end.isPresent() && end.get().isBefore(asOf) && s.agreements().stream()
            .noneMatch(b -> !b.reference().equals(a.reference()) && b.validOn(end.get().plusDays(1)))) {
          out.add(key(DueKind.SUPPLIER_AGREEMENT, EntityRef.of(s.id()), end.get()));
        }
        boolean statesRequirements = !a.securityRequirements().isEmpty() || !a.requirements().isEmpty()
            || !a.controls().isEmpty();
        if (reviewed && s.reviewInterval().isPresent() && statesRequirements) {
          LocalDate review = a.lastReviewed().orElse(a.signedOn()).plus(s.reviewInterval().get());
          if (review.isBefore(asOf) && end.map(e -> !review.isAfter(e)).orElse(true)) {
            out.add(key(DueKind.SUPPLIER_AGREEMENT, EntityRef.of(s.id()), review));
          }
        }
      }
    }
    for (PolicyException e : isms.policyExceptions()) {
      if (e.closedOn().isEmpty() && e.expiresOn().isBefore(asOf)) {
        out.add(key(DueKind.POLICY_EXCEPTION_EXPIRY, EntityRef.of(e.id()), e.expiresOn()));
      }
    }
    return out;
  }

  /** The kinds the property below saw passed items of, over all its examples. */
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  static String key(DueKind kind, EntityRef ref, LocalDate due) {
    return kind + " " + ref + " " + due;
  }

  static String key(DueItem d) {
    return key(d.kind(), d.subject(), d.due());
  }

  @Test
  void dueNeverMissesAnItemWhoseDateHasPassed() {
    // the graphs of this size seldom hold certification records: some are added to every graph
    qt().withFixedSeed(7_2026L).withExamples(150)
        .forAll(QtGens.of(IsmsGens.validIsms(), 40), integers().between(-800, 800),
            lists().of(QtGens.of(IsmsGens.certificates())).ofSizeBetween(0, 4),
            lists().of(QtGens.of(IsmsGens.externalFindings())).ofSizeBetween(0, 3))
        .checkAssert((generated, days, certificates, findings) -> {
          Isms isms = generated.withCertificates(certificates).withExternalFindings(findings);
          LocalDate asOf = AS_OF.plusDays(days);
          List<DueItem> due = DueCalendar.standard().due(isms, asOf);
          List<String> listed = due.stream().filter(DueItem::overdue).map(DueCalendarTest::key).toList();
          List<String> passed = passed(isms, asOf);
          assertThat(listed).containsAll(passed);
          passed.forEach(k -> SEEN.add(k.substring(0, k.indexOf(' '))));
          assertThat(due).allMatch(d -> d.overdue() == d.due().isBefore(asOf));
          assertThat(due).allMatch(d -> !d.due().isAfter(asOf.plus(DueCalendar.DEFAULT_HORIZON)));
          for (int i = 1; i < due.size(); i++) {
            assertThat(DueCalendar.ORDER.compare(due.get(i - 1), due.get(i))).isLessThanOrEqualTo(0);
          }
        });
    // the generated models exercise every kind the property checks, the new ones included
    assertThat(SEEN).contains(DueKind.SUPPLIER_REVIEW.name(), DueKind.SUPPLIER_AGREEMENT.name(),
        DueKind.POLICY_EXCEPTION_EXPIRY.name(), DueKind.CERTIFICATE_SUSPENSION_END.name(),
        DueKind.RECERTIFICATION.name(), DueKind.FINDING_RESPONSE.name(), DueKind.TREATMENT_ACTION.name(),
        DueKind.RISK_REASSESSMENT.name(), DueKind.CORRECTIVE_ACTION.name(), DueKind.EXTERNAL_AUDIT.name());
  }

  /** The register's items by their plain definition: each date computed, compared with the horizon's end. */
  static List<String> registerItems(Isms isms, LocalDate asOf, LocalDate until) {
    List<String> out = new ArrayList<>();
    for (Risk r : isms.risks()) {
      if (isms.riskCriteria().isPresent()) {
        LocalDate d = r.lastAssessedOn().map(x -> x.plus(isms.riskCriteria().get().assessmentInterval()))
            .orElse(r.identifiedOn());
        if (!d.isAfter(until)) {
          out.add(key(DueKind.RISK_REASSESSMENT, EntityRef.of(r.id()), d) + " " + d.isBefore(asOf));
        }
      }
      for (TreatmentAction a : r.treatment().map(t -> t.actions()).orElse(List.of())) {
        if (a.progress().open() && !a.dueDate().isAfter(until)) {
          out.add(key(DueKind.TREATMENT_ACTION, EntityRef.of(r.id()), a.dueDate()) + " " + a.dueDate().isBefore(asOf)
              + " treatment action: " + a.description());
        }
      }
      r.acceptance().flatMap(x -> x.validUntil()).filter(d -> !d.isAfter(until)).ifPresent(d ->
          out.add(key(DueKind.ACCEPTANCE_EXPIRY, EntityRef.of(r.id()), d) + " " + d.isBefore(asOf)));
    }
    return out;
  }

  @Test
  void theRegistersItemsAreExactlyThoseOfThePlainDefinition() {
    qt().withFixedSeed(13_2026L).withExamples(100)
        .forAll(QtGens.of(IsmsGens.validIsms(), 40), integers().between(-800, 800), integers().between(1, 400))
        .checkAssert((isms, days, horizon) -> {
          LocalDate asOf = AS_OF.plusDays(days);
          List<DueItem> due = DueCalendar.standard().withHorizon(Period.ofDays(horizon)).due(isms, asOf);
          List<String> listed = due.stream().filter(d -> d.kind() == DueKind.RISK_REASSESSMENT
              || d.kind() == DueKind.TREATMENT_ACTION || d.kind() == DueKind.ACCEPTANCE_EXPIRY)
              .map(d -> key(d) + " " + d.overdue() + (d.kind() == DueKind.TREATMENT_ACTION ? " " + d.what() : ""))
              .toList();
          assertThat(listed).containsExactlyInAnyOrderElementsOf(registerItems(isms, asOf,
              asOf.plusDays(horizon)));
        });
  }

  @Test
  void theBoundOfReassessmentsIsExact_atMonthEnds_andLeapDays() {
    for (Period p : List.of(Period.ofDays(1), Period.ofMonths(1), Period.ofYears(1), Period.ofMonths(12),
        Period.of(1, 1, 0), Period.of(0, 3, 15), Period.of(2, 0, 1), Period.ofYears(1000))) {
      for (LocalDate until : List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1),
          LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2, 1, 1))) {
        LocalDate bound = java.util.Objects.requireNonNull(DueCalendar.lastAssessedWithin(p, until));
        for (LocalDate d = bound.minusDays(400); d.isBefore(bound.plusDays(400)); d = d.plusDays(1)) {
          assertThat(!d.isAfter(bound)).as("%s + %s <= %s", d, p, until).isEqualTo(!d.plus(p).isAfter(until));
        }
      }
    }
    assertThat(DueCalendar.lastAssessedWithin(Period.ZERO, AS_OF)).isNull();
    assertThat(DueCalendar.lastAssessedWithin(Period.of(1, -1, 0), AS_OF)).isNull();
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

  @Test
  void itemsOfOneDateAndKindAreInTheOrderOfTheirEntitiesAndTexts() {
    List<String> ids = List.of("R-1", "R-10", "R-100", "R-1000000", "R-1000001", "R-100000", "R-2", "R-20",
        "R-1 ", "r-1", "R-\u00e91", "R-1\u00e9", "\u03a9-1", "R-123456", "R-123457", "R-12345", "R-1234567", "A",
        "AB", "ABCDEFG", "ABCDEF", "ABCDEFF");
    for (boolean mixedTypes : new boolean[] {false, true}) {
      List<DueItem> items = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String type = mixedTypes && i % 3 == 0 ? "Asset" : "Risk";
        items.add(new DueItem(AS_OF, DueKind.OTHER, EntityRef.of(type, ids.get(i)), "b " + i, false));
        items.add(new DueItem(AS_OF, DueKind.OTHER, EntityRef.of(type, ids.get(i)), "a " + i, false));
        items.add(new DueItem(AS_OF.plusDays(1), DueKind.OTHER, EntityRef.of(type, ids.get(i)), "c", false));
      }
      java.util.Collections.shuffle(items, new java.util.Random(5));
      List<DueItem> expected = new ArrayList<>(items);
      expected.sort(DueCalendar.ORDER);
      Isms empty = Isms.builder().organization(ConformantIsms.small(1).organization()).build();
      List<DueItem> due = DueCalendar.standard().withSource((isms, asOf, until) -> items).due(empty, AS_OF);
      assertThat(due.stream().filter(d -> d.kind() == DueKind.OTHER).toList()).containsExactlyElementsOf(expected);
    }
  }

  static EntityRef ref(EntityId id) {
    return EntityRef.of(id);
  }
}
