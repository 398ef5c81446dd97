package io.ismskit.risk.cvss;

import java.util.List;

/** Parses a compact {@code "code=Name,code=Name"} value list once, at class initialisation. */
final class MetricValues {
  final List<String> codes;
  final List<String> names;

  MetricValues(String spec) {
    List<String> partList = new java.util.ArrayList<>();
    int from = 0;
    for (int k = spec.indexOf(','); k >= 0; k = spec.indexOf(',', from)) {
      partList.add(spec.substring(from, k));
      from = k + 1;
    }
    partList.add(spec.substring(from));
    String[] parts = partList.toArray(new String[0]);
    String[] c = new String[parts.length];
    String[] n = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      c[i] = parts[i].substring(0, eq);
      n[i] = parts[i].substring(eq + 1);
    }
    codes = List.of(c);
    names = List.of(n);
  }
}
