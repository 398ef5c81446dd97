package io.ismskit.pdca;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.PersonId;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import io.ismskit.pdca.nonconformity.NonconformityStep;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;

/** Shared test data: the testkit's conformant ISMS, with its open nonconformities handled. */
final class Fixtures {
  static final PersonId CISO = PersonId.of("P-CISO");
  static final PersonId CEO = PersonId.of("P-CEO");
  static final LocalDate AS_OF = ConformantIsms.AS_OF;
  static final NonconformityLifecycle LIFE = NonconformityLifecycle.of(NonconformityPolicy.STRICT);

  /** The conformant ISMS of seed 1 with every open nonconformity corrected and its action planned. */
  static final Isms READY = handled(ConformantIsms.small(1), AS_OF.minusDays(5));

  private Fixtures() {}

  /** {@code isms} with every nonconformity still OPEN corrected, analysed and given an action on {@code on}. */
  static Isms handled(Isms isms, LocalDate on) {
    Isms out = isms;
    int n = 0;
    for (Nonconformity nc : isms.nonconformities()) {
      NonconformityStatus st = nc.progress().status();
      if (st == NonconformityStatus.OPEN) {
        out = LIFE.apply(out, nc.id(), new NonconformityStep.Correct("Immediate fix"), on).get();
        st = NonconformityStatus.CORRECTED;
      }
      if (st == NonconformityStatus.CORRECTED || st == NonconformityStatus.REOPENED) {
        out = LIFE.apply(out, nc.id(), new NonconformityStep.AnalyseCauses("Process gap", "None found elsewhere"), on)
            .get();
        st = NonconformityStatus.CAUSE_ANALYSED;
      }
      if (st == NonconformityStatus.CAUSE_ANALYSED) {
        out = LIFE.apply(out, nc.id(), new NonconformityStep.PlanAction(CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-FIX-" + n++)).nonconformity(nc.id()).description("Close the gap")
            .owner(CISO).dueDate(on.plusDays(60)).build()), on).getOrElseThrow(p -> new AssertionError(p.toString()));
      }
    }
    return out;
  }

  /** The state after {@code commands}, each accepted on {@code on}; fails the test on a refusal. */
  static CycleState run(PdcaMachine m, CycleState s, Isms isms, LocalDate on, PdcaCommand... commands) {
    CycleState out = s;
    for (PdcaCommand c : commands) {
      out = m.apply(out, c, isms, on).getOrElseThrow(r -> new AssertionError(c + " refused:\n" + r)).state();
    }
    return out;
  }
}
