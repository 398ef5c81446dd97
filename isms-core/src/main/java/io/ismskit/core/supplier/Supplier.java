package io.ismskit.core.supplier;

import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Lists;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.SupplierId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supplier or other external provider (clause 8.1, controls A.5.19 to A.5.23): what it provides,
 * how critical it is and which of the organization's information it can reach, the agreements that
 * carry its security requirements, how and when it was assessed and is monitored, and the risks and
 * Statement of Applicability controls the relationship bears on.
 *
 * <p>A supplier provides at least one thing; its agreements have distinct {@linkplain
 * SupplierAgreement#reference() references}, looked up and replaced with {@link
 * #agreement(String)}, {@link #withAgreement(SupplierAgreement)} and {@link
 * #withoutAgreement(String)}.
 *
 * <pre>{@code
 * Supplier aws = Supplier.builder().id(SupplierId.of("SUP-AWS")).name("Amazon Web Services EMEA SARL")
 *     .owner(cto).criticality(SupplierCriticality.CRITICAL)
 *     .addProvides(SupplierService.builder().description("Production hosting")
 *         .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.IAAS).build())
 *     .reviewInterval(Period.ofMonths(12)).addRisks(RiskId.of("R-CLOUD-1")).addControls(ControlId.of("A.5.23"))
 *     .build();
 * }</pre>
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Supplier implements WithSupplier {
  /** The supplier's id. */
  public abstract SupplierId id();

  /** The supplier's name. */
  public abstract String name();

  /** Who in the organization owns the relationship. */
  public abstract PersonId owner();

  /** Where the relationship stands; active unless set. */
  @Value.Default
  public SupplierStatus status() {
    return SupplierStatus.ACTIVE;
  }

  /** How much the organization's information security depends on the supplier. */
  public abstract SupplierCriticality criticality();

  /** What the supplier provides; at least one thing. */
  public abstract List<SupplierService> provides();

  /** The most sensitive class of the organization's information the supplier can access, if any. */
  public abstract Optional<Classification> informationAccess();

  /** The supplier as an interested party of the register (4.2), if it is one. */
  public abstract Optional<InterestedPartyId> interestedParty();

  /** The agreements with the supplier (A.5.20); distinct references. */
  public abstract List<SupplierAgreement> agreements();

  /** The assessments and monitoring reviews of the supplier (A.5.19, A.5.22), in any order. */
  public abstract List<SupplierAssessment> assessments();

  /** How often the supplier is reviewed (A.5.22). */
  public abstract Optional<Period> reviewInterval();

  /** The risks the relationship bears on, such as the supplier's failure or compromise. */
  public abstract List<RiskId> risks();

  /** The controls of the Statement of Applicability applied to the relationship, such as A.5.19 to A.5.23. */
  public abstract List<ControlId> controls();

  /** When the relationship started. */
  public abstract Optional<LocalDate> since();

  /** A contact for security matters, such as a security team's address. */
  public abstract Optional<String> securityContact();

  @Value.Check
  protected void check() {
    String t = "Supplier";
    Checks.notBlank(t, "name", name());
    Checks.notEmpty(t, "provides", provides());
    Checks.distinct(t, "agreements.reference", agreements().stream().map(SupplierAgreement::reference).toList());
    Checks.positive(t, "reviewInterval", reviewInterval());
    Checks.distinct(t, "risks", risks());
    Checks.distinct(t, "controls", controls());
    Checks.date(t, "since", since());
    Checks.notBlank(t, "securityContact", securityContact());
  }

  /** The agreement with reference {@code reference}, if the supplier has one. */
  public Optional<SupplierAgreement> agreement(String reference) {
    return Optional.ofNullable(Lists.find(agreements(), Objects.requireNonNull(reference, "reference"),
        SupplierAgreement::reference));
  }

  /**
   * This supplier with {@code agreement} in place of the agreement with its reference, at the same
   * position, or added at the end if there is none.
   */
  public Supplier withAgreement(SupplierAgreement agreement) {
    return withAgreements(Lists.replace(agreements(), agreement, SupplierAgreement::reference));
  }

  /** This supplier without the agreement with reference {@code reference} (unchanged if there is none). */
  public Supplier withoutAgreement(String reference) {
    return withAgreements(Lists.remove(agreements(), reference, SupplierAgreement::reference));
  }

  /** Whether the supplier provides a cloud service (A.5.23). */
  public boolean providesCloudService() {
    return provides().stream().anyMatch(s -> s.kind() == ProvisionKind.CLOUD_SERVICE);
  }

  /** The latest assessment, by date performed (the last of several on that date). */
  public Optional<SupplierAssessment> latestAssessment() {
    SupplierAssessment latest = null;
    for (SupplierAssessment a : assessments()) {
      if (latest == null || !a.performedOn().isBefore(latest.performedOn())) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * When the next review is due: the latest assessment's own {@link SupplierAssessment#nextDue()}
   * if it has one, else its date plus {@link #reviewInterval()}; empty if the supplier was never
   * assessed or neither is known. Never throws: dates and periods are within the {@linkplain
   * io.ismskit.core.base.Dates supported range}.
   */
  public Optional<LocalDate> nextReviewDue() {
    return latestAssessment().flatMap(a -> a.nextDue().or(() -> reviewInterval().map(i -> a.performedOn().plus(i))));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Supplier} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableSupplier.Builder {
    Builder() {}
  }
}
