package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.Organization;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Small builders shared by the engine tests. */
final class Fixtures {
  static final PersonId ALICE = PersonId.of("alice");
  static final PersonId BOB = PersonId.of("bob");
  static final LocalDate IDENTIFIED = LocalDate.of(2025, 1, 1);
  static final LocalDate ASSESSED = LocalDate.of(2025, 2, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private Fixtures() {}

  /** Criteria on four levels split at 0.25, 0.5, 0.75; accept up to Medium; appetite 0.3, tolerance 0.6. */
  static RiskCriteria criteria(String version) {
    return RiskCriteria.builder()
        .version(version)
        .method(MethodId.of("toy"))
        .addLevels(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High"), RiskLevel.of("Critical"))
        .addLevelBounds(0.25, 0.5, 0.75)
        .acceptanceLevel(RiskLevel.of("Medium"))
        .appetite(0.3)
        .tolerance(0.6)
        .assessmentInterval(Period.ofYears(1))
        .build();
  }

  static RiskCriteria criteria() {
    return criteria("c1");
  }

  static RiskAssessment analysis(String method, String version, int likelihood, int impact) {
    return analysis(method, version, Map.of("likelihood", String.valueOf(likelihood),
        "impact", String.valueOf(impact)));
  }

  static RiskAssessment analysis(String method, String version, Map<String, String> inputs) {
    return RiskAssessment.builder()
        .method(MethodId.of(method))
        .methodVersion(version)
        .putAllInputs(inputs)
        .score(0)
        .normalized(0)
        .level(RiskLevel.of("unrated"))
        .assessedOn(ASSESSED)
        .assessedBy(ALICE)
        .build();
  }

  static Risk risk(String id, int likelihood, int impact) {
    return risk(id, analysis("toy", "1", likelihood, impact));
  }

  static Risk risk(String id, RiskAssessment inherent) {
    return Risk.builder()
        .id(RiskId.of(id))
        .title("Risk " + id)
        .scenario("Scenario of " + id)
        .owner(ALICE)
        .identifiedOn(IDENTIFIED)
        .inherent(inherent)
        .build();
  }

  static Risk unassessed(String id) {
    return Risk.builder()
        .id(RiskId.of(id))
        .title("Risk " + id)
        .scenario("Scenario of " + id)
        .owner(ALICE)
        .identifiedOn(IDENTIFIED)
        .build();
  }

  static Treatment treatment(TreatmentOption option, String... controls) {
    Treatment.Builder b = Treatment.builder().addOptions(option);
    for (String c : controls) {
      b.addControls(ControlId.of(c));
    }
    return b.build();
  }

  static ControlImplementation control(
      String id, ImplementationStatus status, double effectiveness, boolean likelihood,
      boolean impact) {
    return ControlImplementation.builder()
        .control(ControlId.of(id))
        .status(status)
        .owner(ALICE)
        .effectiveness(effectiveness)
        .likelihoodEffect(likelihood)
        .impactEffect(impact)
        .build();
  }

  static Isms isms(List<Risk> risks, List<ControlImplementation> controls) {
    return Isms.builder()
        .organization(Organization.builder().name("Acme").headcount(10).build())
        .riskCriteria(criteria())
        .addAllRisks(risks)
        .addAllControlImplementations(controls)
        .build();
  }

  static Isms isms(Risk... risks) {
    return isms(List.of(risks), List.of());
  }

  static Asset asset(String id, int c, int i, int a, String... dependsOn) {
    Asset.Builder b = Asset.builder()
        .id(AssetId.of(id))
        .name("Asset " + id)
        .type(AssetType.SOFTWARE)
        .owner(ALICE)
        .classification(Classification.INTERNAL)
        .value(CiaValue.of(c, i, a));
    for (String d : dependsOn) {
      b.addDependsOn(AssetId.of(d));
    }
    return b.build();
  }
}
