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
public abstract class AwarenessRecord {
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
  }

  /** A new builder. */
  public static ImmutableAwarenessRecord.Builder builder() {
    return ImmutableAwarenessRecord.builder();
  }
}
