package io.ismskit.risk.engine;

import static io.ismskit.risk.engine.Fixtures.ALICE;
import static io.ismskit.risk.engine.Fixtures.AS_OF;
import static io.ismskit.risk.engine.Fixtures.BOB;
import static io.ismskit.risk.engine.Fixtures.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.testkit.laws.ToyMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;


class RiskEnginePropertiesTest {
  private static final ToyMethod TOY = new ToyMethod();
  private static final RiskEngine ENGINE = RiskEngine.builder()
      .registry(ScoringRegistry.builtIns())
      .method(TOY)
      .shareFraction(0.25)
      .topN(5)
      .build();
  private static final ImplementationStatus[] STATUSES = ImplementationStatus.values();
  private static final TreatmentOption[] OPTIONS = TreatmentOption.values();

  /**
   * A random register: toy and built-in matrix risks (same input keys), a few with an unknown
   * method, unreadable inputs or no analysis; random controls, treatments and acceptances.
   */
  static Isms register(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int controls = 1 + r.nextInt(6);
    List<ControlImplementation> impls = new ArrayList<>();
    for (int c = 0; c < controls; c++) {
      if (r.nextInt(5) > 0) {
        impls.add(Fixtures.control("C" + c, STATUSES[r.nextInt(STATUSES.length)], r.nextDouble(),
            r.nextBoolean(), r.nextBoolean()));
      }
    }
    int n = r.nextInt(30);
    List<Risk> risks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "R" + i;
      int kind = r.nextInt(20);
      Risk risk;
      if (kind == 0) {
        risk = Fixtures.unassessed(id);
      } else {
        String method = kind == 1 ? "nope" : kind < 8 ? "matrix" : "toy";
        String l = kind == 2 ? "0" : String.valueOf(1 + r.nextInt(5));
        RiskAssessment a = analysis(method, "1",
            Map.of("likelihood", l, "impact", String.valueOf(1 + r.nextInt(5))));
        risk = Fixtures.risk(id, a);
      }
      if (r.nextBoolean()) {
        Treatment.Builder t = Treatment.builder();
        t.addOptions(OPTIONS[r.nextInt(OPTIONS.length)]);
        if (r.nextInt(4) == 0) {
          t.addOptions(TreatmentOption.SHARE);
        }
        for (int c = 0; c < controls; c++) {
          if (r.nextInt(3) == 0) {
            t.addControls(ControlId.of("C" + c));
          }
        }
        risk = risk.withTreatment(t.build());
      }
      if (r.nextInt(3) == 0) {
        risk = risk.withAcceptance(
            RiskAcceptance.of(r.nextBoolean() ? ALICE : BOB, AS_OF.minusDays(r.nextInt(400))));
      }
      risks.add(risk);
    }
    return Fixtures.isms(risks, impls);
  }

  private static Map<RiskId, Risk> byId(Isms isms) {
    Map<RiskId, Risk> m = new HashMap<>();
    isms.risks().forEach(x -> m.put(x.id(), x));
    return m;
  }

  @Test
  void residualIsNeverAboveInherent_forAnyEffectiveness() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(integers().between(1, 5), integers().between(1, 5),
            doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert((l, i, e1, e2) -> {
          for (String method : List.of("toy", "matrix")) {
            Risk risk = Fixtures.risk("R1", analysis(method, "1", l, i))
                .withTreatment(Fixtures.treatment(TreatmentOption.MODIFY, "C1", "C2"));
            Isms isms = Fixtures.isms(List.of(risk), List.of(
                Fixtures.control("C1", ImplementationStatus.IMPLEMENTED, e1, true, false),
                Fixtures.control("C2", ImplementationStatus.PARTIALLY_IMPLEMENTED, e2, true, true)));
            AssessedRegister out = ENGINE.assess(isms, AS_OF);
            assertThat(out.errors()).isEmpty();
            Risk scored = out.isms().risks().get(0);
            assertThat(scored.residual().orElseThrow().normalized())
                .isLessThanOrEqualTo(scored.inherent().orElseThrow().normalized());
            assertThat(scored.residual().orElseThrow().score())
                .isLessThanOrEqualTo(scored.inherent().orElseThrow().score());
          }
        });
  }

  @Test
  void onRandomRegisters_residualNeverExceedsInherent_andFailedRisksAreUntouched() {
    qt().withFixedSeed(42L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Isms in = register(seed);
      AssessedRegister out = ENGINE.assess(in, AS_OF);
      assertThat(out.errors()).extracting(Problem::code)
          .doesNotContain(EngineCode.RESIDUAL_ABOVE_INHERENT, EngineCode.METHOD_FAILED);
      Map<RiskId, Risk> before = byId(in);
      for (Risk r : out.isms().risks()) {
        if (!out.errors(r.id()).isEmpty()) {
          assertThat(r).isSameAs(before.get(r.id()));
        } else {
          assertThat(r.residual().orElseThrow().normalized())
              .isLessThanOrEqualTo(r.inherent().orElseThrow().normalized());
        }
      }
      assertThat(out.isms().risks()).extracting(Risk::id)
          .containsExactlyElementsOf(in.risks().stream().map(Risk::id).toList());
    });
  }

  @Test
  void assessIsDeterministic() {
    qt().withFixedSeed(42L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Isms in = register(seed);
      assertThat(ENGINE.assess(in, AS_OF)).isEqualTo(ENGINE.assess(register(seed), AS_OF));
    });
  }

  @Test
  void assessDoesNotDependOnTheOrderOfTheRisks() {
    qt().withFixedSeed(42L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Isms in = register(seed);
      List<Risk> shuffled = new ArrayList<>(in.risks());
      Collections.shuffle(shuffled, new Random(seed));
      Isms other = Fixtures.isms(shuffled, in.controlImplementations());
      AssessedRegister a = ENGINE.assess(in, AS_OF);
      AssessedRegister b = ENGINE.assess(other, AS_OF);
      assertThat(b.evaluations()).isEqualTo(a.evaluations());
      assertThat(b.register()).isEqualTo(a.register());
      assertThat(b.report()).isEqualTo(a.report());
      assertThat(b.errors()).isEqualTo(a.errors());
      assertThat(byId(b.isms())).isEqualTo(byId(a.isms()));
    });
  }

  @Test
  void assessIsIdempotent() {
    qt().withFixedSeed(42L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      AssessedRegister once = ENGINE.assess(register(seed), AS_OF);
      AssessedRegister twice = ENGINE.assess(once.isms(), AS_OF.plusDays(30));
      assertThat(twice.isms()).isSameAs(once.isms());
      assertThat(twice.report().changed()).isEmpty();
      assertThat(twice.errors()).isEqualTo(once.errors());
    });
  }

  @Test
  void largeRegister_isScoredCompletely() {
    int n = 100_000;
    List<Risk> risks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      risks.add(Fixtures.risk("R" + i, analysis(i % 2 == 0 ? "toy" : "matrix", "1",
          1 + i % 5, 1 + (i / 5) % 5)));
    }
    AssessedRegister out = ENGINE.assess(Fixtures.isms(risks, List.of()), AS_OF);
    assertThat(out.errors()).isEmpty();
    assertThat(out.report().changed()).hasSize(n);
    assertThat(out.register().orElseThrow().inherentByLevel().stream()
        .mapToInt(RegisterSummary.LevelCount::count).sum()).isEqualTo(n);
  }
}
