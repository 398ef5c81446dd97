package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.base.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The state of one read: options, limits, the problems found so far and where entities stand. */
final class Decoding {
  /** What a codec returns for a value it reported a problem about. */
  static final Object FAILED = new Object() {
    @Override
    public String toString() {
      return "FAILED";
    }
  };

  final ReadLimits limits;
  final boolean strict;
  final boolean lenientScalars;
  /** Days every date read is moved by (0: none). */
  long dateShift;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Place> entityPlaces = new HashMap<>();
  private boolean capped;

  Decoding(ReadLimits limits, boolean strict, boolean lenientScalars) {
    this.limits = limits;
    this.strict = strict;
    this.lenientScalars = lenientScalars;
  }

  List<Problem> problems() {
    return problems;
  }

  int count() {
    return problems.size();
  }

  /** Whether reading should stop: too many problems. */
  boolean full() {
    return capped;
  }

  /** Reports a problem at the parser's current token. */
  void report(JsonParser p, ProblemCode code, String entityType, String entityId, @Nullable Object value,
      String reason) {
    report(pointer(p), p.currentTokenLocation(), code, entityType, entityId, value, reason);
  }

  void report(String pointer, @Nullable JsonLocation at, ProblemCode code, String entityType, String entityId,
      @Nullable Object value, String reason) {
    String v = value == null ? "" : Text.shorten(value);
    String message = place(pointer, at) + ": " + reason + (value == null ? "" : ", was '" + v + "'");
    add(new Problem(code, entityType, entityId, pointer, v, message));
  }

  /** Adds a problem the model raised, placed at {@code pointer}. */
  void reportModel(String pointer, @Nullable JsonLocation at, Problem model, String entityId) {
    String id = model.entityId().isEmpty() ? entityId : model.entityId();
    add(new Problem(model.code(), model.entityType(), id, pointer, model.value(),
        place(pointer, at) + ": " + model.message()));
  }

  void add(Problem p) {
    if (capped) {
      return;
    }
    if (problems.size() >= limits.maxProblems()) {
      capped = true;
      problems.add(new Problem(FormatCode.TOO_MANY_PROBLEMS, "", "", "", "",
          "more than " + limits.maxProblems() + " problems: reading stopped"));
      return;
    }
    problems.add(p);
  }

  /** Remembers where the entity {@code type:id} stands, to place problems that validation finds. */
  void entity(String type, String id, String pointer, @Nullable JsonLocation at) {
    entityPlaces.putIfAbsent(type + ':' + id, new Place(pointer, at));
  }

  /** Where the entity {@code type:id} stood in the document, if it was read. */
  @Nullable Place placeOf(String type, String id) {
    return entityPlaces.get(type + ':' + id);
  }

  /** A place in the document: a JSON pointer and the line and column of its first token. */
  record Place(String pointer, @Nullable JsonLocation at) {
    @Override
    public String toString() {
      return place(pointer, at);
    }
  }

  static String place(String pointer, @Nullable JsonLocation at) {
    String where = pointer.isEmpty() ? "/" : pointer;
    if (at == null || at.getLineNr() < 0) {
      return where;
    }
    return where + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** The JSON pointer of the parser's current token: of the value, or of the object or array it opens. */
  static String pointer(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }
}
