package io.ismskit.pdca.certification;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.certification.FindingResponse;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.pdca.PdcaCode;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the three-year certification cycle (ISO/IEC 17021-1, ISO/IEC 27006-1), applied to
 * the certificates, external audits and findings of an ISMS.
 *
 * <ul>
 *   <li>Initial certification: stage 2 after a stage 1 performed by the same body; every
 *       nonconformity of stage 2 answered and the answer accepted before the decision (for a major,
 *       its correction and corrective action verified); if the majors are not accepted within
 *       {@link #MAJOR_VERIFICATION_WITHIN six months} of the last day of stage 2, stage 2 is
 *       repeated. The certificate names the current SoA version.
 *   <li>The cycle runs {@link #CYCLE three years} from the decision: a first surveillance audit
 *       within {@link #FIRST_SURVEILLANCE_WITHIN twelve months} of it, a second in the following
 *       calendar year, and the recertification audit {@link #RECERTIFICATION_LEAD three months}
 *       before expiry so that the decision comes before it (then the new expiry follows on the old
 *       one).
 *   <li>Suspension, from the day after a surveillance audit was due and not performed, or after a
 *       major finding's response deadline passed without an accepted response, for at most {@link
 *       #SUSPENSION_MAX six months}; withdrawal when the suspension runs out with its cause
 *       unresolved; expiry the day after the expiry date without recertification.
 * </ul>
 *
 * <pre>{@code
 * CertificateAssessment a = CertificationLifecycle.assess(isms, certificateId, asOf);
 * a.expected();   // SUSPENDED since 2028-01-01 until 2028-06-30
 * a.reasons();    // [surveillance audit 2 was due by 2027-12-31 and not performed]
 * Isms updated = CertificationLifecycle.enforce(isms, asOf);   // standings as the rules give them
 * }</pre>
 *
 * @implSpec Stateless and thread-safe.
 */
public final class CertificationLifecycle {
  /** How long a certificate is valid from its decision. */
  public static final Period CYCLE = Period.ofYears(3);

  /** The first surveillance audit is due within this period of the certification decision. */
  public static final Period FIRST_SURVEILLANCE_WITHIN = Period.ofMonths(12);

  /** The majors of a stage 2 must be verified within this period of its last day, or stage 2 is repeated. */
  public static final Period MAJOR_VERIFICATION_WITHIN = Period.ofMonths(6);

  /** The longest a suspension lasts before the certificate is withdrawn. */
  public static final Period SUSPENSION_MAX = Period.ofMonths(6);

  /**
   * How long before expiry the recertification audit is due (certification body practice), so that
   * findings can be closed and the decision taken before the certificate expires.
   */
  public static final Period RECERTIFICATION_LEAD = Period.ofMonths(3);

  /** How far ahead an audit or a deadline counts as a risk to the certificate. */
  public static final Period RISK_HORIZON = Period.ofDays(60);

  private CertificationLifecycle() {}

  // ---- schedule ------------------------------------------------------------------------------

  /**
   * The audits the current cycle of {@code certificate} requires, with the audits of the ISMS that
   * satisfied them: surveillance 1 due twelve months after the decision, surveillance 2 by the end
   * of the calendar year after the first (performed or due), the recertification audit three
   * months before expiry.
   */
  public static List<ScheduledAudit> schedule(Isms isms, Certificate certificate) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(certificate, "certificate");
    LocalDate decided = certificate.decidedOn();
    List<ExternalAudit> surveillance = new ArrayList<>();
    ExternalAudit recert = null;
    for (ExternalAudit a : isms.externalAudits()) {
      if (!a.certificate().equals(Optional.of(certificate.id())) || a.performedOn().isEmpty()
          || !a.performedOn().get().isAfter(decided)) {
        continue;
      }
      if (a.type() == ExternalAuditType.SURVEILLANCE) {
        surveillance.add(a);
      } else if (a.type() == ExternalAuditType.RECERTIFICATION && (recert == null
          || a.performedOn().get().isBefore(recert.performedOn().orElseThrow()))) {
        recert = a;
      }
    }
    surveillance.sort(Comparator.comparing(a -> a.performedOn().orElseThrow()));
    List<ScheduledAudit> out = new ArrayList<>(3);
    LocalDate firstDue = decided.plus(FIRST_SURVEILLANCE_WITHIN);
    ScheduledAudit first = scheduled(certificate, ExternalAuditType.SURVEILLANCE, 1, firstDue,
        surveillance.isEmpty() ? null : surveillance.get(0));
    out.add(first);
    int firstYear = first.performedOn().orElse(firstDue).getYear();
    LocalDate secondDue = LocalDate.of(Math.min(firstYear + 1, Dates.MAX.getYear()), 12, 31);
    out.add(scheduled(certificate, ExternalAuditType.SURVEILLANCE, 2, secondDue,
        surveillance.size() < 2 ? null : surveillance.get(1)));
    out.add(scheduled(certificate, ExternalAuditType.RECERTIFICATION, 3,
        certificate.expiresOn().minus(RECERTIFICATION_LEAD), recert));
    return out;
  }

  private static ScheduledAudit scheduled(Certificate c, ExternalAuditType type, int n, LocalDate due,
      @Nullable ExternalAudit a) {
    return new ScheduledAudit(c.id(), type, n, due, a == null ? Optional.empty() : Optional.of(a.id()),
        a == null ? Optional.empty() : a.performedOn());
  }

  // ---- standing ------------------------------------------------------------------------------

  /** A cause of suspension: from {@code from}, resolved on {@code resolvedOn} if it was. */
  private record Cause(LocalDate from, Optional<LocalDate> resolvedOn, String what) {
    boolean openOn(LocalDate d) {
      return !d.isBefore(from) && resolvedOn.map(r -> r.isAfter(d)).orElse(true);
    }
  }

  /**
   * Where certificate {@code id} stands on {@code asOf} under the rules, beside its declared
   * standing, with the reasons, the risks and the schedule.
   *
   * @throws IllegalArgumentException if the ISMS has no certificate {@code id}
   */
  public static CertificateAssessment assess(Isms isms, CertificateId id, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    Certificate c = isms.certificate(Objects.requireNonNull(id, "id")).orElseThrow(
        () -> new IllegalArgumentException("CertificationLifecycle.assess: no certificate " + Text.shorten(id)));
    return assess(isms, c, asOf);
  }

  /** The assessment of every certificate of the ISMS, in the ISMS's order. */
  public static List<CertificateAssessment> assessAll(Isms isms, LocalDate asOf) {
    List<CertificateAssessment> out = new ArrayList<>();
    for (Certificate c : isms.certificates()) {
      out.add(assess(isms, c, asOf));
    }
    return out;
  }

  private static CertificateAssessment assess(Isms isms, Certificate c, LocalDate asOf) {
    List<ScheduledAudit> schedule = schedule(isms, c);
    List<String> reasons = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    CertificateStanding declared = c.standing();
    CertificateStanding expected;
    List<Cause> causes = causes(isms, c, schedule);
    if (declared.status() == CertificateStatus.WITHDRAWN) {
      expected = declared;
      reasons.add("withdrawn by the certification body on " + declared.since().orElseThrow());
    } else if (asOf.isAfter(c.expiresOn())) {
      expected = CertificateStanding.expired(c.expiresOn().plusDays(1));
      reasons.add("expired on " + c.expiresOn().plusDays(1) + " without a recertification decision");
    } else if (declared.status() == CertificateStatus.SUSPENDED) {
      LocalDate until = declared.until().orElseThrow();
      if (asOf.isAfter(until)) {
        expected = CertificateStanding.withdrawn(until.plusDays(1));
        reasons.add("the suspension ran out on " + until + " without the certificate being reinstated");
      } else {
        expected = declared;
        reasons.add("suspended by the certification body until " + until);
        for (Cause k : causes) {
          if (k.openOn(asOf)) {
            risks.add("unresolved: " + k.what() + "; resolve it by " + until + " or the certificate is withdrawn");
          }
        }
      }
    } else {
      Cause first = null;
      LocalDate reinstated = declared.since().orElse(Dates.MIN);
      for (Cause k : causes) {
        // a cause before a reinstatement was dealt with by the certification body's decision
        if (k.openOn(asOf) && k.from().isAfter(reinstated) && (first == null || k.from().isBefore(first.from()))) {
          first = k;
        }
      }
      if (first == null) {
        expected = declared;
      } else {
        LocalDate until = first.from().plus(SUSPENSION_MAX).minusDays(1);
        if (asOf.isAfter(until)) {
          expected = CertificateStanding.withdrawn(until.plusDays(1));
          reasons.add(first.what() + ", unresolved through a suspension of six months ending " + until);
        } else {
          expected = CertificateStanding.suspended(first.from(), until);
          reasons.add(first.what());
        }
      }
    }
    risks(isms, c, schedule, asOf, risks);
    return new CertificateAssessment(c.id(), asOf, declared, expected, reasons, risks, schedule);
  }

  /** The causes of suspension in the current cycle: missed surveillance audits and majors not closed in time. */
  private static List<Cause> causes(Isms isms, Certificate c, List<ScheduledAudit> schedule) {
    List<Cause> out = new ArrayList<>();
    for (ScheduledAudit s : schedule) {
      if (s.type() == ExternalAuditType.SURVEILLANCE && s.performedOn().map(d -> d.isAfter(s.dueBy())).orElse(true)) {
        out.add(new Cause(s.dueBy().plusDays(1), s.performedOn(), s.label() + " was due by " + s.dueBy()
            + " and " + s.performedOn().map(d -> "performed late, on " + d).orElse("not performed")));
      }
    }
    for (ExternalFinding f : findingsOf(isms, c)) {
      if (f.grade() != FindingGrade.MAJOR || f.closedInTime()) {
        continue;
      }
      Optional<LocalDate> accepted = f.response().flatMap(FindingResponse::acceptedOn);
      out.add(new Cause(f.responseDue().plusDays(1), accepted, "major finding " + f.id() + " was not closed by its "
          + "response deadline " + f.responseDue() + accepted.map(d -> " (accepted late, on " + d + ")").orElse("")));
    }
    return out;
  }

  /** The findings of the surveillance and special audits of {@code c} in its current cycle. */
  private static List<ExternalFinding> findingsOf(Isms isms, Certificate c) {
    List<ExternalFinding> out = new ArrayList<>();
    for (ExternalFinding f : isms.externalFindings()) {
      ExternalAudit a = isms.externalAudit(f.audit()).orElse(null);
      if (a != null && a.certificate().equals(Optional.of(c.id()))
          && (a.type() == ExternalAuditType.SURVEILLANCE || a.type() == ExternalAuditType.SPECIAL)
          && !f.raisedOn().isBefore(c.decidedOn())) {
        out.add(f);
      }
    }
    return out;
  }

  private static void risks(Isms isms, Certificate c, List<ScheduledAudit> schedule, LocalDate asOf,
      List<String> risks) {
    LocalDate horizon = asOf.plus(RISK_HORIZON);
    for (ScheduledAudit s : schedule) {
      if (!s.done() && !s.dueBy().isBefore(asOf) && !s.dueBy().isAfter(horizon)) {
        boolean planned = false;
        for (ExternalAudit a : isms.externalAudits()) {
          planned |= a.certificate().equals(Optional.of(c.id())) && a.type() == s.type() && !a.done()
              && !a.plannedOn().isAfter(s.dueBy()) && a.progress().status() != io.ismskit.core.assurance.AuditStatus.CANCELLED;
        }
        risks.add(s.label() + " due by " + s.dueBy() + (planned ? " (planned)" : ", not planned"));
      }
    }
    for (ExternalFinding f : isms.externalFindings()) {
      ExternalAudit a = isms.externalAudit(f.audit()).orElse(null);
      if (f.open() && a != null && a.certificate().equals(Optional.of(c.id())) && !f.responseDue().isAfter(horizon)) {
        risks.add(f.grade() + " finding " + f.id() + (asOf.isAfter(f.responseDue()) ? " overdue since "
            : " response due by ") + f.responseDue());
      }
    }
    if (!c.expiresOn().isBefore(asOf) && !c.expiresOn().isAfter(asOf.plus(RECERTIFICATION_LEAD).plus(RISK_HORIZON))) {
      risks.add("expires on " + c.expiresOn() + "; the recertification decision must come before");
    }
  }

  /**
   * The ISMS with each certificate's standing set to what the rules give it on {@code asOf} where
   * the declared one has another status (suspended, withdrawn, expired); itself if none differs.
   * A certification body decides; this is for hosts that mirror its rules, and for tests.
   */
  public static Isms enforce(Isms isms, LocalDate asOf) {
    Isms out = isms;
    for (CertificateAssessment a : assessAll(isms, asOf)) {
      if (!a.consistent()) {
        Certificate c = out.certificate(a.certificate()).orElseThrow();
        out = out.withCertificate(c.withStanding(a.expected()));
      }
    }
    return out;
  }

  // ---- decisions -----------------------------------------------------------------------------

  /**
   * What blocks a certification decision on {@code asOf} after {@code audit}: every reason, each
   * a {@link Problem} with {@link PdcaCode#DECISION_BLOCKED} naming the audit or finding and what
   * to do. Empty if the decision may be taken.
   */
  public static List<Problem> decisionBlockers(Isms isms, ExternalAuditId audit, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(asOf, "asOf");
    List<Problem> out = new ArrayList<>();
    ExternalAudit a = isms.externalAudit(audit).orElse(null);
    if (a == null) {
      out.add(Problem.of(PdcaCode.UNKNOWN_ENTITY, "ExternalAudit", audit.value(), "id", null,
          "is not an external audit of the ISMS"));
      return out;
    }
    String id = audit.value();
    if (!a.type().leadsToDecision()) {
      out.add(blocked("ExternalAudit", id, "type", a.type(), "is not followed by a certification decision; "
          + "only a stage 2 or a recertification audit is"));
      return out;
    }
    if (a.performedOn().isEmpty() || a.performedOn().get().isAfter(asOf)) {
      out.add(blocked("ExternalAudit", id, "progress", a.progress(), "must be performed before the decision"));
      return out;
    }
    LocalDate lastDay = a.performedOn().get();
    List<ExternalFinding> findings = new ArrayList<>();
    if (a.type() == ExternalAuditType.STAGE_2) {
      ExternalAudit stage1 = null;
      for (ExternalAudit x : isms.externalAudits()) {
        if (x.type() == ExternalAuditType.STAGE_1 && x.body().equals(a.body()) && x.performedOn().isPresent()
            && x.performedOn().get().isBefore(a.plannedOn().isAfter(lastDay) ? lastDay : a.plannedOn())) {
          stage1 = x;
        }
      }
      if (stage1 == null) {
        out.add(blocked("ExternalAudit", id, "type", a.type(), "has no stage 1 by the same body performed before it; "
            + "stage 2 comes after stage 1"));
      } else {
        for (ExternalFinding f : isms.externalFindings()) {
          if (f.audit().equals(stage1.id()) && f.grade() == FindingGrade.MAJOR) {
            findings.add(f);
          }
        }
      }
    } else {
      Certificate c = a.certificate().flatMap(isms::certificate).orElse(null);
      if (c == null) {
        out.add(blocked("ExternalAudit", id, "certificate", a.certificate().map(Object::toString).orElse(null),
            "must name the certificate the recertification renews"));
      } else if (asOf.isAfter(c.expiresOn())) {
        out.add(blocked("Certificate", c.id().value(), "expiresOn", c.expiresOn(), "has passed: the recertification "
            + "decision must come before expiry; completing it within six months restores the certificate, later a "
            + "new initial audit is needed"));
      }
    }
    for (ExternalFinding f : isms.externalFindings()) {
      if (f.audit().equals(a.id()) && f.grade().nonconformity()) {
        findings.add(f);
      }
    }
    boolean lateMajor = false;
    for (ExternalFinding f : findings) {
      Optional<LocalDate> accepted = f.response().flatMap(FindingResponse::acceptedOn).filter(d -> !d.isAfter(asOf));
      if (accepted.isEmpty()) {
        out.add(blocked("ExternalFinding", f.id().value(), "response", f.response().orElse(null), f.grade()
            == FindingGrade.MAJOR ? "must be accepted: the certification body verifies the correction and corrective "
            + "action of a major nonconformity before the decision" : "must be accepted: the certification body "
            + "accepts the plan of correction and corrective action of a minor nonconformity before the decision"));
      }
      if (f.grade() == FindingGrade.MAJOR && accepted.map(d -> d.isAfter(lastDay.plus(MAJOR_VERIFICATION_WITHIN)))
          .orElse(asOf.isAfter(lastDay.plus(MAJOR_VERIFICATION_WITHIN)))) {
        lateMajor = true;
      }
      Nonconformity nc = f.nonconformity().flatMap(isms::nonconformity).orElse(null);
      if (nc != null && !actionUnderWay(nc.progress().status())) {
        out.add(blocked("Nonconformity", nc.id().value(), "progress.status", nc.progress().status(),
            "needs its correction made and a corrective action under way before the decision (finding "
                + Text.shorten(f.id()) + ")"));
      }
    }
    if (lateMajor && a.type() == ExternalAuditType.STAGE_2) {
      out.add(blocked("ExternalAudit", id, "progress.performedOn", lastDay, "ended more than six months before "
          + "its major nonconformities were verified: stage 2 must be repeated"));
    }
    return out;
  }

  private static boolean actionUnderWay(NonconformityStatus s) {
    return s == NonconformityStatus.ACTION_IN_PROGRESS || s == NonconformityStatus.VERIFYING
        || s == NonconformityStatus.EFFECTIVENESS_VERIFIED || s == NonconformityStatus.CLOSED;
  }

  private static Problem blocked(String type, String id, String field, @Nullable Object value, String reason) {
    return Problem.of(PdcaCode.DECISION_BLOCKED, type, id, field, value, reason);
  }

  /**
   * The ISMS with {@code decision} recorded, or every reason it may not be taken: the {@linkplain
   * #decisionBlockers blockers} of its audit on its date, a certificate id already used (after stage
   * 2), an SoA version other than the ISMS's current one, a value the model refuses. After stage 2 a
   * new certificate is added, valid three years from the decision; after recertification the
   * certificate is renewed, its new expiry three years after the old one, its standing active. The
   * decided audit is linked to the certificate.
   */
  public static Either<List<Problem>, Isms> decide(Isms isms, CertificationDecision decision) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(decision, "decision");
    LocalDate on = decision.decidedOn();
    List<Problem> problems = new ArrayList<>(decisionBlockers(isms, decision.audit(), on));
    ExternalAudit audit = isms.externalAudit(decision.audit()).orElse(null);
    String soa = isms.statementOfApplicability().map(s -> s.version()).orElse(null);
    if (!decision.soaVersion().equals(soa)) {
      problems.add(blocked("Certificate", decision.certificate().value(), "soaVersion", decision.soaVersion(),
          soa == null ? "names an SoA version, but the ISMS has no Statement of Applicability"
              : "must be the current version of the Statement of Applicability, " + Text.shorten(soa)));
    }
    Certificate existing = isms.certificate(decision.certificate()).orElse(null);
    if (audit != null && audit.type() == ExternalAuditType.STAGE_2 && existing != null) {
      problems.add(blocked("Certificate", decision.certificate().value(), "id", decision.certificate(),
          "is already used; an initial certification issues a new certificate"));
    }
    if (audit != null && audit.type() == ExternalAuditType.RECERTIFICATION
        && !audit.certificate().equals(Optional.of(decision.certificate()))) {
      problems.add(blocked("Certificate", decision.certificate().value(), "id", decision.certificate(),
          "must be the certificate the recertification audit renews, " + audit.certificate().map(Object::toString)
              .orElse("(none named)")));
    }
    if (!problems.isEmpty() || audit == null) {
      return Either.left(problems);
    }
    try {
      Certificate c;
      if (audit.type() == ExternalAuditType.STAGE_2) {
        c = Certificate.builder().id(decision.certificate()).number(decision.number()).body(audit.body())
            .scope(decision.scope()).soaVersion(decision.soaVersion()).initialCertificationOn(on).decidedOn(on)
            .issuedOn(decision.issuedOn()).expiresOn(on.plus(CYCLE).minusDays(1)).build();
      } else {
        Certificate old = Objects.requireNonNull(existing, "existing");
        c = old.toBuilder().number(decision.number()).scope(decision.scope()).soaVersion(decision.soaVersion())
            .initialCertificationOn(old.initialCertificationOn().or(() -> Optional.of(old.decidedOn())))
            .decidedOn(on).issuedOn(decision.issuedOn()).expiresOn(old.expiresOn().plus(CYCLE))
            .standing(CertificateStanding.active()).build();
      }
      return Either.right(isms.withCertificate(c).withExternalAudit(audit.withCertificate(c.id())));
    } catch (InvalidValueException e) {
      problems.add(e.problem());
      return Either.left(problems);
    }
  }
}
