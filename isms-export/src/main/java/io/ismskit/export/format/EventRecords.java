package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.pdca.EventCodec;
import io.ismskit.pdca.EventRecord;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The optional {@code events} section of a document: the PDCA event log as the records {@link
 * EventCodec} gives them, {@code {"type": ..., "version": n, "fields": {"key": "text", ...}}}, in
 * the log's order. Reading upcasts records of older versions, refuses unknown types and newer
 * versions, and checks that the events replay ({@link PdcaMachine#replay}), each problem at the
 * JSON pointer of its record.
 */
final class EventRecords {
  /** The name of the section. */
  static final String FIELD = "events";

  private static final String TYPE = "type";
  private static final String VERSION = "version";
  private static final String FIELDS = "fields";

  private EventRecords() {}

  /** Writes {@code events} as the section's array. */
  static void write(List<? extends PdcaEvent> events, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (PdcaEvent e : events) {
      writeEvent(e, g);
    }
    g.writeEndArray();
  }

  /** Writes one event as its record, as in the section. */
  static void writeEvent(PdcaEvent event, JsonGenerator g) throws IOException {
    EventRecord r = EventCodec.encode(event);
    g.writeStartObject();
    g.writeStringField(TYPE, r.type());
    g.writeNumberField(VERSION, r.version());
    g.writeFieldName(FIELDS);
    g.writeStartObject();
    for (Map.Entry<String, String> f : r.fields().entrySet()) {
      g.writeStringField(f.getKey(), f.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Reads the section at the parser's current token: the events, or null after reporting every
   * problem of it.
   */
  static @Nullable List<PdcaEvent> read(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Codecs.wrongType(p, d, "a list of event records (type, version, fields)");
      return null;
    }
    List<PdcaEvent> events = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    List<@Nullable JsonLocation> places = new ArrayList<>();
    boolean failed = false;
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (d.beyondLimit(p, ++n, false)) {
        return null;
      }
      String pointer = Decoding.pointer(p);
      JsonLocation at = p.currentTokenLocation();
      PdcaEvent e = readEvent(p, d, pointer, at);
      if (e == null) {
        failed = true;
      } else {
        events.add(e);
        pointers.add(pointer);
        places.add(at);
      }
    }
    if (failed) {
      return null;
    }
    Either<Problem, ?> replayed = PdcaMachine.replay(events);
    if (replayed.isLeft()) {
      // the problem names the index of the first event that does not follow from those before it
      Problem why = replayed.getLeft();
      int i = index(why.entityId(), events.size());
      d.reportModel(pointers.get(i), places.get(i), why, why.entityId());
      return null;
    }
    return List.copyOf(events);
  }

  /**
   * Reads one record at the parser's current token, at {@code pointer} and {@code at}, and decodes
   * it (upcasting an older version); null after reporting its problems. It is not replayed: one
   * event is no log.
   */
  static @Nullable PdcaEvent readEvent(JsonParser p, Decoding d, String pointer, @Nullable JsonLocation at)
      throws IOException {
    EventRecord r = record(p, d, pointer, at);
    if (r == null) {
      return null;
    }
    Either<Problem, PdcaEvent> e = EventCodec.decode(r);
    if (e.isLeft()) {
      d.reportModel(pointer, at, e.getLeft(), "");
      return null;
    }
    return e.get();
  }

  private static int index(String id, int size) {
    try {
      return Math.max(0, Math.min(size - 1, Integer.parseInt(id)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** One record: an object with a type, a version and text fields; null after reporting its problems. */
  private static @Nullable EventRecord record(JsonParser p, Decoding d, String pointer, @Nullable JsonLocation at)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "an event record, an object with type, version and fields");
      return null;
    }
    String type = null;
    Integer version = null;
    Map<String, String> fields = null;
    boolean failed = false;
    boolean sawType = false;
    boolean sawVersion = false;
    boolean sawFields = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      boolean repeated = switch (name) {
        case TYPE -> sawType;
        case VERSION -> sawVersion;
        case FIELDS -> sawFields;
        default -> false;
      };
      if (repeated) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        p.skipChildren();
        failed = true;
        continue;
      }
      switch (name) {
        case TYPE -> {
          sawType = true;
          if (p.currentToken() == JsonToken.VALUE_STRING) {
            type = p.getText();
          } else {
            Codecs.wrongType(p, d, "the event type, text");
            failed = true;
          }
        }
        case VERSION -> {
          sawVersion = true;
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
              && p.getIntValue() >= 1) {
            version = p.getIntValue();
          } else {
            Codecs.wrongType(p, d, "the version of the record's form, a whole number from 1");
            failed = true;
          }
        }
        case FIELDS -> {
          sawFields = true;
          fields = fields(p, d);
          failed |= fields == null;
        }
        default -> {
          if (d.strict) {
            d.report(p, FormatCode.UNKNOWN_FIELD, "", "", null,
                "is not a field of an event record (fields: type, version, fields)");
            failed = true;
          }
          p.skipChildren();
        }
      }
    }
    for (String missing : new String[] {sawType ? "" : TYPE, sawVersion ? "" : VERSION}) {
      if (!missing.isEmpty()) {
        d.report(pointer + "/" + missing, at, ModelCode.REQUIRED, "", "", null, "is missing: an event record has "
            + "a type and a version");
        failed = true;
      }
    }
    if (failed || type == null || version == null) {
      return null;
    }
    return EventRecord.of(type, version, fields == null ? Map.of() : fields);
  }

  /** The text fields of a record; null after reporting their problems. */
  private static @Nullable Map<String, String> fields(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "an object of text fields");
      return null;
    }
    Map<String, String> out = new TreeMap<>();
    boolean failed = false;
    int n = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (d.beyondLimit(p, ++n, true)) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        Codecs.wrongType(p, d, "text");
        failed = true;
      } else if (out.put(key, p.getText()) != null) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        failed = true;
      }
    }
    return failed ? null : out;
  }

  /** The section's JSON Schema. */
  static Map<String, Object> schema() {
    return Codecs.schemaOf(
        "description", "The PDCA event log: records of io.ismskit.pdca.EventCodec, in the log's order (optional).",
        "type", "array",
        "items", Codecs.schemaOf(
            "type", "object",
            "properties", Codecs.schemaOf(
                TYPE, Codecs.schemaOf("type", "string"),
                VERSION, Codecs.schemaOf("type", "integer", "minimum", 1),
                FIELDS, Codecs.schemaOf("type", "object", "additionalProperties", Codecs.schemaOf("type", "string"))),
            "required", List.of(TYPE, VERSION),
            "additionalProperties", false));
  }
}
