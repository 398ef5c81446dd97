package io.ismskit.it;

// DOC:IMPORTS rule
import io.ismskit.conformance.ConformanceRule;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Grading;
import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import java.util.List;
// DOC:IMPORTS useRule
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.RuleSet;
import io.ismskit.core.Isms;
import io.ismskit.export.sample.SampleIsms;
import java.time.LocalDate;
// DOC:IMPORTS scan
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Grading;
import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.RegisterScan;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import java.util.ArrayList;
import java.util.List;
// DOC:IMPORTS testRule
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.RuleSet;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.id.EntityRef;
import io.ismskit.export.sample.SampleIsms;
import java.time.LocalDate;
import java.util.Optional;
// DOC:IMPORTS source
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.id.EntityRef;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.pdca.calendar.DueKind;
import io.ismskit.pdca.calendar.DueSource;
import java.time.LocalDate;
import java.util.List;
// DOC:IMPORTS end

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The examples of docs/extending.md, compiled and run here, and checked to be the text the page
 * shows (each marked region, with the imports marked for it, appears line by line in one code
 * block of the page).
 */
class GuideExamplesTest {

  // DOC:BEGIN rule
  /** Acme's own requirement: the location of every confidential or restricted asset is recorded. */
  public static final class AssetLocationRule implements ConformanceRule {
    @Override public String id() { return "acme.asset-location"; }
    @Override public List<ClauseId> clauses() { return List.of(ClauseId.of("4.2")); }
    @Override public String requirement() {
      return "Every confidential or restricted asset records where it is held (data-residency commitments to customers).";
    }

    @Override public List<Finding> evaluate(IsmsIndex index, Grading grading) {
      List<Asset> sensitive = index.isms().assets().stream()
          .filter(a -> a.classification().compareTo(Classification.CONFIDENTIAL) >= 0).toList();
      List<EntityRef> unlocated = sensitive.stream()
          .filter(a -> a.location().isEmpty()).map(a -> EntityRef.of(a.id())).toList();
      if (unlocated.isEmpty()) {
        return List.of(Finding.conforms(this, sensitive.size() + " sensitive assets, each with its location"));
      }
      return List.of(Finding.builder(this, "unlocated")
          .verdict(grading.grade(unlocated.size(), sensitive.size()))   // isolated: minor; widespread: major
          .entities(unlocated)
          .expected("a location on every confidential or restricted asset")
          .found(unlocated.size() + " of " + sensitive.size() + " have none")
          .remedy("record where each asset is held (region, data centre, provider)")
          .build());
    }
  }
  // DOC:END

  // DOC:BEGIN scan
  /** Acme's own requirement: a risk above the appetite is owned by a member of top management. */
  public static final class SeniorOwnerRule implements RegisterScan {
    @Override public String id() { return "acme.senior-owner"; }
    @Override public List<ClauseId> clauses() { return List.of(ClauseId.of("6.1.2")); }
    @Override public String requirement() {
      return "Every risk whose inherent level is above the acceptance criteria is owned by top management.";
    }

    @Override public Pass start(IsmsIndex index, Grading grading) {
      List<EntityRef> junior = new ArrayList<>();
      int[] high = {0};
      return new Pass() {
        @Override public void visit(Risk risk) {
          if (risk.inherent().isPresent() && !index.acceptable(risk.inherent().get().level())) {
            high[0]++;
            if (!index.topManagement(risk.owner())) {
              junior.add(EntityRef.of(risk.id()));
            }
          }
        }

        @Override public List<Finding> finish() {
          if (junior.isEmpty()) {
            return List.of(Finding.conforms(SeniorOwnerRule.this, high[0] + " high risks, all owned by top management"));
          }
          return List.of(Finding.builder(SeniorOwnerRule.this, "junior-owner")
              .verdict(grading.grade(junior.size(), high[0])).entities(junior)
              .expected("top management owns every risk above the appetite")
              .found(junior.size() + " of " + high[0] + " are owned by someone else")
              .remedy("assign each to a member of top management, or escalate its acceptance")
              .build());
        }
      };
    }
  }
  // DOC:END

  @Test
  void aRuleJoinsTheBuiltInRuleSet() {
    // DOC:BEGIN useRule
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.lean(asOf);
    RuleSet rules = RuleSet.iso27001_2022()
        .withRule(new AssetLocationRule())
        .withRule(new SeniorOwnerRule())         // joins the checker's single walk of the register
        .named("acme-isms", "2026.1");
    ConformanceReport report = ConformanceChecker.check(isms, asOf, rules);
    report.findingsOf("acme.asset-location").forEach(System.out::println);
    // DOC:END
    assertThat(report.ruleSetId()).isEqualTo("acme-isms");
    assertThat(report.findingsOf("acme.asset-location")).isNotEmpty();
    assertThat(report.findingsOf("acme.senior-owner")).isNotEmpty();
    // the fused walk gives what the rule gives alone
    assertThat(report.findingsOf("acme.senior-owner"))
        .isEqualTo(new SeniorOwnerRule().evaluate(IsmsIndex.of(isms, asOf), rules.grading()));
  }

  // DOC:BEGIN testRule
  @Test
  void assetLocation_conformsWhenEveryLocationIsKnown_failsOnTheAssetWithout() {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Isms isms = SampleIsms.lean(asOf);
    RuleSet rules = RuleSet.iso27001_2022().withRule(new AssetLocationRule());
    Isms located = isms;
    for (Asset a : isms.assets()) {
      located = located.withAsset(a.withLocation("eu-central-1"));
    }
    assertThat(ConformanceChecker.check(located, asOf, rules).verdict("acme.asset-location"))
        .contains(Verdict.CONFORMS);

    Asset clientData = located.assets().stream()
        .filter(a -> a.classification().compareTo(Classification.CONFIDENTIAL) >= 0)
        .findFirst().orElseThrow();
    Isms broken = located.withAsset(clientData.withLocation(Optional.empty()));
    ConformanceReport report = ConformanceChecker.check(broken, asOf, rules);
    assertThat(report.findingsOf("acme.asset-location")).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.MINOR_NC);           // one asset: an isolated lapse
      assertThat(f.entities()).containsExactly(EntityRef.of(clientData.id()));
    });
  }
  // DOC:END

  @Test
  void aHostsOwnDueItems() {
    // DOC:BEGIN source
    DueSource accessReviews = (Isms isms, LocalDate asOf, LocalDate until) -> {
      LocalDate next = asOf.withDayOfMonth(1).plusMonths(1);   // the first of next month
      return next.isAfter(until) ? List.of() : isms.assets().stream()
          .filter(a -> a.classification() == Classification.RESTRICTED)
          .map(a -> new DueItem(next, DueKind.OTHER, EntityRef.of(a.id()), "monthly access review of " + a.name(), false))
          .toList();
    };
    DueCalendar calendar = DueCalendar.standard().withSource(accessReviews);
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    List<DueItem> due = calendar.due(SampleIsms.northwind(asOf), asOf);
    // DOC:END
    Isms northwind = SampleIsms.northwind(asOf);
    List<DueItem> expected = northwind.assets().stream()
        .filter(a -> a.classification() == Classification.RESTRICTED)
        .map(a -> new DueItem(LocalDate.of(2026, 7, 1), DueKind.OTHER, EntityRef.of(a.id()),
            "monthly access review of " + a.name(), false))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(due).containsAll(expected);
    assertThat(due).hasSize(DueCalendar.standard().due(northwind, asOf).size() + expected.size());
    assertThat(accessReviews.due(northwind, asOf, asOf)).isEmpty();
  }

  @Test
  void docs_showTheseExamples_withTheirImports() throws Exception {
    assertThat(DocExamples.check("extending.md", "GuideExamplesTest.java")).isEqualTo(5);
  }
}
