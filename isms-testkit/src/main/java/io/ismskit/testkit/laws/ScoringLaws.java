package io.ismskit.testkit.laws;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link ScoringMethod} against the laws of the scoring SPI and returns every law it
 * breaks, each with its first counter-example and the seeds to reproduce it. No JUnit needed:
 *
 * <pre>{@code
 * List<BrokenLaw> broken = ScoringLaws.verify(new MyMethod(), myInputs, 42L, 500);
 * if (!broken.isEmpty()) throw new AssertionError(broken);
 * }</pre>
 *
 * <p>Example {@code i} is generated with a {@link Gen#random(long)} generator seeded with the
 * {@code i}-th number drawn from {@code Gen.random(seed)}, at size {@code i % 101}; from it come
 * the input and a {@link Mitigation}. The laws checked are those of {@link Law} from
 * {@link Law#NEVER_THROWS} to {@link Law#UNKNOWN_KEYS_REFUSED}:
 *
 * <ul>
 *   <li>{@code score}, {@code encode}, {@code decode}, {@code mitigate} and every factor's
 *       {@code raise} never throw;
 *   <li>scoring an input twice gives equal results, and scoring all inputs again on a pool of four
 *       threads gives the same results as on the calling thread;
 *   <li>every score lies within {@link MethodDescriptor#bounds() the descriptor's bounds}, its normalized value in [0, 1];
 *   <li>over all examples, a lower value never has a higher normalized value;
 *   <li>raising any declared {@link MonotonicFactor} by one step never lowers the score, and the
 *       raised input is accepted;
 *   <li>the residual input of {@code mitigate} never scores above the input (a refused mitigation
 *       is not a violation);
 *   <li>{@code decode(encode(x))} gives {@code x} back for every input that scores;
 *   <li>every score names the {@link ScoringMethod#descriptor() descriptor}'s id and version, and
 *       every factor it carries and every key {@code encode} writes is documented there;
 *   <li>{@code decode} refuses {@code encode}'s output with one key added that the descriptor does
 *       not list, with {@link ScoringCode#KEY_UNKNOWN} and that key as the problem's field.
 * </ul>
 *
 * <p>Inputs the method refuses (a {@code Left} from {@code score}) take part in the determinism
 * laws only.
 */
public final class ScoringLaws {
  /** The number of threads the cross-thread law scores on. */
  public static final int THREADS = 4;

  /** The laws of a scoring method. */
  public static final Set<Law> SCORING_LAWS = Collections.unmodifiableSet(
      EnumSet.range(Law.NEVER_THROWS, Law.UNKNOWN_KEYS_REFUSED));

  private static final int MAX_SIZE = 100;

  private ScoringLaws() {}

  /** Checks every scoring law on {@code examples} inputs of {@code inputs}; returns the broken ones. */
  public static <I> List<BrokenLaw> verify(ScoringMethod<I> method, Gen<I> inputs, long seed, int examples) {
    return verify(method, inputs, seed, examples, SCORING_LAWS);
  }

  /**
   * Checks the scoring laws in {@code laws} on {@code examples} inputs of {@code inputs}; returns
   * the broken ones, in the order of {@link Law}, each with its first counter-example.
   *
   * @throws IllegalArgumentException if {@code examples < 1} or {@code laws} holds a law that is
   *     not a scoring law
   */
  public static <I> List<BrokenLaw> verify(
      ScoringMethod<I> method, Gen<I> inputs, long seed, int examples, Set<Law> laws) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(laws, "laws");
    if (examples < 1) {
      throw new IllegalArgumentException("ScoringLaws.verify: examples must be >= 1, was " + examples);
    }
    for (Law law : laws) {
      if (!SCORING_LAWS.contains(law)) {
        throw new IllegalArgumentException("ScoringLaws.verify: " + law + " is not a law of scoring methods");
      }
    }
    return new Run<>(method, inputs, seed, laws).run(examples);
  }

  /** One verification run; collects the first counter-example of each law. */
  private static final class Run<I> {
    private final ScoringMethod<I> method;
    private final Gen<I> inputs;
    private final long seed;
    private final Set<Law> laws;
    private final Map<Law, BrokenLaw> broken = new EnumMap<>(Law.class);
    private final List<Example<I>> scored = new ArrayList<>();
    private @Nullable MethodDescriptor<I> descriptor;

    Run(ScoringMethod<I> method, Gen<I> inputs, long seed, Set<Law> laws) {
      this.method = method;
      this.inputs = inputs;
      this.seed = seed;
      this.laws = laws;
    }

    List<BrokenLaw> run(int examples) {
      RandomGenerator master = Gen.random(seed);
      MethodDescriptor<I> d = callOnce("descriptor", "-", method::descriptor);
      if (d == null) {
        // nothing can be checked without a descriptor: report it whatever laws were asked for
        BrokenLaw b = broken.getOrDefault(Law.NEVER_THROWS,
            new BrokenLaw(Law.NEVER_THROWS, "descriptor returned null", "-", seed, seed, 0));
        return List.of(b);
      }
      descriptor = d;
      for (int i = 0; i < examples; i++) {
        long exampleSeed = master.nextLong();
        int size = i % (MAX_SIZE + 1);
        example(exampleSeed, size, d.bounds(), d.monotonicFactors());
      }
      if (laws.contains(Law.NORMALIZATION_PRESERVES_ORDER)) {
        order();
      }
      if (laws.contains(Law.DETERMINISTIC_ACROSS_THREADS)) {
        threads();
      }
      List<BrokenLaw> out = new ArrayList<>();
      for (Law law : Law.values()) {
        BrokenLaw b = broken.get(law);
        if (b != null && laws.contains(law)) {
          out.add(b);
        }
      }
      return List.copyOf(out);
    }

    private void example(long exampleSeed, int size, Bounds bounds, List<MonotonicFactor<I>> factors) {
      RandomGenerator r = Gen.random(exampleSeed);
      I input;
      try {
        input = inputs.next(r, size);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "ScoringLaws: the input generator threw for example seed " + exampleSeed + ", size " + size, e);
      }
      Mitigation mitigation = mitigation(r);
      Context<I> cx = new Context<>(exampleSeed, size, input);

      Either<Problem, Score> first = score(cx, input);
      if (first == null) {
        return;
      }
      Either<Problem, Score> second = score(cx, input);
      if (second == null) {
        return;
      }
      if (!first.equals(second)) {
        fail(Law.DETERMINISTIC, cx, "scored " + first + " then " + second);
      }
      scored.add(new Example<>(cx, first));
      if (first.isLeft()) {
        return;
      }
      Score s = first.get();
      if (!bounds.contains(s.value())) {
        fail(Law.WITHIN_BOUNDS, cx, "value " + s.value() + " lies outside [" + bounds.min() + ", " + bounds.max() + "]");
      }
      if (!(s.normalized() >= 0 && s.normalized() <= 1)) {
        fail(Law.NORMALIZED_IN_UNIT_INTERVAL, cx, "normalized " + s.normalized());
      }
      monotonic(cx, s, factors);
      mitigated(cx, s, mitigation);
      roundTrip(cx, s);
    }

    private void monotonic(Context<I> cx, Score s, List<MonotonicFactor<I>> factors) {
      if (!laws.contains(Law.MONOTONIC) && !laws.contains(Law.NEVER_THROWS)) {
        return;
      }
      for (MonotonicFactor<I> f : factors) {
        Optional<I> raised = call("raise(" + f.name() + ")", cx, () -> f.raise(cx.input()));
        if (raised == null || raised.isEmpty()) {
          continue;
        }
        Either<Problem, Score> up = score(cx, raised.get());
        if (up == null) {
          continue;
        }
        if (up.isLeft()) {
          fail(Law.MONOTONIC, cx, "raising " + f.name() + " gave " + raised.get() + ", which the method refuses: "
              + up.getLeft());
        } else if (up.get().value() < s.value()) {
          fail(Law.MONOTONIC, cx, "raising " + f.name() + " to " + raised.get() + " lowered the score from "
              + s.value() + " to " + up.get().value());
        }
      }
    }

    private void mitigated(Context<I> cx, Score s, Mitigation m) {
      Either<Problem, I> residual = call("mitigate", cx, () -> method.mitigate(cx.input(), m));
      if (residual == null || residual.isLeft()) {
        return;
      }
      Either<Problem, Score> after = score(cx, residual.get());
      if (after == null || after.isLeft()) {
        return;
      }
      if (after.get().value() > s.value()) {
        fail(Law.MITIGATION_NEVER_RAISES, cx, "mitigation " + m + " gave residual input " + residual.get()
            + " scoring " + after.get().value() + " above the inherent " + s.value());
      }
    }

    private void roundTrip(Context<I> cx, Score s) {
      Map<String, String> encoded = call("encode", cx, () -> method.encode(cx.input()));
      if (encoded == null) {
        return;
      }
      Either<Problem, I> decoded = call("decode", cx, () -> method.decode(encoded));
      if (decoded == null) {
        return;
      }
      if (decoded.isLeft()) {
        fail(Law.ENCODE_DECODE_ROUND_TRIP, cx, "decode refused encode's output " + encoded + ": " + decoded.getLeft());
      } else if (!decoded.get().equals(cx.input())) {
        fail(Law.ENCODE_DECODE_ROUND_TRIP, cx, "encoded as " + encoded + ", decoded as " + decoded.get());
      }
      described(cx, s, encoded);
      unknownKey(cx, encoded);
    }

    private void described(Context<I> cx, Score s, Map<String, String> encoded) {
      MethodDescriptor<I> d = Objects.requireNonNull(descriptor);
      if (!s.method().equals(d.id()) || !s.methodVersion().equals(d.version())) {
        fail(Law.SELF_DESCRIBED, cx, "the score names method " + s.method() + " " + s.methodVersion()
            + " but the descriptor " + d.id() + " " + d.version());
      }
      for (ScoreFactor f : s.factors()) {
        if (d.factor(f.name()).isEmpty()) {
          fail(Law.SELF_DESCRIBED, cx, "the score's factor '" + f.name() + "' is not documented in the descriptor");
        }
      }
      for (String key : encoded.keySet()) {
        if (d.inputKey(key).isEmpty()) {
          fail(Law.SELF_DESCRIBED, cx, "encode wrote key '" + key + "', which the descriptor does not document");
        }
      }
      if (d.likelihood().isPresent() && s.likelihood().isEmpty()) {
        fail(Law.SELF_DESCRIBED, cx, "the descriptor documents a likelihood, but the score states none");
      }
      if (d.consequence().isPresent() && s.consequence().isEmpty()) {
        fail(Law.SELF_DESCRIBED, cx, "the descriptor documents a consequence, but the score states none");
      }
    }

    /** Adds a key the descriptor does not list (a near miss of a real one) to encode's output. */
    private void unknownKey(Context<I> cx, Map<String, String> encoded) {
      MethodDescriptor<I> d = Objects.requireNonNull(descriptor);
      String base = encoded.isEmpty() ? "input" : encoded.keySet().iterator().next();
      String key = base.length() > 1 ? base.substring(0, base.length() - 1) : base + "x";
      while (d.inputKey(key).isPresent() || encoded.containsKey(key)) {
        key = key + "x";
      }
      Map<String, String> withUnknown = new LinkedHashMap<>(encoded);
      withUnknown.put(key, "1");
      String unknown = key;
      Either<Problem, I> decoded = call("decode", cx, () -> method.decode(withUnknown));
      if (decoded == null) {
        return;
      }
      if (decoded.isRight()) {
        fail(Law.UNKNOWN_KEYS_REFUSED, cx, "decode accepted " + withUnknown + " with the unknown key '" + unknown + "'");
      } else if (decoded.getLeft().code() != ScoringCode.KEY_UNKNOWN || !decoded.getLeft().field().equals(unknown)) {
        fail(Law.UNKNOWN_KEYS_REFUSED, cx, "decode refused the unknown key '" + unknown + "' with "
            + decoded.getLeft().code() + " on field '" + decoded.getLeft().field() + "': " + decoded.getLeft()
            + " (expected " + ScoringCode.KEY_UNKNOWN + " on field '" + unknown + "')");
      }
    }

    /** Sorts all scores by value; a score must not be normalized below any score of lower value. */
    private void order() {
      List<Example<I>> ok = new ArrayList<>();
      for (Example<I> e : scored) {
        if (e.result().isRight()) {
          ok.add(e);
        }
      }
      ok.sort((a, b) -> Double.compare(a.result().get().value(), b.result().get().value()));
      @Nullable Example<I> maxBelow = null;
      int i = 0;
      while (i < ok.size()) {
        double v = ok.get(i).result.get().value();
        int j = i;
        while (j < ok.size() && ok.get(j).result().get().value() == v) {
          Example<I> e = ok.get(j);
          if (maxBelow != null && e.result().get().normalized() < maxBelow.result().get().normalized()) {
            Score lo = maxBelow.result().get();
            Score hi = e.result().get();
            broken.putIfAbsent(Law.NORMALIZATION_PRESERVES_ORDER, new BrokenLaw(
                Law.NORMALIZATION_PRESERVES_ORDER,
                "value " + lo.value() + " < " + hi.value() + " but normalized " + lo.normalized() + " > "
                    + hi.normalized(),
                maxBelow.cx().input() + " and " + e.cx().input(), seed, e.cx().exampleSeed(), e.cx().size()));
          }
          j++;
        }
        for (int k = i; k < j; k++) {
          Example<I> e = ok.get(k);
          if (maxBelow == null || e.result().get().normalized() > maxBelow.result().get().normalized()) {
            maxBelow = e;
          }
        }
        i = j;
      }
    }

    /** Scores every input again on a pool of {@link #THREADS} threads, in reverse order. */
    private void threads() {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Either<Problem, Score>>> futures = new ArrayList<>(scored.size());
        for (int i = scored.size() - 1; i >= 0; i--) {
          I input = scored.get(i).cx().input();
          futures.add(pool.submit(() -> method.score(input)));
        }
        for (int i = 0; i < futures.size(); i++) {
          Example<I> e = scored.get(scored.size() - 1 - i);
          Either<Problem, Score> other;
          try {
            other = futures.get(i).get();
          } catch (ExecutionException ex) {
            fail(Law.DETERMINISTIC_ACROSS_THREADS, e.cx(), "score threw on another thread: " + ex.getCause());
            continue;
          }
          if (!e.result().equals(other)) {
            fail(Law.DETERMINISTIC_ACROSS_THREADS, e.cx(),
                "scored " + e.result() + " on the calling thread but " + other + " on another");
          }
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ScoringLaws: interrupted while scoring on " + THREADS + " threads", ex);
      } finally {
        pool.shutdownNow();
      }
    }

    private @Nullable Either<Problem, Score> score(Context<I> cx, I input) {
      return call("score", cx, () -> method.score(input));
    }

    private <T> @Nullable T call(String what, Context<I> cx, Supplier<T> f) {
      try {
        T t = f.get();
        if (t == null) {
          fail(Law.NEVER_THROWS, cx, what + " returned null");
        }
        return t;
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError) {
          throw e;
        }
        fail(Law.NEVER_THROWS, cx, what + " threw " + e);
        return null;
      }
    }

    private <T> @Nullable T callOnce(String what, String noInput, Supplier<T> f) {
      try {
        return f.get();
      } catch (RuntimeException e) {
        broken.putIfAbsent(Law.NEVER_THROWS,
            new BrokenLaw(Law.NEVER_THROWS, what + " threw " + e, noInput, seed, seed, 0));
        return null;
      }
    }

    private void fail(Law law, Context<I> cx, String detail) {
      broken.putIfAbsent(law, new BrokenLaw(law, detail, String.valueOf(cx.input()), seed, cx.exampleSeed(), cx.size()));
    }
  }

  /** A mitigation: none, full, one-sided or random fractions. */
  static Mitigation mitigation(RandomGenerator r) {
    return switch (r.nextInt(6)) {
      case 0 -> Mitigation.NONE;
      case 1 -> Mitigation.of(1, 1);
      case 2 -> Mitigation.of(r.nextDouble(), 0);
      case 3 -> Mitigation.of(0, r.nextDouble());
      default -> Mitigation.of(r.nextDouble(), r.nextDouble());
    };
  }

  /** Where an example came from. */
  private record Context<I>(long exampleSeed, int size, I input) {}

  /** An example and its first score. */
  private record Example<I>(Context<I> cx, Either<Problem, Score> result) {}
}
