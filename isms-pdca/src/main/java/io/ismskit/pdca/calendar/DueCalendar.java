package io.ismskit.pdca.calendar;

import io.ismskit.conformance.Suppression;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Dates;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.certification.CertificationLifecycle;
import io.ismskit.pdca.certification.ScheduledAudit;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an ISMS has due up to a horizon, and everything overdue, by date.
 *
 * <pre>{@code
 * List<DueItem> due = DueCalendar.standard().due(isms, asOf);        // overdue first, then the next 90 days
 * due.stream().filter(DueItem::overdue).forEach(System.out::println); // "2027-03-14 OVERDUE EXTERNAL_AUDIT ..."
 * }</pre>
 *
 * <p>What is listed, each item naming its entity:
 *
 * <ul>
 *   <li>external audits: planned ones not yet performed, and for each active or suspended
 *       certificate the surveillance and recertification audits its cycle requires and that were
 *       not performed ({@link CertificationLifecycle#schedule}); the recertification decision
 *       before expiry; the response to each open finding of the certification body;
 *   <li>internal audits: planned ones, and the next one at the ISMS's planned interval after the
 *       last one performed (today if none was); management reviews likewise;
 *   <li>risk reassessments at the interval of the risk criteria (a risk never assessed is due since
 *       it was identified); policy, document and context reviews at their intervals;
 *   <li>the next step of each nonconformity under the {@link NonconformityPolicy}; corrective and
 *       treatment actions not done; temporary risk acceptances and suppressions that expire.
 * </ul>
 *
 * <p>Supplier reviews are not built in (the model has no suppliers yet); a host adds them, or any
 * other item, with {@link #withSource(DueSource)}.
 *
 * @implSpec Immutable and thread-safe; one linear pass over the ISMS, then a sort of the items
 *     found.
 */
public final class DueCalendar {
  /** The default horizon: 90 days. */
  public static final Period DEFAULT_HORIZON = Period.ofDays(90);

  private static final DueCalendar STANDARD =
      new DueCalendar(DEFAULT_HORIZON, NonconformityPolicy.STRICT, List.of(), List.of());

  private static final Comparator<DueItem> ORDER = Comparator.comparingLong((DueItem d) -> d.due().toEpochDay())
      .thenComparingInt(d -> d.kind().ordinal())
      .thenComparing(DueItem::subject)
      .thenComparing(DueItem::what);

  private final Period horizon;
  private final NonconformityPolicy policy;
  private final List<Suppression> suppressions;
  private final List<DueSource> sources;

  private DueCalendar(Period horizon, NonconformityPolicy policy, List<Suppression> suppressions,
      List<DueSource> sources) {
    this.horizon = horizon;
    this.policy = policy;
    this.suppressions = List.copyOf(suppressions);
    this.sources = List.copyOf(sources);
  }

  /** A calendar looking {@link #DEFAULT_HORIZON 90 days} ahead, with the strict nonconformity periods. */
  public static DueCalendar standard() {
    return STANDARD;
  }

  /** {@code standard().due(isms, asOf)}. */
  public static List<DueItem> dueOf(Isms isms, LocalDate asOf) {
    return STANDARD.due(isms, asOf);
  }

  /** This calendar looking {@code period} ahead of the as-of date. */
  public DueCalendar withHorizon(Period period) {
    Checks.positive("DueCalendar", "horizon", period);
    return new DueCalendar(period, policy, suppressions, sources);
  }

  /** This calendar with the nonconformity periods of {@code nonconformities}, such as a profile's. */
  public DueCalendar withNonconformityPolicy(NonconformityPolicy nonconformities) {
    return new DueCalendar(horizon, Objects.requireNonNull(nonconformities, "nonconformities"), suppressions,
        sources);
  }

  /** This calendar also listing the expiry of {@code list}, such as a rule set's suppressions. */
  public DueCalendar withSuppressions(List<Suppression> list) {
    return new DueCalendar(horizon, policy, list, sources);
  }

  /** This calendar also listing the items of {@code source}. */
  public DueCalendar withSource(DueSource source) {
    List<DueSource> s = new ArrayList<>(sources);
    s.add(Objects.requireNonNull(source, "source"));
    return new DueCalendar(horizon, policy, suppressions, s);
  }

  /** How far ahead the calendar looks. */
  public Period horizon() {
    return horizon;
  }

  /**
   * Everything due on or before {@code asOf} plus the horizon, overdue items (due before {@code
   * asOf}) included, ordered by date, then kind, then entity.
   *
   * @throws io.ismskit.core.base.InvalidValueException if {@code asOf} is outside the supported dates
   */
  public List<DueItem> due(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    Collector c = new Collector(asOf, asOf.plus(horizon));
    certification(isms, asOf, c);
    audits(isms, asOf, c);
    risks(isms, c);
    reviews(isms, c);
    nonconformities(isms, c);
    for (Suppression s : suppressions) {
      if (!s.approvedOn().isAfter(asOf)) {
        c.add(s.expiresOn(), DueKind.SUPPRESSION_EXPIRY, EntityRef.of("Suppression", s.ruleId()),
            "the suppression of rule " + s.ruleId() + " expires; renew it or fix the findings");
      }
    }
    for (DueSource s : sources) {
      for (DueItem d : s.due(isms, asOf, c.until)) {
        if (!d.due().isAfter(c.until)) {
          c.items.add(d);
        }
      }
    }
    c.items.sort(ORDER);
    return List.copyOf(c.items);
  }

  private static void certification(Isms isms, LocalDate asOf, Collector c) {
    for (ExternalAudit a : isms.externalAudits()) {
      if (!a.done() && a.progress().status() != AuditStatus.CANCELLED) {
        c.add(a.plannedOn(), DueKind.EXTERNAL_AUDIT, a.id(), label(a.type().name()) + " audit planned");
      }
    }
    for (Certificate cert : isms.certificates()) {
      CertificateStatus st = cert.standing().status();
      if (st != CertificateStatus.ACTIVE && st != CertificateStatus.SUSPENDED) {
        continue;
      }
      for (ScheduledAudit s : CertificationLifecycle.schedule(isms, cert)) {
        if (!s.done()) {
          c.add(s.dueBy(), DueKind.EXTERNAL_AUDIT, cert.id(), s.label() + " of the certification cycle");
        }
      }
      c.add(cert.expiresOn(), DueKind.RECERTIFICATION, cert.id(),
          "the certificate expires; the recertification decision must come before");
    }
    for (ExternalFinding f : isms.externalFindings()) {
      if (f.open()) {
        c.add(f.responseDue(), DueKind.FINDING_RESPONSE, f.id(), f.grade() + " finding: response and its "
            + "acceptance by the certification body");
      }
    }
  }

  private static void audits(Isms isms, LocalDate asOf, Collector c) {
    LocalDate lastAudit = null;
    for (InternalAudit a : isms.audits()) {
      if (a.done()) {
        LocalDate d = a.progress().performedOn().orElseThrow();
        lastAudit = lastAudit == null || d.isAfter(lastAudit) ? d : lastAudit;
      } else if (a.progress().status() != AuditStatus.CANCELLED) {
        c.add(a.plannedOn(), DueKind.INTERNAL_AUDIT, a.id(), "internal audit planned");
      }
    }
    c.add(lastAudit == null ? asOf : lastAudit.plus(isms.intervals().internalAudit()), DueKind.INTERNAL_AUDIT,
        EntityRef.of("Isms", "-"), lastAudit == null ? "no internal audit performed yet"
            : "the next internal audit at the planned interval");
    LocalDate lastReview = null;
    for (ManagementReview r : isms.managementReviews()) {
      lastReview = lastReview == null || r.heldOn().isAfter(lastReview) ? r.heldOn() : lastReview;
    }
    c.add(lastReview == null ? asOf : lastReview.plus(isms.intervals().managementReview()),
        DueKind.MANAGEMENT_REVIEW, EntityRef.of("Isms", "-"), lastReview == null ? "no management review held yet"
            : "the next management review at the planned interval");
  }

  private static void risks(Isms isms, Collector c) {
    RiskCriteria criteria = isms.riskCriteria().orElse(null);
    Period interval = criteria == null ? null : criteria.assessmentInterval();
    for (Risk r : isms.risks()) {
      if (interval != null) {
        Optional<LocalDate> last = r.lastAssessedOn();
        c.add(last.isPresent() ? last.get().plus(interval) : r.identifiedOn(), DueKind.RISK_REASSESSMENT, r.id(),
            last.isPresent() ? "reassessment at the interval of the risk criteria" : "never assessed");
      }
      if (r.treatment().isPresent()) {
        for (TreatmentAction a : r.treatment().get().actions()) {
          if (a.progress().open() && c.within(a.dueDate())) {
            c.add(a.dueDate(), DueKind.TREATMENT_ACTION, r.id(), "treatment action: " + a.description());
          }
        }
      }
      if (r.acceptance().isPresent()) {
        RiskAcceptance a = r.acceptance().get();
        if (a.validUntil().isPresent()) {
          c.add(a.validUntil().get(), DueKind.ACCEPTANCE_EXPIRY, r.id(), "the acceptance of the residual risk "
              + "lapses; renew or treat");
        }
      }
    }
  }

  private static void reviews(Isms isms, Collector c) {
    for (Policy p : isms.policies()) {
      Optional<LocalDate> next = p.nextReviewDue();
      if (next.isPresent()) {
        c.add(next.get(), DueKind.POLICY_REVIEW, p.id(), "review of the policy");
      }
    }
    for (DocumentedInformation d : isms.documents()) {
      if (d.status() == DocumentStatus.OBSOLETE) {
        continue;
      }
      Optional<LocalDate> next = d.nextReviewDue();
      if (next.isPresent()) {
        c.add(next.get(), DueKind.DOCUMENT_REVIEW, d.id(), "review of the document");
      }
    }
    Period contextInterval = isms.intervals().contextReview();
    for (ContextIssue i : isms.contextIssues()) {
      c.add(i.lastReviewed().orElse(i.identifiedOn()).plus(contextInterval), DueKind.CONTEXT_REVIEW, i.id(),
          "review of the issue");
    }
  }

  private void nonconformities(Isms isms, Collector c) {
    Map<NonconformityId, List<CorrectiveAction>> actions = new HashMap<>();
    for (CorrectiveAction a : isms.correctiveActions()) {
      actions.computeIfAbsent(a.nonconformity(), k -> new ArrayList<>()).add(a);
      if (a.completedOn().isEmpty()) {
        c.add(a.dueDate(), DueKind.CORRECTIVE_ACTION, a.id(), "corrective action for " + a.nonconformity());
      }
    }
    NonconformityLifecycle life = NonconformityLifecycle.of(policy);
    for (Nonconformity n : isms.nonconformities()) {
      life.due(n, actions.getOrDefault(n.id(), List.of())).ifPresent(d ->
          c.add(d.due(), DueKind.NONCONFORMITY_STEP, n.id(), "next step: " + d.step()));
    }
  }

  private static String label(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** The items found, those past the horizon left out. */
  private static final class Collector {
    final LocalDate asOf;
    final LocalDate until;
    final List<DueItem> items = new ArrayList<>();

    Collector(LocalDate asOf, LocalDate until) {
      this.asOf = asOf;
      this.until = until;
    }

    boolean within(LocalDate due) {
      return !due.isAfter(until);
    }

    void add(LocalDate due, DueKind kind, EntityId subject, String what) {
      if (!due.isAfter(until)) {
        items.add(new DueItem(due, kind, EntityRef.of(subject), what, due.isBefore(asOf)));
      }
    }

    void add(LocalDate due, DueKind kind, EntityRef subject, String what) {
      if (!due.isAfter(until)) {
        items.add(new DueItem(due, kind, subject, what, due.isBefore(asOf)));
      }
    }
  }
}
