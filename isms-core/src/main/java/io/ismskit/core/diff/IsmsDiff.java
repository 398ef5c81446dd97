package io.ismskit.core.diff;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.EntityRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between two snapshots of an {@link Isms}: every entity added, removed or changed,
 * by kind and id, and for each changed one the fields that differ.
 *
 * <pre>{@code
 * IsmsDiff diff = IsmsDiff.between(atLastReview, now);
 * diff.summary();                               // "Risk: 2 added; 1 changed (R-1: owner) ..."
 * diff.ids("Risk", ChangeKind.ADDED);           // [R-7, R-8]: new risks to assess
 * }</pre>
 *
 * <p>How it compares: entities in a list are matched by their id ({@code id()}, or {@code
 * control()} for control implementations and SoA lines) and reported in the order of the newer
 * snapshot, the removed ones after, in the order of the older; single entities (the organization,
 * the scope, the risk criteria, the SoA) are reported with id {@code "-"}. Inside an entity, every
 * attribute of the model is compared, in name order: optional values are unwrapped, nested model
 * values are compared field by field, lists of values with ids are matched by id and other lists of
 * model values by position; anything else (ids, texts, dates, sets, records) is compared whole. The
 * attributes are read from the model classes, so a field or an entity kind added to the model is
 * diffed without a change here. Entities that are the same instance in both snapshots (as {@code
 * with*} copies leave the untouched ones) are skipped without looking inside, so diffing a large
 * ISMS against a lightly edited copy is fast. For an ISMS with duplicate ids (which {@link
 * Isms#validate()} refuses) the first entity of each id is compared.
 *
 * @implSpec Immutable and thread-safe; deterministic: equal inputs give equal diffs and summaries.
 */
public final class IsmsDiff {
  /** How many ids of one kind of change one line of the {@link #summary()} names. */
  static final int SUMMARY_IDS = 10;

  private final List<EntityChange> changes;

  private IsmsDiff(List<EntityChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /** What changed from {@code before} to {@code after}. */
  public static IsmsDiff between(Isms before, Isms after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Walker w = new Walker();
    w.top(before, after);
    return new IsmsDiff(w.out);
  }

  /**
   * Every change: by kind in attribute-name order of {@link Isms} (the entities of each kind as
   * described in the class comment), then the ISMS's own fields (type {@code "Isms"}).
   */
  public List<EntityChange> changes() {
    return changes;
  }

  /** Whether the two snapshots hold the same model. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes of entities of {@code type}, such as {@code "Risk"}. */
  public List<EntityChange> changes(String type) {
    Objects.requireNonNull(type, "type");
    return changes.stream().filter(c -> c.type().equals(type)).toList();
  }

  /** The change of the entity {@code type:id}, if it changed. */
  public Optional<EntityChange> change(String type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    return changes.stream().filter(c -> c.type().equals(type) && c.id().equals(id)).findFirst();
  }

  /** The ids of the entities of {@code type} with change {@code kind}, in diff order. */
  public List<String> ids(String type, ChangeKind kind) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.type().equals(type) && c.change() == kind).map(EntityChange::id).toList();
  }

  /** The entities with any of {@code kinds} of change, as references. */
  public List<EntityRef> refs(ChangeKind... kinds) {
    Set<ChangeKind> wanted = Set.of(kinds);
    return changes.stream().filter(c -> wanted.contains(c.change())).map(EntityChange::ref).toList();
  }

  /**
   * A readable summary: a first line with the counts, then one line per entity type in diff order,
   * such as {@code "Risk: 2 added; 1 changed (R-1: owner, residual.level)"}. Each line
   * names at most ten entities per kind of change and counts the rest; ids and field names are
   * shortened and escaped.
   */
  public String summary() {
    if (changes.isEmpty()) {
      return "no changes";
    }
    int added = 0;
    int removed = 0;
    int changed = 0;
    Map<String, List<EntityChange>> byType = new LinkedHashMap<>();
    for (EntityChange c : changes) {
      switch (c.change()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> changed++;
      }
      byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c);
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,d %s: %,d added, %,d removed, %,d changed", changes.size(),
        changes.size() == 1 ? "entity" : "entities", added, removed, changed));
    byType.forEach((type, list) -> {
      b.append('\n').append(type).append(": ");
      List<String> parts = new ArrayList<>();
      for (ChangeKind k : ChangeKind.values()) {
        List<EntityChange> of = list.stream().filter(c -> c.change() == k).toList();
        if (!of.isEmpty()) {
          parts.add(of.size() + " " + k.name().toLowerCase(Locale.ROOT) + " (" + names(of) + ")");
        }
      }
      b.append(String.join("; ", parts));
    });
    return b.toString();
  }

  private static String names(List<EntityChange> of) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < of.size() && i < SUMMARY_IDS; i++) {
      EntityChange c = of.get(i);
      String fields = c.fields().isEmpty() ? ""
          : ": " + String.join(", ", c.fields().stream().limit(SUMMARY_IDS).map(f -> Text.shorten(f.path())).toList())
              + (c.fields().size() > SUMMARY_IDS ? " and " + (c.fields().size() - SUMMARY_IDS) + " more" : "");
      out.add(Text.shorten(c.id()) + fields);
    }
    String s = String.join(", ", out);
    return of.size() > SUMMARY_IDS ? s + " and " + (of.size() - SUMMARY_IDS) + " more" : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsmsDiff d && d.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return summary();
  }

  // ---------------------------------------------------------------------------------------------

  /** Walks two snapshots side by side. Not thread-safe; one per diff. */
  private static final class Walker {
    final List<EntityChange> out = new ArrayList<>();

    void top(Isms before, Isms after) {
      Introspection.Shape shape = Introspection.shape(after).orElseThrow(
          () -> new IllegalStateException("diff: " + after.getClass() + " is not a model class"));
      List<FieldChange> own = new ArrayList<>();
      for (Introspection.Attribute a : shape.attributes()) {
        Object x = a.read(before);
        Object y = a.read(after);
        if (x == y || x.equals(y)) {
          continue;
        }
        if (x instanceof List<?> xs && y instanceof List<?> ys && (modelList(xs) || modelList(ys))) {
          entities(a.name(), xs, ys);
        } else if (model(unwrap(x)) || model(unwrap(y))) {
          single(a.name(), unwrap(x), unwrap(y));
        } else {
          value(a.name(), x, y, own);
        }
      }
      if (!own.isEmpty()) {
        out.add(new EntityChange("", "Isms", "-", ChangeKind.CHANGED, own));
      }
    }

    /** A top-level list of entities, matched by key (or by value when they have none). */
    private void entities(String kind, List<?> xs, List<?> ys) {
      Object sample = !ys.isEmpty() ? ys.get(0) : xs.get(0);
      Introspection.Attribute key = Introspection.shape(sample).orElseThrow().key();
      String type = Introspection.typeName(sample);
      if (key == null) {
        Map<Object, Integer> before = counts(xs);
        for (Object y : ys) {
          if (before.merge(y, -1, Integer::sum) < 0) {
            out.add(new EntityChange(kind, type, Text.shorten(y), ChangeKind.ADDED, List.of()));
          }
        }
        Map<Object, Integer> after = counts(ys);
        for (Object x : xs) {
          if (after.merge(x, -1, Integer::sum) < 0) {
            out.add(new EntityChange(kind, type, Text.shorten(x), ChangeKind.REMOVED, List.of()));
          }
        }
        return;
      }
      Map<Object, Object> before = byKey(xs, key);
      Map<Object, Object> after = byKey(ys, key);
      for (Map.Entry<Object, Object> e : after.entrySet()) {
        Object x = before.get(e.getKey());
        String id = String.valueOf(e.getKey());
        if (x == null) {
          out.add(new EntityChange(kind, type, id, ChangeKind.ADDED, List.of()));
        } else if (x != e.getValue() && !x.equals(e.getValue())) {
          List<FieldChange> fields = new ArrayList<>();
          fields("", x, e.getValue(), fields);
          out.add(new EntityChange(kind, type, id, ChangeKind.CHANGED, fields));
        }
      }
      for (Map.Entry<Object, Object> e : before.entrySet()) {
        if (!after.containsKey(e.getKey())) {
          out.add(new EntityChange(kind, type, String.valueOf(e.getKey()), ChangeKind.REMOVED, List.of()));
        }
      }
    }

    /** A single entity (organization, scope, ...), present on either side or both. */
    private void single(String kind, Object x, Object y) {
      if (x instanceof Optional<?>) {
        out.add(new EntityChange(kind, Introspection.typeName(y), "-", ChangeKind.ADDED, List.of()));
      } else if (y instanceof Optional<?>) {
        out.add(new EntityChange(kind, Introspection.typeName(x), "-", ChangeKind.REMOVED, List.of()));
      } else {
        List<FieldChange> fields = new ArrayList<>();
        value("", x, y, fields);
        if (!fields.isEmpty()) {
          out.add(new EntityChange(kind, Introspection.typeName(y), "-", ChangeKind.CHANGED, fields));
        }
      }
    }

    /** The attributes of two model values of one class; {@code prefix} is empty or ends with a dot. */
    private void fields(String prefix, Object x, Object y, List<FieldChange> into) {
      for (Introspection.Attribute a : Introspection.shape(y).orElseThrow().attributes()) {
        value(prefix + a.name(), a.read(x), a.read(y), into);
      }
    }

    /** Two values at {@code path}. */
    private void value(String path, Object x, Object y, List<FieldChange> into) {
      if (x == y || x.equals(y)) {
        return;
      }
      if (x instanceof Optional<?> ox && y instanceof Optional<?> oy) {
        if (ox.isPresent() && oy.isPresent()) {
          value(path, ox.get(), oy.get(), into);
        } else {
          into.add(new FieldChange(path, render(x), render(y)));
        }
        return;
      }
      if (x instanceof List<?> xs && y instanceof List<?> ys && (modelList(xs) || modelList(ys))) {
        list(path, xs, ys, into);
        return;
      }
      if (model(x) && model(y) && x.getClass() == y.getClass()) {
        fields(path.isEmpty() ? "" : path + ".", x, y, into);
        return;
      }
      into.add(new FieldChange(path, render(x), render(y)));
    }

    /** A nested list of model values: by key when they have one, else by position. */
    private void list(String path, List<?> xs, List<?> ys, List<FieldChange> into) {
      Object sample = !ys.isEmpty() ? ys.get(0) : xs.get(0);
      Introspection.Attribute key = Introspection.shape(sample).orElseThrow().key();
      if (key == null) {
        int common = Math.min(xs.size(), ys.size());
        for (int i = 0; i < common; i++) {
          value(path + "[" + i + "]", xs.get(i), ys.get(i), into);
        }
        for (int i = common; i < ys.size(); i++) {
          into.add(new FieldChange(path + "[" + i + "]", FieldChange.NONE, render(ys.get(i))));
        }
        for (int i = common; i < xs.size(); i++) {
          into.add(new FieldChange(path + "[" + i + "]", render(xs.get(i)), FieldChange.NONE));
        }
        return;
      }
      Map<Object, Object> before = byKey(xs, key);
      Map<Object, Object> after = byKey(ys, key);
      for (Map.Entry<Object, Object> e : after.entrySet()) {
        String p = path + "[" + e.getKey() + "]";
        Object x = before.get(e.getKey());
        if (x == null) {
          into.add(new FieldChange(p, FieldChange.NONE, render(e.getValue())));
        } else {
          value(p, x, e.getValue(), into);
        }
      }
      for (Map.Entry<Object, Object> e : before.entrySet()) {
        if (!after.containsKey(e.getKey())) {
          into.add(new FieldChange(path + "[" + e.getKey() + "]", render(e.getValue()), FieldChange.NONE));
        }
      }
    }

    private static Map<Object, Object> byKey(Collection<?> items, Introspection.Attribute key) {
      Map<Object, Object> m = new LinkedHashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
      for (Object o : items) {
        m.putIfAbsent(key.read(o), o);
      }
      return m;
    }

    private static Map<Object, Integer> counts(Collection<?> items) {
      Map<Object, Integer> m = new HashMap<>();
      for (Object o : items) {
        m.merge(o, 1, Integer::sum);
      }
      return m;
    }

    private static Object unwrap(Object o) {
      return o instanceof Optional<?> opt && opt.isPresent() ? opt.get() : o;
    }

    private static boolean model(Object o) {
      return Introspection.shape(o).isPresent();
    }

    private static boolean modelList(List<?> list) {
      return !list.isEmpty() && model(list.get(0));
    }

    private static String render(Object o) {
      if (o instanceof Optional<?> opt) {
        return opt.isPresent() ? Text.shorten(opt.get()) : FieldChange.NONE;
      }
      return Text.shorten(o);
    }
  }
}
