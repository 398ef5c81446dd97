package io.ismskit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.cvss.CvssMethod;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.methods.DreadInput;
import io.ismskit.risk.methods.DreadMethod;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.Nist80030Method;
import io.ismskit.risk.methods.OwaspMethod;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class ScoringRegistryTest {

  /** A test-only provider, registered in src/test/resources/META-INF/services. */
  public static final class TestOnlyMethod implements ScoringMethod<String> {
    /** Required by ServiceLoader. */
    public TestOnlyMethod() {}

    private static final MethodDescriptor<String> DESCRIPTOR =
        MethodDescriptor.builder(MethodId.of("test.only"), "0", String.class)
            .bounds(Bounds.of(0, 1))
            .inputKey(MethodDescriptor.InputKey.optional("x", "anything", "any text"))
            .build();

    @Override
    public MethodDescriptor<String> descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public Either<Problem, Score> score(String input) {
      return Either.right(new Score(0, 0, "None", id(), version(), List.of()));
    }

    @Override
    public Either<Problem, String> decode(Map<String, String> inputs) {
      return FlatForm.knownKeys(DESCRIPTOR, inputs).map(in -> in.getOrDefault("x", ""));
    }

    @Override
    public Map<String, String> encode(String input) {
      return Map.of("x", input);
    }
  }

  /** A second provider claiming the id {@code dread}. */
  static final class FakeDread extends DelegatingMethod<DreadInput> {
    FakeDread() {
      super(new DreadMethod());
    }
  }

  /** Delegates everything; lets a test create a second class with the same id. */
  abstract static class DelegatingMethod<I> implements ScoringMethod<I> {
    private final ScoringMethod<I> d;

    DelegatingMethod(ScoringMethod<I> d) {
      this.d = d;
    }

    @Override
    public MethodDescriptor<I> descriptor() {
      return d.descriptor();
    }

    @Override
    public Either<Problem, Score> score(I input) {
      return d.score(input);
    }

    @Override
    public Either<Problem, I> decode(Map<String, String> inputs) {
      return d.decode(inputs);
    }

    @Override
    public Map<String, String> encode(I input) {
      return d.encode(input);
    }
  }

  @Test
  void of_sortsIdsWhateverTheArgumentOrder() {
    ScoringRegistry r =
        ScoringRegistry.of(new OwaspMethod(), new MatrixMethod(), new DreadMethod(), new Nist80030Method());
    assertThat(r.ids())
        .extracting(MethodId::value)
        .containsExactly("dread", "matrix", "nist-800-30", "owasp");
    assertThat(r.methods()).extracting(ScoringMethod::id).isEqualTo(r.ids());
    assertThat(r.size()).isEqualTo(4);
  }

  @Test
  void of_duplicateId_namesIdAndBothProviders() {
    assertThatThrownBy(() -> ScoringRegistry.of(new DreadMethod(), new FakeDread()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'dread'")
        .hasMessageContaining(DreadMethod.class.getName())
        .hasMessageContaining(FakeDread.class.getName())
        .extracting(e -> ((InvalidValueException) e).problem().code())
        .isEqualTo(ScoringCode.REGISTRY_METHOD_DUPLICATE);
  }

  @Test
  void with_returnsNewRegistryAndLeavesOriginalUnchanged() {
    ScoringRegistry one = ScoringRegistry.of(new MatrixMethod());
    ScoringRegistry two = one.with(new DreadMethod());
    assertThat(one.ids()).extracting(MethodId::value).containsExactly("matrix");
    assertThat(two.ids()).extracting(MethodId::value).containsExactly("dread", "matrix");
    assertThatThrownBy(() -> two.with(new FakeDread()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dread'")
        .hasMessageContaining(FakeDread.class.getName());
  }

  @Test
  void find_and_typedFind() {
    ScoringRegistry r = ScoringRegistry.of(new MatrixMethod(), new DreadMethod());
    assertThat(r.find(MethodId.of("matrix"))).isPresent();
    assertThat(r.find(MethodId.of("cvss"))).isEmpty();
    assertThat(r.find(MethodId.of("matrix"), MatrixInput.class)).isPresent();
    assertThat(r.find(MethodId.of("matrix"), DreadInput.class)).isEmpty();
    ScoringMethod<MatrixInput> m = r.find(MethodId.of("matrix"), MatrixInput.class).orElseThrow();
    assertThat(m.score(MatrixInput.of(1, 1)).isRight()).isTrue();
  }

  @Test
  void require_unknown_namesIdAndListsKnownIds() {
    ScoringRegistry r = ScoringRegistry.of(new MatrixMethod(), new DreadMethod());
    Either<Problem, ScoringMethod<?>> e = r.require(MethodId.of("fair"));
    assertThat(e.isLeft()).isTrue();
    assertThat(e.getLeft().code()).isEqualTo(ScoringCode.REGISTRY_METHOD_UNKNOWN);
    assertThat(e.getLeft().field()).isEqualTo("method");
    assertThat(e.getLeft().value()).isEqualTo("fair");
    assertThat(e.getLeft().message())
        .isEqualTo("method: is not a registered scoring method (known methods: dread, matrix), was 'fair'");
    assertThat(r.require(MethodId.of("dread")).get()).isInstanceOf(DreadMethod.class);
  }

  @Test
  void empty_require_saysNone() {
    assertThat(ScoringRegistry.empty().require(MethodId.of("x")).getLeft().message())
        .contains("(known methods: none)");
  }

  @Test
  void installed_discoversTestOnlyProviderAndBuiltIns() {
    ScoringRegistry r = ScoringRegistry.installed(getClass().getClassLoader());
    assertThat(r.ids())
        .extracting(MethodId::value)
        .contains("dread", "matrix", "nist-800-30", "owasp", "test.only")
        .isSorted();
    assertThat(r.find(MethodId.of("test.only"), String.class)).isPresent();
  }

  @Test
  void builtIns_containsTheSixMethods_andIsStable() {
    ScoringRegistry r = ScoringRegistry.builtIns();
    assertThat(r.find(MethodId.of("cvss")).orElseThrow()).isInstanceOf(CvssMethod.class);
    assertThat(r.find(MethodId.of("fair")).orElseThrow()).isInstanceOf(FairMethod.class);
    assertThat(r.find(MethodId.of("matrix")).orElseThrow()).isInstanceOf(MatrixMethod.class);
    assertThat(r.find(MethodId.of("nist-800-30")).orElseThrow()).isInstanceOf(Nist80030Method.class);
    assertThat(r.find(MethodId.of("owasp")).orElseThrow()).isInstanceOf(OwaspMethod.class);
    assertThat(r.find(MethodId.of("dread")).orElseThrow()).isInstanceOf(DreadMethod.class);
    assertThat(ScoringRegistry.builtIns()).isSameAs(r);
  }

  @Test
  void ids_isUnmodifiable() {
    ScoringRegistry r = ScoringRegistry.of(new MatrixMethod());
    assertThatThrownBy(() -> r.ids().add(MethodId.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArguments_throwNpeWithParameterName() {
    assertThatThrownBy(() -> ScoringRegistry.installed(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("classLoader");
    assertThatThrownBy(() -> ScoringRegistry.of(new MatrixMethod()).find(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
