package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.base.Text;
import java.io.IOException;
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

  /** Bits of the index into the caches of recent ids and texts of a document: 4,096 entries. */
  static final int DOCUMENT_RECENT_BITS = 12;
  /** The same for a small value a host's mapper reads alone: 64 entries. */
  static final int PART_RECENT_BITS = 6;

  final ReadLimits limits;
  final boolean strict;
  final boolean lenientScalars;
  /** Days every date read is moved by (0: none). */
  long dateShift;
  private final List<Problem> problems = new ArrayList<>();
  /**
   * The entities read, in order, for placing the problems validation finds: type, id, pointer and
   * packed position, in arrays (a read of 100,000 risks records some 150,000 entities, and a
   * key, place, location and map node for each cost 70 MB of allocation and stayed live through the
   * read); indexed by {@code type:id} only when a problem is placed.
   */
  private String[] entityTypes = new String[64];
  private String[] entityIds = new String[64];
  private String[] entityPointers = new String[64];
  private long[] entityPositions = new long[64];
  private int entities;
  private @Nullable Map<String, Integer> entityIndex;
  private boolean capped;
  /** Bits of the index into the caches of recent ids and texts. */
  private final int recentBits;
  /**
   * Ids recently read (values of one-string records) and their texts, and short texts recently
   * read, by a hash of the text; made on first use, so that a small value read alone costs no cache.
   */
  private @Nullable Object @Nullable [] recentIds;
  private @Nullable String @Nullable [] recentTexts;
  private @Nullable String @Nullable [] recentStrings;
  /** The {@linkplain #hash hashes} of the texts of the recent ids and of the recent texts. */
  private int @Nullable [] recentIdHashes;
  private int @Nullable [] recentStringHashes;

  /** The state of reading a whole document. */
  Decoding(ReadLimits limits, boolean strict, boolean lenientScalars) {
    this(limits, strict, lenientScalars, DOCUMENT_RECENT_BITS);
  }

  /** The state of a read whose caches of recent ids and texts have {@code 2^recentBits} entries. */
  Decoding(ReadLimits limits, boolean strict, boolean lenientScalars, int recentBits) {
    this.limits = limits;
    this.strict = strict;
    this.lenientScalars = lenientScalars;
    this.recentBits = recentBits;
  }

  List<Problem> problems() {
    return problems;
  }

  /**
   * The value of {@code type} (a record of one string) read shortly before from the characters
   * {@code text[offset, offset + length)}, whose {@link #hash} is {@code hash}, or null; {@code slot}
   * is {@link #idSlot}'s. An ISMS names the same people, assets and controls many times; one
   * instance for each, where the cache of recent ids (4,096 in a document) still holds it, spares
   * the model a copy of the id and its text per reference, and the read the id's string and checks:
   * a hit makes nothing. The hashes are compared first, so a miss rarely looks at a cached text.
   */
  @Nullable Object recentId(int slot, int hash, Class<?> type, char[] text, int offset, int length) {
    @Nullable Object[] ids = recentIds;
    @Nullable String[] texts = recentTexts;
    int[] hashes = recentIdHashes;
    if (ids == null || texts == null || hashes == null) {
      return null;
    }
    for (int i = slot; i <= slot + 1; i++) {
      @Nullable Object id = ids[i];
      if (hashes[i] == hash && id != null && id.getClass() == type && same(texts[i], text, offset, length)) {
        return id;
      }
    }
    return null;
  }

  /**
   * The pair of places (this even slot and the next) in the cache of recent ids for an id of {@code
   * type} whose text has the {@link #hash} {@code hash}: two ids whose hashes meet both stay.
   */
  int idSlot(Class<?> type, int hash) {
    return ((hash + type.getName().hashCode()) * 0x9E3779B9) >>> (32 - recentBits) & ~1;
  }

  /**
   * Remembers {@code id}, read from {@code text} (whose {@link #hash} is {@code hash}), in the pair
   * of places {@code slot} ({@link #idSlot}'s): first, the id there before moving to second, the
   * second forgotten.
   */
  void rememberId(int slot, int hash, String text, Object id) {
    @Nullable Object[] ids = recentIds;
    @Nullable String[] texts = recentTexts;
    int[] hashes = recentIdHashes;
    if (ids == null || texts == null || hashes == null) {
      ids = new Object[1 << recentBits];
      texts = new String[1 << recentBits];
      hashes = new int[1 << recentBits];
      recentIds = ids;
      recentTexts = texts;
      recentIdHashes = hashes;
    }
    ids[slot + 1] = ids[slot];
    texts[slot + 1] = texts[slot];
    hashes[slot + 1] = hashes[slot];
    ids[slot] = id;
    texts[slot] = text;
    hashes[slot] = hash;
  }

  /**
   * The text of the characters {@code text[offset, offset + length)}: an equal text read shortly
   * before, or a new string. An ISMS repeats short texts (levels and their labels, scale names,
   * methods, versions) in every risk, and one instance for each, while the cache of recent texts
   * (4,096 in a document) holds it, makes a read ISMS half as large; a hit makes no string. The
   * hashes are compared first, so a miss rarely looks at a cached text.
   */
  String recentText(char[] text, int offset, int length) {
    @Nullable String[] strings = recentStrings;
    int[] hashes = recentStringHashes;
    if (strings == null || hashes == null) {
      strings = new String[1 << recentBits];
      hashes = new int[1 << recentBits];
      recentStrings = strings;
      recentStringHashes = hashes;
    }
    int hash = hash(text, offset, length);
    int i = (hash * 0x9E3779B9) >>> (32 - recentBits);
    if (hashes[i] == hash) {
      String seen = strings[i];
      if (same(seen, text, offset, length)) {
        return seen;
      }
    }
    String made = new String(text, offset, length);
    strings[i] = made;
    hashes[i] = hash;
    return made;
  }

  /** The longest list of texts, ids or constants shared with an equal one read shortly before. */
  static final int SHARED_LIST = 8;
  /** Bits of the index into the cache of recent lists: 256 entries. */
  private static final int LIST_BITS = 8;
  private @Nullable List<?> @Nullable [] recentLists;

  /**
   * The elements of the lists being read, innermost last: a list's elements are pushed from its
   * {@link #elementsMark()} and made into a list of exactly them when its array ends.
   */
  private @Nullable Object[] elements = new Object[64];
  private int elementsTop;

  /** Where the elements of a list about to be read begin on the stack of elements. */
  int elementsMark() {
    return elementsTop;
  }

  /** Pushes an element of the list being read. */
  void pushElement(Object element) {
    if (elementsTop == elements.length) {
      elements = java.util.Arrays.copyOf(elements, elementsTop * 2);
    }
    elements[elementsTop++] = element;
  }

  /** Takes the elements pushed since {@code mark} off the stack, keeping no reference to them. */
  void dropElements(int mark) {
    java.util.Arrays.fill(elements, mark, elementsTop, null);
    elementsTop = mark;
  }

  /** A list of the elements pushed since {@code mark}, in order (left on the stack). */
  List<Object> elements(int mark) {
    return java.util.Arrays.asList(java.util.Arrays.copyOfRange(elements, mark, elementsTop));
  }

  /**
   * An unmodifiable list of the elements pushed since {@code mark} (at most {@link #SHARED_LIST}
   * texts, ids or constants, left on the stack): an equal list read shortly before, or a new one.
   * An ISMS repeats the same short lists in every risk (the levels of its likelihood and consequence
   * scales, its assets, the properties it affects), and the model's records keep an unmodifiable
   * list as it is given, so one instance for each spares a read ISMS a list per repetition, and the
   * read its copies: a hit makes nothing. A list holding null is made as it is, for the model to
   * refuse.
   */
  List<?> recentList(int mark) {
    @Nullable List<?>[] lists = recentLists;
    if (lists == null) {
      lists = new List<?>[1 << LIST_BITS];
      recentLists = lists;
    }
    int n = elementsTop - mark;
    int hash = n;
    for (int k = mark; k < elementsTop; k++) {
      Object o = elements[k];
      if (o == null) {
        return elements(mark);
      }
      hash = hash * 31 + o.hashCode();
    }
    int i = (hash * 0x9E3779B9) >>> (32 - LIST_BITS);
    List<?> seen = lists[i];
    if (seen != null && seen.size() == n) {
      boolean same = true;
      for (int k = 0; k < n && same; k++) {
        Object s = seen.get(k);
        Object o = elements[mark + k];
        same = s == o || s.equals(o);
      }
      if (same) {
        return seen;
      }
    }
    List<?> made = List.of(java.util.Arrays.copyOfRange(elements, mark, elementsTop));
    lists[i] = made;
    return made;
  }

  /**
   * A hash of the characters {@code text[offset, offset + length)}, in four interleaved lanes whose
   * multiplications do not wait for each other.
   */
  static int hash(char[] text, int offset, int length) {
    int h0 = length;
    int h1 = 0;
    int h2 = 0;
    int h3 = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 3 < end; i += 4) {
      h0 = h0 * 31 + text[i];
      h1 = h1 * 31 + text[i + 1];
      h2 = h2 * 31 + text[i + 2];
      h3 = h3 * 31 + text[i + 3];
    }
    for (; i < end; i++) {
      h0 = h0 * 31 + text[i];
    }
    return ((h0 * 31 + h1) * 31 + h2) * 31 + h3;
  }

  /** Whether {@code seen} is the text of the characters {@code text[offset, offset + length)}. */
  static boolean same(@Nullable String seen, char[] text, int offset, int length) {
    if (seen == null || seen.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (seen.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  int count() {
    return problems.size();
  }

  /** Whether reading should stop: too many problems. */
  boolean full() {
    return capped;
  }

  /**
   * Whether element or entry {@code n} (1-based) of the array ({@code object} false) or object being
   * read lies beyond {@link ReadLimits#maxCollectionSize()}: if so, reports that the collection is
   * too large, skips the rest of it and leaves the parser on its closing token.
   */
  boolean beyondLimit(JsonParser p, int n, boolean object) throws IOException {
    if (n <= limits.maxCollectionSize()) {
      return false;
    }
    report(p, FormatCode.LIMIT, "", "", null, "has more than " + limits.maxCollectionSize()
        + (object ? " entries" : " elements") + " (ReadLimits.maxCollectionSize)");
    p.skipChildren();
    if (object) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
        p.skipChildren();
      }
    } else {
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        p.skipChildren();
      }
    }
    return true;
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
  void entity(String type, String id, String pointer, long position) {
    if (entities == entityTypes.length) {
      int n = entities * 2;
      entityTypes = java.util.Arrays.copyOf(entityTypes, n);
      entityIds = java.util.Arrays.copyOf(entityIds, n);
      entityPointers = java.util.Arrays.copyOf(entityPointers, n);
      entityPositions = java.util.Arrays.copyOf(entityPositions, n);
    }
    entityTypes[entities] = type;
    entityIds[entities] = id;
    entityPointers[entities] = pointer;
    entityPositions[entities] = position;
    entities++;
    entityIndex = null;
  }

  /** Where the entity {@code type:id} stood in the document (the first of that type and id), if it was read. */
  @Nullable Place placeOf(String type, String id) {
    Map<String, Integer> index = entityIndex;
    if (index == null) {
      index = new HashMap<>();
      for (int i = 0; i < entities; i++) {
        index.putIfAbsent(entityTypes[i] + ':' + entityIds[i], i);
      }
      entityIndex = index;
    }
    Integer i = index.get(type + ':' + id);
    return i == null ? null : new Place(entityPointers[i], location(entityPositions[i]));
  }

  // ---- where values were: the trace ----------------------------------------------------------

  /** The container of a traced array element (objects are traced with their codec). */
  static final Object ELEMENT = new Object() {
    @Override
    public String toString() {
      return "ELEMENT";
    }
  };

  /** What {@link #locate} returns when it found nothing. */
  static final long NOWHERE = Long.MIN_VALUE;

  /**
   * The trace: for each value read inside the objects not yet done with, its nesting level and its
   * position in its container (property or element index) in {@code traceKeys}, its {@linkplain
   * #position position} in {@code tracePositions}, and its container ({@link Codecs.PropertiesCodec}
   * or {@link #ELEMENT}) in {@code traceContainers}. A value's own parts follow it, one level deeper.
   * An object's entries are dropped once it is built if it is an entity (its problems are placed by
   * its own codec; its parent's problems are placed at it) or once it fails, so the trace holds the
   * path to the value being read and no more than one entity's parts: no allocation once its arrays
   * have grown, whatever the document's size.
   */
  private long[] traceKeys = new long[64];
  private long[] tracePositions = new long[64];
  private Object[] traceContainers = new Object[64];
  private int traced;
  private int level;

  /** Enters an object, array, map or sealed value: its values are one level deeper. */
  int enter() {
    return ++level;
  }

  /** Leaves what {@link #enter()} entered. */
  void leave() {
    level--;
  }

  /** How many values are traced, to {@link #truncate} back to. */
  int mark() {
    return traced;
  }

  /** Drops the values traced since {@code mark}. */
  void truncate(int mark) {
    for (int i = mark; i < traced; i++) {
      traceContainers[i] = ELEMENT; // no reference to a codec kept; codecs are cached anyway
    }
    traced = mark;
  }

  /** Traces the value at the parser's current token: {@code index} of {@code container}, at {@code depth}. */
  void trace(Object container, int index, int depth, JsonParser p) {
    if (traced == traceKeys.length) {
      traceKeys = java.util.Arrays.copyOf(traceKeys, traced * 2);
      tracePositions = java.util.Arrays.copyOf(tracePositions, traced * 2);
      traceContainers = java.util.Arrays.copyOf(traceContainers, traced * 2);
    }
    traceKeys[traced] = (long) depth << 32 | index;
    tracePositions[traced] = position(p);
    traceContainers[traced] = container;
    traced++;
  }

  /**
   * The position of the deepest part of {@code pointer} (relative to the object at level {@code
   * depth - 1} whose values were traced from {@code mark}, of type {@code codec}), such as {@code
   * "/inherent/assessedOn"} or {@code "/controls/2"}, that was read; {@link #NOWHERE} if not even
   * its first step was.
   */
  long locate(String pointer, int mark, int depth, Codecs.PropertiesCodec codec) {
    long found = NOWHERE;
    Object container = codec;
    int at = depth;
    int k = mark;
    int from = pointer.startsWith("/") ? 1 : 0;
    while (!pointer.isEmpty() && from <= pointer.length()) {
      int to = pointer.indexOf('/', from);
      String step = pointer.substring(from, to < 0 ? pointer.length() : to);
      int index = container instanceof Codecs.PropertiesCodec c ? c.propertyIndex(step) : elementIndex(step);
      if (index < 0) {
        break;
      }
      int hit = -1;
      for (; k < traced; k++) {
        int d = (int) (traceKeys[k] >>> 32);
        if (d < at) {
          break;
        }
        if (d == at && (int) traceKeys[k] == index) {
          hit = k;
          break;
        }
      }
      if (hit < 0) {
        break;
      }
      found = tracePositions[hit];
      k = hit + 1;
      at++;
      if (to < 0 || k >= traced || (int) (traceKeys[k] >>> 32) != at) {
        break; // the last step, or a value without traced parts
      }
      container = traceContainers[k];
      from = to + 1;
    }
    return found;
  }

  private static int elementIndex(String step) {
    if (step.isEmpty() || step.length() > 9) {
      return -1;
    }
    for (int k = 0; k < step.length(); k++) {
      if (step.charAt(k) < '0' || step.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(step);
  }

  /**
   * The line and column of the parser's current token, as {@link JsonParser#currentTokenLocation()}
   * gives them, packed in a long (line in the high half): read from the JSON parsers' own counters
   * without allocating a location, which matters when it is recorded for every value of a large
   * document (see {@link #trace}); other parsers (YAML) give it through their location.
   */
  static long position(JsonParser p) {
    if (p instanceof ReaderBasedJsonParser || p instanceof UTF8StreamJsonParser) {
      ParserBase b = (ParserBase) p;
      int column = b.getTokenColumnNr(); // one more than the location's column, unless unknown (negative)
      return pack(b.getTokenLineNr(), column > 0 ? column - 1 : column);
    }
    JsonLocation at = p.currentTokenLocation();
    return pack(at.getLineNr(), at.getColumnNr());
  }

  private static long pack(int line, int column) {
    return (long) line << 32 | (column & 0xFFFF_FFFFL);
  }

  /** The location of a {@linkplain #position packed position}: its line and column. */
  static JsonLocation location(long position) {
    return new JsonLocation(ContentReference.unknown(), -1L, -1L, (int) (position >> 32), (int) position);
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

  /**
   * The JSON pointer of the parser's current token: of the value, or of the object or array it opens.
   * The same string as {@code context.pathAsPointer().toString()}, written straight into one builder:
   * the reader records the pointer of every entity it reads, and Jackson's {@code JsonPointer} builds
   * a chain of pointer objects on the way, which took a seventh of the time of reading a large
   * document.
   */
  static String pointer(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    if (!c.hasPathSegment()) {
      c = c.getParent();
    }
    if (c == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(64);
    append(b, c);
    return b.toString();
  }

  /** Appends the segments of {@code c}'s ancestors, then its own (as {@code JsonPointer.forPath}). */
  private static void append(StringBuilder b, JsonStreamContext c) {
    JsonStreamContext parent = c.getParent();
    if (parent != null) {
      append(b, parent);
    }
    if (c.inObject()) {
      String name = c.getCurrentName();
      b.append('/');
      if (name != null) {
        for (int i = 0; i < name.length(); i++) {
          char ch = name.charAt(i);
          if (ch == '/') {
            b.append("~1");
          } else if (ch == '~') {
            b.append("~0");
          } else {
            b.append(ch);
          }
        }
      }
    } else if (c.inArray()) {
      b.append('/').append(c.getCurrentIndex());
    }
  }
}
