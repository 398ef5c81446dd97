package io.ismskit.risk.cvss;

/**
 * The CVSS v4.0 scoring algorithm of FIRST's reference calculator ({@code
 * github.com/FIRSTdotorg/cvss-v4-calculator}, {@code cvss_score.js} with {@code cvss_lookup.js},
 * {@code max_composed.js} and {@code max_severity.js}; specification section 8): the vector is
 * mapped to a MacroVector of six equivalence-set levels (EQ1..EQ6) whose score is looked up, then
 * lowered by the mean proportional severity distance to the highest-severity vectors of the
 * MacroVector, and rounded half up to one decimal.
 *
 * <p>Severity levels and distances are kept as integers in units of 0.1 (the calculator's
 * "levels"), and the interpolation is evaluated exactly with a common denominator, so ties such
 * as 8.55 round up as the specification intends (the reference calculator reaches the same
 * result with an epsilon, see RedHatProductSecurity/cvss-v4-calculator#66).
 */
@SuppressWarnings("EnumOrdinal") // metric values are indexed by ordinal, by design
final class Cvss4Scoring {
  private Cvss4Scoring() {}

  /** Number of MacroVector slots: EQ1(3) x EQ2(2) x EQ3(3) x EQ4(3) x EQ5(3) x EQ6(2). */
  static final int MACRO_SLOTS = 324;

  /**
   * The 270 MacroVector scores of FIRST's reference calculator (cvss_lookup.js), as
   * "EQ1..EQ6 score" pairs. Copyright FIRST, Red Hat and contributors, BSD-2-Clause.
   */
  static final String LOOKUP_DATA =
      """
      000000 10 000001 9.9 000010 9.8 000011 9.5 000020 9.5 000021 9.2 000100 10 000101 9.6
      000110 9.3 000111 8.7 000120 9.1 000121 8.1 000200 9.3 000201 9 000210 8.9 000211 8
      000220 8.1 000221 6.8 001000 9.8 001001 9.5 001010 9.5 001011 9.2 001020 9 001021 8.4
      001100 9.3 001101 9.2 001110 8.9 001111 8.1 001120 8.1 001121 6.5 001200 8.8 001201 8
      001210 7.8 001211 7 001220 6.9 001221 4.8 002001 9.2 002011 8.2 002021 7.2 002101 7.9
      002111 6.9 002121 5 002201 6.9 002211 5.5 002221 2.7 010000 9.9 010001 9.7 010010 9.5
      010011 9.2 010020 9.2 010021 8.5 010100 9.5 010101 9.1 010110 9 010111 8.3 010120 8.4
      010121 7.1 010200 9.2 010201 8.1 010210 8.2 010211 7.1 010220 7.2 010221 5.3 011000 9.5
      011001 9.3 011010 9.2 011011 8.5 011020 8.5 011021 7.3 011100 9.2 011101 8.2 011110 8
      011111 7.2 011120 7 011121 5.9 011200 8.4 011201 7 011210 7.1 011211 5.2 011220 5
      011221 3 012001 8.6 012011 7.5 012021 5.2 012101 7.1 012111 5.2 012121 2.9 012201 6.3
      012211 2.9 012221 1.7 100000 9.8 100001 9.5 100010 9.4 100011 8.7 100020 9.1 100021 8.1
      100100 9.4 100101 8.9 100110 8.6 100111 7.4 100120 7.7 100121 6.4 100200 8.7 100201 7.5
      100210 7.4 100211 6.3 100220 6.3 100221 4.9 101000 9.4 101001 8.9 101010 8.8 101011 7.7
      101020 7.6 101021 6.7 101100 8.6 101101 7.6 101110 7.4 101111 5.8 101120 5.9 101121 5
      101200 7.2 101201 5.7 101210 5.7 101211 5.2 101220 5.2 101221 2.5 102001 8.3 102011 7
      102021 5.4 102101 6.5 102111 5.8 102121 2.6 102201 5.3 102211 2.1 102221 1.3 110000 9.5
      110001 9 110010 8.8 110011 7.6 110020 7.6 110021 7 110100 9 110101 7.7 110110 7.5
      110111 6.2 110120 6.1 110121 5.3 110200 7.7 110201 6.6 110210 6.8 110211 5.9 110220 5.2
      110221 3 111000 8.9 111001 7.8 111010 7.6 111011 6.7 111020 6.2 111021 5.8 111100 7.4
      111101 5.9 111110 5.7 111111 5.7 111120 4.7 111121 2.3 111200 6.1 111201 5.2 111210 5.7
      111211 2.9 111220 2.4 111221 1.6 112001 7.1 112011 5.9 112021 3 112101 5.8 112111 2.6
      112121 1.5 112201 2.3 112211 1.3 112221 0.6 200000 9.3 200001 8.7 200010 8.6 200011 7.2
      200020 7.5 200021 5.8 200100 8.6 200101 7.4 200110 7.4 200111 6.1 200120 5.6 200121 3.4
      200200 7 200201 5.4 200210 5.2 200211 4 200220 4 200221 2.2 201000 8.5 201001 7.5
      201010 7.4 201011 5.5 201020 6.2 201021 5.1 201100 7.2 201101 5.7 201110 5.5 201111 4.1
      201120 4.6 201121 1.9 201200 5.3 201201 3.6 201210 3.4 201211 1.9 201220 1.9 201221 0.8
      202001 6.4 202011 5.1 202021 2 202101 4.7 202111 2.1 202121 1.1 202201 2.4 202211 0.9
      202221 0.4 210000 8.8 210001 7.5 210010 7.3 210011 5.3 210020 6 210021 5 210100 7.3
      210101 5.5 210110 5.9 210111 4 210120 4.1 210121 2 210200 5.4 210201 4.3 210210 4.5
      210211 2.2 210220 2 210221 1.1 211000 7.5 211001 5.5 211010 5.8 211011 4.5 211020 4
      211021 2.1 211100 6.1 211101 5.1 211110 4.8 211111 1.8 211120 2 211121 0.9 211200 4.6
      211201 1.8 211210 1.7 211211 0.7 211220 0.8 211221 0.2 212001 5.3 212011 2.4 212021 1.4
      212101 2.4 212111 1.2 212121 0.5 212201 1 212211 0.3 212221 0.1
      """;

  /** MacroVector score in tenths by slot index, -1 where the MacroVector does not exist. */
  static final int[] LOOKUP = parseLookup();

  // Highest-severity vectors per EQ level (max_composed.js), as severity levels in tenths.
  /** EQ1 level to [AV, PR, UI]. */
  private static final int[][][] EQ1_MAX = {
    {{0, 0, 0}},
    {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
    {{3, 0, 0}, {1, 1, 1}}
  };
  /** EQ2 level to [AC, AT]. */
  private static final int[][][] EQ2_MAX = {{{0, 0}}, {{1, 0}, {0, 1}}};
  /** EQ3 level, EQ6 level to [VC, VI, VA, CR, IR, AR]. */
  private static final int[][][][] EQ36_MAX = {
    {{{0, 0, 0, 0, 0, 0}}, {{0, 0, 1, 1, 1, 0}, {0, 0, 0, 1, 1, 1}}},
    {
      {{1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0}},
      {
        {1, 0, 1, 0, 1, 0},
        {1, 0, 0, 0, 1, 1},
        {0, 1, 0, 1, 0, 1},
        {0, 1, 1, 1, 0, 0},
        {1, 1, 0, 0, 0, 1}
      }
    },
    {{}, {{1, 1, 1, 0, 0, 0}}}
  };
  /** EQ4 level to [SC, SI, SA]. */
  private static final int[][][] EQ4_MAX = {{{1, 0, 0}}, {{1, 1, 1}}, {{2, 2, 2}}};

  // Depth of each MacroVector (max_severity.js), in steps.
  private static final int[] EQ1_DEPTH = {1, 4, 5};
  private static final int[] EQ2_DEPTH = {1, 2};
  private static final int[][] EQ36_DEPTH = {{7, 6}, {8, 8}, {0, 10}};
  private static final int[] EQ4_DEPTH = {6, 5, 4};

  /** lcm(1..10): every depth divides it, so proportional distances stay integral. */
  private static final long LCM = 2520;

  static int slot(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    return ((((eq1 * 2 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 2 + eq6;
  }

  private static int[] parseLookup() {
    int[] table = new int[MACRO_SLOTS];
    java.util.Arrays.fill(table, -1);
    String[] tokens = java.util.regex.Pattern.compile("\\s+").splitAsStream(LOOKUP_DATA.strip()).toArray(String[]::new);
    for (int k = 0; k < tokens.length; k += 2) {
      String key = tokens[k];
      int s =
          slot(
              key.charAt(0) - '0',
              key.charAt(1) - '0',
              key.charAt(2) - '0',
              key.charAt(3) - '0',
              key.charAt(4) - '0',
              key.charAt(5) - '0');
      if (table[s] != -1) {
        throw new IllegalStateException("duplicate MacroVector " + key);
      }
      table[s] = (int) Math.round(Double.parseDouble(tokens[k + 1]) * 10);
    }
    return table;
  }

  // ---- effective severity levels (tenths; 0 = most severe) ----

  private static int eff(byte[] v, Cvss4Metric base, Cvss4Metric modified) {
    int m = v[modified.ordinal()];
    return m == 0 ? v[base.ordinal()] : m - 1;
  }

  /**
   * Computes the score in tenths and, when {@code detail} is non-null, fills it with [EQ1..EQ6,
   * MacroVector score in tenths].
   */
  static int scoreTenths(byte[] v, int @org.jspecify.annotations.Nullable [] detail) {
    int av = 3 - eff(v, Cvss4Metric.AV, Cvss4Metric.MAV);
    int ac = 1 - eff(v, Cvss4Metric.AC, Cvss4Metric.MAC);
    int at = 1 - eff(v, Cvss4Metric.AT, Cvss4Metric.MAT);
    int pr = 2 - eff(v, Cvss4Metric.PR, Cvss4Metric.MPR);
    int ui = 2 - eff(v, Cvss4Metric.UI, Cvss4Metric.MUI);
    int vc = 2 - eff(v, Cvss4Metric.VC, Cvss4Metric.MVC);
    int vi = 2 - eff(v, Cvss4Metric.VI, Cvss4Metric.MVI);
    int va = 2 - eff(v, Cvss4Metric.VA, Cvss4Metric.MVA);
    int sc = 3 - eff(v, Cvss4Metric.SC, Cvss4Metric.MSC);
    int si = 3 - eff(v, Cvss4Metric.SI, Cvss4Metric.MSI);
    int sa = 3 - eff(v, Cvss4Metric.SA, Cvss4Metric.MSA);
    int crRaw = v[Cvss4Metric.CR.ordinal()];
    int irRaw = v[Cvss4Metric.IR.ordinal()];
    int arRaw = v[Cvss4Metric.AR.ordinal()];
    int eRaw = v[Cvss4Metric.E.ordinal()];
    // Not Defined counts as the worst case: CR/IR/AR High, E Attacked.
    int cr = crRaw == 0 ? 0 : 3 - crRaw;
    int ir = irRaw == 0 ? 0 : 3 - irRaw;
    int ar = arRaw == 0 ? 0 : 3 - arRaw;
    int e = eRaw == 0 ? 0 : 3 - eRaw;

    int eq1;
    if (av == 0 && pr == 0 && ui == 0) {
      eq1 = 0;
    } else if ((av == 0 || pr == 0 || ui == 0) && av != 3) {
      eq1 = 1;
    } else {
      eq1 = 2;
    }
    int eq2 = ac == 0 && at == 0 ? 0 : 1;
    int eq3;
    if (vc == 0 && vi == 0) {
      eq3 = 0;
    } else if (vc == 0 || vi == 0 || va == 0) {
      eq3 = 1;
    } else {
      eq3 = 2;
    }
    int eq4;
    if (si == 0 || sa == 0) {
      eq4 = 0;
    } else if (sc == 1 || si == 1 || sa == 1) {
      eq4 = 1;
    } else {
      eq4 = 2;
    }
    int eq5 = e;
    int eq6 = (cr == 0 && vc == 0) || (ir == 0 && vi == 0) || (ar == 0 && va == 0) ? 0 : 1;

    int key = slot(eq1, eq2, eq3, eq4, eq5, eq6);
    int value = LOOKUP[key];
    if (detail != null) {
      detail[0] = eq1;
      detail[1] = eq2;
      detail[2] = eq3;
      detail[3] = eq4;
      detail[4] = eq5;
      detail[5] = eq6;
      detail[6] = value;
    }
    // No impact on either system: 0.0 without interpolation.
    if (vc == 2 && vi == 2 && va == 2 && sc == 3 && si == 3 && sa == 3) {
      return 0;
    }

    // Severity distances to the first highest-severity vector that dominates the vector. The
    // reference loops over the cross product of the EQ groups' maxima and takes the first
    // combination whose 14 distances are all non-negative; as the groups share no metric, that
    // is the first dominating maximum of each group. Should a group have none, the reference
    // keeps the distances of the last combination tried, i.e. the last maximum of every group.
    int[][] m1 = EQ1_MAX[eq1];
    int[][] m2 = EQ2_MAX[eq2];
    int[][] m36 = EQ36_MAX[eq3][eq6];
    int[][] m4 = EQ4_MAX[eq4];
    int i1 = firstDominated(m1, av, pr, ui);
    int i2 = firstDominated(m2, ac, at);
    int i36 = firstDominated(m36, vc, vi, va, cr, ir, ar);
    int i4 = firstDominated(m4, sc, si, sa);
    if (i1 < 0 || i2 < 0 || i36 < 0 || i4 < 0) {
      i1 = m1.length - 1;
      i2 = m2.length - 1;
      i36 = m36.length - 1;
      i4 = m4.length - 1;
    }
    int[] x1 = m1[i1];
    int[] x2 = m2[i2];
    int[] x36 = m36[i36];
    int[] x4 = m4[i4];
    int d1 = (av - x1[0]) + (pr - x1[1]) + (ui - x1[2]);
    int d2 = (ac - x2[0]) + (at - x2[1]);
    int d36 =
        (vc - x36[0]) + (vi - x36[1]) + (va - x36[2]) + (cr - x36[3]) + (ir - x36[4])
            + (ar - x36[5]);
    int d4 = (sc - x4[0]) + (si - x4[1]) + (sa - x4[2]);

    // Maximal scoring differences to the next lower MacroVector of each EQ (absent: skipped).
    int n = 0;
    long sum = 0; // sum of proportional distances, in tenths x LCM
    if (eq1 < 2) {
      int lower = LOOKUP[slot(eq1 + 1, eq2, eq3, eq4, eq5, eq6)];
      if (lower >= 0) {
        n++;
        sum += (long) (value - lower) * d1 * (LCM / EQ1_DEPTH[eq1]);
      }
    }
    if (eq2 < 1) {
      int lower = LOOKUP[slot(eq1, eq2 + 1, eq3, eq4, eq5, eq6)];
      if (lower >= 0) {
        n++;
        sum += (long) (value - lower) * d2 * (LCM / EQ2_DEPTH[eq2]);
      }
    }
    int lower36;
    if (eq3 == 0 && eq6 == 0) {
      lower36 =
          Math.max(
              LOOKUP[slot(eq1, eq2, eq3, eq4, eq5, 1)], LOOKUP[slot(eq1, eq2, 1, eq4, eq5, 0)]);
    } else if (eq3 == 1 && eq6 == 0) {
      lower36 = LOOKUP[slot(eq1, eq2, 1, eq4, eq5, 1)];
    } else if (eq3 < 2) {
      lower36 = LOOKUP[slot(eq1, eq2, eq3 + 1, eq4, eq5, eq6)];
    } else {
      lower36 = -1;
    }
    if (lower36 >= 0) {
      n++;
      sum += (long) (value - lower36) * d36 * (LCM / EQ36_DEPTH[eq3][eq6]);
    }
    if (eq4 < 2) {
      int lower = LOOKUP[slot(eq1, eq2, eq3, eq4 + 1, eq5, eq6)];
      if (lower >= 0) {
        n++;
        sum += (long) (value - lower) * d4 * (LCM / EQ4_DEPTH[eq4]);
      }
    }
    if (eq5 < 2 && LOOKUP[slot(eq1, eq2, eq3, eq4, eq5 + 1, eq6)] >= 0) {
      n++; // EQ5 has depth 0: it counts in the mean but adds no distance
    }
    if (n == 0) {
      return value;
    }
    long q = LCM * n; // score = value - sum / q (tenths)
    long p = value * q - sum;
    if (p <= 0) {
      return 0;
    }
    if (p >= 100 * q) {
      return 100;
    }
    return (int) ((2 * p + q) / (2 * q)); // round half up
  }

  private static int firstDominated(int[][] maxima, int a, int b) {
    for (int k = 0; k < maxima.length; k++) {
      int[] x = maxima[k];
      if (a >= x[0] && b >= x[1]) {
        return k;
      }
    }
    return -1;
  }

  private static int firstDominated(int[][] maxima, int a, int b, int c) {
    for (int k = 0; k < maxima.length; k++) {
      int[] x = maxima[k];
      if (a >= x[0] && b >= x[1] && c >= x[2]) {
        return k;
      }
    }
    return -1;
  }

  private static int firstDominated(
      int[][] maxima, int a, int b, int c, int d, int e, int f) {
    for (int k = 0; k < maxima.length; k++) {
      int[] x = maxima[k];
      if (a >= x[0] && b >= x[1] && c >= x[2] && d >= x[3] && e >= x[4] && f >= x[5]) {
        return k;
      }
    }
    return -1;
  }
}
