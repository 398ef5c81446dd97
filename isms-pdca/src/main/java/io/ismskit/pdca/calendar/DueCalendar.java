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
import io.ismskit.core.base.Text;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierStatus;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.certification.CertificationLifecycle;
import io.ismskit.pdca.certification.ScheduledAudit;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
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
 *       not performed ({@link CertificationLifecycle#schedule}); certificate milestones: the
 *       recertification decision before expiry, the last day of a suspension; the response to each
 *       open finding of the certification body;
 *   <li>internal audits: planned ones, and the next one at the ISMS's planned interval after the
 *       last one performed (today if none was); management reviews likewise;
 *   <li>risk reassessments at the interval of the risk criteria (a risk never assessed is due since
 *       it was identified); policy, document and context reviews at their intervals;
 *   <li>suppliers (not ended): for a proposed or active supplier never assessed, its due diligence
 *       (due when the relationship starts, {@link Supplier#since()}, or today if that is not
 *       recorded), else its next review ({@link Supplier#nextReviewDue()}); for each agreement, its
 *       end ({@link SupplierAgreement#validUntil()}) unless another agreement of the supplier is in
 *       force the day after, and, for a proposed or active supplier with a review interval, the
 *       next review of its security requirements (last reviewed, or signed, plus that interval)
 *       while the agreement runs;
 *   <li>the next step of each nonconformity under the {@link NonconformityPolicy}; corrective and
 *       treatment actions not done; temporary risk acceptances, policy exceptions not closed and
 *       suppressions that expire.
 * </ul>
 *
 * <p>A host adds its own items, such as contract renewals it tracks elsewhere, with {@link
 * #withSource(DueSource)}.
 *
 * @implSpec Immutable and thread-safe; one linear pass over the ISMS, then a sort of the items
 *     found (of primitive keys: date and kind; only items of the same date and kind are compared by
 *     entity and text).
 */
public final class DueCalendar {
  /** The default horizon: 90 days. */
  public static final Period DEFAULT_HORIZON = Period.ofDays(90);

  private static final DueCalendar STANDARD =
      new DueCalendar(DEFAULT_HORIZON, NonconformityPolicy.STRICT, List.of(), List.of());

  /** The order of the items: by date, then kind (as {@link DueKind} declares them), then entity, then text. */
  @SuppressWarnings("EnumOrdinal") // the declaration order of the kinds is the documented order
  static final Comparator<DueItem> ORDER = Comparator.comparingLong((DueItem d) -> d.due().toEpochDay())
      .thenComparingInt(d -> d.kind().ordinal())
      .thenComparing(DueItem::subject)
      .thenComparing(DueItem::what);

  /** The order of items of the same date and kind: {@link #ORDER} for them, without its first keys. */
  private static final Comparator<DueItem> TIES = DueCalendar::compareTies;

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
    certification(isms, c);
    audits(isms, asOf, c);
    risks(isms, c);
    reviews(isms, c);
    suppliers(isms, asOf, c);
    nonconformities(isms, c);
    for (PolicyException e : isms.policyExceptions()) {
      if (e.closedOn().isEmpty()) {
        c.add(e.expiresOn(), DueKind.POLICY_EXCEPTION_EXPIRY, e.id(), "the exception to policy "
            + Text.shorten(e.policy().value()) + " expires; close it, or renew it with a new approval");
      }
    }
    for (Suppression s : suppressions) {
      if (!s.approvedOn().isAfter(asOf)) {
        c.add(s.expiresOn(), DueKind.SUPPRESSION_EXPIRY, EntityRef.of("Suppression", s.ruleId()),
            "the suppression of rule " + s.ruleId() + " expires; renew it or fix the findings");
      }
    }
    for (DueSource s : sources) {
      for (DueItem d : s.due(isms, asOf, c.until)) {
        if (!Objects.requireNonNull(d, "DueSource returned a null item").due().isAfter(c.until)) {
          c.append(d);
        }
      }
    }
    return c.sorted();
  }

  private static void certification(Isms isms, Collector c) {
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
      if (st == CertificateStatus.SUSPENDED) {
        c.add(cert.standing().until().orElseThrow(), DueKind.CERTIFICATE_SUSPENSION_END, cert.id(),
            "the suspension ends: resolve its cause and have the certificate reinstated, or it is withdrawn");
      }
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

  /**
   * The risk register: reassessments, treatment actions and acceptances. The hot path of the
   * calendar (a register of 100,000 risks is hundreds of megabytes of objects, so this is bound by
   * memory traffic): one indexed pass that reads each risk's dates once, compares a reassessment
   * by its last assessment date against one precomputed bound instead of computing its due date,
   * and allocates only for the items it lists.
   */
  private static void risks(Isms isms, Collector c) {
    RiskCriteria criteria = isms.riskCriteria().orElse(null);
    Period interval = criteria == null ? null : criteria.assessmentInterval();
    // a risk last assessed on or before this day is due for reassessment within the horizon
    LocalDate reassessBy = interval == null ? null : lastAssessedWithin(interval, c.until);
    LocalDate until = c.until;
    List<Risk> risks = isms.risks();
    for (int k = 0, n = risks.size(); k < n; k++) {
      Risk r = risks.get(k);
      EntityRef ref = null;
      if (interval != null) {
        RiskAssessment inherent = r.inherent().orElse(null);
        LocalDate last = inherent == null ? null : inherent.assessedOn();
        // the residual assessment matters only if the inherent one does not already put the risk beyond the bound
        if (last == null || reassessBy == null || !last.isAfter(reassessBy)) {
          RiskAssessment residual = r.residual().orElse(null);
          if (residual != null && (last == null || residual.assessedOn().isAfter(last))) {
            last = residual.assessedOn();
          }
          if (last == null) {
            ref = c.ref(r.id());
            c.add(r.identifiedOn(), DueKind.RISK_REASSESSMENT, ref, "never assessed");
          } else if (reassessBy == null ? !last.plus(interval).isAfter(until) : !last.isAfter(reassessBy)) {
            ref = c.ref(r.id());
            c.add(last.plus(interval), DueKind.RISK_REASSESSMENT, ref, "reassessment at the interval of the risk "
                + "criteria");
          }
        }
      }
      Treatment treatment = r.treatment().orElse(null);
      if (treatment != null) {
        List<TreatmentAction> actions = treatment.actions();
        for (int i = 0, m = actions.size(); i < m; i++) {
          TreatmentAction a = actions.get(i);
          // most actions are done: their status rules them out before their date is read
          if (a.progress().open() && !a.dueDate().isAfter(until)) {
            LocalDate due = a.dueDate();
            ref = ref == null ? c.ref(r.id()) : ref;
            c.add(due, DueKind.TREATMENT_ACTION, ref, "treatment action: " + a.description());
          }
        }
      }
      RiskAcceptance acceptance = r.acceptance().orElse(null);
      if (acceptance != null) {
        LocalDate validUntil = acceptance.validUntil().orElse(null);
        if (validUntil != null && !validUntil.isAfter(until)) {
          c.add(validUntil, DueKind.ACCEPTANCE_EXPIRY, ref == null ? c.ref(r.id()) : ref, "the acceptance of the "
              + "residual risk lapses; renew or treat");
        }
      }
    }
  }

  /**
   * The latest day {@code d} with {@code d.plus(interval)} on or before {@code until}, or {@code
   * null} if {@code interval} has a negative or no part (then each date is computed). {@code
   * d.plus(interval)} grows with {@code d} (months clamp to the month's last day, never go back),
   * so the days that qualify are exactly those up to the one found by this binary search.
   */
  static @org.jspecify.annotations.Nullable LocalDate lastAssessedWithin(Period interval, LocalDate until) {
    if (interval.isNegative() || interval.isZero()) {
      return null;
    }
    long hi = until.toEpochDay();
    // d.plus(interval) is at most that many days after d, so lo qualifies
    long lo = hi - (interval.getYears() * 366L + interval.getMonths() * 31L + interval.getDays());
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (LocalDate.ofEpochDay(mid).plus(interval).isAfter(until)) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return LocalDate.ofEpochDay(lo);
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

  private static void suppliers(Isms isms, LocalDate asOf, Collector c) {
    for (Supplier s : isms.suppliers()) {
      SupplierStatus status = s.status();
      if (status == SupplierStatus.ENDED) {
        continue;
      }
      boolean reviewed = status == SupplierStatus.PROPOSED || status == SupplierStatus.ACTIVE;
      if (reviewed) {
        if (s.assessments().isEmpty()) {
          c.add(s.since().orElse(asOf), DueKind.SUPPLIER_REVIEW, s.id(), status == SupplierStatus.PROPOSED
              ? "due diligence before the relationship starts" : "never assessed: assess the supplier");
        } else {
          Optional<LocalDate> next = s.nextReviewDue();
          if (next.isPresent()) {
            c.add(next.get(), DueKind.SUPPLIER_REVIEW, s.id(), "the next review of the supplier");
          }
        }
      }
      for (SupplierAgreement a : s.agreements()) {
        String ref = Text.shorten(a.reference());
        Optional<LocalDate> end = a.validUntil();
        if (end.isPresent() && !succeeded(s, a, end.get())) {
          c.add(end.get(), DueKind.SUPPLIER_AGREEMENT, s.id(), "agreement " + ref
              + " ends; renew it or complete the exit");
        }
        Optional<Period> interval = s.reviewInterval();
        // an agreement that states no security requirement (say, a contract a later annex amends)
        // has none to review: its supplier's own review covers it
        if (reviewed && interval.isPresent() && statesRequirements(a)) {
          LocalDate next = a.lastReviewed().orElse(a.signedOn()).plus(interval.get());
          if (end.isEmpty() || !next.isAfter(end.get())) {
            c.add(next, DueKind.SUPPLIER_AGREEMENT, s.id(), "review of the security requirements of agreement "
                + ref);
          }
        }
      }
    }
  }

  /** Whether another agreement of {@code s} is in force the day after {@code a} ends on {@code end}. */
  private static boolean succeeded(Supplier s, SupplierAgreement a, LocalDate end) {
    if (!end.isBefore(LocalDate.MAX)) {
      return true;
    }
    LocalDate next = end.plusDays(1);
    for (SupplierAgreement b : s.agreements()) {
      if (!b.reference().equals(a.reference()) && b.validOn(next)) {
        return true;
      }
    }
    return false;
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

  private static int compareTies(DueItem a, DueItem b) {
    EntityRef x = a.subject();
    EntityRef y = b.subject();
    int c = x.type().equals(y.type()) ? 0 : x.type().compareTo(y.type());
    if (c == 0) {
      c = x.id().compareTo(y.id());
    }
    return c != 0 ? c : a.what().compareTo(b.what());
  }

  private static String label(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * The items found, those past the horizon left out, in an array; sorted at the end by a primitive
   * key of date, kind and position, then, within a date and kind, by entity and text.
   */
  private static final class Collector {
    /** The bits of a sort key that hold the item's position. */
    private static final int INDEX_BITS = 31;
    /** The bits of a sort key that hold the kind, above the position. */
    private static final int KIND_BITS = 5;
    /** The widest span of dates, in days, the primitive key holds; wider spans sort by comparator. */
    private static final long MAX_SPAN = 1L << (63 - INDEX_BITS - KIND_BITS);
    /** How many kinds there are. */
    private static final int KINDS = DueKind.values().length;

    final LocalDate asOf;
    final LocalDate until;
    private DueItem[] items = new DueItem[256];
    private long[] days = new long[256];
    private byte[] kinds = new byte[256];
    private int size;
    private @org.jspecify.annotations.Nullable Class<?> lastIdClass;
    private String lastType = "";

    Collector(LocalDate asOf, LocalDate until) {
      this.asOf = asOf;
      this.until = until;
    }

    void add(LocalDate due, DueKind kind, EntityId subject, String what) {
      if (!due.isAfter(until)) {
        append(new DueItem(due, kind, ref(subject), what, due.isBefore(asOf)));
      }
    }

    void add(LocalDate due, DueKind kind, EntityRef subject, String what) {
      if (!due.isAfter(until)) {
        append(new DueItem(due, kind, subject, what, due.isBefore(asOf)));
      }
    }

    /** {@link EntityRef#of(EntityId)}, with the type name of the last id class remembered. */
    EntityRef ref(EntityId id) {
      if (id.getClass() != lastIdClass) {
        lastType = EntityRef.of(id).type();
        lastIdClass = id.getClass();
      }
      return new EntityRef(lastType, id.value());
    }

    /** Adds {@code d}, with its date and kind kept beside it for the sort. */
    @SuppressWarnings("EnumOrdinal") // the sort key: the declaration order of the kinds is the documented order
    void append(DueItem d) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
        days = Arrays.copyOf(days, size * 2);
        kinds = Arrays.copyOf(kinds, size * 2);
      }
      items[size] = d;
      days[size] = d.due().toEpochDay();
      kinds[size] = (byte) d.kind().ordinal();
      size++;
    }

    /** The bits of a tie key that hold the position in the group. */
    private static final int TIE_INDEX_BITS = 20;
    /** The characters of an id a tie key holds, 7 bits each. */
    private static final int TIE_CHARS = 6;

    /**
     * Sorts {@code out[from, to)}, items of one date and kind, by {@link #TIES}. When they are of one
     * entity type with ids of ASCII characters, first by a primitive key of each id's first six
     * characters (in the order {@link String#compareTo} gives them), then by the comparator only
     * where keys are equal; otherwise by the comparator.
     */
    private static void sortTies(DueItem[] out, int from, int to) {
      int n = to - from;
      String type = out[from].subject().type();
      long[] keys = n < 1 << TIE_INDEX_BITS ? new long[n] : null;
      for (int j = 0; keys != null && j < n; j++) {
        EntityRef subject = out[from + j].subject();
        long prefix = subject.type().equals(type) ? prefix(subject.id()) : -1;
        if (prefix < 0) {
          keys = null;
        } else {
          keys[j] = prefix << TIE_INDEX_BITS | j;
        }
      }
      if (keys == null) {
        Arrays.sort(out, from, to, TIES);
        return;
      }
      Arrays.sort(keys);
      DueItem[] group = Arrays.copyOfRange(out, from, to);
      for (int j = 0; j < n; j++) {
        out[from + j] = group[(int) (keys[j] & ((1 << TIE_INDEX_BITS) - 1))];
      }
      int start = 0;
      for (int j = 1; j <= n; j++) {
        if (j == n || keys[j] >>> TIE_INDEX_BITS != keys[start] >>> TIE_INDEX_BITS) {
          if (j - start > 1) {
            Arrays.sort(out, from + start, from + j, TIES);
          }
          start = j;
        }
      }
    }

    /**
     * The first {@link #TIE_CHARS} characters of {@code id}, 7 bits each, shorter ids padded with
     * zeros (so that a prefix sorts first, as in {@link String#compareTo}); -1 if one of them is not
     * ASCII or is NUL.
     */
    private static long prefix(String id) {
      long key = 0;
      for (int i = 0; i < TIE_CHARS; i++) {
        int ch = i < id.length() ? id.charAt(i) : 0;
        if (i < id.length() && (ch == 0 || ch > 127)) {
          return -1;
        }
        key = key << 7 | ch;
      }
      return key;
    }

    /** The items in {@link #ORDER}. */
    List<DueItem> sorted() {
      int n = size;
      DueItem[] all = items;
      if (n == 0) {
        return List.of();
      }
      long[] keys = new long[n];
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, days[i]);
        max = Math.max(max, days[i]);
      }
      if (max - min >= MAX_SPAN || KINDS > 1 << KIND_BITS) {
        DueItem[] out = Arrays.copyOf(all, n);
        Arrays.sort(out, ORDER);
        return List.of(out);
      }
      for (int i = 0; i < n; i++) {
        keys[i] = (days[i] - min) << (INDEX_BITS + KIND_BITS) | (long) kinds[i] << INDEX_BITS | i;
      }
      Arrays.sort(keys);
      DueItem[] out = new DueItem[n];
      for (int i = 0; i < n; i++) {
        out[i] = all[(int) (keys[i] & ((1L << INDEX_BITS) - 1))];
      }
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || keys[i] >>> INDEX_BITS != keys[start] >>> INDEX_BITS) {
          if (i - start > 1) {
            sortTies(out, start, i);
          }
          start = i;
        }
      }
      return List.of(out);
    }
  }

  /** Whether {@code a} states security requirements: text, requirement ids or controls. */
  static boolean statesRequirements(SupplierAgreement a) {
    return !a.securityRequirements().isEmpty() || !a.requirements().isEmpty() || !a.controls().isEmpty();
  }
}
