package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A planned internal or external communication about the ISMS (clause 7.4): topic, timing,
 * audience, method and who is responsible.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Communication implements WithCommunication {
  /** The communication's id. */
  public abstract CommunicationId id();

  /** What is communicated. */
  public abstract String topic();

  /** To whom. */
  public abstract String audience();

  /** Whether the audience is inside the organization. */
  @Value.Default
  public boolean internal() {
    return true;
  }

  /** How it is communicated, such as "intranet" or "email". */
  public abstract String method();

  /** How often; empty for a one-off or event-driven communication. */
  public abstract Optional<Period> frequency();

  /** Who communicates. */
  public abstract PersonId responsible();

  /** When it was last carried out. */
  public abstract Optional<LocalDate> lastPerformed();

  @Value.Check
  protected void check() {
    Checks.notBlank("Communication", "topic", topic());
    Checks.notBlank("Communication", "audience", audience());
    Checks.notBlank("Communication", "method", method());
    Checks.positive("Communication", "frequency", frequency());
    Checks.date("Communication", "lastPerformed", lastPerformed());
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
   * Builds {@link Communication} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCommunication.Builder {
    Builder() {}
  }
}
