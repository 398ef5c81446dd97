package io.ismskit.core.control;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A control from a source other than Annex A — a sector standard, ISO/IEC 27017, an internal
 * catalog — that the organization determined necessary (clause 6.1.3 b: controls may come from any
 * source). It may appear in the Statement of Applicability beside the Annex A controls.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CustomControl implements WithCustomControl {
  /** The control's id; must not collide with a catalog control. */
  public abstract ControlId id();

  /** The control's title. */
  public abstract String title();

  /** Where the control comes from, such as "ISO/IEC 27017:2015" or "internal". */
  public abstract String source();

  /** What the control is. */
  public abstract Optional<String> description();

  @Value.Check
  protected void check() {
    Checks.notBlank("CustomControl", "title", title());
    Checks.notBlank("CustomControl", "source", source());
    Checks.notBlank("CustomControl", "description", description());
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
   * Builds {@link CustomControl} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCustomControl.Builder {
    Builder() {}
  }
}
