package io.ismskit.risk.engine;

import static io.ismskit.core.control.ImplementationStatus.IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static io.ismskit.risk.engine.Fixtures.AS_OF;
import static io.ismskit.risk.engine.Fixtures.analysis;
import static io.ismskit.risk.engine.Fixtures.control;
import static io.ismskit.risk.engine.Fixtures.risk;
import static io.ismskit.risk.engine.Fixtures.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.context.Organization;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.cvss.CvssMethod;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


/**
 * The engine with the built-in methods, as a host would run it: {@code RiskEngine.of(
 * ScoringRegistry.builtIns())} on a register whose risks are analysed with {@code cvss}, {@code
 * fair}, {@code owasp}, {@code nist-800-30} and {@code matrix}, stored in each method's flat form,
 * and treated with controls.
 */
class EngineWithBuiltInMethodsTest {
  private static final ScoringRegistry BUILT_INS = ScoringRegistry.builtIns();
  private static final RiskEngine ENGINE = RiskEngine.of(BUILT_INS);

  /** Criteria on four levels split at 0.25, 0.5, 0.75 of the normalized score. */
  private static final RiskCriteria CRITERIA = RiskCriteria.builder()
      .version("c1")
      .method(MethodId.of("matrix"))
      .addLevels(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High"), RiskLevel.of("Critical"))
      .addLevelBounds(0.25, 0.5, 0.75)
      .acceptanceLevel(RiskLevel.of("Medium"))
      .appetite(0.3)
      .tolerance(0.6)
      .assessmentInterval(Period.ofYears(1))
      .build();

  /** A likelihood control and an impact control, both strong, and a weak one for both. */
  private static final List<ControlImplementation> CONTROLS = List.of(
      control("C-PATCH", IMPLEMENTED, 0.9, true, false),
      control("C-BACKUP", IMPLEMENTED, 0.8, false, true),
      control("C-AWARE", PARTIALLY_IMPLEMENTED, 0.4, true, true));

  private static final Treatment MODIFY = treatment(TreatmentOption.MODIFY, "C-PATCH", "C-BACKUP", "C-AWARE");

  private static final String CVSS31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
  private static final String CVSS40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

  /** Poisson(2) loss events a year of a constant 40,000 loss, simulated 5,000 times. */
  private static final Map<String, String> FAIR_CONSTANT = Map.of(
      "lef.kind", "poisson", "lef.lambda", "2",
      "plm.kind", "constant", "plm.value", "40000",
      "trials", "5000", "seed", "7");

  /** TEF × vulnerability, lognormal primary loss and a PERT secondary loss. */
  private static final Map<String, String> FAIR_TEF = Map.ofEntries(
      Map.entry("lef.kind", "tef-vuln"),
      Map.entry("tef.kind", "triangular"), Map.entry("tef.min", "1"), Map.entry("tef.mode", "4"),
      Map.entry("tef.max", "12"),
      Map.entry("vuln.kind", "uniform"), Map.entry("vuln.min", "0.2"), Map.entry("vuln.max", "0.6"),
      Map.entry("plm.kind", "lognormal90"), Map.entry("plm.low", "10000"), Map.entry("plm.high", "500000"),
      Map.entry("slef", "0.3"),
      Map.entry("slm.kind", "pert"), Map.entry("slm.min", "5000"), Map.entry("slm.mode", "20000"),
      Map.entry("slm.max", "200000"),
      Map.entry("trials", "4000"), Map.entry("seed", "11"));

  private static Map<String, String> owaspInputs() {
    String[] keys = {"skillLevel", "motive", "opportunity", "size", "easeOfDiscovery", "easeOfExploit",
        "awareness", "intrusionDetection", "lossOfConfidentiality", "lossOfIntegrity",
        "lossOfAvailability", "lossOfAccountability", "financialDamage", "reputationDamage",
        "nonCompliance", "privacyViolation"};
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      m.put(k, "8");
    }
    return m;
  }

  private static Risk analysed(String id, String method, Map<String, String> inputs) {
    String version = BUILT_INS.find(MethodId.of(method)).orElseThrow().version();
    return risk(id, analysis(method, version, inputs));
  }

  private static Risk treated(Risk r) {
    return r.withTreatment(MODIFY);
  }

  /** Treated risks of every built-in method but dread, and one untreated risk. */
  private static List<Risk> register() {
    List<Risk> risks = new ArrayList<>();
    risks.add(treated(analysed("R-CVSS31", "cvss", Map.of("vector", CVSS31))));
    risks.add(treated(analysed("R-CVSS40", "cvss", Map.of("vector", CVSS40))));
    risks.add(treated(analysed("R-FAIR", "fair", FAIR_CONSTANT)));
    risks.add(treated(analysed("R-FAIR-TEF", "fair", FAIR_TEF)));
    risks.add(treated(analysed("R-OWASP", "owasp", owaspInputs())));
    risks.add(treated(analysed("R-NIST", "nist-800-30", Map.of(
        "initiationLikelihood", "High", "adverseImpactLikelihood", "Very High", "impact", "Very High"))));
    risks.add(treated(analysed("R-MATRIX", "matrix", Map.of("likelihood", "4", "impact", "5"))));
    risks.add(analysed("R-UNTREATED", "cvss", Map.of("vector", CVSS40)));
    return risks;
  }

  private static Isms isms(List<Risk> risks) {
    return Isms.builder()
        .organization(Organization.builder().name("Acme").headcount(10).build())
        .riskCriteria(CRITERIA)
        .addAllRisks(risks)
        .addAllControlImplementations(CONTROLS)
        .build();
  }

  private static Risk find(Isms isms, String id) {
    return isms.risks().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
  }

  private static Score score(RiskAssessment a) {
    ScoringMethod<?> m = BUILT_INS.find(a.method()).orElseThrow();
    return m.scoreEncoded(a.inputs()).get();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void everyRisk_isScoredByItsMethod_onTheCriteriaScale() {
    AssessedRegister out = ENGINE.assess(isms(register()), AS_OF);

    assertThat(out.errors()).isEmpty();
    for (Risk original : register()) {
      Risk r = find(out.isms(), original.id().value());
      RiskAssessment in = r.inherent().orElseThrow();
      RiskAssessment res = r.residual().orElseThrow();
      for (RiskAssessment a : List.of(in, res)) {
        Score s = score(a);
        assertThat(a.score()).as("%s score", r.id()).isEqualTo(s.value());
        assertThat(a.normalized()).as("%s normalized", r.id()).isEqualTo(s.normalized());
        assertThat(a.level()).as("%s level", r.id())
            .isIn(CRITERIA.levels())
            .isEqualTo(CRITERIA.levelOf(a.normalized()));
        assertThat(a.criteriaVersion()).contains("c1");
      }
      assertThat(in.inputs()).isEqualTo(original.inherent().orElseThrow().inputs());
    }
  }

  @Test
  void residual_neverExceedsInherent_andStrongControlsLowerEveryTreatedRisk() {
    AssessedRegister out = ENGINE.assess(isms(register()), AS_OF);

    for (Risk r : out.isms().risks()) {
      RiskAssessment in = r.inherent().orElseThrow();
      RiskAssessment res = r.residual().orElseThrow();
      assertThat(res.score()).as("%s residual score", r.id()).isLessThanOrEqualTo(in.score());
      assertThat(res.normalized()).as("%s residual normalized", r.id()).isLessThanOrEqualTo(in.normalized());
      assertThat(CRITERIA.rank(res.level())).as("%s residual level", r.id())
          .isLessThanOrEqualTo(CRITERIA.rank(in.level()));
      if (r.treatment().isPresent()) {
        // 90% likelihood and 80% impact reduction lower every one of these high risks.
        assertThat(res.score()).as("%s treated", r.id()).isLessThan(in.score());
        assertThat(res.method()).isEqualTo(in.method());
      } else {
        assertThat(res.score()).isEqualTo(in.score());
        assertThat(res.inputs()).isEqualTo(in.inputs());
      }
    }
  }

  @Test
  void cvssResidual_isTheVectorWithEnvironmentalMetrics() {
    AssessedRegister out = ENGINE.assess(isms(register()), AS_OF);
    RiskAssessment res = find(out.isms(), "R-CVSS31").residual().orElseThrow();
    // The residual keeps the base metrics and adds modified (environmental) ones.
    assertThat(res.inputs()).containsOnlyKeys(CvssMethod.VECTOR_KEY);
    assertThat(res.inputs().get(CvssMethod.VECTOR_KEY)).startsWith(CVSS31 + "/").contains("/MAC:H");
  }

  @Test
  void fairInherentScore_isTheSimulatedMean_closeToTheAnalyticOne() {
    AssessedRegister out = ENGINE.assess(isms(register()), AS_OF);
    RiskAssessment in = find(out.isms(), "R-FAIR").inherent().orElseThrow();
    // Compound Poisson: mean λ·c = 2 × 40,000; standard error c·sqrt(λ / n) with n = 5,000 years.
    double se = 40_000 * Math.sqrt(2.0 / 5_000);
    assertThat(in.score()).isCloseTo(80_000, within(5 * se));
  }

  @Test
  void assessingTwice_changesNothing() {
    Isms first = ENGINE.assess(isms(register()), AS_OF).isms();
    AssessedRegister again = ENGINE.assess(first, AS_OF.plusMonths(1));
    assertThat(again.errors()).isEmpty();
    assertThat(again.isms()).isSameAs(first);
    assertThat(again.report().changes()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void malformedCvssVector_namesTheRiskAndTheField_andLeavesTheRiskUnchanged() {
    Risk badValue = treated(analysed("R-BAD-VALUE", "cvss",
        Map.of("vector", "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
    Risk badPrefix = analysed("R-BAD-PREFIX", "cvss", Map.of("vector", "CVSS:2.0/AV:N/AC:L/Au:N/C:C/I:C/A:C"));
    Risk missingMetric = analysed("R-MISSING", "cvss",
        Map.of("vector", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N"));
    Risk noVector = analysed("R-NO-VECTOR", "cvss", Map.of("vectr", CVSS31));
    List<Risk> risks = new ArrayList<>(register());
    risks.addAll(List.of(badValue, badPrefix, missingMetric, noVector));

    AssessedRegister out = ENGINE.assess(isms(risks), AS_OF);

    assertThat(out.errors()).extracting(Problem::entityId).containsExactlyInAnyOrder(
        "R-BAD-VALUE", "R-BAD-PREFIX", "R-MISSING", "R-NO-VECTOR");
    assertThat(out.errors()).allSatisfy(e -> {
      assertThat(e.code()).isEqualTo(EngineCode.INPUTS_INVALID);
      assertThat(e.entityType()).isEqualTo("Risk");
      assertThat(e.field()).startsWith("inherent.inputs.");
      assertThat(e.message()).contains(e.entityId(), e.field());
      assertThat(cause(out, e.entityId())).isPresent();
    });
    assertThat(error(out, "R-BAD-VALUE").field()).isEqualTo("inherent.inputs.AV");
    assertThat(error(out, "R-BAD-VALUE").value()).isEqualTo("Q");
    assertThat(error(out, "R-BAD-PREFIX").field()).isEqualTo("inherent.inputs.prefix");
    assertThat(error(out, "R-MISSING").field()).isEqualTo("inherent.inputs.SA");
    // a misspelt key is refused as unknown (it used to be ignored), naming the key
    assertThat(error(out, "R-NO-VECTOR").field()).isEqualTo("inherent.inputs.vectr");
    assertThat(cause(out, "R-NO-VECTOR").orElseThrow().code()).isEqualTo(ScoringCode.KEY_UNKNOWN);

    for (Risk bad : List.of(badValue, badPrefix, missingMetric, noVector)) {
      assertThat(find(out.isms(), bad.id().value())).isSameAs(bad);
    }
    // The other risks are scored as without the bad ones.
    Isms good = ENGINE.assess(isms(register()), AS_OF).isms();
    for (Risk r : register()) {
      assertThat(find(out.isms(), r.id().value())).isEqualTo(find(good, r.id().value()));
    }
  }

  private static Problem error(AssessedRegister out, String risk) {
    return out.errors(RiskId.of(risk)).get(0);
  }

  private static java.util.Optional<Problem> cause(AssessedRegister out, String risk) {
    return out.report().notScored().stream().filter(c -> c.risk().value().equals(risk)).findFirst()
        .orElseThrow().cause();
  }
}
