package io.ismskit.core;

import static io.ismskit.core.Samples.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life-cycle fields of a nonconformity: cause analysis date, reopenings, and the statuses in order. */
class NonconformityFieldsTest {
  @Test
  void statuses_followTheLifeCycleInOrder() {
    assertThat(NonconformityStatus.values()).containsExactly(NonconformityStatus.OPEN, NonconformityStatus.CORRECTED,
        NonconformityStatus.CAUSE_ANALYSED, NonconformityStatus.ACTION_IN_PROGRESS, NonconformityStatus.VERIFYING,
        NonconformityStatus.EFFECTIVENESS_VERIFIED, NonconformityStatus.CLOSED, NonconformityStatus.REOPENED);
    assertThat(NonconformityProgress.reopened().status()).isEqualTo(NonconformityStatus.REOPENED);
    assertThat(NonconformityProgress.reopened().isClosed()).isFalse();
    assertThat(NonconformityStatus.OPEN.corrected()).isFalse();
    assertThat(NonconformityStatus.REOPENED.corrected()).isTrue();
  }

  @Test
  void causeAnalysis_notBeforeRaised() {
    assertThatThrownBy(() -> Samples.nonconformity().withCauseAnalysedOn(D.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Nonconformity.causeAnalysedOn: must not be before raisedOn 2026-03-01, was '2026-02-28'")
        .satisfies(e -> assertThat(((InvalidValueException) e).problem().code()).isEqualTo(ModelCode.DATE_ORDER));
  }

  @Test
  void reopenings_inOrderAfterRaised() {
    Nonconformity n = Samples.nonconformity().withReopenedOn(List.of(D.plusMonths(2), D.plusMonths(5)));
    assertThat(n.reopenedOn()).containsExactly(D.plusMonths(2), D.plusMonths(5));
    assertThatThrownBy(() -> Samples.nonconformity().withReopenedOn(List.of(D.plusMonths(5), D.plusMonths(2))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Nonconformity.reopenedOn: must not be before reopenedOn (the previous date) 2026-08-01, was '2026-05-01'");
    assertThatThrownBy(() -> Samples.nonconformity().withReopenedOn(List.of(D.minusDays(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Nonconformity.reopenedOn: must not be before raisedOn 2026-03-01, was '2026-02-28'");
  }
}
