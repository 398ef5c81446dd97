package io.ismskit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator: a plain function of a {@link RandomGenerator} and a size that returns a value.
 *
 * <p>A generator draws everything it needs from {@code random} and nothing else, so the same
 * seeded generator and the same size always give an equal value. The size is a non-negative hint
 * for how big the value should be — the length of lists, the number of entities of a graph; small
 * sizes give small values. Generators are stateless and may be shared between threads; a
 * {@code RandomGenerator} may not.
 *
 * <p>{@link #random(long)} is the testkit's seeded source ({@code L64X128MixRandom}, whose algorithm
 * is fixed by the JDK, so a seed means the same values on every JDK 17+):
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gen.ints(0, 9).listOf(1, 5);
 * List<Integer> a = lists.sample(42L, 10);          // same seed, same size ...
 * List<Integer> b = lists.next(Gen.random(42L), 10); // ... same value
 * }</pre>
 *
 * <p>Any property-testing library adapts a generator in one line: QuickTheories through
 * {@link QtGens#of(Gen)}, others by handing it a {@code RandomGenerator} seeded from their own source.
 *
 * @param <T> the type of the generated values
 * @implSpec Implementations must be deterministic functions of the random generator's output and
 *     the size, and must not keep state between calls.
 */
@FunctionalInterface
public interface Gen<T> {

  /** The algorithm behind {@link #random(long)}. */
  String ALGORITHM = "L64X128MixRandom";

  /**
   * Generates one value.
   *
   * @param random the source of randomness; not null
   * @param size how big the value should be, {@code >= 0}
   * @return a value, never null
   */
  T next(RandomGenerator random, int size);

  // ---------------------------------------------------------------------------------------------
  // Running a generator

  /**
   * A new {@code L64X128MixRandom} generator seeded with {@code seed}: the source every seeded
   * helper of the testkit uses.
   */
  static RandomGenerator random(long seed) {
    return Randoms.FACTORY.create(seed);
  }

  /** Generates one value from a fresh {@link #random(long)} generator seeded with {@code seed}. */
  default T sample(long seed, int size) {
    return next(random(seed), size);
  }

  /** Generates {@code count} values, one after the other, from one generator seeded with {@code seed}. */
  default List<T> samples(long seed, int size, int count) {
    RandomGenerator r = random(seed);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next(r, size));
    }
    return Collections.unmodifiableList(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Combinators

  /** Applies {@code f} to every generated value. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return (r, n) -> f.apply(next(r, n));
  }

  /** Generates a value, then a value of the generator {@code f} chooses for it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return (r, n) -> f.apply(next(r, n)).next(r, n);
  }

  /** Combines this generator's value with {@code other}'s. */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(f, "f");
    return (r, n) -> f.apply(next(r, n), other.next(r, n));
  }

  /**
   * Keeps only values that pass {@code predicate}, trying up to 100 times per value.
   *
   * @throws IllegalStateException from {@code next} when 100 values in a row fail the predicate
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, 100);
  }

  /**
   * Keeps only values that pass {@code predicate}, trying up to {@code maxTries} times per value.
   *
   * @throws IllegalArgumentException if {@code maxTries < 1}
   * @throws IllegalStateException from {@code next} when {@code maxTries} values in a row fail
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("Gen.filter: maxTries must be >= 1, was " + maxTries);
    }
    return (r, n) -> {
      for (int i = 0; i < maxTries; i++) {
        T t = next(r, n);
        if (predicate.test(t)) {
          return t;
        }
      }
      throw new IllegalStateException(
          "Gen.filter: no value passed the predicate in " + maxTries + " tries (size " + n + ")");
    };
  }

  /** Lists of {@code min} to {@code max} values (both inclusive), independent of the size. */
  default Gen<List<T>> listOf(int min, int max) {
    checkRange("listOf", min, max);
    return (r, n) -> {
      int len = min == max ? min : r.nextInt(min, max + 1);
      List<T> out = new ArrayList<>(len);
      for (int i = 0; i < len; i++) {
        out.add(next(r, n));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /** Lists of 0 to {@code size} values. */
  default Gen<List<T>> listOf() {
    return (r, n) -> listOf(0, Math.max(0, n)).next(r, n);
  }

  /**
   * Lists of {@code min} to {@code max} distinct values (by {@code equals}), drawing up to ten
   * times the target length before giving up.
   *
   * @throws IllegalStateException from {@code next} when not even {@code min} distinct values turn up
   */
  default Gen<List<T>> distinctListOf(int min, int max) {
    checkRange("distinctListOf", min, max);
    return (r, n) -> {
      int len = min == max ? min : r.nextInt(min, max + 1);
      Set<T> out = new LinkedHashSet<>();
      for (int tries = 0; out.size() < len && tries < 10 * len + 10; tries++) {
        out.add(next(r, n));
      }
      if (out.size() < min) {
        throw new IllegalStateException(
            "Gen.distinctListOf: found only " + out.size() + " distinct values, needed " + min);
      }
      return List.copyOf(out);
    };
  }

  /** Sets (iteration in generation order) of {@code min} to {@code max} distinct values. */
  default Gen<Set<T>> setOf(int min, int max) {
    return distinctListOf(min, max).map(l -> Collections.unmodifiableSet(new LinkedHashSet<>(l)));
  }

  /** Empty in one case out of four, otherwise present with this generator's value. */
  default Gen<Optional<T>> optional() {
    return optional(0.25);
  }

  /** Empty with probability {@code emptyProbability}, otherwise present. */
  default Gen<Optional<T>> optional(double emptyProbability) {
    checkProbability(emptyProbability);
    return (r, n) -> r.nextDouble() < emptyProbability ? Optional.empty() : Optional.of(next(r, n));
  }

  /** This generator run with the fixed size {@code size}, whatever size it is asked for. */
  default Gen<T> resize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("Gen.resize: size must be >= 0, was " + size);
    }
    return (r, n) -> next(r, size);
  }

  /** This generator run with the size {@code f} computes from the requested one (clamped at 0). */
  default Gen<T> scale(IntUnaryOperator f) {
    Objects.requireNonNull(f, "f");
    return (r, n) -> next(r, Math.max(0, f.applyAsInt(n)));
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return (r, n) -> value;
  }

  /** One of {@code values}, each equally likely. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T v : values) {
      list.add(v);
    }
    return elements(list);
  }

  /** One of {@code values}, each equally likely. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.elements: needs at least one value");
    }
    return (r, n) -> copy.get(r.nextInt(copy.size()));
  }

  /** One of the constants of {@code type}, each equally likely. */
  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return elements(List.copyOf(EnumSet.allOf(type)));
  }

  /** Sets of {@code min} to {@code max} constants of {@code type}. */
  static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type, int min, int max) {
    E[] all = type.getEnumConstants();
    checkRange("enumSets", min, max);
    if (max > all.length) {
      throw new IllegalArgumentException(
          "Gen.enumSets: max " + max + " exceeds the " + all.length + " constants of " + type.getSimpleName());
    }
    return (r, n) -> {
      int len = min == max ? min : r.nextInt(min, max + 1);
      EnumSet<E> out = EnumSet.noneOf(type);
      int[] order = permutation(r, all.length);
      for (int i = 0; i < len; i++) {
        out.add(all[order[i]]);
      }
      return Collections.unmodifiableSet(out);
    };
  }

  /** The value of one of {@code gens}, each equally likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> g : gens) {
      copy.add(Objects.requireNonNull(g, "gens"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.oneOf: needs at least one generator");
    }
    return (r, n) -> copy.get(r.nextInt(copy.size())).next(r, n);
  }

  /** A generator and its relative weight, for {@link #frequency(Weighted[])}. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Refuses a weight below 1. */
    public Weighted {
      Objects.requireNonNull(gen, "gen");
      if (weight < 1) {
        throw new IllegalArgumentException("Gen.Weighted.weight: must be >= 1, was " + weight);
      }
    }
  }

  /** Pairs {@code gen} with {@code weight}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** The value of one of the generators, each chosen in proportion to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = new ArrayList<>(choices.length);
    for (Weighted<? extends T> w : choices) {
      copy.add(Objects.requireNonNull(w, "choices"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.frequency: needs at least one choice");
    }
    long total = 0;
    for (Weighted<? extends T> w : copy) {
      total += w.weight();
    }
    long sum = total;
    return (r, n) -> {
      long pick = r.nextLong(sum);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(r, n);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /** A generator chosen by the size it is run with. */
  static <T> Gen<T> sized(IntFunction<? extends Gen<? extends T>> f) {
    Objects.requireNonNull(f, "f");
    return (r, n) -> f.apply(n).next(r, n);
  }

  /** Integers in {@code [min, max]}, both inclusive. */
  static Gen<Integer> ints(int min, int max) {
    checkRange("ints", min, max);
    return (r, n) -> min == max ? min : (int) r.nextLong(min, (long) max + 1);
  }

  /** Integers in {@code [0, size]}. */
  static Gen<Integer> sizes() {
    return (r, n) -> n <= 0 ? 0 : r.nextInt(n + 1);
  }

  /** Longs in {@code [min, max]}, both inclusive. */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("Gen.longs: max " + max + " < min " + min);
    }
    return (r, n) -> {
      if (min == max) {
        return min;
      }
      if (max == Long.MAX_VALUE) {
        return min == Long.MIN_VALUE ? r.nextLong() : r.nextLong(min - 1, max) + 1;
      }
      return r.nextLong(min, max + 1);
    };
  }

  /** Doubles in {@code [min, max)}; {@code min} itself when they are equal. */
  static Gen<Double> doubles(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max) && max >= min)) {
      throw new IllegalArgumentException("Gen.doubles: invalid range [" + min + ", " + max + ")");
    }
    return (r, n) -> min == max ? min : r.nextDouble(min, max);
  }

  /** {@code true} or {@code false}, equally likely. */
  static Gen<Boolean> booleans() {
    return (r, n) -> r.nextBoolean();
  }

  /** {@code true} with probability {@code p}. */
  static Gen<Boolean> booleans(double p) {
    checkProbability(p);
    return (r, n) -> r.nextDouble() < p;
  }

  /** Dates in {@code [from, to]}, both inclusive. */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    if (b < a) {
      throw new IllegalArgumentException("Gen.dates: " + to + " is before " + from);
    }
    return (r, n) -> LocalDate.ofEpochDay(a == b ? a : r.nextLong(a, b + 1));
  }

  /** Strings of {@code min} to {@code max} characters taken from {@code alphabet}. */
  static Gen<String> strings(String alphabet, int min, int max) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("Gen.strings: alphabet must not be empty");
    }
    checkRange("strings", min, max);
    return (r, n) -> {
      int len = min == max ? min : r.nextInt(min, max + 1);
      char[] cs = new char[len];
      for (int i = 0; i < len; i++) {
        cs[i] = alphabet.charAt(r.nextInt(alphabet.length()));
      }
      return new String(cs);
    };
  }

  // ---------------------------------------------------------------------------------------------

  private static void checkRange(String what, int min, int max) {
    if (min < 0 && !"ints".equals(what)) {
      throw new IllegalArgumentException("Gen." + what + ": min must be >= 0, was " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("Gen." + what + ": max " + max + " < min " + min);
    }
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Gen: probability must be in 0..1, was " + p);
    }
  }

  private static int[] permutation(RandomGenerator r, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
