package io.ismskit.risk.cvss;

/**
 * The CVSS v3.0 and v3.1 equations (v3.1 specification section 7 and Appendix A; v3.0
 * specification section 8), with the weights of FIRST's reference calculator. Arrays are indexed
 * by the value indices of {@link Cvss3Metric}.
 */
@SuppressWarnings("EnumOrdinal") // metric values are indexed by ordinal, by design
final class Cvss3Scoring {
  private Cvss3Scoring() {}

  // Indices follow Cvss3Metric value order (ascending severity, X first for optional metrics).
  static final double[] AV = {0.2, 0.55, 0.62, 0.85};
  static final double[] AC = {0.44, 0.77};
  static final double[] PR_UNCHANGED = {0.27, 0.62, 0.85};
  static final double[] PR_CHANGED = {0.5, 0.68, 0.85};
  static final double[] UI = {0.62, 0.85};
  static final double[] CIA = {0, 0.22, 0.56};
  static final double[] E = {1, 0.91, 0.94, 0.97, 1};
  static final double[] RL = {1, 0.95, 0.96, 0.97, 1};
  static final double[] RC = {1, 0.92, 0.96, 1};
  static final double[] REQ = {1, 0.5, 1, 1.5};

  private static final int S_CHANGED = 1;

  /**
   * Roundup as defined by CVSS v3.1 Appendix A: the smallest number, to one decimal place, equal
   * to or higher than its input, computed on integers to avoid floating-point artefacts.
   */
  static double roundup31(double input) {
    long intInput = Math.round(input * 100000);
    if (intInput % 10000 == 0) {
      return intInput / 100000.0;
    }
    return (Math.floorDiv(intInput, 10000) + 1) / 10.0;
  }

  /** Roundup as used by CVSS v3.0: the ceiling to one decimal place. */
  static double roundup30(double input) {
    return Math.ceil(input * 10) / 10;
  }

  private static int effective(byte[] v, Cvss3Metric base, Cvss3Metric modified) {
    int m = v[modified.ordinal()];
    return m == 0 ? v[base.ordinal()] : m - 1;
  }

  static Cvss3Scores compute(byte[] v, boolean v31) {
    boolean changed = v[Cvss3Metric.S.ordinal()] == S_CHANGED;
    double iss = iss(v);
    double impact = impact(iss, changed);
    double exploitability = exploitability(v, changed);
    double base = base(impact, exploitability, changed, v31);
    int e = v[Cvss3Metric.E.ordinal()];
    int rl = v[Cvss3Metric.RL.ordinal()];
    int rc = v[Cvss3Metric.RC.ordinal()];
    // Same association as the reference calculator: ((x * E) * RL) * RC.
    double temporal = roundup(base * E[e] * RL[rl] * RC[rc], v31);
    boolean mChanged = effective(v, Cvss3Metric.S, Cvss3Metric.MS) == S_CHANGED;
    double miss = miss(v);
    double modifiedImpact = modifiedImpact(miss, mChanged, v31);
    double modifiedExploitability = modifiedExploitability(v, mChanged);
    double environmental =
        environmental(modifiedImpact, modifiedExploitability, mChanged, e, rl, rc, v31);
    double overall;
    if (anyDefined(v, Cvss3Metric.CR.ordinal(), Cvss3Metric.MA.ordinal())) {
      overall = environmental;
    } else if (e != 0 || rl != 0 || rc != 0) {
      overall = temporal;
    } else {
      overall = base;
    }
    return new Cvss3Scores(
        base,
        temporal,
        environmental,
        iss,
        impact,
        exploitability,
        miss,
        modifiedImpact,
        modifiedExploitability,
        overall);
  }

  /** Same as {@code compute(v, v31).overall()}, computing only what that score needs. */
  static double overall(byte[] v, boolean v31) {
    int e = v[Cvss3Metric.E.ordinal()];
    int rl = v[Cvss3Metric.RL.ordinal()];
    int rc = v[Cvss3Metric.RC.ordinal()];
    if (anyDefined(v, Cvss3Metric.CR.ordinal(), Cvss3Metric.MA.ordinal())) {
      boolean mChanged = effective(v, Cvss3Metric.S, Cvss3Metric.MS) == S_CHANGED;
      return environmental(
          modifiedImpact(miss(v), mChanged, v31),
          modifiedExploitability(v, mChanged),
          mChanged,
          e,
          rl,
          rc,
          v31);
    }
    boolean changed = v[Cvss3Metric.S.ordinal()] == S_CHANGED;
    double base = base(impact(iss(v), changed), exploitability(v, changed), changed, v31);
    if (e != 0 || rl != 0 || rc != 0) {
      return roundup(base * E[e] * RL[rl] * RC[rc], v31);
    }
    return base;
  }

  private static double iss(byte[] v) {
    double c = CIA[v[Cvss3Metric.C.ordinal()]];
    double i = CIA[v[Cvss3Metric.I.ordinal()]];
    double a = CIA[v[Cvss3Metric.A.ordinal()]];
    return 1 - ((1 - c) * (1 - i) * (1 - a));
  }

  private static double impact(double iss, boolean changed) {
    return changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  }

  private static double exploitability(byte[] v, boolean changed) {
    double[] pr = changed ? PR_CHANGED : PR_UNCHANGED;
    return 8.22
        * AV[v[Cvss3Metric.AV.ordinal()]]
        * AC[v[Cvss3Metric.AC.ordinal()]]
        * pr[v[Cvss3Metric.PR.ordinal()]]
        * UI[v[Cvss3Metric.UI.ordinal()]];
  }

  private static double base(double impact, double exploitability, boolean changed, boolean v31) {
    if (impact <= 0) {
      return 0;
    } else if (changed) {
      return roundup(Math.min(1.08 * (impact + exploitability), 10), v31);
    }
    return roundup(Math.min(impact + exploitability, 10), v31);
  }

  private static double miss(byte[] v) {
    double mc = CIA[effective(v, Cvss3Metric.C, Cvss3Metric.MC)];
    double mi = CIA[effective(v, Cvss3Metric.I, Cvss3Metric.MI)];
    double ma = CIA[effective(v, Cvss3Metric.A, Cvss3Metric.MA)];
    double cr = REQ[v[Cvss3Metric.CR.ordinal()]];
    double ir = REQ[v[Cvss3Metric.IR.ordinal()]];
    double ar = REQ[v[Cvss3Metric.AR.ordinal()]];
    return Math.min(1 - ((1 - mc * cr) * (1 - mi * ir) * (1 - ma * ar)), 0.915);
  }

  private static double modifiedImpact(double miss, boolean mChanged, boolean v31) {
    if (!mChanged) {
      return 6.42 * miss;
    } else if (v31) {
      return 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13);
    }
    return 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15);
  }

  private static double modifiedExploitability(byte[] v, boolean mChanged) {
    double[] mpr = mChanged ? PR_CHANGED : PR_UNCHANGED;
    return 8.22
        * AV[effective(v, Cvss3Metric.AV, Cvss3Metric.MAV)]
        * AC[effective(v, Cvss3Metric.AC, Cvss3Metric.MAC)]
        * mpr[effective(v, Cvss3Metric.PR, Cvss3Metric.MPR)]
        * UI[effective(v, Cvss3Metric.UI, Cvss3Metric.MUI)];
  }

  private static double environmental(
      double modifiedImpact,
      double modifiedExploitability,
      boolean mChanged,
      int e,
      int rl,
      int rc,
      boolean v31) {
    if (modifiedImpact <= 0) {
      return 0;
    }
    double sum =
        mChanged
            ? Math.min(1.08 * (modifiedImpact + modifiedExploitability), 10)
            : Math.min(modifiedImpact + modifiedExploitability, 10);
    return roundup(roundup(sum, v31) * E[e] * RL[rl] * RC[rc], v31);
  }

  static boolean anyDefined(byte[] v, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (v[k] != 0) {
        return true;
      }
    }
    return false;
  }

  private static double roundup(double x, boolean v31) {
    return v31 ? roundup31(x) : roundup30(x);
  }
}
