package io.ismskit.risk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.MethodDescriptor.InputKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodDescriptorTest {
  private static final MonotonicFactor<Integer> UP =
      MonotonicFactor.of("level", in -> in < 5 ? Optional.of(in + 1) : Optional.empty());

  private static MethodDescriptor.Builder<Integer> builder() {
    return MethodDescriptor.builder(MethodId.of("acme.heat"), "2", Integer.class)
        .bounds(Bounds.of(1, 5))
        .monotonicFactor(UP)
        .inputKey(InputKey.required("level", "how hot", "1..5"))
        .inputKey(InputKey.optional("note", "a remark", "any text"))
        .factor("level", "the level, 1..5");
  }

  @Test
  void builder_holdsEveryPart() {
    MethodDescriptor<Integer> d = builder().build();
    assertThat(d.id()).isEqualTo(MethodId.of("acme.heat"));
    assertThat(d.version()).isEqualTo("2");
    assertThat(d.inputType()).isEqualTo(Integer.class);
    assertThat(d.bounds()).isEqualTo(Bounds.of(1, 5));
    assertThat(d.monotonicFactors()).containsExactly(UP);
    assertThat(d.inputKeyNames()).containsExactly("level", "note");
    assertThat(d.inputKey("level").orElseThrow().required()).isTrue();
    assertThat(d.inputKey("note").orElseThrow().required()).isFalse();
    assertThat(d.inputKey("nope")).isEmpty();
    assertThat(d.factor("level").orElseThrow().meaning()).isEqualTo("the level, 1..5");
    assertThat(d.factor("heat")).isEmpty();
  }

  @Test
  void toBuilder_derivesAnEqualDescriptor_thatCanBeChanged() {
    MethodDescriptor<Integer> d = builder().build();
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(d.toBuilder().bounds(Bounds.of(0, 9)).build().bounds()).isEqualTo(Bounds.of(0, 9));
  }

  @Test
  void lists_areCopiedAndUnmodifiable() {
    MethodDescriptor<Integer> d = builder().build();
    assertThatThrownBy(() -> d.inputKeys().add(InputKey.optional("x", "x", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicateKey_isRefusedWithAProblem() {
    assertThatThrownBy(() -> builder().inputKey(InputKey.required("level", "again", "1..5")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("MethodDescriptor acme.heat: inputKeys[2] duplicates an earlier key, was 'level'")
        .satisfies(e -> assertThat(((InvalidValueException) e).problem().code())
            .isEqualTo(ScoringCode.DESCRIPTOR_INVALID));
    assertThatThrownBy(() -> builder().factor("level", "again").build())
        .hasMessageContaining("factors[1] duplicates an earlier factor");
    assertThatThrownBy(() -> builder().monotonicFactor(UP).build())
        .hasMessageContaining("monotonicFactors[1] must be a non-blank name used once");
  }

  @Test
  void missingBoundsAndBlankTexts_areRefused() {
    assertThatThrownBy(() -> MethodDescriptor.builder(MethodId.of("x"), "1", String.class).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("MethodDescriptor x: bounds are required");
    assertThatThrownBy(() -> MethodDescriptor.builder(MethodId.of("x"), " ", String.class)
            .bounds(Bounds.of(0, 1)).build())
        .hasMessage("MethodDescriptor x: version must not be blank, was ' '");
    assertThatThrownBy(() -> InputKey.required("k", " ", "1..5"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InputKey: meaning must not be blank, was ' '");
    assertThatThrownBy(() -> new MethodDescriptor.FactorKey("", "x"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void idAndVersion_ofAMethod_comeFromItsDescriptor() {
    MethodDescriptor<Integer> d = builder().build();
    ScoringMethod<Integer> m = new ScoringMethod<>() {
      @Override
      public MethodDescriptor<Integer> descriptor() {
        return d;
      }

      @Override
      public io.vavr.control.Either<io.ismskit.core.base.Problem, Score> score(Integer input) {
        return io.vavr.control.Either.right(new Score(input, (input - 1) / 4.0, "L" + input, d.id(), d.version(),
            List.of(ScoreFactor.of("level", input))));
      }

      @Override
      public io.vavr.control.Either<io.ismskit.core.base.Problem, Integer> decode(java.util.Map<String, String> in) {
        return FlatForm.knownKeys(d, in).flatMap(x -> FlatForm.required(x, "level"))
            .flatMap(v -> FlatForm.wholeNumber("level", v, 1, 5));
      }

      @Override
      public java.util.Map<String, String> encode(Integer input) {
        return java.util.Map.of("level", input.toString());
      }
    };
    assertThat(m.id()).isEqualTo(MethodId.of("acme.heat"));
    assertThat(m.version()).isEqualTo("2");
    assertThat(m.mitigate(3, Mitigation.of(1, 1)).get()).isEqualTo(3);
    assertThat(m.scoreEncoded(java.util.Map.of("level", "4")).get().value()).isEqualTo(4);
  }
}
