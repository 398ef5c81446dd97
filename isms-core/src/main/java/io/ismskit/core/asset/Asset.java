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
public abstract class Asset {
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
    if (dependsOn().contains(id())) {
      throw new IllegalStateException("Asset.dependsOn: asset " + id() + " cannot depend on itself");
    }
  }

  /** A new builder. */
  public static ImmutableAsset.Builder builder() {
    return ImmutableAsset.builder();
  }
}
