package io.ismskit.core;

import io.ismskit.core.base.KeyTable;
import io.vavr.Lazy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The id index behind {@link Isms}'s lookups: one {@link KeyTable} per entity kind, built on the
 * first lookup of that kind and kept for the life of the ISMS. Thread-safe: {@link ConcurrentHashMap#computeIfAbsent}
 * builds each map once.
 */
final class IdIndex {
  private final ConcurrentHashMap<String, KeyTable<?>> byKind = new ConcurrentHashMap<>();

  /** The first of {@code items} whose key is {@code key}. */
  <T> Optional<T> find(String kind, List<T> items, Function<? super T, ?> keyOf, Object key) {
    return find(kind, Lazy.of(() -> items), keyOf, key);
  }

  /** The first of {@code items} whose key is {@code key}; {@code items} is read only to build the map. */
  <T> Optional<T> find(String kind, Lazy<List<T>> items, Function<? super T, ?> keyOf, Object key) {
    KeyTable<?> table = byKind.computeIfAbsent(kind, k -> KeyTable.of(items.get(), keyOf));
    @SuppressWarnings("unchecked")
    T found = (T) table.get(key);
    return Optional.ofNullable(found);
  }
}
