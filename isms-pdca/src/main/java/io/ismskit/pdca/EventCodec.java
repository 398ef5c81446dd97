package io.ismskit.pdca;

import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns {@link PdcaEvent}s into {@link EventRecord}s and back, reading the records of every older
 * version this library ever wrote by upcasting them step by step to the current one.
 *
 * <p>Versions, per type (the first line is the current one):
 *
 * <ul>
 *   <li>{@code cycle-started} 2: {@code cycle on by}; 1: the date was {@code date}.
 *   <li>{@code phase-advanced} 2: {@code cycle from to on by}; 1: {@code cycle phase date by}, only
 *       the phase entered (the phase left is the one before it).
 *   <li>{@code cycle-closed} 2: {@code cycle on by carried.N.ref carried.N.reason}; 1: {@code cycle
 *       date by}, without the carried-over items (upcast with none).
 *   <li>{@code gate-overridden} 2: {@code cycle phase criteria.N justification approvedBy on by}; 1:
 *       {@code cycle phase clauses reason approver date by}, the clauses space-separated (each
 *       upcast to the criterion {@code "<clause> v1"}).
 *   <li>{@code returned-to-plan} 1: {@code cycle from change affected.N on by}.
 *   <li>{@code change-noted} 1: {@code cycle phase change on by}.
 * </ul>
 *
 * <p>Reading refuses, with a {@link Problem} naming the type, version, field and value: an unknown
 * type, a version newer than this library writes, a missing or malformed field.
 *
 * @implSpec Stateless and thread-safe.
 */
public final class EventCodec {
  private static final Map<String, Integer> CURRENT = Map.of(
      CycleStarted.TYPE, CycleStarted.VERSION,
      PhaseAdvanced.TYPE, PhaseAdvanced.VERSION,
      CycleClosed.TYPE, CycleClosed.VERSION,
      ReturnedToPlan.TYPE, ReturnedToPlan.VERSION,
      ChangeNoted.TYPE, ChangeNoted.VERSION,
      GateOverridden.TYPE, GateOverridden.VERSION);

  /** The upcasters, by type and the version they read; each returns the next version. */
  private static final Map<String, Function<EventRecord, EventRecord>> UPCASTERS = Map.of(
      CycleStarted.TYPE + "/1", r -> r.with(2, renamed(r.fields(), "date", "on")),
      PhaseAdvanced.TYPE + "/1", EventCodec::phaseAdvancedV1,
      CycleClosed.TYPE + "/1", r -> r.with(2, renamed(r.fields(), "date", "on")),
      GateOverridden.TYPE + "/1", EventCodec::gateOverriddenV1);

  private EventCodec() {}

  /** The version this library writes for {@code type}, if it knows the type. */
  public static java.util.Optional<Integer> currentVersion(String type) {
    return java.util.Optional.ofNullable(CURRENT.get(Objects.requireNonNull(type, "type")));
  }

  // ---- writing -------------------------------------------------------------------------------

  /** The stored form of {@code event}, in the current version of its type. */
  public static EventRecord encode(PdcaEvent event) {
    Objects.requireNonNull(event, "event");
    Map<String, String> f = new TreeMap<>();
    f.put("cycle", Integer.toString(event.cycle()));
    f.put("on", event.on().toString());
    f.put("by", event.by().value());
    if (event instanceof PhaseAdvanced e) {
      f.put("from", e.from().name());
      f.put("to", e.to().name());
    } else if (event instanceof CycleClosed e) {
      for (int i = 0; i < e.carriedOver().size(); i++) {
        f.put("carried." + i + ".ref", e.carriedOver().get(i).ref().toString());
        f.put("carried." + i + ".reason", e.carriedOver().get(i).reason());
      }
    } else if (event instanceof ReturnedToPlan e) {
      f.put("from", e.from().name());
      f.put("change", e.change().value());
      for (int i = 0; i < e.affected().size(); i++) {
        f.put("affected." + i, e.affected().get(i).toString());
      }
    } else if (event instanceof ChangeNoted e) {
      f.put("phase", e.phase().name());
      f.put("change", e.change().value());
    } else if (event instanceof GateOverridden e) {
      f.put("phase", e.phase().name());
      for (int i = 0; i < e.criteria().size(); i++) {
        f.put("criteria." + i, e.criteria().get(i));
      }
      f.put("justification", e.justification());
      f.put("approvedBy", e.approvedBy().value());
    }
    return EventRecord.of(event.type(), event.version(), f);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The event {@code stored} holds, upcast from its version if older; or why it cannot be read. */
  public static Either<Problem, PdcaEvent> decode(EventRecord stored) {
    Objects.requireNonNull(stored, "stored");
    return upcast(stored).flatMap(EventCodec::read);
  }

  /**
   * {@code stored} in the current version of its type: itself if current, else passed through
   * every upcaster from its version on; or why it cannot be (an unknown type, a newer version).
   */
  public static Either<Problem, EventRecord> upcast(EventRecord stored) {
    Objects.requireNonNull(stored, "stored");
    Integer current = CURRENT.get(stored.type());
    if (current == null) {
      return Either.left(Problem.of(PdcaCode.EVENT_UNKNOWN_TYPE, "EventRecord", "", "type", stored.type(),
          "is not an event type of this library (known: " + String.join(", ", new TreeMap<>(CURRENT).keySet()) + ")"));
    }
    if (stored.version() > current) {
      return Either.left(Problem.of(PdcaCode.EVENT_UNSUPPORTED_VERSION, "EventRecord", stored.type(), "version",
          stored.version(), "is newer than this library reads (" + current + "); upgrade the library"));
    }
    EventRecord r = stored;
    while (r.version() < current) {
      Function<EventRecord, EventRecord> up = UPCASTERS.get(r.type() + "/" + r.version());
      if (up == null) {
        return Either.left(Problem.of(PdcaCode.EVENT_UNSUPPORTED_VERSION, "EventRecord", r.type(), "version",
            r.version(), "was never written by this library (it writes " + current + ")"));
      }
      r = up.apply(r);
    }
    return Either.right(r);
  }

  private static Either<Problem, PdcaEvent> read(EventRecord r) {
    Fields f = new Fields(r);
    try {
      int cycle = f.integer("cycle");
      LocalDate on = f.date("on");
      PersonId by = f.person("by");
      PdcaEvent e = switch (r.type()) {
        case CycleStarted.TYPE -> new CycleStarted(cycle, on, by);
        case PhaseAdvanced.TYPE -> new PhaseAdvanced(cycle, f.phase("from"), f.phase("to"), on, by);
        case CycleClosed.TYPE -> {
          List<CarryOverItem> items = new ArrayList<>();
          for (int i = 0; f.has("carried." + i + ".ref"); i++) {
            items.add(new CarryOverItem(f.ref("carried." + i + ".ref"), f.text("carried." + i + ".reason")));
          }
          yield new CycleClosed(cycle, items, on, by);
        }
        case ReturnedToPlan.TYPE -> {
          List<EntityRef> affected = new ArrayList<>();
          for (int i = 0; f.has("affected." + i); i++) {
            affected.add(f.ref("affected." + i));
          }
          yield new ReturnedToPlan(cycle, f.phase("from"), f.change("change"), affected, on, by);
        }
        case ChangeNoted.TYPE -> new ChangeNoted(cycle, f.phase("phase"), f.change("change"), on, by);
        case GateOverridden.TYPE -> {
          List<String> criteria = new ArrayList<>();
          for (int i = 0; f.has("criteria." + i); i++) {
            criteria.add(f.text("criteria." + i));
          }
          yield new GateOverridden(cycle, f.phase("phase"), criteria, f.text("justification"),
              f.person("approvedBy"), on, by);
        }
        default -> throw new IllegalStateException("EventCodec: no reader for known type " + r.type());
      };
      return Either.right(e);
    } catch (Malformed m) {
      return Either.left(m.problem);
    }
  }

  // ---- upcasters -----------------------------------------------------------------------------

  private static Map<String, String> renamed(Map<String, String> fields, String from, String to) {
    Map<String, String> m = new TreeMap<>(fields);
    String v = m.remove(from);
    if (v != null) {
      m.put(to, v);
    }
    return m;
  }

  /** v1 recorded the phase entered as {@code phase}; the phase left is the one before it. */
  private static EventRecord phaseAdvancedV1(EventRecord r) {
    Map<String, String> m = renamed(r.fields(), "date", "on");
    String entered = m.remove("phase");
    if (entered != null) {
      m.put("to", entered);
      try {
        m.put("from", Phase.valueOf(entered).previous().name());
      } catch (IllegalArgumentException e) {
        m.put("from", entered); // read() reports the malformed phase
      }
    }
    return r.with(2, m);
  }

  /** v1 named the clauses only, and called justification and approver {@code reason} and {@code approver}. */
  private static EventRecord gateOverriddenV1(EventRecord r) {
    Map<String, String> m = renamed(renamed(renamed(r.fields(), "date", "on"), "reason", "justification"),
        "approver", "approvedBy");
    String clauses = m.remove("clauses");
    if (clauses != null && !clauses.isBlank()) {
      String[] each = clauses.strip().split("\\s+", -1);
      for (int i = 0; i < each.length; i++) {
        m.put("criteria." + i, each[i] + " v1");
      }
    }
    return r.with(2, m);
  }

  // ---- field parsing -------------------------------------------------------------------------

  /** A refusal of one field, caught in {@link #read}; never escapes this class. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Malformed(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private static final class Fields {
    final EventRecord r;

    Fields(EventRecord r) {
      this.r = r;
    }

    boolean has(String key) {
      return r.fields().containsKey(key);
    }

    String text(String key) {
      String v = r.fields().get(key);
      if (v == null) {
        throw bad(key, null, "is missing");
      }
      return v;
    }

    int integer(String key) {
      String v = text(key);
      try {
        int i = Integer.parseInt(v);
        if (i < 0) {
          throw bad(key, v, "must be a number >= 0");
        }
        return i;
      } catch (NumberFormatException e) {
        throw bad(key, v, "must be a number");
      }
    }

    LocalDate date(String key) {
      String v = text(key);
      try {
        LocalDate d = LocalDate.parse(v);
        if (!Dates.supported(d)) {
          throw bad(key, v, "must be a date from " + Dates.MIN + " to " + Dates.MAX);
        }
        return d;
      } catch (DateTimeParseException e) {
        throw bad(key, v, "must be a date like 2026-03-31");
      }
    }

    Phase phase(String key) {
      String v = text(key);
      try {
        return Phase.valueOf(v);
      } catch (IllegalArgumentException e) {
        throw bad(key, v, "must be one of PLAN, DO, CHECK, ACT");
      }
    }

    PersonId person(String key) {
      String v = text(key);
      try {
        return PersonId.of(v);
      } catch (InvalidValueException e) {
        throw bad(key, v, "is not a well-formed person id");
      }
    }

    ChangeId change(String key) {
      String v = text(key);
      try {
        return ChangeId.of(v);
      } catch (InvalidValueException e) {
        throw bad(key, v, "is not a well-formed change id");
      }
    }

    EntityRef ref(String key) {
      String v = text(key);
      try {
        return EntityRef.parse(v);
      } catch (InvalidValueException e) {
        throw bad(key, v, "must be a reference 'Type:id'");
      }
    }

    Malformed bad(String key, @org.jspecify.annotations.Nullable String value, String reason) {
      return new Malformed(Problem.of(PdcaCode.EVENT_MALFORMED, "EventRecord", r.type() + " v" + r.version(), key,
          value, reason));
    }
  }

  /** The types this library reads, in name order. */
  public static List<String> types() {
    List<String> t = new ArrayList<>(CURRENT.keySet());
    Collections.sort(t);
    return List.copyOf(t);
  }
}
