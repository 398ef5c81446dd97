package io.ismskit.core.base;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The items of a list indexed by a key each derives ({@code Risk::id}), first item of a key first:
 * what {@code HashMap<K, T>} with {@code putIfAbsent} gives, kept in one {@code long[]} of hashes
 * and positions in the list, probed linearly at a load of at most one half, and an array of the
 * keys by position.
 *
 * <p>Why not a {@code HashMap}: the checker builds such an index of every register of an ISMS on
 * each run, 100,000 risks and more. A hash map makes one node per entry, and its table of nodes for
 * 200,000 entries takes 2 MiB, which G1 (with the 4 MiB regions of a heap of 8 GiB) allocates as a
 * humongous object outside the young generation: a young collection then treats the table as live
 * and copies every node it holds, at each collection during the run and into the old generation.
 * This table's hash table holds no references, so a collection has nothing to copy and can free it
 * at once; its array of keys refers only to the keys the ISMS holds; together they take a little
 * over half the space of the map.
 *
 * @param <T> the type of the items
 * @implSpec Immutable and thread-safe once built (the list must not change).
 */
public final class KeyTable<T> {
  private final List<T> items;
  /** The key of each item, by its position in the list. */
  private final Object[] keys;
  /** Per slot: the key's hash in the high half, the item's position plus one in the low; 0 if empty. */
  private final long[] slots;
  private final int shift;

  private KeyTable(List<T> items, Function<? super T, ?> keyOf, Consumer<? super T> onDuplicate) {
    this.items = items;
    int n = items.size();
    keys = new Object[n];
    int bits = Math.max(1, 33 - Integer.numberOfLeadingZeros(Math.max(1, n)));
    if (bits > 30) {
      throw new IllegalArgumentException("too many items to index: " + n);
    }
    slots = new long[1 << bits];
    shift = 32 - bits;
    int mask = slots.length - 1;
    for (int pos = 0; pos < n; pos++) {
      T item = items.get(pos);
      Object key = Objects.requireNonNull(keyOf.apply(item), "key");
      keys[pos] = key;
      int h = key.hashCode();
      int i = index(h);
      while (true) {
        long s = slots[i];
        if (s == 0) {
          slots[i] = ((long) h << 32) | (pos + 1);
          break;
        }
        if ((int) (s >>> 32) == h && key.equals(keys[(int) s - 1])) {
          onDuplicate.accept(item);
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }

  /**
   * {@code items} indexed by {@code keyOf}; of items with equal keys, the first is found.
   *
   * @throws NullPointerException if {@code keyOf} gives null for an item
   * @throws IllegalArgumentException if the list has 2<sup>29</sup> items or more
   */
  public static <T> KeyTable<T> of(List<T> items, Function<? super T, ?> keyOf) {
    return new KeyTable<>(items, keyOf, t -> { });
  }

  /**
   * {@code items} indexed by {@code keyOf}, telling {@code onDuplicate} of every item whose key an
   * earlier item has (in the order of the list); the first is found.
   *
   * @throws NullPointerException if {@code keyOf} gives null for an item
   * @throws IllegalArgumentException if the list has 2<sup>29</sup> items or more
   */
  public static <T> KeyTable<T> of(List<T> items, Function<? super T, ?> keyOf, Consumer<? super T> onDuplicate) {
    return new KeyTable<>(items, keyOf, onDuplicate);
  }

  private int index(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  /** The first item whose key equals {@code key}, or null if there is none. */
  public @Nullable T get(@Nullable Object key) {
    int pos = position(key);
    return pos < 0 ? null : items.get(pos);
  }

  /** Whether an item has the key {@code key}. */
  public boolean contains(@Nullable Object key) {
    return position(key) >= 0;
  }

  /** The position in the list of the first item whose key equals {@code key}, or -1 if there is none. */
  public int indexOf(@Nullable Object key) {
    return position(key);
  }

  private int position(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    int h = key.hashCode();
    int mask = slots.length - 1;
    for (int i = index(h); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == h) {
        Object k = keys[(int) s - 1];
        if (k == key || key.equals(k)) {
          return (int) s - 1;
        }
      }
    }
  }

  /** The number of items indexed, duplicates included. */
  public int size() {
    return items.size();
  }
}
