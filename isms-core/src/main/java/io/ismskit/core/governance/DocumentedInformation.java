package io.ismskit.core.governance;

import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Checks;
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
public abstract class DocumentedInformation {
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

  /** Who approved the current version. */
  public abstract Optional<PersonId> approvedBy();

  /** When the current version was approved. */
  public abstract Optional<LocalDate> approvedOn();

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
    Checks.together("DocumentedInformation", "approvedBy", approvedBy(), "approvedOn", approvedOn());
    reviewInterval().ifPresent(p -> Checks.positive("DocumentedInformation", "reviewInterval", p));
    retention().ifPresent(p -> Checks.positive("DocumentedInformation", "retention", p));
    Checks.distinct("DocumentedInformation", "clauses", clauses());
    if (status() == DocumentStatus.RECORDED && kind() != DocumentKind.RETAINED) {
      throw new IllegalStateException(
          "DocumentedInformation.status: only a RETAINED record can be RECORDED, document " + id() + " is " + kind());
    }
    if (status() == DocumentStatus.APPROVED && approvedBy().isEmpty()) {
      throw new IllegalStateException(
          "DocumentedInformation.approvedBy: document " + id() + " has status APPROVED but no approver");
    }
  }

  /** When the next review is due: last review (or approval) plus the interval, if both are known. */
  public Optional<LocalDate> nextReviewDue() {
    return reviewInterval().flatMap(i -> lastReviewed().or(this::approvedOn).map(d -> d.plus(i)));
  }

  /** A new builder. */
  public static ImmutableDocumentedInformation.Builder builder() {
    return ImmutableDocumentedInformation.builder();
  }
}
