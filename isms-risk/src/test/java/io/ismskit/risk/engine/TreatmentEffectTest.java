package io.ismskit.risk.engine;

import static io.ismskit.core.control.ImplementationStatus.IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.NOT_IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.PLANNED;
import static io.ismskit.risk.engine.Fixtures.control;
import static io.ismskit.risk.engine.Fixtures.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.spi.Mitigation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreatmentEffectTest {
  private static Map<ControlId, ControlImplementation> index(ControlImplementation... cs) {
    Map<ControlId, ControlImplementation> m = new HashMap<>();
    for (ControlImplementation c : cs) {
      m.put(c.control(), c);
    }
    return m;
  }

  private static Mitigation effect(Treatment t, Map<ControlId, ControlImplementation> m) {
    return TreatmentEffect.of(Optional.of(t), m, 0).mitigation();
  }

  @Test
  void noTreatment_reducesNothing() {
    assertThat(TreatmentEffect.of(Optional.empty(), Map.of(), 0.5)).isEqualTo(TreatmentEffect.NONE);
    assertThat(TreatmentEffect.NONE.isNone()).isTrue();
  }

  @Test
  void creditedEffectiveness_isEffectivenessTimesTheStatusCredit() {
    var m = index(
        control("C1", IMPLEMENTED, 0.8, true, false),
        control("C2", PARTIALLY_IMPLEMENTED, 0.8, true, false),
        control("C3", PLANNED, 0.8, true, false),
        control("C4", NOT_IMPLEMENTED, 0.8, true, false));
    assertThat(effect(treatment(TreatmentOption.MODIFY, "C1"), m).likelihoodReduction())
        .isCloseTo(0.8, within(1e-12));
    assertThat(effect(treatment(TreatmentOption.MODIFY, "C2"), m).likelihoodReduction())
        .isCloseTo(0.8 * 0.5, within(1e-12));
    assertThat(effect(treatment(TreatmentOption.MODIFY, "C3"), m).likelihoodReduction()).isZero();
    assertThat(effect(treatment(TreatmentOption.MODIFY, "C4"), m).likelihoodReduction()).isZero();
  }

  @Test
  void severalControls_combineAsIndependentBarriers_perEffect() {
    var m = index(
        control("L1", IMPLEMENTED, 0.5, true, false),
        control("L2", IMPLEMENTED, 0.4, true, false),
        control("I1", IMPLEMENTED, 0.3, false, true),
        control("B1", IMPLEMENTED, 0.2, true, true));
    Mitigation mit = effect(treatment(TreatmentOption.MODIFY, "L1", "L2", "I1", "B1"), m);
    assertThat(mit.likelihoodReduction()).isCloseTo(1 - (1 - 0.5) * (1 - 0.4) * (1 - 0.2), within(1e-12));
    assertThat(mit.impactReduction()).isCloseTo(1 - (1 - 0.3) * (1 - 0.2), within(1e-12));
  }

  @Test
  void controlsNotLinkedToTheTreatment_creditNothing() {
    var m = index(control("C1", IMPLEMENTED, 0.9, true, true));
    TreatmentEffect e = TreatmentEffect.of(
        Optional.of(treatment(TreatmentOption.MODIFY, "C2")), m, 0);
    assertThat(e.isNone()).isTrue();
    assertThat(e.credits()).containsExactly(ControlCredit.unimplemented(ControlId.of("C2")));
  }

  @Test
  void avoid_isAFullMitigation() {
    TreatmentEffect e = TreatmentEffect.of(Optional.of(treatment(TreatmentOption.AVOID)), Map.of(), 0);
    assertThat(e.avoided()).isTrue();
    assertThat(e.mitigation()).isEqualTo(Mitigation.of(1, 1));
  }

  @Test
  void share_addsTheShareFractionAsAnImpactReduction() {
    var m = index(control("I1", IMPLEMENTED, 0.5, false, true));
    Treatment t = Treatment.builder().addOptions(TreatmentOption.MODIFY, TreatmentOption.SHARE)
        .addControls(ControlId.of("I1")).sharedWith("Insurer").build();
    TreatmentEffect e = TreatmentEffect.of(Optional.of(t), m, 0.3);
    assertThat(e.shared()).isEqualTo(0.3);
    assertThat(e.mitigation().impactReduction()).isCloseTo(1 - (1 - 0.5) * (1 - 0.3), within(1e-12));
    assertThat(e.mitigation().likelihoodReduction()).isZero();
    // Without a configured fraction, SHARE credits nothing.
    assertThat(TreatmentEffect.of(Optional.of(treatment(TreatmentOption.SHARE)), Map.of(), 0).isNone())
        .isTrue();
  }

  @Test
  void retain_addsNothingBeyondItsControls() {
    var m = index(control("C1", IMPLEMENTED, 0.4, true, false));
    assertThat(TreatmentEffect.of(Optional.of(treatment(TreatmentOption.RETAIN)), m, 0.5).isNone())
        .isTrue();
    assertThat(effect(treatment(TreatmentOption.RETAIN, "C1"), m).likelihoodReduction())
        .isCloseTo(0.4, within(1e-12));
  }
}
