package io.ismskit.testkit;

import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.Iso27001_2022;
import org.junit.jupiter.api.Test;

/** {@link IsmsAssert} passes and fails as documented, and lists the violations when it fails. */
class IsmsAssertTest {
  static final Isms VALID = IsmsGens.validIsms().sample(1L, 80);
  static final InvalidIsms DANGLING = InvalidIsmsGens.of(Defect.DANGLING_RISK_THREAT).sample(1L, 80);
  static final InvalidIsms CYCLE = InvalidIsmsGens.of(Defect.ASSET_DEPENDENCY_CYCLE).sample(1L, 80);

  @Test
  void isValid_passesOnValid_failsListingViolations() {
    assertThat(VALID).isValid();
    assertThatThrownBy(() -> assertThat(DANGLING.isms()).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 violation")
        .hasMessageContaining(ValidationCode.DANGLING.key())
        .hasMessageContaining(DANGLING.isms().validate().getError().head().message());
  }

  @Test
  void isInvalid() {
    assertThat(DANGLING.isms()).isInvalid();
    assertThatThrownBy(() -> assertThat(VALID).isInvalid()).isInstanceOf(AssertionError.class);
  }

  @Test
  void hasViolation_byCodeAndId() {
    assertThat(DANGLING.isms()).hasViolation(ValidationCode.DANGLING, DANGLING.expected().entityId());
    assertThatThrownBy(() -> assertThat(DANGLING.isms()).hasViolation(ValidationCode.CYCLE, DANGLING.expected().entityId()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("code " + ValidationCode.CYCLE.key());
  }

  @Test
  void hasViolation_byExpectation() {
    assertThat(CYCLE.isms()).hasViolation(CYCLE.expected());
    assertThatThrownBy(() -> assertThat(VALID).hasViolation(CYCLE.expected())).isInstanceOf(AssertionError.class);
    assertThat(CYCLE.isms()).hasViolation(v -> v.field().equals("dependsOn"), "a dependsOn problem");
  }

  @Test
  void hasExactlyViolations_matchesOneToOne() {
    assertThat(DANGLING.isms()).hasExactlyViolations(DANGLING.expected());
    assertThat(VALID).hasExactlyViolations();
    assertThatThrownBy(() -> assertThat(DANGLING.isms()).hasExactlyViolations(DANGLING.expected(), DANGLING.expected()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> assertThat(DANGLING.isms()).hasExactlyViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unexpected");
  }

  @Test
  void hasOnlyViolationsWithCode() {
    assertThat(CYCLE.isms()).hasOnlyViolationsWithCode(ValidationCode.CYCLE, ValidationCode.DANGLING);
    assertThatThrownBy(() -> assertThat(CYCLE.isms()).hasOnlyViolationsWithCode(ValidationCode.DANGLING))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(VALID).hasOnlyViolationsWithCode(ValidationCode.DANGLING))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void usingFramework_andViolationList() {
    assertThat(VALID).usingFramework(Iso27001_2022.framework()).isValid();
    assertThat(DANGLING.isms()).violationList().hasSize(1);
    assertThat(assertThat(DANGLING.isms()).violations()).singleElement()
        .satisfies(v -> assertThat(DANGLING.expected().matches(v)).isTrue());
  }

  @Test
  void expectedViolation_ofViolation_matchesIt() {
    Problem v = DANGLING.isms().validate().getError().head();
    assertThat(ExpectedViolation.of(v)).isEqualTo(DANGLING.expected());
    assertThat(DANGLING.expected().toString()).contains(v.entityId(), v.field(), v.code().key());
  }
}
