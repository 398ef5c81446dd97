package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.base.KeyTable;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.AssetId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the asset dependency cycles of an ISMS: each group of assets that depend on each other
 * (a strongly connected component of the {@code dependsOn} graph with two or more assets) is one
 * cycle, reported once at its smallest id with a message of bounded length: how many assets the
 * cycle has and its first {@value #SHOWN} ids. Linear in assets and dependencies (Tarjan's
 * algorithm, iterative, so a 100,000-long chain needs no deep stack).
 */
final class AssetCycles {
  /** How many ids of a cycle a message shows. */
  static final int SHOWN = 5;

  private final AssetId[] ids;
  private final int[][] edges;

  /**
   * The dependency graph of {@code assets}, the first asset of each id ({@code byId}'s), edges to
   * unknown ids left out.
   */
  AssetCycles(List<Asset> assets, KeyTable<Asset> byId) {
    List<Asset> first = new ArrayList<>(assets.size());
    for (Asset a : assets) {
      if (byId.get(a.id()) == a) {
        first.add(a);
      }
    }
    Asset[] sorted = first.toArray(new Asset[0]);
    Arrays.sort(sorted, Comparator.comparing(Asset::id));
    int unique = 0;  // one list may hold one asset twice
    for (Asset a : sorted) {
      if (unique == 0 || sorted[unique - 1] != a) {
        sorted[unique++] = a;
      }
    }
    ids = new AssetId[unique];
    for (int i = 0; i < unique; i++) {
      ids[i] = sorted[i].id();
    }
    KeyTable<AssetId> position = KeyTable.of(Arrays.asList(ids), id -> id);
    edges = new int[unique][];
    for (int i = 0; i < unique; i++) {
      List<AssetId> deps = sorted[i].dependsOn();
      int[] e = new int[deps.size()];
      int n = 0;
      for (AssetId d : deps) {
        int p = position.indexOf(d);
        if (p >= 0) {
          e[n++] = p;
        }
      }
      edges[i] = n == e.length ? e : Arrays.copyOf(e, n);
    }
  }

  /** One found cycle: its smallest asset id and the message's reason text. */
  record Cycle(AssetId smallest, String reason) {}

  /** Every cycle, in a stable order. */
  List<Cycle> find() {
    int n = ids.length;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] next = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int top = 0;
    int counter = 0;
    List<Cycle> out = new ArrayList<>();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      index[start] = low[start] = counter++;
      stack[top++] = start;
      onStack[start] = true;
      work.push(start);
      while (!work.isEmpty()) {
        int v = work.peek();
        if (next[v] < edges[v].length) {
          int w = edges[v][next[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            work.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int parent = work.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int from = top;
          do {
            from--;
            onStack[stack[from]] = false;
          } while (stack[from] != v);
          if (top - from > 1) {
            out.add(describe(Arrays.copyOfRange(stack, from, top)));
          }
          top = from;
        }
      }
    }
    return out;
  }

  /** The cycle of the component {@code members}: a shortest cycle through its smallest asset. */
  private Cycle describe(int[] members) {
    int min = Arrays.stream(members).min().orElseThrow();
    boolean[] in = new boolean[ids.length];
    for (int m : members) {
      in[m] = true;
    }
    int[] path = shortestCycle(min, in);
    StringBuilder sb = new StringBuilder(128).append("forms a cycle of ")
        .append(String.format(Locale.ROOT, "%,d", path.length)).append(" assets: ");
    for (int i = 0; i < Math.min(SHOWN, path.length); i++) {
      sb.append(Text.shorten(ids[path[i]].value())).append(" -> ");
    }
    if (path.length > SHOWN) {
      sb.append("… -> ");
    }
    sb.append(Text.shorten(ids[min].value()));
    if (members.length > path.length) {
      sb.append(String.format(Locale.ROOT, " (%,d assets in all depend on each other)", members.length));
    }
    return new Cycle(ids[min], sb.toString());
  }

  /** A shortest path from {@code start} back to itself within {@code in}, as the nodes from {@code start} on. */
  private int[] shortestCycle(int start, boolean[] in) {
    int[] parent = new int[ids.length];
    Arrays.fill(parent, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent[start] = start;
    int last = start;
    search:
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : edges[v]) {
        if (w == start) {
          last = v;
          break search;
        }
        if (in[w] && parent[w] < 0) {
          parent[w] = v;
          queue.add(w);
        }
      }
    }
    ArrayDeque<Integer> path = new ArrayDeque<>();
    for (int v = last; v != start; v = parent[v]) {
      path.push(v);
    }
    path.push(start);
    return path.stream().mapToInt(Integer::intValue).toArray();
  }
}
