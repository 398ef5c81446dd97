package io.ismskit.pdca;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A plain-text form of an event log, one {@link EventRecord} per line: {@code type=<type>},
 * {@code version=<n>} and then the fields as {@code key=value}, separated by tabs, values escaped
 * ({@code \\}, {@code \t}, {@code \n}, {@code \r}). Blank lines and lines starting with {@code #}
 * are comments. The host reads and writes the text; this class does no I/O.
 *
 * <pre>{@code
 * String text = EventLog.format(events);                  // store it
 * Either<List<Problem>, List<PdcaEvent>> read = EventLog.parse(text);
 * CycleState state = PdcaMachine.replay(read.get()).get();
 * }</pre>
 *
 * @implSpec Stateless and thread-safe; deterministic: fields are written in key order.
 */
public final class EventLog {
  private EventLog() {}

  /** The events as text, one line each, in their current versions. */
  public static String format(List<? extends PdcaEvent> events) {
    Objects.requireNonNull(events, "events");
    List<EventRecord> records = new ArrayList<>(events.size());
    for (PdcaEvent e : events) {
      records.add(EventCodec.encode(e));
    }
    return formatRecords(records);
  }

  /** The records as text, one line each. */
  public static String formatRecords(List<EventRecord> records) {
    StringBuilder b = new StringBuilder();
    for (EventRecord r : records) {
      b.append("type=").append(escape(r.type())).append("\tversion=").append(r.version());
      r.fields().forEach((k, v) -> b.append('\t').append(escape(k)).append('=').append(escape(v)));
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * The events of {@code text}, upcast to the current versions; or every problem found, each
   * naming its line.
   */
  public static Either<List<Problem>, List<PdcaEvent>> parse(String text) {
    Either<List<Problem>, List<EventRecord>> records = parseRecords(text);
    if (records.isLeft()) {
      return Either.left(records.getLeft());
    }
    List<Problem> problems = new ArrayList<>();
    List<PdcaEvent> events = new ArrayList<>();
    List<Integer> lines = lineNumbers(text);
    List<EventRecord> rs = records.get();
    for (int i = 0; i < rs.size(); i++) {
      int line = lines.get(i);
      EventCodec.decode(rs.get(i)).fold(p -> problems.add(p.within("EventLog", "line " + line, "")), events::add);
    }
    return problems.isEmpty() ? Either.right(events) : Either.left(problems);
  }

  /** The records of {@code text}, as stored (not upcast); or every malformed line. */
  public static Either<List<Problem>, List<EventRecord>> parseRecords(String text) {
    Objects.requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    List<EventRecord> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = "line " + (n + 1);
      Map<String, String> fields = new TreeMap<>();
      boolean ok = true;
      for (String part : line.split("\t", -1)) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          problems.add(Problem.of(PdcaCode.EVENT_MALFORMED, "EventLog", where, "", part,
              "expected key=value pairs separated by tabs"));
          ok = false;
          break;
        }
        String key = unescape(part.substring(0, eq));
        if (fields.put(key, unescape(part.substring(eq + 1))) != null) {
          problems.add(Problem.of(PdcaCode.EVENT_MALFORMED, "EventLog", where, key, null, "appears twice"));
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      String type = fields.remove("type");
      String version = fields.remove("version");
      if (type == null || version == null) {
        problems.add(Problem.of(PdcaCode.EVENT_MALFORMED, "EventLog", where, type == null ? "type" : "version", null,
            "is missing"));
        continue;
      }
      int v;
      try {
        v = Integer.parseInt(version);
      } catch (NumberFormatException e) {
        v = 0;
      }
      if (v < 1) {
        problems.add(Problem.of(PdcaCode.EVENT_MALFORMED, "EventLog", where, "version", version,
            "must be a number >= 1"));
        continue;
      }
      out.add(EventRecord.of(type, v, fields));
    }
    return problems.isEmpty() ? Either.right(out) : Either.left(problems);
  }

  /** The 1-based line numbers of the records of {@code text}. */
  private static List<Integer> lineNumbers(String text) {
    List<Integer> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      if (!lines[n].isBlank() && !lines[n].startsWith("#")) {
        out.add(n + 1);
      }
    }
    return out;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
