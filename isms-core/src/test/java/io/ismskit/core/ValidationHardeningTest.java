package io.ismskit.core;

import static io.ismskit.core.Samples.D;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskLevel;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation stays bounded on hostile graphs (issue 11, item 2): one problem per dependency cycle
 * with a message of bounded length, and at most {@link Isms#MAX_PROBLEMS_PER_CODE} problems per
 * code plus one that counts the rest. Bounds are checked by counting problems and characters.
 */
class ValidationHardeningTest {
  static final int N = 20_000;

  static Seq<Problem> problems(Isms isms) {
    return isms.validate().fold(p -> p, ok -> io.vavr.collection.List.empty());
  }

  static long characters(Seq<Problem> problems) {
    return problems.map(p -> (long) p.message().length()).sum().longValue();
  }

  /** {@code A-00000 -> A-00001 -> ... -> A-19999}, plus the one back edge {@code A-19999 -> A-00000}. */
  static Isms chain(boolean forward) {
    List<Asset> assets = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      int next = forward ? (i + 1) % N : (i + N - 1) % N;
      assets.add(Samples.asset(String.format("A-%05d", i), String.format("A-%05d", next)));
    }
    return Samples.isms().addAllAssets(assets).build();
  }

  @Test
  void chainOfTwentyThousandWithOneBackEdge_isOneCycleProblem() {
    for (boolean forward : new boolean[] {true, false}) {
      Seq<Problem> found = problems(chain(forward));
      assertThat(found).hasSize(1);
      Problem p = found.head();
      assertThat(p.code()).isEqualTo(ValidationCode.CYCLE);
      assertThat(p.entityType()).isEqualTo("Asset");
      assertThat(p.entityId()).isEqualTo("A-00000");
      assertThat(p.field()).isEqualTo("dependsOn");
      assertThat(p.message()).startsWith("Asset A-00000: dependsOn forms a cycle of 20,000 assets: A-00000 -> ")
          .endsWith("… -> A-00000");
      assertThat(p.message().length()).isLessThan(200);
    }
  }

  @Test
  void chainWhoseAssetsAllDependOnTheFirst_isOneCycleProblem_not19999() {
    // the shape that gave 19,999 problems of 1.8 billion characters in all before: every asset
    // depends on the next one and, through one more edge each, on the first, so the chain closes
    // a cycle at every step
    List<Asset> assets = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      String id = String.format("A-%05d", i);
      assets.add(i == 0 || i == N - 1
          ? Samples.asset(id, String.format("A-%05d", (i + 1) % N))
          : Samples.asset(id, String.format("A-%05d", i + 1), "A-00000"));
    }
    Seq<Problem> found = problems(Samples.isms().addAllAssets(assets).build());
    assertThat(found).hasSize(1);
    assertThat(found.head().message())
        .isEqualTo("Asset A-00000: dependsOn forms a cycle of 2 assets: A-00000 -> A-00001 -> A-00000"
            + " (20,000 assets in all depend on each other)");
    assertThat(characters(found)).isLessThan(200);
  }

  @Test
  void aLadderOfCycles_isOneProblemPerStronglyConnectedGroup() {
    // two disjoint 3-cycles, and a group of 4 assets with many cycles among them
    Isms isms = Samples.isms().addAssets(
        Samples.asset("A-1", "A-2"), Samples.asset("A-2", "A-3"), Samples.asset("A-3", "A-1"),
        Samples.asset("B-1", "B-2"), Samples.asset("B-2", "B-3"), Samples.asset("B-3", "B-1"),
        Samples.asset("C-1", "C-2", "C-3", "C-4"), Samples.asset("C-2", "C-1", "C-3"), Samples.asset("C-3", "C-4"),
        Samples.asset("C-4", "C-1", "C-2"), Samples.asset("D-1", "A-1", "B-1")).build();
    Seq<Problem> found = problems(isms);
    assertThat(found).extracting(Problem::entityId).containsExactlyInAnyOrder("A-1", "B-1", "C-1");
    assertThat(found).allSatisfy(p -> assertThat(p.code()).isEqualTo(ValidationCode.CYCLE));
    assertThat(found.find(p -> p.entityId().equals("C-1")).get().message())
        .isEqualTo("Asset C-1: dependsOn forms a cycle of 2 assets: C-1 -> C-2 -> C-1 (4 assets in all depend on each other)");
    assertThat(found.find(p -> p.entityId().equals("A-1")).get().message())
        .isEqualTo("Asset A-1: dependsOn forms a cycle of 3 assets: A-1 -> A-2 -> A-3 -> A-1");
  }

  @Test
  void manyProblemsOfOneCode_areCappedWithACount() {
    List<Risk> risks = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      risks.add(Samples.risk("R-" + i).withOwner(PersonId.of("GHOST-" + i)));
    }
    Seq<Problem> found = problems(Samples.isms().addAllRisks(risks).build());
    assertThat(found.filter(p -> p.code() == ValidationCode.DANGLING)).hasSize(Isms.MAX_PROBLEMS_PER_CODE);
    Problem summary = found.last();
    assertThat(summary.code()).isEqualTo(ValidationCode.CAPPED);
    assertThat(summary.value()).isEqualTo("validation.reference.dangling");
    assertThat(summary.message())
        .isEqualTo("19,000 more problems with code validation.reference.dangling not listed (at most 1,000 per code)");
    assertThat(found).hasSize(Isms.MAX_PROBLEMS_PER_CODE + 1);
    assertThat(characters(found)).isLessThan(100L * (Isms.MAX_PROBLEMS_PER_CODE + 1));
  }

  @Test
  void capIsPerCode_otherCodesStillReported() {
    List<Risk> risks = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      risks.add(Samples.risk("R-" + i).withOwner(PersonId.of("GHOST-" + i)));
    }
    risks.add(Samples.risk("R-0"));
    Seq<Problem> found = problems(Samples.isms().addAllRisks(risks).build());
    assertThat(found.filter(p -> p.code() == ValidationCode.DUPLICATE)).singleElement()
        .satisfies(p -> assertThat(p.entityId()).isEqualTo("R-0"));
    assertThat(found.filter(p -> p.code() == ValidationCode.CAPPED)).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("500 more problems with code validation.reference.dangling"));
  }

  @Test
  void assessmentLevelNotOfTheCriteria_isReported() {
    Risk r = Samples.risk("R-1").withInherent(Samples.assessment(RiskLevel.of("Severe"), 0.9, D))
        .withResidual(Samples.assessment(Samples.LOW, 0.1, D))
        .withHistory(Samples.assessment(RiskLevel.of("Old scale"), 0.5, D));
    Isms isms = Samples.isms().riskCriteria(Samples.criteria()).addRisks(r).build();
    assertThat(problems(isms)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ValidationCode.UNKNOWN_LEVEL);
      assertThat(p.field()).isEqualTo("inherent.level");
      assertThat(p.value()).isEqualTo("Severe");
      assertThat(p.message())
          .isEqualTo("Risk R-1: inherent.level 'Severe' is not a level of the risk criteria 1 ([Low, Medium, High])");
    });
    assertThat(Samples.isms().addRisks(r).build().validate().isValid()).as("no criteria, nothing to compare").isTrue();
  }

  @Test
  void echoedValues_areShortenedAndEscaped() {
    String hostile = "X".repeat(128);
    Isms isms = Samples.isms().addRisks(Samples.risk("R-1").withOwner(PersonId.of(hostile))).build();
    Problem p = problems(isms).head();
    assertThat(p.value()).isEqualTo(Text.shorten(hostile)).endsWith("… (128 chars)");
    assertThat(p.message()).hasSizeLessThan(150).doesNotContain(hostile);
  }
}
