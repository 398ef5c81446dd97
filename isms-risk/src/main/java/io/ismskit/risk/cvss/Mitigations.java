package io.ismskit.risk.cvss;

/** Applies quantised likelihood and impact reductions as environmental metrics (see {@link CvssMethod}). */
@SuppressWarnings("EnumOrdinal") // metric values are indexed by ordinal, by design
final class Mitigations {
  private Mitigations() {}

  static CvssVector apply(CvssVector input, int likelihood, int impact) {
    if (input instanceof Cvss4Vector v4) {
      return apply4(v4, likelihood, impact);
    }
    return apply3((Cvss3Vector) input, likelihood, impact);
  }

  /** Impact steps 1-2 lower one level, 3 lowers two, 4 lowers to None. */
  private static int impactLevels(int impact) {
    return impact >= 4 ? Integer.MAX_VALUE : impact >= 3 ? 2 : impact >= 1 ? 1 : 0;
  }

  private static byte[] effectiveLowered(byte[] v, int base, int modified, int levels, byte[] out) {
    int m = v[modified];
    int eff = m == 0 ? v[base] : m - 1;
    int lowered = levels == Integer.MAX_VALUE ? 0 : Math.max(eff - levels, 0);
    if (lowered < eff) {
      out[modified] = (byte) (lowered + 1);
    }
    return out;
  }

  private static Cvss3Vector apply3(Cvss3Vector in, int likelihood, int impact) {
    byte[] v = in.rawValues();
    byte[] out = v.clone();
    if (likelihood >= 1) {
      effectiveLowered(v, Cvss3Metric.AC.ordinal(), Cvss3Metric.MAC.ordinal(), 1, out);
    }
    if (likelihood >= 2) {
      effectiveLowered(v, Cvss3Metric.PR.ordinal(), Cvss3Metric.MPR.ordinal(), 1, out);
    }
    if (likelihood >= 3) {
      effectiveLowered(v, Cvss3Metric.UI.ordinal(), Cvss3Metric.MUI.ordinal(), 1, out);
    }
    if (likelihood >= 4) {
      effectiveLowered(v, Cvss3Metric.AV.ordinal(), Cvss3Metric.MAV.ordinal(), Integer.MAX_VALUE, out);
    }
    int levels = impactLevels(impact);
    if (levels > 0) {
      effectiveLowered(v, Cvss3Metric.C.ordinal(), Cvss3Metric.MC.ordinal(), levels, out);
      effectiveLowered(v, Cvss3Metric.I.ordinal(), Cvss3Metric.MI.ordinal(), levels, out);
      effectiveLowered(v, Cvss3Metric.A.ordinal(), Cvss3Metric.MA.ordinal(), levels, out);
    }
    return new Cvss3Vector(in.version(), out);
  }

  private static Cvss4Vector apply4(Cvss4Vector in, int likelihood, int impact) {
    byte[] v = in.rawValues();
    byte[] out = v.clone();
    if (likelihood >= 1) {
      effectiveLowered(v, Cvss4Metric.AC.ordinal(), Cvss4Metric.MAC.ordinal(), 1, out);
    }
    if (likelihood >= 2) {
      effectiveLowered(v, Cvss4Metric.AT.ordinal(), Cvss4Metric.MAT.ordinal(), 1, out);
      effectiveLowered(v, Cvss4Metric.PR.ordinal(), Cvss4Metric.MPR.ordinal(), 1, out);
    }
    if (likelihood >= 3) {
      effectiveLowered(v, Cvss4Metric.UI.ordinal(), Cvss4Metric.MUI.ordinal(), 1, out);
    }
    if (likelihood >= 4) {
      effectiveLowered(v, Cvss4Metric.AV.ordinal(), Cvss4Metric.MAV.ordinal(), Integer.MAX_VALUE, out);
    }
    int levels = impactLevels(impact);
    if (levels > 0) {
      Cvss4Metric[][] pairs = {
        {Cvss4Metric.VC, Cvss4Metric.MVC},
        {Cvss4Metric.VI, Cvss4Metric.MVI},
        {Cvss4Metric.VA, Cvss4Metric.MVA},
        {Cvss4Metric.SC, Cvss4Metric.MSC},
        {Cvss4Metric.SI, Cvss4Metric.MSI},
        {Cvss4Metric.SA, Cvss4Metric.MSA}
      };
      for (Cvss4Metric[] p : pairs) {
        effectiveLowered(v, p[0].ordinal(), p[1].ordinal(), levels, out);
      }
    }
    return new Cvss4Vector(out);
  }
}
