package io.ismskit.export.view;

import io.ismskit.core.Isms;
import java.time.LocalDate;
import java.time.Period;

/**
 * Where the reports take the {@link PdcaStatus} of an ISMS from. The default, {@link
 * #fromModel()}, derives what is due from the model's own dates and knows no phase; a host that
 * tracks the cycle (or the PDCA state machine of {@code isms-pdca}) plugs its own status in here.
 *
 * @implSpec Implementations must be deterministic, immutable and thread-safe, and must read no
 *     clock: the date comes as an argument.
 */
@FunctionalInterface
public interface PdcaStatusSource {
  /** The status of {@code isms} as of {@code asOf}. */
  PdcaStatus status(Isms isms, LocalDate asOf);

  /**
   * What is due within 90 days of the date (and everything overdue), from the model's dates; "due
   * soon" within 30 days. See {@link #fromModel(Period, Period)}.
   */
  static PdcaStatusSource fromModel() {
    return fromModel(Period.ofDays(30), Period.ofDays(90));
  }

  /**
   * What is due from the model's own dates: the next management review (last one held plus the
   * planned interval, 9.3), planned internal audits (9.2), risk assessments (criteria interval,
   * 8.2), open risk treatment actions (6.1.3, 8.3), open nonconformities and corrective actions
   * (10.2), reviews of policies (5.2) and maintained documents (7.5.3), open objectives (6.2) and
   * lapsing risk acceptances (6.1.3 f). Items due after {@code asOf + horizon} are left out;
   * overdue ones are always listed. The status has no phase and no cycle.
   *
   * @param soon items due within this period of the date are {@link DueItem.Urgency#DUE_SOON}
   * @param horizon how far ahead to look
   */
  static PdcaStatusSource fromModel(Period soon, Period horizon) {
    return new ModelDue(soon, horizon);
  }
}
