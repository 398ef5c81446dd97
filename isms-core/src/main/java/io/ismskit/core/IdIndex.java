package io.ismskit.core;

import io.vavr.Lazy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The id index behind {@link Isms}'s lookups: one map per entity kind, built on the first lookup of
 * that kind and kept for the life of the ISMS. Thread-safe: {@link ConcurrentHashMap#computeIfAbsent}
 * builds each map once.
 */
final class IdIndex {
  private final ConcurrentHashMap<String, Map<Object, Object>> byKind = new ConcurrentHashMap<>();

  /** The first of {@code items} whose key is {@code key}. */
  <T> Optional<T> find(String kind, List<T> items, Function<? super T, ?> keyOf, Object key) {
    return find(kind, Lazy.of(() -> items), keyOf, key);
  }

  /** The first of {@code items} whose key is {@code key}; {@code items} is read only to build the map. */
  <T> Optional<T> find(String kind, Lazy<List<T>> items, Function<? super T, ?> keyOf, Object key) {
    Map<Object, Object> map = byKind.computeIfAbsent(kind, k -> index(items.get(), keyOf));
    @SuppressWarnings("unchecked")
    T found = (T) map.get(key);
    return Optional.ofNullable(found);
  }

  private static <T> Map<Object, Object> index(List<T> items, Function<? super T, ?> keyOf) {
    Map<Object, Object> map = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
    for (T t : items) {
      map.putIfAbsent(keyOf.apply(t), t);
    }
    return map;
  }
}
