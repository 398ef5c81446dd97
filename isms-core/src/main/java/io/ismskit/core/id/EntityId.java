package io.ismskit.core.id;

/**
 * A typed identifier of one entity of the model. Every entity kind has its own record implementing
 * this interface, so an {@link io.ismskit.core.id.AssetId} can never be passed where a
 * {@link io.ismskit.core.id.RiskId} is expected.
 *
 * <p>Ids are 1 to 128 characters of letters, digits and {@code . _ : / -}, starting with a letter
 * or a digit; they compare by their string value.
 */
public interface EntityId extends Comparable<EntityId> {
  /** The id as text, never blank. */
  String value();

  @Override
  default int compareTo(EntityId other) {
    return value().compareTo(other.value());
  }
}
