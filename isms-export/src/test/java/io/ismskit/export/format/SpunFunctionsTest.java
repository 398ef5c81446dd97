package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.id.PersonId;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import io.ismskit.core.risk.ScaleValue;
import org.junit.jupiter.api.Test;

/**
 * The functions the codecs spin from the model's accessors, constructors and builders behave as the
 * handles they stand for, whether the lambda factory made them or refused and the handle is called.
 */
class SpunFunctionsTest {
  static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

  @Test
  void aSpunFactoryAndAccessor_callTheMethods_andLetTheModelsExceptionsThrough() throws Exception {
    Function<Object, Object> of = Codecs.function(
        PUBLIC.findStatic(PersonId.class, "of", MethodType.methodType(PersonId.class, String.class)));
    Function<Object, Object> value = Codecs.function(
        PUBLIC.findVirtual(PersonId.class, "value", MethodType.methodType(String.class)));
    Function<Object, Object> make = Codecs.function(
        PUBLIC.findConstructor(PersonId.class, MethodType.methodType(void.class, String.class)));

    assertThat(of.apply("P-1")).isEqualTo(PersonId.of("P-1"));
    assertThat(make.apply("P-1")).isEqualTo(PersonId.of("P-1"));
    assertThat(value.apply(PersonId.of("P-2"))).isEqualTo("P-2");
    assertThatThrownBy(() -> of.apply("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> make.apply("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> value.apply("not an id")).isInstanceOf(ClassCastException.class);
  }

  @Test
  void primitives_areBoxedAndUnboxed() throws Exception {
    Function<Object, Object> length = Codecs.function(
        PUBLIC.findVirtual(String.class, "length", MethodType.methodType(int.class)));
    BiFunction<Object, Object, Object> charAt = Codecs.biFunction(
        PUBLIC.findVirtual(String.class, "charAt", MethodType.methodType(char.class, int.class)));
    BiFunction<Object, Object, Object> concat = Codecs.biFunction(
        PUBLIC.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class)));

    assertThat(length.apply("abc")).isEqualTo(3);
    assertThat(charAt.apply("abc", 1)).isEqualTo('b');
    assertThat(concat.apply("a", "b")).isEqualTo("ab");
  }

  @Test
  void aHandleTheFactoryRefuses_isCalledAsItIs() throws Exception {
    // not a direct handle: the lambda factory refuses it
    MethodHandle adapted = PUBLIC.findStatic(PersonId.class, "of", MethodType.methodType(PersonId.class, String.class))
        .asType(MethodType.methodType(Object.class, Object.class));
    Function<Object, Object> of = Codecs.function(adapted);
    assertThat(of.apply("P-3")).isEqualTo(PersonId.of("P-3"));
    assertThatThrownBy(() -> of.apply("")).isInstanceOf(InvalidValueException.class);

    MethodHandle concat = PUBLIC.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
    BiFunction<Object, Object, Object> prefixed = Codecs.biFunction(
        MethodHandles.dropArguments(MethodHandles.insertArguments(concat, 0, "x"), 0, Object.class));
    assertThat(prefixed.apply("ignored", "y")).isEqualTo("xy");
  }

  @Test
  void aDoubleAccessor_isReadWithoutBoxing_spunOrNot() throws Exception {
    MethodHandle max = PUBLIC.findVirtual(ScaleValue.class, "max", MethodType.methodType(double.class));
    ScaleValue fair = ScaleValue.of(0.4, "0.4 loss events per year", 0, Double.POSITIVE_INFINITY);
    ToDoubleFunction<Object> spun = Codecs.doubleFunction(max);
    assertThat(spun.applyAsDouble(fair)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(spun.applyAsDouble(ScaleValue.of(2, "x", 1, 5))).isEqualTo(5.0);
    assertThatThrownBy(() -> spun.applyAsDouble("not a scale value")).isInstanceOf(ClassCastException.class);

    // not a direct handle: the lambda factory refuses it, and the handle is called
    MethodHandle adapted = MethodHandles.filterReturnValue(max,
        PUBLIC.findStatic(Math.class, "abs", MethodType.methodType(double.class, double.class)));
    ToDoubleFunction<Object> called = Codecs.doubleFunction(adapted);
    assertThat(called.applyAsDouble(ScaleValue.of(-2, "x", -3, -1))).isEqualTo(1.0);
  }

  @Test
  void aRecordsDoubles_areWrittenAsBefore_infinityAsText() {
    Codecs.Codec codec = Codecs.of(ScaleValue.class);
    assertThat(WrittenTextsTest.written(codec, ScaleValue.of(0.4, "0.4 a year", 0, Double.POSITIVE_INFINITY)))
        .isEqualTo("{\"value\":0.4,\"label\":\"0.4 a year\",\"min\":0.0,\"max\":\"Infinity\"}");
    assertThat(WrittenTextsTest.written(codec, ScaleValue.level(2, java.util.List.of("Low", "High"))))
        .isEqualTo("{\"value\":2.0,\"label\":\"High\",\"min\":1.0,\"max\":2.0,\"levels\":[\"Low\",\"High\"]}");
  }
}
