package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code ConformantIsms.generate(seed, asOf, ...)}: the same ISMS, every date moved with {@code asOf}. */
class ConformantIsmsAsOfTest {
  @Test
  void aLaterAsOfGivesTheSameEntitiesWithEveryDateMovedAlike() {
    Isms now = ConformantIsms.generate(3, 12, 2, 4);
    assertThat(ConformantIsms.generate(3, ConformantIsms.AS_OF, 12, 2, 4)).isEqualTo(now);
    Isms later = ConformantIsms.generate(3, ConformantIsms.AS_OF.plusDays(365), 12, 2, 4);
    assertThat(later.validate().isValid()).as(later.validate().toString()).isTrue();
    assertThat(later.risks()).extracting(Risk::id).isEqualTo(now.risks().stream().map(Risk::id).toList());
    for (int i = 0; i < now.risks().size(); i++) {
      LocalDate before = now.risks().get(i).lastAssessedOn().orElseThrow();
      assertThat(later.risks().get(i).lastAssessedOn()).contains(before.plusDays(365));
    }
    assertThat(later.managementReviews()).extracting(ManagementReview::heldOn).isEqualTo(now.managementReviews()
        .stream().map(r -> r.heldOn().plusDays(365)).toList());
  }
}
