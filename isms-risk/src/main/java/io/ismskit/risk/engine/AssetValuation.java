package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.id.AssetId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective value of every asset under the high-water mark: a supporting asset is at least as
 * critical, property by property, as every asset that depends on it, directly or through a chain
 * of dependencies. A database that a {@code (5, 4, 3)} process depends on is worth at least {@code
 * (5, 4, 3)}, whatever its own value says.
 *
 * <p>The valuation is computed for all assets at once in time linear in the number of assets and
 * dependencies: strongly connected components (Tarjan) are found first, then values flow from
 * dependents to their dependencies in topological order of the components. Assets that depend on
 * each other in a cycle all support each other, so each member of a cycle gets the high-water mark
 * of the whole cycle; cycles are tolerated and listed in {@link #cycles()}. A {@code dependsOn} id
 * that names no asset is ignored and listed in {@link #missingDependencies()}. When an id is listed
 * twice, its first occurrence is valued and later ones are ignored ({@link Isms#validate()} reports
 * the duplicate).
 *
 * <p>Every raised property carries its reason ({@link Raise}): which asset passed the value on
 * and in which asset it originates. When several assets could pass on the same value, the one with
 * the smallest origin id, then the smallest passing id, is named, so the result does not depend on
 * the order of the asset list.
 *
 * <pre>{@code
 * AssetValuation v = AssetValuation.of(isms);
 * CiaValue server = v.effective(AssetId.of("srv-1")).orElseThrow();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class AssetValuation {
  private static final SecurityProperty[] PROPS = SecurityProperty.values();
  private static final int NONE = -1;

  private final List<ValuedAsset> entries;
  private final Map<AssetId, ValuedAsset> byId;
  private final List<List<AssetId>> cycles;
  private final List<MissingDependency> missing;

  private AssetValuation(
      List<ValuedAsset> entries, List<List<AssetId>> cycles, List<MissingDependency> missing) {
    this.entries = List.copyOf(entries);
    Map<AssetId, ValuedAsset> m = new HashMap<>(entries.size() * 2);
    for (ValuedAsset e : entries) {
      m.put(e.asset(), e);
    }
    this.byId = Collections.unmodifiableMap(m);
    this.cycles = List.copyOf(cycles);
    this.missing = List.copyOf(missing);
  }

  /**
   * One asset's own and effective value, with the reason of every raised property.
   *
   * @param asset the asset
   * @param own the value the asset was given
   * @param effective the high-water mark of its own value and that of every asset depending on it
   * @param raises why each property above its own value was raised, in property order; empty when
   *     {@code effective} equals {@code own}
   */
  public record ValuedAsset(AssetId asset, CiaValue own, CiaValue effective, List<Raise> raises) {
    /** Requires all parts. */
    public ValuedAsset {
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(own, "own");
      Objects.requireNonNull(effective, "effective");
      raises = List.copyOf(raises);
    }

    /** Whether any property was raised above the asset's own value. */
    public boolean raised() {
      return !raises.isEmpty();
    }
  }

  /**
   * Why one property of an asset was raised.
   *
   * @param property the property raised
   * @param from the asset's own value of the property
   * @param to the effective value
   * @param via the asset that passed the value on: a direct dependent of the asset, or another
   *     member of the same dependency cycle
   * @param origin the asset whose own value it is
   * @param throughCycle whether the value was passed on inside a dependency cycle
   */
  public record Raise(
      SecurityProperty property, int from, int to, AssetId via, AssetId origin, boolean throughCycle) {
    /** Requires all parts. */
    public Raise {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(via, "via");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * A {@code dependsOn} entry that names no asset of the list.
   *
   * @param asset the asset whose {@code dependsOn} lists it
   * @param dependency the id that names no asset
   */
  public record MissingDependency(AssetId asset, AssetId dependency) {
    /** Requires all parts. */
    public MissingDependency {
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(dependency, "dependency");
    }
  }

  /** Values the assets of {@code isms}. */
  public static AssetValuation of(Isms isms) {
    Objects.requireNonNull(isms, "isms");
    return of(isms.assets());
  }

  /** Values {@code assets}; see the class description. */
  public static AssetValuation of(List<Asset> assets) {
    Objects.requireNonNull(assets, "assets");
    // Index the first occurrence of every id.
    Map<AssetId, Integer> index = new HashMap<>(assets.size() * 2);
    List<Asset> nodes = new ArrayList<>(assets.size());
    for (Asset a : assets) {
      if (index.putIfAbsent(a.id(), nodes.size()) == null) {
        nodes.add(a);
      }
    }
    int n = nodes.size();
    // Edges i -> j where asset i depends on asset j, in compressed rows.
    int[] start = new int[n + 1];
    List<MissingDependency> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + nodes.get(i).dependsOn().size();
    }
    int[] adj = new int[start[n]];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      int k = start[i];
      Asset a = nodes.get(i);
      for (AssetId d : a.dependsOn()) {
        Integer j = index.get(d);
        if (j == null) {
          missing.add(new MissingDependency(a.id(), d));
        } else {
          adj[k++] = j;
        }
      }
      end[i] = k;
    }

    // value[3*i + p], via[3*i + p] (NONE = own), origin[3*i + p]
    int[] value = new int[3 * n];
    int[] via = new int[3 * n];
    int[] origin = new int[3 * n];
    boolean[] cyc = new boolean[3 * n];
    for (int i = 0; i < n; i++) {
      CiaValue v = nodes.get(i).value();
      for (int p = 0; p < 3; p++) {
        value[3 * i + p] = v.of(PROPS[p]);
        via[3 * i + p] = NONE;
        origin[3 * i + p] = i;
      }
    }

    Components comps = Components.of(n, start, end, adj);
    List<List<AssetId>> cycles = new ArrayList<>();
    // Tarjan emits a component after every component it depends on: walk backwards, dependents
    // first, so a component's value is final before it is passed on.
    for (int c = comps.count - 1; c >= 0; c--) {
      int from = comps.memberStart[c];
      int to = comps.memberStart[c + 1];
      if (to - from > 1) {
        List<AssetId> cycle = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
          cycle.add(nodes.get(comps.members[k]).id());
        }
        cycle.sort(Comparator.naturalOrder());
        cycles.add(List.copyOf(cycle));
        for (int p = 0; p < 3; p++) {
          int best = comps.members[from];
          for (int k = from + 1; k < to; k++) {
            int m = comps.members[k];
            if (better(nodes, value[3 * m + p], origin[3 * m + p], m, value[3 * best + p],
                origin[3 * best + p], best)) {
              best = m;
            }
          }
          for (int k = from; k < to; k++) {
            int m = comps.members[k];
            if (value[3 * m + p] < value[3 * best + p]) {
              value[3 * m + p] = value[3 * best + p];
              origin[3 * m + p] = origin[3 * best + p];
              via[3 * m + p] = best;
              cyc[3 * m + p] = true;
            }
          }
        }
      }
      for (int k = from; k < to; k++) {
        int m = comps.members[k];
        for (int e = start[m]; e < end[m]; e++) {
          int j = adj[e];
          if (comps.of[j] == c) {
            continue;
          }
          for (int p = 0; p < 3; p++) {
            int mv = value[3 * m + p];
            int jv = value[3 * j + p];
            boolean take =
                mv > jv
                    || (mv == jv
                        && via[3 * j + p] != NONE
                        && better(nodes, mv, origin[3 * m + p], m, jv, origin[3 * j + p],
                            via[3 * j + p]));
            if (take) {
              value[3 * j + p] = mv;
              origin[3 * j + p] = origin[3 * m + p];
              via[3 * j + p] = m;
              cyc[3 * j + p] = false;
            }
          }
        }
      }
    }

    List<ValuedAsset> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Asset a = nodes.get(i);
      CiaValue own = a.value();
      List<Raise> raises = new ArrayList<>(0);
      for (int p = 0; p < 3; p++) {
        if (via[3 * i + p] != NONE) {
          raises.add(new Raise(PROPS[p], own.of(PROPS[p]), value[3 * i + p],
              nodes.get(via[3 * i + p]).id(), nodes.get(origin[3 * i + p]).id(), cyc[3 * i + p]));
        }
      }
      CiaValue eff = raises.isEmpty()
          ? own
          : CiaValue.of(value[3 * i], value[3 * i + 1], value[3 * i + 2]);
      out.add(new ValuedAsset(a.id(), own, eff, raises));
    }
    cycles.sort(Comparator.comparing((List<AssetId> l) -> l.get(0)));
    missing.sort(Comparator.comparing(MissingDependency::asset)
        .thenComparing(MissingDependency::dependency));
    return new AssetValuation(out, cycles, missing);
  }

  /**
   * Whether candidate {@code (v1, origin o1, holder h1)} beats {@code (v2, o2, h2)}: a higher value,
   * or the same value with a smaller origin id, then a smaller holder id.
   */
  private static boolean better(List<Asset> nodes, int v1, int o1, int h1, int v2, int o2, int h2) {
    if (v1 != v2) {
      return v1 > v2;
    }
    int c = nodes.get(o1).id().compareTo(nodes.get(o2).id());
    if (c != 0) {
      return c < 0;
    }
    return nodes.get(h1).id().compareTo(nodes.get(h2).id()) < 0;
  }

  /** Strongly connected components by an iterative Tarjan walk, in emission order. */
  private static final class Components {
    final int count;
    final int[] of;
    final int[] members;
    final int[] memberStart;

    private Components(int count, int[] of, int[] members, int[] memberStart) {
      this.count = count;
      this.of = of;
      this.members = members;
      this.memberStart = memberStart;
    }

    static Components of(int n, int[] start, int[] end, int[] adj) {
      int[] index = new int[n];
      Arrays.fill(index, -1);
      int[] low = new int[n];
      int[] comp = new int[n];
      boolean[] onStack = new boolean[n];
      int[] stack = new int[n];
      int sp = 0;
      int[] callNode = new int[n];
      int[] callEdge = new int[n];
      int[] members = new int[n];
      int mCount = 0;
      int[] memberStart = new int[n + 1];
      int count = 0;
      int counter = 0;
      for (int s = 0; s < n; s++) {
        if (index[s] != -1) {
          continue;
        }
        int top = 0;
        callNode[0] = s;
        callEdge[0] = start[s];
        index[s] = counter;
        low[s] = counter++;
        stack[sp++] = s;
        onStack[s] = true;
        while (top >= 0) {
          int v = callNode[top];
          if (callEdge[top] < end[v]) {
            int w = adj[callEdge[top]++];
            if (index[w] == -1) {
              index[w] = counter;
              low[w] = counter++;
              stack[sp++] = w;
              onStack[w] = true;
              top++;
              callNode[top] = w;
              callEdge[top] = start[w];
            } else if (onStack[w]) {
              low[v] = Math.min(low[v], index[w]);
            }
          } else {
            if (low[v] == index[v]) {
              memberStart[count] = mCount;
              int w;
              do {
                w = stack[--sp];
                onStack[w] = false;
                comp[w] = count;
                members[mCount++] = w;
              } while (w != v);
              count++;
            }
            top--;
            if (top >= 0) {
              int u = callNode[top];
              low[u] = Math.min(low[u], low[v]);
            }
          }
        }
      }
      memberStart[count] = mCount;
      return new Components(count, comp, members, memberStart);
    }
  }

  /** Every asset's valuation, in the order of the asset list (first occurrences only). */
  public List<ValuedAsset> entries() {
    return entries;
  }

  /** The valuation of {@code asset}, or empty if it is not one of the assets. */
  public Optional<ValuedAsset> entry(AssetId asset) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(asset, "asset")));
  }

  /** The effective value of {@code asset}, or empty if it is not one of the assets. */
  public Optional<CiaValue> effective(AssetId asset) {
    return entry(asset).map(ValuedAsset::effective);
  }

  /** The assets whose value was raised by a dependent asset, in list order. */
  public List<ValuedAsset> raised() {
    return entries.stream().filter(ValuedAsset::raised).toList();
  }

  /**
   * The dependency cycles: each the members of one strongly connected component of two or more
   * assets, sorted by id; the cycles sorted by their smallest id.
   */
  public List<List<AssetId>> cycles() {
    return cycles;
  }

  /** The {@code dependsOn} entries that name no asset, sorted by asset then dependency. */
  public List<MissingDependency> missingDependencies() {
    return missing;
  }

  /** The effective values by asset id, in list order. */
  public Map<AssetId, CiaValue> effectiveValues() {
    Map<AssetId, CiaValue> m = new LinkedHashMap<>(entries.size() * 2);
    for (ValuedAsset e : entries) {
      m.put(e.asset(), e.effective());
    }
    return Collections.unmodifiableMap(m);
  }
}
