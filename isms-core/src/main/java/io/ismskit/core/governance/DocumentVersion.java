package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version in the change history of an item of documented information (clauses 7.5.2, 7.5.3):
 * its version label, when it was issued, who wrote it, what changed and who approved it.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentVersion implements WithDocumentVersion {
  /** The version label, such as "2.1". */
  public abstract String version();

  /** When the version was issued. */
  public abstract LocalDate date();

  /** Who wrote it. */
  public abstract PersonId author();

  /** What changed, and why, such as "Added the cloud exit procedure after the 2026 review". */
  public abstract String changeNote();

  /** Who approved the version, and when; not before {@link #date()}. */
  public abstract Optional<Approval> approval();

  @Value.Check
  protected void check() {
    String t = "DocumentVersion";
    Checks.notBlank(t, "version", version());
    Checks.notBlank(t, "changeNote", changeNote());
    Checks.date(t, "date", date());
    approval().ifPresent(a -> Checks.order(t, "date", date(), "approval.on", a.on()));
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
   * Builds {@link DocumentVersion} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableDocumentVersion.Builder {
    Builder() {}
  }
}
