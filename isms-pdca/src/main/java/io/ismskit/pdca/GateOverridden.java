package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The gate of a phase was passed although criteria were unmet, with a justification and an
 * approver from top management. The transition's own event follows it in the log.
 *
 * <p>Version 2 names each criterion by clause and key ({@code "6.1.2 plan.risks-assessed"});
 * version 1 named only the clauses, and is upcast with the key {@code "v1"}.
 *
 * @param cycle the cycle
 * @param phase the phase whose gate was overridden
 * @param criteria the criteria set aside, each {@code "<clause> <key>"}
 * @param justification why
 * @param approvedBy who approved
 * @param on when
 * @param by who gave the command
 */
public record GateOverridden(int cycle, Phase phase, List<String> criteria, String justification,
    PersonId approvedBy, LocalDate on, PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "gate-overridden";

  /** The version of the stored form. */
  public static final int VERSION = 2;

  /** Copies the list; requires all parts. */
  public GateOverridden {
    Objects.requireNonNull(phase, "phase");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(by, "by");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int version() {
    return VERSION;
  }
}
