package io.ismskit.core.evidence;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of evidence that the ISMS operates as documented: what it is, where it comes from, the
 * period it covers, when and by whom it was collected and reviewed, and what it supports — control
 * implementations (by their control), measurements (9.1), audit findings (9.2, as objective
 * evidence) and lines of the Statement of Applicability (6.1.3 d).
 *
 * <p>A period covered starts no later than the item was collected (a certificate's validity may
 * end later); a review is not before the collection.
 *
 * <pre>{@code
 * EvidenceItem ev = EvidenceItem.builder().id(EvidenceId.of("EV-17"))
 *     .title("Quarterly access review of the production AWS accounts").kind(EvidenceKind.RECORD)
 *     .source("AWS IAM Identity Center export").period(CoveredPeriod.of(q1Start, q1End))
 *     .collectedOn(q1End.plusDays(3)).collectedBy(iso)
 *     .review(EvidenceReview.sufficient(ciso, q1End.plusDays(10)))
 *     .addControlImplementations(ControlId.of("A.5.18")).build();
 * }</pre>
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceItem implements WithEvidenceItem {
  /** The item's id. */
  public abstract EvidenceId id();

  /** What the item is, such as "Quarterly access review of the production accounts". */
  public abstract String title();

  /** More about the item, if needed. */
  public abstract Optional<String> description();

  /** What kind of thing it is. */
  public abstract EvidenceKind kind();

  /** Where it comes from: the system, process or person that produced it. */
  public abstract String source();

  /** The documented information that holds it, if it is kept as such (7.5.3). */
  public abstract Optional<DocumentId> document();

  /** Where it can be found otherwise, such as a ticket or a storage location. */
  public abstract Optional<String> location();

  /** The period it covers, if it covers one. */
  public abstract Optional<CoveredPeriod> period();

  /** When it was collected. */
  public abstract LocalDate collectedOn();

  /** Who collected it. */
  public abstract Optional<PersonId> collectedBy();

  /** Who reviewed it, when, and whether it was found sufficient. */
  public abstract Optional<EvidenceReview> review();

  /** The controls whose implementations it supports (by control id, as {@code Isms.controlImplementation}). */
  public abstract List<ControlId> controlImplementations();

  /** The measurements it supports (9.1). */
  public abstract List<MeasurementId> measurements();

  /** The audit findings it is objective evidence for (9.2). */
  public abstract List<FindingId> findings();

  /** The lines of the Statement of Applicability it supports (by control id, as {@code Isms.soaEntry}). */
  public abstract List<ControlId> soaEntries();

  @Value.Check
  protected void check() {
    String t = "EvidenceItem";
    Checks.notBlank(t, "title", title());
    Checks.notBlank(t, "description", description());
    Checks.notBlank(t, "source", source());
    Checks.notBlank(t, "location", location());
    Checks.date(t, "collectedOn", collectedOn());
    period().ifPresent(p -> Checks.order(t, "period.from", p.from(), "collectedOn", collectedOn()));
    review().ifPresent(r -> Checks.order(t, "collectedOn", collectedOn(), "review.on", r.on()));
    Checks.distinct(t, "controlImplementations", controlImplementations());
    Checks.distinct(t, "measurements", measurements());
    Checks.distinct(t, "findings", findings());
    Checks.distinct(t, "soaEntries", soaEntries());
  }

  /**
   * The latest date the item speaks for: the end of its period or the date it was collected,
   * whichever is earlier (a log extract for March collected in April speaks for March 31; a
   * certificate valid for three more years speaks for the day it was collected). An item "from" a
   * review interval is one whose date lies in that interval.
   */
  public LocalDate asOf() {
    LocalDate end = period().map(CoveredPeriod::to).orElse(collectedOn());
    return end.isBefore(collectedOn()) ? end : collectedOn();
  }

  /** Whether the item covers {@code date}: its period contains it, or it has no period and was collected that day. */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return period().map(p -> p.contains(date)).orElse(collectedOn().equals(date));
  }

  /** Whether the item was reviewed and found sufficient. */
  public boolean reviewedSufficient() {
    return review().map(EvidenceReview::sufficient).orElse(false);
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
   * Builds {@link EvidenceItem} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableEvidenceItem.Builder {
    Builder() {}
  }
}
