package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.AwarenessRecordId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A record that a person completed awareness training covering some topics (clause 7.3, control
 * A.6.3).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AwarenessRecord implements WithAwarenessRecord {
  /** The record's id. */
  public abstract AwarenessRecordId id();

  /** The person. */
  public abstract PersonId person();

  /** The programme or course, such as "Security awareness 2026". */
  public abstract String programme();

  /** The topics covered. */
  public abstract Set<AwarenessTopic> topics();

  /** When it was completed. */
  public abstract LocalDate completedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("AwarenessRecord", "programme", programme());
    Checks.notEmpty("AwarenessRecord", "topics", topics());
    Checks.date("AwarenessRecord", "completedOn", completedOn());
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
   * Builds {@link AwarenessRecord} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAwarenessRecord.Builder {
    Builder() {}
  }
}
