package io.ismskit.core.asset;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An asset: information, or something the information depends on, with its owner, classification,
 * value, scope and dependencies (control A.5.9).
 *
 * <p>{@link #dependsOn()} lists the supporting assets this asset relies on: a database depends on
 * its server, a process on its application.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Asset implements WithAsset {
  /** The asset's id. */
  public abstract AssetId id();

  /** The asset's name. */
  public abstract String name();

  /** The asset's type. */
  public abstract AssetType type();

  /** The asset's owner (A.5.9). */
  public abstract PersonId owner();

  /** Where the asset is: a site, a data centre, a cloud region. */
  public abstract Optional<String> location();

  /** The asset's classification (A.5.12). */
  public abstract Classification classification();

  /** How much the asset's confidentiality, integrity and availability matter. */
  public abstract CiaValue value();

  /** Whether the asset is within the ISMS scope (4.3). */
  @Value.Default
  public boolean inScope() {
    return true;
  }

  /** The assets this asset depends on. */
  public abstract List<AssetId> dependsOn();

  /** A description. */
  public abstract Optional<String> description();

  @Value.Check
  protected void check() {
    Checks.notBlank("Asset", "name", name());
    Checks.notBlank("Asset", "location", location());
    Checks.distinct("Asset", "dependsOn", dependsOn());
    Checks.consistent(!dependsOn().contains(id()), "Asset", "dependsOn", id(),
        "must not hold the asset's own id: an asset cannot depend on itself");
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
   * Builds {@link Asset} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAsset.Builder {
    Builder() {}
  }
}
