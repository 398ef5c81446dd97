package io.ismskit.export.format;

import io.ismskit.core.Isms;
import io.ismskit.pdca.PdcaEvent;
import java.util.List;
import java.util.Objects;

/**
 * A document of the ismskit format with everything it can carry: the ISMS and the events of its
 * PDCA cycle, in the order of the log ({@link IsmsFormat#writeDocument}, {@link
 * IsmsFormat#readDocument}).
 *
 * @param isms the ISMS
 * @param events the PDCA event log, possibly empty; replaying it gives the cycle's state
 * @implSpec This class is immutable and thread-safe.
 */
public record IsmsDocument(Isms isms, List<PdcaEvent> events) {
  /** Requires both; copies the events. */
  public IsmsDocument {
    Objects.requireNonNull(isms, "isms");
    events = List.copyOf(events);
  }

  /** A document of {@code isms} without events. */
  public static IsmsDocument of(Isms isms) {
    return new IsmsDocument(isms, List.of());
  }
}
