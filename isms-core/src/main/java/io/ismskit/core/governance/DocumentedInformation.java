package io.ismskit.core.governance;

import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An item of documented information under control (clause 7.5): its identification, owner,
 * approval, review, classification, storage and retention, and the clauses it serves.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentedInformation implements WithDocumentedInformation {
  /** The item's id, its reference number. */
  public abstract DocumentId id();

  /** The title. */
  public abstract String title();

  /** Maintained (document) or retained (record). */
  public abstract DocumentKind kind();

  /** The current version. */
  public abstract String version();

  /** The person responsible for the item. */
  public abstract PersonId owner();

  /** The author of the current version. */
  public abstract Optional<PersonId> author();

  /** The format and medium, such as "PDF" or "wiki page". */
  public abstract Optional<String> format();

  /** The classification, which decides who may access it. */
  public abstract Classification classification();

  /** The clauses of the standard this item serves. */
  public abstract List<ClauseId> clauses();

  /** Which mandatory documented information of the standard this item is, if any. */
  public abstract Set<MandatoryDocument> satisfies();

  /** The life-cycle status of the current version. */
  public abstract DocumentStatus status();

  /** Who reviewed the current version. */
  public abstract Optional<PersonId> reviewedBy();

  /**
   * Who approved the current version, and when. A document whose {@link #status()} is {@link
   * DocumentStatus#APPROVED} without one is reported by the conformance check (7.5.2), not refused
   * here, so that status and approval can be edited in any order.
   */
  public abstract Optional<Approval> approval();

  /** How often the item is reviewed; empty for records, which are not reviewed. */
  public abstract Optional<Period> reviewInterval();

  /** When the item was last reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  /** How long the item is kept after it becomes obsolete or is created (records). */
  public abstract Optional<Period> retention();

  /** Where the item is stored. */
  public abstract Optional<String> location();

  /** Whether the item is of external origin (7.5.3). */
  @Value.Default
  public boolean externalOrigin() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("DocumentedInformation", "title", title());
    Checks.notBlank("DocumentedInformation", "version", version());
    Checks.notBlank("DocumentedInformation", "location", location());
    Checks.positive("DocumentedInformation", "reviewInterval", reviewInterval());
    Checks.positive("DocumentedInformation", "retention", retention());
    Checks.date("DocumentedInformation", "lastReviewed", lastReviewed());
    Checks.distinct("DocumentedInformation", "clauses", clauses());
    Checks.consistent(status() != DocumentStatus.RECORDED || kind() == DocumentKind.RETAINED,
        "DocumentedInformation", "status", status(),
        "only a RETAINED record can be RECORDED, document " + Text.shorten(id()) + " is " + kind());
  }

  /** When the next review is due: last review (or approval) plus the interval, if both are known. */
  public Optional<LocalDate> nextReviewDue() {
    return reviewInterval().flatMap(i -> lastReviewed().or(() -> approval().map(Approval::on)).map(d -> d.plus(i)));
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
   * Builds {@link DocumentedInformation} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableDocumentedInformation.Builder {
    Builder() {}
  }
}
