package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an asset.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record AssetId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public AssetId {
    Checks.id("AssetId", value);
  }

  /** Returns the id for {@code value}. */
  public static AssetId of(String value) {
    return new AssetId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
