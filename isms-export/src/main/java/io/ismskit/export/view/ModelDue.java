package io.ismskit.export.view;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Dates;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link PdcaStatusSource#fromModel(Period, Period)}: what is due, from the model's dates. */
final class ModelDue implements PdcaStatusSource {
  private static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
      .thenComparing(DueItem::what);

  private final Period soon;
  private final Period horizon;

  ModelDue(Period soon, Period horizon) {
    this.soon = Checks.positive("PdcaStatusSource", "soon", Objects.requireNonNull(soon, "soon"));
    this.horizon = Checks.positive("PdcaStatusSource", "horizon", Objects.requireNonNull(horizon, "horizon"));
  }

  @Override
  public PdcaStatus status(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    Collector c = new Collector(asOf, asOf.plus(soon), asOf.plus(horizon));
    managementReview(isms, asOf, c);
    for (InternalAudit a : isms.audits()) {
      if (a.progress().status() == AuditStatus.PLANNED) {
        c.add("Internal audit " + a.id().value(), "9.2", a.id(), a.plannedOn());
      }
    }
    isms.riskCriteria().ifPresent(criteria -> risks(isms, criteria, asOf, c));
    for (Risk r : isms.risks()) {
      r.treatment().ifPresent(t -> {
        int i = 0;
        for (TreatmentAction x : t.actions()) {
          i++;
          if (x.progress().open()) {
            c.add("Treatment action " + i + " of risk " + r.id().value() + ": " + x.description(), "6.1.3", r.id(),
                x.dueDate());
          }
        }
      });
      r.acceptance().flatMap(a -> a.validUntil()).ifPresent(u ->
          c.add("Renewal of the acceptance of risk " + r.id().value(), "6.1.3", r.id(), u));
    }
    for (Nonconformity n : isms.nonconformities()) {
      if (!n.closed()) {
        n.dueDate().ifPresent(d -> c.add("Nonconformity " + n.id().value() + " (" + n.progress().status() + ")",
            "10.2", n.id(), d));
      }
    }
    for (CorrectiveAction a : isms.correctiveActions()) {
      if (a.completedOn().isEmpty()) {
        c.add("Corrective action " + a.id().value() + " for " + a.nonconformity().value(), "10.2", a.id(),
            a.dueDate());
      }
    }
    for (Policy p : isms.policies()) {
      p.nextReviewDue().ifPresent(d -> c.add("Review of policy " + p.id().value() + ": " + p.title(), "5.2", p.id(),
          d));
    }
    for (DocumentedInformation d : isms.documents()) {
      if (d.kind() == DocumentKind.MAINTAINED) {
        d.nextReviewDue().ifPresent(due -> c.add("Review of document " + d.id().value() + ": " + d.title(), "7.5.3",
            d.id(), due));
      }
    }
    for (Objective o : isms.objectives()) {
      if (o.status().open()) {
        c.add("Objective " + o.id().value() + " (" + o.status() + ")", "6.2", o.id(), o.dueDate());
      }
    }
    List<DueItem> items = c.items;
    items.sort(ORDER);
    List<String> notes = List.of("Derived from the dates in the model; the phase of the cycle is not tracked here.");
    return new PdcaStatus(Optional.empty(), Optional.empty(), items, notes);
  }

  private static void managementReview(Isms isms, LocalDate asOf, Collector c) {
    LocalDate last = null;
    for (ManagementReview r : isms.managementReviews()) {
      if (!r.heldOn().isAfter(asOf) && (last == null || r.heldOn().isAfter(last))) {
        last = r.heldOn();
      }
    }
    if (last == null) {
      c.add("First management review (none held yet)", "9.3", null, asOf);
    } else {
      c.add("Next management review (last held " + last + ")", "9.3", null,
          last.plus(isms.intervals().managementReview()));
    }
  }

  private static void risks(Isms isms, RiskCriteria criteria, LocalDate asOf, Collector c) {
    for (Risk r : isms.risks()) {
      Optional<LocalDate> next = criteria.nextAssessmentDue(r);
      if (next.isPresent()) {
        c.add("Risk assessment of " + r.id().value() + ": " + r.title(), "8.2", r.id(), next.get());
      } else {
        c.add("First risk assessment of " + r.id().value() + ": " + r.title(), "8.2", r.id(), asOf);
      }
    }
  }

  /** Gathers the items due before the horizon, with their urgency. */
  private static final class Collector {
    final LocalDate asOf;
    final LocalDate soon;
    final LocalDate horizon;
    final List<DueItem> items = new ArrayList<>();

    Collector(LocalDate asOf, LocalDate soon, LocalDate horizon) {
      this.asOf = asOf;
      this.soon = soon;
      this.horizon = horizon;
    }

    void add(String what, String clause, @org.jspecify.annotations.Nullable EntityId entity, LocalDate due) {
      if (due.isAfter(horizon)) {
        return;
      }
      DueItem.Urgency u = due.isBefore(asOf) ? DueItem.Urgency.OVERDUE
          : due.isAfter(soon) ? DueItem.Urgency.UPCOMING : DueItem.Urgency.DUE_SOON;
      items.add(new DueItem(what, Optional.of(ClauseId.of(clause)),
          Optional.ofNullable(entity).map(EntityRef::of), due, u));
    }
  }
}
