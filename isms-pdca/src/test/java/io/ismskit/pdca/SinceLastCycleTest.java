package io.ismskit.pdca;

import static io.ismskit.pdca.Fixtures.READY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import org.junit.jupiter.api.Test;

class SinceLastCycleTest {
  @Test
  void newAndChangedRisksAndTheRisksOfChangedAssetsAreToBeReassessed() {
    Risk changed = READY.risks().get(0);
    Asset asset = READY.assets().stream().filter(a -> READY.risks().stream().skip(1)
        .anyMatch(r -> r.assets().contains(a.id()) && !changed.assets().contains(a.id()))).findFirst().orElseThrow();
    Isms now = READY.withRisk(changed.withTitle(changed.title() + " (revised)"))
        .withRisk(READY.risks().get(1).withId(RiskId.of("R-NEW")))
        .withAsset(asset.withName(asset.name() + " v2"));
    SinceLastCycle since = SinceLastCycle.between(READY, now);
    assertThat(since.newRisks()).containsExactly(RiskId.of("R-NEW"));
    assertThat(since.changedRisks()).containsExactly(changed.id());
    assertThat(since.changedAssets()).containsExactly(asset.id());
    assertThat(since.toReassess(now)).startsWith(RiskId.of("R-NEW"), changed.id()).doesNotHaveDuplicates()
        .containsAll(now.risks().stream().filter(r -> r.assets().contains(asset.id())).map(Risk::id).toList());
    assertThat(since.diff().summary()).contains("R-NEW").contains(changed.id().value());
    assertThat(SinceLastCycle.between(READY, READY).toReassess(READY)).isEmpty();
    assertThat(SinceLastCycle.between(READY, READY.withRisk(changed.withOwner(PersonId.of("P-CEO"))))
        .changedRisks()).containsExactly(changed.id());
  }
}
