package io.ismskit.risk.cvss;

import java.util.List;

/** Parses a compact {@code "code=Name,code=Name"} value list once, at class initialisation. */
final class MetricValues {
  final List<String> codes;
  final String[] names;

  MetricValues(String spec) {
    String[] parts = spec.split(",", -1);
    String[] c = new String[parts.length];
    names = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      c[i] = parts[i].substring(0, eq);
      names[i] = parts[i].substring(eq + 1);
    }
    codes = List.of(c);
  }
}
