package io.ismskit.pdca.nonconformity;

import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * One step of a nonconformity's life cycle (clause 10.2), applied on a date by {@link
 * NonconformityLifecycle#apply}. The steps come in a fixed order and none can be skipped.
 */
public sealed interface NonconformityStep {
  /** The kind of step. */
  Kind kind();

  /** The kinds of step, in life-cycle order. */
  enum Kind {
    /** OPEN → CORRECTED. */
    CORRECT,
    /** CORRECTED or REOPENED → CAUSE_ANALYSED. */
    ANALYSE_CAUSES,
    /** CAUSE_ANALYSED → ACTION_IN_PROGRESS; also adds a further action while in progress. */
    PLAN_ACTION,
    /** Completes one action; VERIFYING once every current action is done. */
    COMPLETE_ACTION,
    /** Reviews one done action: EFFECTIVENESS_VERIFIED once every one is effective, REOPENED if one is not. */
    REVIEW_EFFECTIVENESS,
    /** EFFECTIVENESS_VERIFIED → CLOSED. */
    CLOSE
  }

  /**
   * React to the nonconformity: control and correct it, deal with its consequences (10.2 a).
   *
   * @param correction what was done
   */
  record Correct(String correction) implements NonconformityStep {
    /** Requires the text. */
    public Correct {
      Objects.requireNonNull(correction, "correction");
    }

    @Override
    public Kind kind() {
      return Kind.CORRECT;
    }
  }

  /**
   * Analyse the causes (10.2 b): the root cause, and whether similar nonconformities exist or could
   * occur.
   *
   * @param rootCause the root cause found
   * @param similarCases what the check for similar cases found
   */
  record AnalyseCauses(String rootCause, String similarCases) implements NonconformityStep {
    /** Requires both texts. */
    public AnalyseCauses {
      Objects.requireNonNull(rootCause, "rootCause");
      Objects.requireNonNull(similarCases, "similarCases");
    }

    @Override
    public Kind kind() {
      return Kind.ANALYSE_CAUSES;
    }
  }

  /**
   * Plan a corrective action (10.2 c): added to the ISMS, not yet completed.
   *
   * @param action the action; it must name this nonconformity and have an id the ISMS does not hold
   */
  record PlanAction(CorrectiveAction action) implements NonconformityStep {
    /** Requires the action. */
    public PlanAction {
      Objects.requireNonNull(action, "action");
    }

    @Override
    public Kind kind() {
      return Kind.PLAN_ACTION;
    }
  }

  /**
   * Complete one planned corrective action.
   *
   * @param action the action, one of this nonconformity's, not yet completed
   */
  record CompleteAction(CorrectiveActionId action) implements NonconformityStep {
    /** Requires the action. */
    public CompleteAction {
      Objects.requireNonNull(action, "action");
    }

    @Override
    public Kind kind() {
      return Kind.COMPLETE_ACTION;
    }
  }

  /**
   * Review the effectiveness of one completed action (10.2 d).
   *
   * @param action the action, completed and not yet reviewed
   * @param reviewedBy who reviews
   * @param effective whether the action removed the cause
   * @param notes the evidence considered
   */
  record ReviewEffectiveness(CorrectiveActionId action, PersonId reviewedBy, boolean effective, String notes)
      implements NonconformityStep {
    /** Requires all parts. */
    public ReviewEffectiveness {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reviewedBy, "reviewedBy");
      Objects.requireNonNull(notes, "notes");
    }

    @Override
    public Kind kind() {
      return Kind.REVIEW_EFFECTIVENESS;
    }
  }

  /** Close the nonconformity after its corrective actions were found effective. */
  record Close() implements NonconformityStep {
    @Override
    public Kind kind() {
      return Kind.CLOSE;
    }
  }
}
