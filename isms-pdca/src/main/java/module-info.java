/**
 * The ISMS cycle: the plan-do-check-act state machine with clause-based gates (read from the
 * conformance checker), the nonconformity life cycle, the certification life cycle and the calendar
 * of what is due. Its API returns core and conformance types, so it reads both transitively.
 */
module io.ismskit.pdca {
  requires transitive io.ismskit.core;
  requires transitive io.ismskit.conformance;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.ismskit.pdca;
  exports io.ismskit.pdca.calendar;
  exports io.ismskit.pdca.certification;
  exports io.ismskit.pdca.nonconformity;
}
