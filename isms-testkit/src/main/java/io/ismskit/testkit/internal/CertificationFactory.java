package io.ismskit.testkit.internal;

import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.certification.AuditRecommendation;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.certification.FindingResponse;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Builds the certification entities of generated graphs: certification bodies, certificates,
 * external audits and their findings. Kept apart from {@link ModelFactory}; the ids these entities
 * refer to come from a {@link Pools} of their own next to the {@link World}. Not part of the API.
 */
public final class CertificationFactory {
  private static final List<String> BODIES = List.of("Alpha Cert", "Nordzert", "ISMS Assurance", "Cert & Co");

  /**
   * The ids certification entities may refer to.
   *
   * @param bodies certification bodies
   * @param certificates certificates
   * @param audits external audits
   */
  public record Pools(Pool<CertificationBodyId> bodies, Pool<CertificateId> certificates, Pool<ExternalAuditId> audits) {
    /** Made-up ids, {@code 1 + size} per kind, for stand-alone entities. */
    public static Pools standalone(int size) {
      int n = 1 + Math.max(0, size);
      return new Pools(Pool.of(n, i -> CertificationBodyId.of(Ids.CERTIFICATION_BODY + i)),
          Pool.of(n, i -> CertificateId.of(Ids.CERTIFICATE + i)),
          Pool.of(n, i -> ExternalAuditId.of(Ids.EXTERNAL_AUDIT + i)));
    }
  }

  private CertificationFactory() {}

  private static <E extends Enum<E>> E pick(RandomGenerator r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  private static Optional<String> optPhrase(RandomGenerator r) {
    return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(ModelFactory.phrase(r));
  }

  /** Standings of every status with the dates each needs. */
  public static CertificateStanding standing(RandomGenerator r) {
    LocalDate since = ModelFactory.date(r);
    return switch (pick(r, CertificateStatus.values())) {
      case ACTIVE -> r.nextBoolean() ? CertificateStanding.active() : CertificateStanding.reinstated(since);
      case SUSPENDED -> CertificateStanding.suspended(since, since.plusDays(r.nextInt(1, 183)));
      case WITHDRAWN -> CertificateStanding.withdrawn(since);
      case EXPIRED -> CertificateStanding.expired(since);
    };
  }

  /** Responses submitted on or after {@code raisedOn}, half of them accepted. */
  public static FindingResponse response(RandomGenerator r, LocalDate raisedOn) {
    LocalDate submitted = raisedOn.plusDays(r.nextInt(60));
    return r.nextBoolean() ? FindingResponse.submitted(submitted)
        : FindingResponse.accepted(submitted, submitted.plusDays(r.nextInt(45)));
  }

  /** A certification body. */
  public static CertificationBody body(RandomGenerator r, CertificationBodyId id) {
    return CertificationBody.builder()
        .id(id)
        .name(BODIES.get(r.nextInt(BODIES.size())) + " " + r.nextInt(1, 100))
        .accreditationBody(r.nextBoolean() ? Optional.of("DAkkS") : Optional.empty())
        .accreditationNumber(r.nextBoolean() ? Optional.of("D-ZM-" + r.nextInt(10_000, 99_999)) : Optional.empty())
        .contact(optPhrase(r))
        .build();
  }

  /** A certificate of one of the pools' bodies: a three-year cycle from its decision. */
  public static Certificate certificate(RandomGenerator r, Pools p, CertificateId id) {
    LocalDate decided = ModelFactory.date(r);
    LocalDate issued = decided.plusDays(r.nextInt(30));
    return Certificate.builder()
        .id(id)
        .number("ISMS-" + r.nextInt(1000, 100_000))
        .body(p.bodies().one(r))
        .scope(ModelFactory.phrase(r))
        .soaVersion("1." + r.nextInt(10))
        .initialCertificationOn(r.nextBoolean() ? Optional.of(decided.minusYears(r.nextInt(0, 7))) : Optional.empty())
        .decidedOn(decided)
        .issuedOn(issued)
        .expiresOn(decided.plusYears(3).minusDays(1).isBefore(issued) ? issued : decided.plusYears(3).minusDays(1))
        .standing(r.nextInt(4) == 0 ? standing(r) : CertificateStanding.active())
        .build();
  }

  /** An external audit by one of the pools' bodies, with dates that fit its status. */
  public static ExternalAudit audit(RandomGenerator r, World w, Pools p, ExternalAuditId id) {
    ExternalAuditType type = pick(r, ExternalAuditType.values());
    AuditStatus status = pick(r, AuditStatus.values());
    LocalDate planned = ModelFactory.date(r);
    LocalDate performed = ModelFactory.after(r, planned);
    AuditProgress progress = switch (status) {
      case PLANNED -> AuditProgress.planned();
      case CANCELLED -> AuditProgress.cancelled();
      case PERFORMED -> AuditProgress.performed(performed);
      case REPORTED -> AuditProgress.reported(performed, performed.plusDays(r.nextInt(30)));
    };
    boolean initial = type == ExternalAuditType.STAGE_1 || type == ExternalAuditType.STAGE_2;
    return ExternalAudit.builder()
        .id(id)
        .body(p.bodies().one(r))
        .certificate(initial ? Optional.empty() : p.certificates().maybe(r, 0.9))
        .type(type)
        .purpose(type == ExternalAuditType.SPECIAL ? Optional.of(ModelFactory.phrase(r)) : Optional.empty())
        .plannedOn(planned)
        .progress(progress)
        .leadAuditor(optPhrase(r))
        .addAllClauses(ModelFactory.clauses(r, 3))
        .addAllControls(w.controls().some(r, w.listMax()))
        .recommendation(progress.done() && r.nextBoolean() ? Optional.of(pick(r, AuditRecommendation.values()))
            : Optional.empty())
        .build();
  }

  /** A finding of one of the pools' audits, graded at random, sometimes with a response. */
  public static ExternalFinding finding(RandomGenerator r, World w, Pools p, ExternalFindingId id) {
    LocalDate raised = ModelFactory.date(r);
    FindingGrade grade = pick(r, FindingGrade.values());
    return ExternalFinding.builder()
        .id(id)
        .audit(p.audits().one(r))
        .grade(grade)
        .clause(r.nextBoolean() ? Optional.of(ModelFactory.clause(r)) : Optional.empty())
        .control(w.controls().maybe(r, 0.4))
        .description(ModelFactory.phrase(r))
        .raisedOn(raised)
        .responseDue(raised.plusDays(grade == FindingGrade.MAJOR ? 30 + r.nextInt(61) : 90))
        .nonconformity(grade.nonconformity() ? w.nonconformities().maybe(r, 0.6) : Optional.empty())
        .response(grade.nonconformity() && r.nextBoolean() ? Optional.of(response(r, raised)) : Optional.empty())
        .build();
  }
}
