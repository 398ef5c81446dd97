package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organization that runs the ISMS.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization implements WithOrganization {
  /** The organization's name. */
  public abstract String name();

  /** The registered legal name, where it differs from {@link #name()}. */
  public abstract Optional<String> legalName();

  /** The sector or industry, such as {@code "Software"}. */
  public abstract Optional<String> sector();

  /** The number of people working under the organization's control. */
  public abstract int headcount();

  /** The organization's purpose, which the context issues (4.1) relate to. */
  public abstract Optional<String> purpose();

  /** The sites of the organization. */
  public abstract List<String> locations();

  @Value.Check
  protected void check() {
    Checks.notBlank("Organization", "name", name());
    Checks.notBlank("Organization", "legalName", legalName());
    Checks.range("Organization", "headcount", headcount(), 0, Integer.MAX_VALUE);
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
   * Builds {@link Organization} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
