package io.ismskit.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scoring laws accept a correct method and name the law each broken method breaks. */
class ScoringLawsTest {
  static final long SEED = 42L;
  static final Gen<ToyMethod.Input> INPUTS = new ToyMethod().inputs();

  /** {@code d} with other bounds. */
  static MethodDescriptor<ToyMethod.Input> withBounds(MethodDescriptor<ToyMethod.Input> d, Bounds bounds) {
    return d.toBuilder().bounds(bounds).build();
  }

  /** {@code d} with other monotonic factors. */
  static MethodDescriptor<ToyMethod.Input> withFactors(
      MethodDescriptor<ToyMethod.Input> d, List<MonotonicFactor<ToyMethod.Input>> factors) {
    return new MethodDescriptor<>(d.id(), d.version(), d.inputType(), d.bounds(), factors, d.inputKeys(), d.factors());
  }

  static List<Law> broken(ScoringMethod<ToyMethod.Input> m) {
    return ScoringLaws.verify(m, INPUTS, SEED, 300).stream().map(BrokenLaw::law).toList();
  }

  @Test
  void correctMethod_breaksNoLaw() {
    assertThat(ScoringLaws.verify(new ToyMethod(), INPUTS, SEED, 500)).isEmpty();
  }

  @Test
  void nonDeterministicMethod_breaksDeterminism() {
    var calls = new AtomicInteger();
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Score> score(Input in) {
        return super.score(in).map(s -> new Score(s.value(), s.normalized(), s.level(), s.method(),
            s.methodVersion(), List.of(ScoreFactor.of("call", calls.incrementAndGet()))));
      }
    };
    assertThat(broken(m)).contains(Law.DETERMINISTIC).doesNotContain(Law.WITHIN_BOUNDS, Law.MONOTONIC);
  }

  @Test
  void threadDependentMethod_breaksDeterminismAcrossThreadsOnly() {
    var threads = new AtomicInteger();
    ThreadLocal<Integer> threadNo = ThreadLocal.withInitial(threads::getAndIncrement);
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Score> score(Input in) {
        int t = threadNo.get();
        return super.score(in).map(s -> new Score(s.value(), s.normalized(), s.level() + (t == 0 ? "" : "!"),
            s.method(), s.methodVersion(), s.factors(), s.likelihood(), s.consequence()));
      }
    };
    assertThat(broken(m)).containsExactly(Law.DETERMINISTIC_ACROSS_THREADS);
  }

  @Test
  void outOfBoundsMethod_breaksBounds() {
    var m = new ToyMethod() {
      @Override
      public MethodDescriptor<Input> descriptor() {
        return withBounds(super.descriptor(), Bounds.of(1, 20));
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 300);
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.WITHIN_BOUNDS);
    assertThat(all.get(0).detail()).contains("outside [1.0, 20.0]");
  }

  @Test
  void nonMonotoneMethod_breaksMonotonicityNamingTheFactor() {
    var m = new ToyMethod() {
      @Override
      protected double value(Input in) {
        return in.likelihood() * (6 - in.impact()); // falls as impact rises
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 300);
    assertThat(all).extracting(BrokenLaw::law).contains(Law.MONOTONIC);
    assertThat(all.stream().filter(b -> b.law() == Law.MONOTONIC).findFirst().orElseThrow().detail())
        .startsWith("raising impact");
  }

  @Test
  void raisingMitigation_breaksMitigationLaw() {
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Input> mitigate(Input in, Mitigation mitigation) {
        return Either.right(new Input(Math.min(5, in.likelihood() + 1), in.impact()));
      }
    };
    assertThat(broken(m)).containsExactly(Law.MITIGATION_NEVER_RAISES);
  }

  @Test
  void throwingMethod_breaksNeverThrows() {
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Score> score(Input in) {
        if (in.likelihood() == 5 && in.impact() == 5) {
          throw new IllegalStateException("boom");
        }
        return super.score(in);
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 300);
    assertThat(all).extracting(BrokenLaw::law).contains(Law.NEVER_THROWS);
    assertThat(all.get(0).detail()).contains("boom");
  }

  @Test
  void lossyEncoding_breaksRoundTrip() {
    var m = new ToyMethod() {
      @Override
      public Map<String, String> encode(Input in) {
        Map<String, String> map = new TreeMap<>(super.encode(in));
        map.put("impact", "1");
        return map;
      }
    };
    assertThat(broken(m)).containsExactly(Law.ENCODE_DECODE_ROUND_TRIP);
  }

  @Test
  void reversedNormalization_breaksOrder() {
    var m = new ToyMethod() {
      @Override
      protected double normalize(double value) {
        return 1 - (value - 1) / 24;
      }
    };
    assertThat(broken(m)).containsExactly(Law.NORMALIZATION_PRESERVES_ORDER);
  }

  @Test
  void raisedInputRefused_breaksMonotonicity() {
    var m = new ToyMethod() {
      @Override
      public MethodDescriptor<Input> descriptor() {
        return withFactors(super.descriptor(),
            List.of(MonotonicFactor.of("likelihood", in -> Optional.of(new Input(in.likelihood() + 1, in.impact())))));
      }
    };
    assertThat(broken(m)).containsExactly(Law.MONOTONIC);
  }

  @Test
  void brokenLaw_carriesReproducibleCounterExample() {
    var m = new ToyMethod() {
      @Override
      public MethodDescriptor<Input> descriptor() {
        return withBounds(super.descriptor(), Bounds.of(1, 20));
      }
    };
    BrokenLaw b = ScoringLaws.verify(m, INPUTS, SEED, 300).get(0);
    ToyMethod.Input again = INPUTS.next(Gen.random(b.exampleSeed()), b.size());
    assertThat(again.toString()).isEqualTo(b.counterExample());
    assertThat(m.score(again).get().value()).isGreaterThan(20);
    assertThat(b.seed()).isEqualTo(SEED);
    assertThat(b.toString()).contains("WITHIN_BOUNDS", "example seed " + b.exampleSeed());
  }

  @Test
  void undocumentedFactor_breaksSelfDescribed() {
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Score> score(Input in) {
        return super.score(in).map(s -> new Score(s.value(), s.normalized(), s.level(), s.method(),
            s.methodVersion(), List.of(ScoreFactor.of("heat", s.value()))));
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 100);
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.SELF_DESCRIBED);
    assertThat(all.get(0).detail()).contains("'heat'");
  }

  @Test
  void scoreOfAnotherVersion_breaksSelfDescribed() {
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Score> score(Input in) {
        return super.score(in).map(s -> new Score(s.value(), s.normalized(), s.level(), s.method(), "0",
            s.factors()));
      }
    };
    assertThat(broken(m)).containsExactly(Law.SELF_DESCRIBED);
  }

  @Test
  void undocumentedEncodedKey_breaksSelfDescribed() {
    var m = new ToyMethod() {
      @Override
      public Map<String, String> encode(Input in) {
        Map<String, String> map = new TreeMap<>(super.encode(in));
        map.put("note", "x");
        return map;
      }

      @Override
      public Either<Problem, Input> decode(Map<String, String> inputs) {
        Map<String, String> rest = new TreeMap<>(inputs);
        rest.remove("note");
        return super.decode(rest);
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 100);
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.SELF_DESCRIBED);
    assertThat(all.get(0).detail()).contains("encode wrote key 'note'");
  }

  @Test
  void decodeIgnoringUnknownKeys_breaksUnknownKeysRefused() {
    // as the cvss method did with {vector, vectr}: the extra key was silently ignored
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Input> decode(Map<String, String> inputs) {
        Map<String, String> known = new TreeMap<>(inputs);
        known.keySet().retainAll(descriptor().inputKeyNames());
        return super.decode(known);
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 100);
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.UNKNOWN_KEYS_REFUSED);
    assertThat(all.get(0).detail()).contains("decode accepted", "unknown key 'likelihoo'");
  }

  @Test
  void unknownKeyRefusedWithAnotherCode_breaksUnknownKeysRefused() {
    var m = new ToyMethod() {
      @Override
      public Either<Problem, Input> decode(Map<String, String> inputs) {
        for (String key : inputs.keySet()) {
          if (!descriptor().inputKeyNames().contains(key)) {
            return Either.left(Problem.ofField(ScoringCode.VALUE_OUT_OF_RANGE, "inputs", key, "bad key"));
          }
        }
        return super.decode(inputs);
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 100);
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.UNKNOWN_KEYS_REFUSED);
    assertThat(all.get(0).detail()).contains("scoring.value.out-of-range", "expected scoring.key.unknown");
  }

  @Test
  void throwingDescriptor_breaksNeverThrows_whateverLawIsAsked() {
    var m = new ToyMethod() {
      @Override
      public MethodDescriptor<Input> descriptor() {
        throw new IllegalStateException("no descriptor");
      }
    };
    List<BrokenLaw> all = ScoringLaws.verify(m, INPUTS, SEED, 10, EnumSet.of(Law.WITHIN_BOUNDS));
    assertThat(all).extracting(BrokenLaw::law).containsExactly(Law.NEVER_THROWS);
    assertThat(all.get(0).detail()).contains("descriptor threw", "no descriptor");
  }

  @Test
  void toyMethod_refusesLikeTheBuiltIns() {
    ToyMethod toy = new ToyMethod();
    Problem unknown = toy.decode(Map.of("likelihood", "2", "impact", "3", "impct", "3")).getLeft();
    assertThat(unknown.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(unknown.field()).isEqualTo("impct");
    assertThat(unknown.message()).contains("allowed keys: likelihood, impact");
    assertThat(toy.decode(Map.of("likelihood", "2")).getLeft().code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(toy.decode(Map.of("likelihood", "2", "impact", "9")).getLeft().code())
        .isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(toy.score(new ToyMethod.Input(0, 1)).getLeft().field()).isEqualTo("likelihood");
    assertThat(FlatForm.knownKeys(toy.descriptor(), Map.of("impact", "1")).isRight()).isTrue();
  }

  @Test
  void verify_sameSeedSameResult() {
    var m = new ToyMethod() {
      @Override
      protected double normalize(double value) {
        return 1 - (value - 1) / 24;
      }
    };
    assertThat(ScoringLaws.verify(m, INPUTS, 9L, 100))
        .isEqualTo(ScoringLaws.verify(m, INPUTS, 9L, 100));
  }

  @Test
  void verify_onlyRequestedLaws() {
    var m = new ToyMethod() {
      @Override
      public MethodDescriptor<Input> descriptor() {
        return withBounds(super.descriptor(), Bounds.of(1, 20));
      }
    };
    assertThat(ScoringLaws.verify(m, INPUTS, SEED, 200, EnumSet.of(Law.DETERMINISTIC))).isEmpty();
  }

  @Test
  void verify_refusesNonScoringLaw() {
    assertThatThrownBy(() -> ScoringLaws.verify(new ToyMethod(), INPUTS, SEED, 10,
        EnumSet.of(Law.MEAN_WITHIN_TOLERANCE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEAN_WITHIN_TOLERANCE");
  }

  @Test
  void contract_failsWithTheLawNamed() {
    ScoringMethodLaws<ToyMethod.Input> laws = new ScoringMethodLaws<>() {
      @Override
      public ScoringMethod<ToyMethod.Input> method() {
        return new ToyMethod() {
          @Override
          public MethodDescriptor<Input> descriptor() {
            return withBounds(super.descriptor(), Bounds.of(1, 20));
          }
        };
      }

      @Override
      public Gen<ToyMethod.Input> inputs() {
        return INPUTS;
      }
    };
    assertThatThrownBy(laws::withinBounds).isInstanceOf(AssertionError.class).hasMessageContaining("WITHIN_BOUNDS");
    laws.deterministic();
    laws.monotonicInEveryDeclaredFactor();
  }
}
