package io.ismskit.export.view;

import io.ismskit.conformance.Finding;
import io.ismskit.core.catalog.ClauseId;
import java.util.List;
import java.util.Objects;

/**
 * What a conformance report says about a certification decision, as the reports and the OSCAL
 * assessment results show it: an outcome, one sentence, the criteria a decision needs with whether
 * each is met, and the findings that block it.
 *
 * @param outcome the outcome
 * @param statement one sentence that explains the outcome, for people
 * @param criteria what a decision needs, each met or not, in the order to show them
 * @param blockers the findings that stand in the way, most important first
 * @implSpec This class is immutable and thread-safe.
 */
public record DecisionSummary(Outcome outcome, String statement, List<Criterion> criteria, List<Finding> blockers) {

  /** Copies the lists; requires all parts. */
  public DecisionSummary {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(statement, "statement");
    criteria = List.copyOf(criteria);
    blockers = List.copyOf(blockers);
  }

  /** The outcome of a decision summary. */
  public enum Outcome {
    /** Nothing that was checked stands in the way of certification. */
    READY,
    /** At least one blocking criterion is unmet. */
    NOT_READY,
    /** The source cannot tell, for example because the ISMS could not be checked. */
    UNDETERMINED;

    /** A short label for people, such as {@code "Not ready"}. */
    public String label() {
      return switch (this) {
        case READY -> "Ready";
        case NOT_READY -> "Not ready";
        case UNDETERMINED -> "Undetermined";
      };
    }
  }

  /**
   * One thing a certification decision needs.
   *
   * @param requirement what is needed, in one sentence
   * @param met whether it is met
   * @param blocking whether an unmet criterion blocks certification (a minor nonconformity, for
   *     example, needs a correction plan but does not block)
   * @param clauses the clauses concerned, possibly none
   * @param detail what was found, for people; may be empty
   */
  public record Criterion(String requirement, boolean met, boolean blocking, List<ClauseId> clauses, String detail) {
    /** Copies the clauses; requires all parts. */
    public Criterion {
      Objects.requireNonNull(requirement, "requirement");
      clauses = List.copyOf(clauses);
      Objects.requireNonNull(detail, "detail");
    }
  }
}
