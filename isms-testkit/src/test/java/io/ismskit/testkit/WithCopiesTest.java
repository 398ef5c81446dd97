package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;


/**
 * {@code with*} copies never change the original: the original still equals an independently
 * re-generated snapshot (same seed, same value) after the copy was made.
 */
class WithCopiesTest {

  /** Generates a value, copies it with {@code change}, and checks original, snapshot and copy. */
  static <T> void copiesLeaveOriginal(Gen<T> gen, Function<T, T> change, BiConsumer<T, T> differs) {
    qt().withFixedSeed(13L).withExamples(100)
        .forAll(QtGens.of(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).zip(Gen.sizes(), (s, n) -> new long[] {s, n}), 20))
        .checkAssert(p -> {
          T original = gen.sample(p[0], (int) p[1]);
          T snapshot = gen.sample(p[0], (int) p[1]);
          T copy = change.apply(original);
          assertThat(original).isEqualTo(snapshot).isNotSameAs(snapshot);
          assertThat(copy).isNotEqualTo(original);
          differs.accept(original, copy);
        });
  }

  @Test
  void asset_withValue() {
    copiesLeaveOriginal(IsmsGens.assets(),
        a -> a.withValue(CiaValue.of(6 - a.value().confidentiality(), 1, 1))
            .withName(a.name() + " (copy)"),
        (a, b) -> {
          assertThat(b.name()).isEqualTo(a.name() + " (copy)");
          assertThat(a.name()).doesNotEndWith("(copy)");
        });
  }

  @Test
  void asset_withDependsOn() {
    copiesLeaveOriginal(IsmsGens.assets(),
        a -> a.withDependsOn(AssetId.of("DEP-" + a.dependsOn().size())),
        (a, b) -> assertThat(b.dependsOn()).hasSize(1));
  }

  @Test
  void risk_withOwnerAndTreatment() {
    copiesLeaveOriginal(IsmsGens.risks(),
        r -> r.withOwner(PersonId.of(r.owner().value() + "x"))
            .withTreatment(Treatment.builder().addOptions(TreatmentOption.AVOID).build()),
        (a, b) -> {
          assertThat(b.owner()).isNotEqualTo(a.owner());
          assertThat(b.treatment().orElseThrow().options()).containsExactly(TreatmentOption.AVOID);
        });
  }

  @Test
  void policy_withReviewInterval() {
    copiesLeaveOriginal(IsmsGens.policies(),
        p -> p.withReviewInterval(p.reviewInterval().plusMonths(1)),
        (a, b) -> assertThat(b.reviewInterval()).isEqualTo(a.reviewInterval().plus(Period.ofMonths(1))));
  }

  @Test
  void nonconformity_withDescription() {
    copiesLeaveOriginal(IsmsGens.nonconformities(),
        n -> n.withDescription(n.description() + "!"),
        (a, b) -> assertThat(b.description()).isEqualTo(a.description() + "!"));
  }

  @Test
  void isms_withAssetsAndRisks() {
    copiesLeaveOriginal(IsmsGens.validIsms(),
        i -> i.withAssets(List.<Asset>of()).withRisks(List.<Risk>of())
            .withScope(Optional.empty()).withPeople(i.people().get(0))
            .withOrganization(i.organization().withName("Copy of " + i.organization().name())),
        (a, b) -> {
          assertThat(b.assets()).isEmpty();
          assertThat(b.people()).hasSize(1);
          assertThat(a.organization().name()).doesNotStartWith("Copy of");
        });
  }

  @Test
  void isms_copyLeavesNestedListsUnchanged() {
    Isms original = IsmsGens.validIsms().sample(21L, 300);
    Isms snapshot = IsmsGens.validIsms().sample(21L, 300);
    List<Asset> assets = original.assets();
    Isms copy = original.withAssets(assets.subList(0, assets.size() / 2));
    assertThat(original).isEqualTo(snapshot);
    assertThat(original.assets()).hasSameSizeAs(snapshot.assets());
    assertThat(copy.assets()).hasSize(assets.size() / 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> original.assets().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy.risks()).isSameAs(original.risks());
  }
}
