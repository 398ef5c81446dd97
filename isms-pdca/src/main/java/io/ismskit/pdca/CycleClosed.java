package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cycle closed from ACT, and the next one opened in PLAN on the same day with the items still
 * open carried over.
 *
 * <p>Version 2 records the carried-over items; version 1 did not, and is upcast with none.
 *
 * @param cycle the cycle closed; the next one is {@code cycle + 1}
 * @param carriedOver the items carried into the next cycle
 * @param on when
 * @param by who closed it
 */
public record CycleClosed(int cycle, List<CarryOverItem> carriedOver, LocalDate on, PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "cycle-closed";

  /** The version of the stored form. */
  public static final int VERSION = 2;

  /** Copies the list; requires all parts. */
  public CycleClosed {
    carriedOver = List.copyOf(carriedOver);
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
