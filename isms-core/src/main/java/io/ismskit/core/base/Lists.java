package io.ismskit.core.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The list edits behind the model's replace-by-id copies ({@code isms.withRisk(risk)}, {@code
 * soa.withEntry(entry)}, ...): linear, and returning the given list itself when nothing changes.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Lists {
  private Lists() {}

  /**
   * A copy of {@code list} in which the first element with the key of {@code item} is replaced by
   * {@code item}, at the same position; {@code item} is appended if no element has its key.
   */
  public static <T, K> List<T> replace(List<T> list, T item, Function<? super T, ? extends K> key) {
    Objects.requireNonNull(item, "item");
    K k = key.apply(item);
    List<T> out = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (T t : list) {
      if (!replaced && k.equals(key.apply(t))) {
        out.add(item);
        replaced = true;
      } else {
        out.add(t);
      }
    }
    if (!replaced) {
      out.add(item);
    }
    return out;
  }

  /** A copy of {@code list} without the elements whose key is {@code k}, or {@code list} itself if there is none. */
  public static <T, K> List<T> remove(List<T> list, K k, Function<? super T, ? extends K> key) {
    Objects.requireNonNull(k, "key");
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (!k.equals(key.apply(t))) {
        out.add(t);
      }
    }
    return out.size() == list.size() ? list : out;
  }

  /** The first element of {@code list} whose key is {@code k}, or {@code null}. */
  public static <T, K> @org.jspecify.annotations.Nullable T find(List<T> list, K k, Function<? super T, ? extends K> key) {
    Objects.requireNonNull(k, "key");
    for (T t : list) {
      if (k.equals(key.apply(t))) {
        return t;
      }
    }
    return null;
  }
}
