package io.ismskit.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * The ids an entity may refer to: {@code size} ids, the {@code i}-th made by a function and cached.
 * In a graph a pool holds exactly the ids that exist; for a stand-alone entity it holds made-up ids.
 *
 * @param <T> the id type
 */
public final class Pool<T> {
  private final int size;
  private final IntFunction<T> make;
  private final Object[] cache;

  private Pool(int size, IntFunction<T> make) {
    if (size < 0) {
      throw new IllegalArgumentException("Pool.size: must be >= 0, was " + size);
    }
    this.size = size;
    this.make = make;
    this.cache = new Object[size];
  }

  /** A pool of {@code size} ids, the {@code i}-th being {@code make.apply(i)}. */
  public static <T> Pool<T> of(int size, IntFunction<T> make) {
    return new Pool<>(size, make);
  }

  /** A pool of the given ids. */
  public static <T> Pool<T> of(List<T> ids) {
    List<T> copy = List.copyOf(ids);
    return new Pool<>(copy.size(), copy::get);
  }

  /** A pool of the ids of this pool at {@code indices}. */
  public Pool<T> subset(int[] indices) {
    int[] copy = indices.clone();
    return new Pool<>(copy.length, i -> id(copy[i]));
  }

  /** How many ids the pool holds. */
  public int size() {
    return size;
  }

  /** Whether the pool is empty. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The {@code i}-th id. */
  @SuppressWarnings("unchecked")
  public T id(int i) {
    Object o = cache[i];
    if (o == null) {
      o = make.apply(i);
      cache[i] = o;
    }
    return (T) o;
  }

  /** A random id; the pool must not be empty. */
  public T one(RandomGenerator r) {
    if (size == 0) {
      throw new IllegalStateException("Pool.one: the pool is empty");
    }
    return id(r.nextInt(size));
  }

  /** A random id with probability {@code p}, if the pool is not empty. */
  public Optional<T> maybe(RandomGenerator r, double p) {
    return size == 0 || r.nextDouble() >= p ? Optional.empty() : Optional.of(id(r.nextInt(size)));
  }

  /** 0 to {@code max} distinct random ids. */
  public List<T> some(RandomGenerator r, int max) {
    return below(r, max, size);
  }

  /** 0 to {@code max} distinct random ids among the first {@code bound}. */
  public List<T> below(RandomGenerator r, int max, int bound) {
    int b = Math.min(bound, size);
    int k = Math.min(max, b);
    if (k <= 0) {
      return List.of();
    }
    int n = r.nextInt(k + 1);
    return distinct(r, n, b);
  }

  /** Exactly {@code n} distinct random ids among the first {@code bound} ({@code n <= bound}). */
  public List<T> distinct(RandomGenerator r, int n, int bound) {
    if (n > bound || bound > size) {
      throw new IllegalArgumentException("Pool.distinct: cannot draw " + n + " of " + bound + " (size " + size + ")");
    }
    int[] picked = new int[n];
    List<T> out = new ArrayList<>(n);
    outer:
    for (int c = 0; c < n; ) {
      int i = r.nextInt(bound);
      for (int j = 0; j < c; j++) {
        if (picked[j] == i) {
          continue outer;
        }
      }
      picked[c++] = i;
      out.add(id(i));
    }
    return Collections.unmodifiableList(out);
  }
}
