package io.ismskit.core.governance;

import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An item of documented information under control (clause 7.5): its identification, owner,
 * approval, review, classification, storage and retention, and the clauses it serves; and the
 * control of 7.5.3: the version history ({@link #history()}: version, date, author, change note,
 * approver), distribution and access, retention and disposition, external origin, and the item
 * that supersedes it.
 *
 * <p>When a history is kept, its versions are distinct and in date order, oldest first, and the
 * last one is the current {@link #version()}; so a new version is recorded with {@code
 * doc.toBuilder().version("2.0").addHistory(v2).build()}.
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

  /** Who issued an item of external origin, such as "BSI" or "Amazon Web Services" (7.5.3). */
  public abstract Optional<String> externalSource();

  /** The version history, oldest first, ending with the current version; empty if none is kept. */
  public abstract List<DocumentVersion> history();

  /** To whom or where the item is distributed, such as "All staff (intranet)". */
  public abstract List<String> distribution();

  /** The roles given access to the item beyond what its classification grants (7.5.3 b). */
  public abstract List<RoleId> accessRoles();

  /** What happens to the item when its retention ends (7.5.3 d). */
  public abstract Optional<Disposition> disposition();

  /** The item that supersedes this one, if it was superseded (7.5.3 c). */
  public abstract Optional<DocumentId> supersededBy();

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
    String t = "DocumentedInformation";
    Checks.notBlank(t, "externalSource", externalSource());
    Checks.consistent(externalSource().isEmpty() || externalOrigin(), t, "externalSource",
        externalSource().orElse(null), "is only for an item of external origin; set externalOrigin(true)");
    Checks.distinct(t, "history.version", history().stream().map(DocumentVersion::version).toList());
    for (int i = 1; i < history().size(); i++) {
      Checks.order(t, "history[" + (i - 1) + "].date", history().get(i - 1).date(), "history[" + i + "].date",
          history().get(i).date());
    }
    if (!history().isEmpty()) {
      String last = history().get(history().size() - 1).version();
      Checks.consistent(last.equals(version()), t, "history", last,
          "must end with the current version " + Text.shorten(version()));
    }
    distribution().forEach(d -> Checks.notBlank(t, "distribution", d));
    Checks.distinct(t, "distribution", distribution());
    Checks.distinct(t, "accessRoles", accessRoles());
    Checks.consistent(!supersededBy().equals(Optional.of(id())), t, "supersededBy", id(),
        "must not be the item itself");
  }

  /** When the next review is due: last review (or approval) plus the interval, if both are known. */
  public Optional<LocalDate> nextReviewDue() {
    return reviewInterval().flatMap(i -> lastReviewed().or(() -> approval().map(Approval::on)).map(d -> d.plus(i)));
  }

  /** The current version's entry of the history, if a history is kept. */
  public Optional<DocumentVersion> currentVersion() {
    return history().isEmpty() ? Optional.empty() : Optional.of(history().get(history().size() - 1));
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
