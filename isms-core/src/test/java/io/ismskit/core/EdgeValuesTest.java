package io.ismskit.core;

import static io.ismskit.core.Samples.ALICE;
import static io.ismskit.core.Samples.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Text;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Vulnerability;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges (issue 11, items 4 and 5): unsupported dates and periods are refused at the
 * builder instead of overflowing later, and every refusal message is safe to log.
 */
class EdgeValuesTest {

  static InvalidValueException refusal(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  // ---- dates -----------------------------------------------------------------------------------

  @Test
  void policy_hugeReviewInterval_isRefusedAtTheBuilder() {
    InvalidValueException e = refusal(() -> Samples.policy().withReviewInterval(Period.ofYears(999_999_999)));
    assertThat(e.problem().code()).isEqualTo(ModelCode.PERIOD_UNSUPPORTED);
    assertThat(e).hasMessage("Policy.reviewInterval: must be at most 1000 years, was 'P999999999Y'");
  }

  @Test
  void approvalOnLocalDateMax_isRefused() {
    InvalidValueException e = refusal(() -> Approval.of(ALICE, LocalDate.MAX));
    assertThat(e.problem().code()).isEqualTo(ModelCode.DATE_UNSUPPORTED);
    assertThat(e).hasMessage("Approval.on: must be a date from 0001-01-01 to 9999-12-31, was '+999999999-12-31'");
    assertThat(refusal(() -> Samples.risk("R-1").withIdentifiedOn(LocalDate.MIN)).problem().field())
        .isEqualTo("identifiedOn");
  }

  @Test
  void theSupportedExtremes_computeWithoutOverflow() {
    Policy p = Samples.policy().withReviewInterval(Period.of(Dates.MAX_PERIOD_YEARS, 0, 366 * Dates.MAX_PERIOD_YEARS))
        .withApproval(Approval.of(ALICE, Dates.MAX));
    assertThat(p.nextReviewDue()).hasValueSatisfying(d -> assertThat(d).isAfter(Dates.MAX));
    RiskCriteria c = Samples.criteria().withAssessmentInterval(Period.ofYears(Dates.MAX_PERIOD_YEARS));
    Risk r = Samples.risk("R-1").withIdentifiedOn(Dates.MAX)
        .withInherent(Samples.assessment(Samples.LOW, 0.1, Dates.MAX));
    assertThat(c.nextAssessmentDue(r)).contains(Dates.MAX.plusYears(Dates.MAX_PERIOD_YEARS));
    assertThat(c.assessmentOverdue(r, Dates.MIN)).isFalse();
    assertThat(Dates.MIN.minus(Period.ofYears(Dates.MAX_PERIOD_YEARS))).isBefore(Dates.MIN);
  }

  @Test
  void supportedRange_isDocumentedAndCheckable() {
    assertThat(Dates.supported(Dates.MIN)).isTrue();
    assertThat(Dates.supported(Dates.MAX.plusDays(1))).isFalse();
    assertThat(Dates.supported(Period.ofMonths(12 * Dates.MAX_PERIOD_YEARS))).isTrue();
    assertThat(Dates.supported(Period.ofMonths(12 * Dates.MAX_PERIOD_YEARS + 1))).isFalse();
    assertThat(Dates.supported(Period.ofDays(-1))).isFalse();
    assertThat(Dates.requireSupported("asOf", D)).isEqualTo(D);
    assertThatThrownBy(() -> Dates.requireSupported("asOf", LocalDate.MIN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("asOf: must be a date from 0001-01-01 to 9999-12-31, was '-999999999-01-01'");
  }

  // ---- messages safe to log --------------------------------------------------------------------

  @Test
  void invisibleNames_areBlank() {
    for (String name : new String[] {"\u200B", "\u00A0", "\uFEFF\u2060", " \t\n"}) {
      InvalidValueException e = refusal(() -> Person.builder().id(ALICE).name(name).build());
      assertThat(e.problem().code()).isEqualTo(ModelCode.BLANK);
      assertThat(e.getMessage()).startsWith("Person.name: must not be blank, was '").doesNotContain(name);
    }
    assertThat(Person.builder().id(ALICE).name("\u00A0Ana\u200B").build().name()).isEqualTo("\u00A0Ana\u200B");
  }

  @Test
  void hugeOrControlCharacterInput_isShortenedAndEscaped() {
    String megabyte = "CVE-\u001B[31m\n" + "9".repeat(1 << 20);
    InvalidValueException e = refusal(() -> Vulnerability.builder()
        .id(io.ismskit.core.id.VulnerabilityId.of("V-1")).name("n").cve(megabyte).build());
    assertThat(e.getMessage()).hasSizeLessThan(200)
        .doesNotContain("\n").doesNotContain("\u001B")
        .contains("\\u001B[31m\\n").endsWith("… (1,048,586 chars)'");
    assertThat(e.problem().value()).isEqualTo(Text.shorten(megabyte));
  }

  @Test
  void missingRequiredAttributes_nameTypeFieldAndSetter() {
    InvalidValueException e = refusal(() -> Risk.builder().id(io.ismskit.core.id.RiskId.of("R-1")).title("t")
        .scenario("s").identifiedOn(D).build());
    assertThat(e).hasMessage("Risk.owner: is required; set it with owner(PersonId)");
    assertThat(e.problem().code()).isEqualTo(ModelCode.REQUIRED);
    assertThat(e.problem().entityType()).isEqualTo("Risk");
    assertThat(e.problem().field()).isEqualTo("owner");
    assertThat(refusal(() -> Isms.builder().build())).hasMessage(
        "Isms.organization: is required; set it with organization(Organization)");
    assertThat(refusal(() -> Asset.builder().id(AssetId.of("A")).name("n").type(AssetType.SOFTWARE)
        .owner(PersonId.of("P")).classification(Classification.PUBLIC).build()))
        .hasMessage("Asset.value: is required; set it with value(CiaValue)");
    assertThat(CiaValue.of(1, 1, 1).max()).isEqualTo(1);
  }

  @Test
  void everyModelCode_hasARefusalThatCarriesIt() {
    Map<ModelCode, Runnable> refusals = new EnumMap<>(ModelCode.class);
    refusals.put(ModelCode.REQUIRED, () -> Risk.builder().build());
    refusals.put(ModelCode.BLANK, () -> Samples.policy().withTitle("\u200B"));
    refusals.put(ModelCode.MALFORMED, () -> PersonId.of("a b"));
    refusals.put(ModelCode.OUT_OF_RANGE, () -> CiaValue.of(9, 1, 1));
    refusals.put(ModelCode.NOT_FINITE, () -> Samples.measurement().withValue(Double.NaN));
    refusals.put(ModelCode.EMPTY, () -> Samples.treatment().withOptions());
    refusals.put(ModelCode.DUPLICATE, () -> Samples.risk("R").withAssets(AssetId.of("A"), AssetId.of("A")));
    refusals.put(ModelCode.DATE_ORDER, () -> Samples.measurement().withEvaluation(
        io.ismskit.core.assurance.Evaluation.of("late", D.minusYears(1))));
    refusals.put(ModelCode.DATE_UNSUPPORTED, () -> Samples.risk("R").withIdentifiedOn(LocalDate.of(10_000, 1, 1)));
    refusals.put(ModelCode.PERIOD_NOT_POSITIVE, () -> Samples.policy().withReviewInterval(Period.ofDays(-1)));
    refusals.put(ModelCode.PERIOD_UNSUPPORTED, () -> Samples.criteria().withAssessmentInterval(Period.ofYears(1001)));
    refusals.put(ModelCode.INCONSISTENT, () -> io.ismskit.core.risk.ActionProgress.of(
        io.ismskit.core.risk.ActionStatus.DONE));
    refusals.put(ModelCode.UNKNOWN_LEVEL, () -> Samples.criteria().rank(io.ismskit.core.risk.RiskLevel.of("Severe")));
    assertThat(refusals.keySet()).containsExactlyInAnyOrder(ModelCode.values());
    refusals.forEach((code, r) -> {
      InvalidValueException e = refusal(r);
      assertThat(e.problem().code()).as(code.key()).isEqualTo(code);
      assertThat(e.getMessage()).isEqualTo(e.problem().message()).doesNotContain("\n");
      assertThat(e.problem().entityType()).as(code.key()).isNotEmpty();
    });
  }

  @Test
  void everyKindOfRefusal_isAnIllegalArgumentException() {
    Runnable[] refusals = {
        () -> PersonId.of("a b"),
        () -> CiaValue.of(9, 1, 1),
        () -> Samples.policy().withTitle(" "),
        () -> Samples.policy().withReviewInterval(Period.ZERO),
        () -> Samples.risk("R").withPriority(0),
        () -> Risk.builder().build(),
        () -> Samples.criteria().withAcceptanceLevel(io.ismskit.core.risk.RiskLevel.of("Severe")),
        () -> Samples.criteria().rank(io.ismskit.core.risk.RiskLevel.of("Severe")),
    };
    for (Runnable r : refusals) {
      assertThat(refusal(r)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
