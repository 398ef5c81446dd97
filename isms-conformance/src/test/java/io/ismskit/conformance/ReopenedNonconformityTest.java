package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 10.2 handling of a nonconformity reopened after an ineffective action: the ineffective review
 * that led to the reopening is history; what counts is the action planned after it.
 */
class ReopenedNonconformityTest {
  private static final String RULE = "10.2-nonconformity-handling";
  private static final PersonId CISO = PersonId.of("P-CISO");
  private static final LocalDate AS_OF = ConformantIsms.AS_OF;
  private static final NonconformityId NC = NonconformityId.of("NC-R");

  private static CorrectiveAction action(String id, LocalDate done, LocalDate reviewed, boolean effective) {
    return CorrectiveAction.builder().id(CorrectiveActionId.of(id)).nonconformity(NC).description("Fix " + id)
        .owner(CISO).dueDate(done).completedOn(done).effectivenessReview(EffectivenessReview.builder()
            .reviewedOn(reviewed).reviewedBy(CISO).effective(effective).notes("Reviewed").build()).build();
  }

  private static Isms with(List<LocalDate> reopened, CorrectiveAction... actions) {
    Nonconformity nc = Nonconformity.builder().id(NC).source(NonconformitySource.MONITORING)
        .grade(Nonconformity.Grade.MINOR).description("Backups not tested").raisedOn(AS_OF.minusDays(200)).owner(CISO)
        .correction("Backup tested once").correctedOn(AS_OF.minusDays(195)).rootCause("No schedule")
        .similarCheck("none").causeAnalysedOn(AS_OF.minusDays(190)).reopenedOn(reopened)
        .progress(NonconformityProgress.closed(AS_OF.minusDays(5))).build();
    Isms isms = ConformantIsms.small(1).withNonconformity(nc);
    for (CorrectiveAction a : actions) {
      isms = isms.withCorrectiveAction(a);
    }
    return isms;
  }

  private static List<Finding> failures(Isms isms) {
    assertThat(isms.validate().isValid()).as(isms.validate().toString()).isTrue();
    return ConformanceChecker.check(isms, AS_OF).findingsOf(RULE).stream()
        .filter(f -> f.verdict().nonconformity()).toList();
  }

  @Test
  void anActionFoundIneffectiveBeforeTheReopeningDoesNotCountAgainstTheClosure() {
    Isms isms = with(List.of(AS_OF.minusDays(100)), action("CA-R1", AS_OF.minusDays(150), AS_OF.minusDays(100), false),
        action("CA-R2", AS_OF.minusDays(60), AS_OF.minusDays(10), true));
    assertThat(failures(isms)).isEmpty();
  }

  @Test
  void aClosureOverAnIneffectiveActionNotFollowedByAReopeningIsStillRefused() {
    Isms isms = with(List.of(), action("CA-R1", AS_OF.minusDays(150), AS_OF.minusDays(100), false));
    assertThat(failures(isms)).singleElement().satisfies(f -> assertThat(f.found()).contains("found ineffective"));
  }

  @Test
  void aReopenedNonconformityClosedWithoutANewActionIsRefused() {
    Isms isms = with(List.of(AS_OF.minusDays(100)), action("CA-R1", AS_OF.minusDays(150), AS_OF.minusDays(100), false));
    assertThat(failures(isms)).singleElement().satisfies(f -> assertThat(f.found())
        .contains("no corrective action since the last reopening"));
  }
}
