package io.ismskit.risk.engine;

import static io.ismskit.risk.engine.Fixtures.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.id.AssetId;
import io.ismskit.risk.engine.AssetValuation.MissingDependency;
import io.ismskit.risk.engine.AssetValuation.Raise;
import io.ismskit.risk.engine.AssetValuation.ValuedAsset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;


class AssetValuationTest {
  private static AssetId id(String s) {
    return AssetId.of(s);
  }

  private static CiaValue eff(AssetValuation v, String id) {
    return v.effective(id(id)).orElseThrow();
  }

  @Test
  void chain_passesTheHighWaterMarkDownToEverySupportingAsset() {
    // process -> app -> server: the server supports the process through the application.
    AssetValuation v = AssetValuation.of(List.of(
        asset("process", 5, 2, 1, "app"),
        asset("app", 1, 3, 1, "server"),
        asset("server", 1, 1, 4)));

    assertThat(eff(v, "process")).isEqualTo(CiaValue.of(5, 2, 1));
    assertThat(eff(v, "app")).isEqualTo(CiaValue.of(5, 3, 1));
    assertThat(eff(v, "server")).isEqualTo(CiaValue.of(5, 3, 4));
    ValuedAsset server = v.entry(id("server")).orElseThrow();
    assertThat(server.raises()).containsExactly(
        new Raise(SecurityProperty.CONFIDENTIALITY, 1, 5, id("app"), id("process"), false),
        new Raise(SecurityProperty.INTEGRITY, 1, 3, id("app"), id("app"), false));
    assertThat(v.entry(id("process")).orElseThrow().raised()).isFalse();
    assertThat(v.cycles()).isEmpty();
  }

  @Test
  void diamond_takesEachPropertyFromTheDependentThatNeedsItMost() {
    AssetValuation v = AssetValuation.of(List.of(
        asset("hr", 4, 4, 2, "db"),
        asset("web", 2, 1, 5, "db"),
        asset("db", 1, 1, 1, "disk"),
        asset("disk", 1, 5, 1)));

    assertThat(eff(v, "db")).isEqualTo(CiaValue.of(4, 4, 5));
    assertThat(eff(v, "disk")).isEqualTo(CiaValue.of(4, 5, 5));
    assertThat(v.entry(id("db")).orElseThrow().raises())
        .extracting(Raise::property, Raise::via)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SecurityProperty.CONFIDENTIALITY, id("hr")),
            org.assertj.core.groups.Tuple.tuple(SecurityProperty.INTEGRITY, id("hr")),
            org.assertj.core.groups.Tuple.tuple(SecurityProperty.AVAILABILITY, id("web")));
    // disk's own integrity 5 is already the highest: not raised.
    assertThat(v.entry(id("disk")).orElseThrow().raises())
        .extracting(Raise::property)
        .containsExactly(SecurityProperty.CONFIDENTIALITY, SecurityProperty.AVAILABILITY);
  }

  @Test
  void ownValueAboveDependents_isKept() {
    AssetValuation v = AssetValuation.of(List.of(
        asset("a", 1, 1, 1, "b"),
        asset("b", 5, 5, 5)));
    assertThat(eff(v, "b")).isEqualTo(CiaValue.of(5, 5, 5));
    assertThat(v.raised()).isEmpty();
  }

  @Test
  void cycle_isReportedAndItsMembersShareTheirHighWaterMark() {
    AssetValuation v = AssetValuation.of(List.of(
        asset("top", 1, 1, 5, "x"),
        asset("x", 4, 1, 1, "y"),
        asset("y", 1, 3, 1, "z"),
        asset("z", 1, 1, 1, "x", "leaf"),
        asset("leaf", 1, 1, 1)));

    assertThat(v.cycles()).containsExactly(List.of(id("x"), id("y"), id("z")));
    CiaValue shared = CiaValue.of(4, 3, 5);
    assertThat(eff(v, "x")).isEqualTo(shared);
    assertThat(eff(v, "y")).isEqualTo(shared);
    assertThat(eff(v, "z")).isEqualTo(shared);
    assertThat(eff(v, "leaf")).isEqualTo(shared);
    Raise yConf = v.entry(id("y")).orElseThrow().raises().get(0);
    assertThat(yConf.property()).isEqualTo(SecurityProperty.CONFIDENTIALITY);
    assertThat(yConf.origin()).isEqualTo(id("x"));
    assertThat(yConf.throughCycle()).isTrue();
  }

  @Test
  void missingDependency_isListedAndIgnored() {
    AssetValuation v = AssetValuation.of(List.of(asset("a", 3, 3, 3, "ghost")));
    assertThat(v.missingDependencies()).containsExactly(new MissingDependency(id("a"), id("ghost")));
    assertThat(eff(v, "a")).isEqualTo(CiaValue.of(3, 3, 3));
    assertThat(v.effective(id("ghost"))).isEmpty();
  }

  @Test
  void longChain_isValuedWithoutRecursion() {
    int n = 50_000;
    List<Asset> chain = new ArrayList<>(n);
    chain.add(asset("n0", 5, 1, 1, "n1"));
    for (int i = 1; i < n - 1; i++) {
      chain.add(asset("n" + i, 1, 1, 1, "n" + (i + 1)));
    }
    chain.add(asset("n" + (n - 1), 1, 1, 1, "n0")); // closes one big cycle
    AssetValuation v = AssetValuation.of(chain);
    assertThat(eff(v, "n" + (n - 1))).isEqualTo(CiaValue.of(5, 1, 1));
    assertThat(v.cycles()).hasSize(1);
    assertThat(v.cycles().get(0)).hasSize(n);
  }

  /** A random dependency graph, cycles included. */
  private static List<Asset> randomAssets(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Asset> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> deps = new ArrayList<>();
      int k = r.nextInt(3);
      for (int d = 0; d < k; d++) {
        int j = r.nextInt(n);
        String dep = "a" + j;
        if (j != i && !deps.contains(dep)) {
          deps.add(dep);
        }
      }
      out.add(asset("a" + i, 1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5),
          deps.toArray(new String[0])));
    }
    return out;
  }

  @Test
  void property_everySupportingAssetIsAtLeastAsCriticalAsItsDependents_andNoHigherThanNeeded() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, n) -> {
          List<Asset> assets = randomAssets(seed, n);
          AssetValuation v = AssetValuation.of(assets);
          Map<AssetId, CiaValue> e = v.effectiveValues();
          // Fixed point: effective = own high-water every dependent's effective value.
          Map<AssetId, CiaValue> expected = new HashMap<>();
          for (Asset a : assets) {
            expected.put(a.id(), a.value());
          }
          for (Asset a : assets) {
            for (AssetId d : a.dependsOn()) {
              expected.merge(d, java.util.Objects.requireNonNull(e.get(a.id())), CiaValue::highWater);
            }
          }
          assertThat(e).isEqualTo(expected);
          for (Asset a : assets) {
            for (SecurityProperty p : SecurityProperty.values()) {
              int own = a.value().of(p);
              int got = java.util.Objects.requireNonNull(e.get(a.id())).of(p);
              // Effective values only come from some asset's own value.
              assertThat(assets.stream().anyMatch(x -> x.value().of(p) == got)).isTrue();
              assertThat(got).isGreaterThanOrEqualTo(own);
            }
          }
        });
  }

  @Test
  void property_doesNotDependOnTheOrderOfTheAssets() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(longs().all(), integers().between(1, 30))
        .checkAssert((seed, n) -> {
          List<Asset> assets = randomAssets(seed, n);
          List<Asset> shuffled = new ArrayList<>(assets);
          Collections.shuffle(shuffled, new java.util.Random(seed));
          AssetValuation a = AssetValuation.of(assets);
          AssetValuation b = AssetValuation.of(shuffled);
          for (Asset x : assets) {
            assertThat(b.entry(x.id())).isEqualTo(a.entry(x.id()));
          }
          assertThat(b.cycles()).isEqualTo(a.cycles());
        });
  }
}
