package io.ismskit.export.svg;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.Theme;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.risk.fair.ExceedancePoint;
import io.ismskit.risk.fair.FairResult;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Charts as self-contained inline SVG (no scripts, no external references, no CSS classes): the
 * likelihood × impact heat map of a risk register, the FAIR loss exceedance curve of scenarios and
 * a portfolio, and the findings of a conformance report by clause family. Every string from the
 * model is escaped with {@link io.ismskit.export.markup.Html#escape(String)}.
 *
 * <pre>{@code
 * String svg = Charts.heatMap(isms.risks(), isms.riskCriteria(), Charts.Stage.INHERENT);
 * }</pre>
 *
 * <p>Each chart also has its data as a table ({@link #heatMapCounts}, {@link #familyCounts}) for
 * formats without SVG, such as Markdown.
 *
 * @implSpec Stateless and thread-safe; the output is a pure function of the arguments.
 */
public final class Charts {
  /** Which assessment of a risk a heat map places. */
  public enum Stage {
    /** The assessment before treatment. */
    INHERENT,
    /** The assessment after treatment. */
    RESIDUAL;

    Optional<RiskAssessment> of(Risk r) {
      return this == INHERENT ? r.inherent() : r.residual();
    }

    /** A label for people, such as {@code "Inherent"}. */
    public String label() {
      return this == INHERENT ? "Inherent" : "Residual";
    }
  }

  /** A named loss exceedance curve. */
  public record Curve(String name, List<ExceedancePoint> points) {
    /** Copies the points; requires both parts. */
    public Curve {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }

    /** The curve of {@code result} at 40 logarithmically spaced amounts. */
    public static Curve of(String name, FairResult result) {
      return new Curve(name, result.lossExceedanceCurve(40));
    }
  }

  private static final String[] SERIES = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#7f7f7f"};

  private Charts() {}

  // ---------------------------------------------------------------------------------------------
  // heat map

  /** The likelihood and impact of an assessment scored on a matrix, 1-based, if it has both inputs. */
  static Optional<int[]> cell(RiskAssessment a, int rows, int cols) {
    String l = a.inputs().get("likelihood");
    String i = a.inputs().get("impact");
    if (l == null || i == null) {
      return Optional.empty();
    }
    try {
      int li = Integer.parseInt(l.strip());
      int im = Integer.parseInt(i.strip());
      return li >= 1 && li <= rows && im >= 1 && im <= cols ? Optional.of(new int[] {li, im}) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The number of risks in each cell of the matrix: {@code counts[likelihood - 1][impact - 1]}, from
   * the {@code likelihood} and {@code impact} inputs of the chosen assessment; risks assessed
   * otherwise are not counted. The matrix is as large as the criteria's scales (5 × 5 without
   * criteria).
   */
  public static int[][] heatMapCounts(List<Risk> risks, Optional<RiskCriteria> criteria, Stage stage) {
    int rows = criteria.map(c -> c.likelihoodScale().size()).filter(n -> n > 0).orElse(5);
    int cols = criteria.map(c -> c.impactScale().size()).filter(n -> n > 0).orElse(5);
    int[][] counts = new int[rows][cols];
    for (Risk r : risks) {
      stage.of(r).flatMap(a -> cell(a, rows, cols)).ifPresent(c -> counts[c[0] - 1][c[1] - 1]++);
    }
    return counts;
  }

  /**
   * The likelihood × impact heat map of {@code risks}: likelihood upwards, impact to the right, each
   * cell coloured by its product (green to red) and labelled with the number of risks in it; the
   * ids of those risks are its tooltip. Axis labels come from the criteria's scales.
   */
  public static String heatMap(List<Risk> risks, Optional<RiskCriteria> criteria, Stage stage) {
    int[][] counts = heatMapCounts(risks, criteria, stage);
    int rows = counts.length;
    int cols = counts[0].length;
    List<String> lScale = criteria.map(RiskCriteria::likelihoodScale).orElse(List.of());
    List<String> iScale = criteria.map(RiskCriteria::impactScale).orElse(List.of());
    Map<String, List<String>> ids = new LinkedHashMap<>();
    int unplaced = 0;
    for (Risk r : risks) {
      Optional<int[]> c = stage.of(r).flatMap(a -> cell(a, rows, cols));
      if (c.isPresent()) {
        ids.computeIfAbsent(c.get()[0] + "," + c.get()[1], k -> new ArrayList<>()).add(r.id().value());
      } else if (stage.of(r).isPresent()) {
        unplaced++;
      }
    }
    int cell = 56;
    int left = 130;
    int top = 30;
    int width = left + cols * cell + 20;
    int height = top + rows * cell + 60;
    Svg s = new Svg(width, height, stage.label() + " risk: likelihood × impact");
    s.text(left + cols * cell / 2.0, 18, stage.label() + " risk", "middle", true);
    for (int l = rows; l >= 1; l--) {
      double y = top + (rows - l) * cell;
      s.text(left - 6, y + cell / 2.0 + 4, label(lScale, l), "end", false);
      for (int i = 1; i <= cols; i++) {
        double x = left + (i - 1) * cell;
        int n = counts[l - 1][i - 1];
        double heat = (l * i - 1.0) / Math.max(1, rows * cols - 1);
        List<String> here = ids.getOrDefault(l + "," + i, List.of());
        s.rect(x, y, cell, cell, color(heat), "Likelihood " + l + ", impact " + i + ": " + n
            + (here.isEmpty() ? "" : " (" + String.join(", ", here) + ")"));
        if (n > 0) {
          s.text(x + cell / 2.0, y + cell / 2.0 + 5, Integer.toString(n), "middle", true);
        }
      }
    }
    for (int i = 1; i <= cols; i++) {
      s.text(left + (i - 0.5) * cell, top + rows * cell + 16, label(iScale, i), "middle", false);
    }
    s.text(left + cols * cell / 2.0, top + rows * cell + 36, "Impact", "middle", true);
    s.rotatedText(14, top + rows * cell / 2.0, "Likelihood");
    if (unplaced > 0) {
      s.text(left, top + rows * cell + 54, unplaced + " risk(s) assessed by other methods are not shown", "start",
          false);
    }
    return s.end();
  }

  private static String label(List<String> scale, int oneBased) {
    String l = oneBased <= scale.size() ? scale.get(oneBased - 1) : Integer.toString(oneBased);
    return l.length() > 18 ? l.substring(0, 17) + "…" : l;
  }

  private static String color(double heat) {
    if (heat < 0.12) {
      return "#b7e1a1";
    } else if (heat < 0.3) {
      return "#fff3a0";
    } else if (heat < 0.5) {
      return "#ffc978";
    } else if (heat < 0.75) {
      return "#f79a7a";
    }
    return "#e4574f";
  }

  // ---------------------------------------------------------------------------------------------
  // loss exceedance

  /**
   * The loss exceedance curves of {@code curves} (scenarios and, typically last, the portfolio):
   * the probability that the annual loss exceeds an amount, amounts on a logarithmic axis.
   */
  public static String lossExceedance(List<Curve> curves, String currency) {
    Objects.requireNonNull(currency, "currency");
    int width = 640;
    int height = 340;
    int left = 60;
    int right = 180;
    int top = 20;
    int bottom = 50;
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (Curve c : curves) {
      for (ExceedancePoint p : c.points()) {
        if (p.amount() > 0 && Double.isFinite(p.amount())) {
          lo = Math.min(lo, p.amount());
          hi = Math.max(hi, p.amount());
        }
      }
    }
    Svg s = new Svg(width, height, "Loss exceedance curve");
    double pw = width - left - right;
    double ph = height - top - bottom;
    s.line(left, top, left, top + ph, "#333333").line(left, top + ph, left + pw, top + ph, "#333333");
    for (int k = 0; k <= 4; k++) {
      double y = top + ph - ph * k / 4.0;
      s.line(left - 4, y, left + pw, y, "#dddddd").text(left - 8, y + 4, (k * 25) + "%", "end", false);
    }
    if (hi <= 0) {
      s.text(left + pw / 2, top + ph / 2, "No losses", "middle", false);
      return s.end();
    }
    if (lo >= hi) {
      lo = hi / 10;
    }
    double logLo = Math.floor(Math.log10(lo));
    double logHi = Math.ceil(Math.log10(hi));
    if (logHi <= logLo) {
      logHi = logLo + 1;
    }
    for (double e = logLo; e <= logHi; e++) {
      double x = left + pw * (e - logLo) / (logHi - logLo);
      s.line(x, top + ph, x, top + ph + 4, "#333333").text(x, top + ph + 18, money(Math.pow(10, e)), "middle", false);
    }
    s.text(left + pw / 2, height - 10, "Annual loss (" + currency + ", log scale)", "middle", false);
    int i = 0;
    for (Curve c : curves) {
      String color = SERIES[i % SERIES.length];
      List<ExceedancePoint> pts = c.points().stream().filter(p -> p.amount() > 0).toList();
      double[] xs = new double[pts.size()];
      double[] ys = new double[pts.size()];
      for (int k = 0; k < pts.size(); k++) {
        double lx = Math.log10(pts.get(k).amount());
        xs[k] = left + pw * (Math.max(logLo, Math.min(logHi, lx)) - logLo) / (logHi - logLo);
        ys[k] = top + ph - ph * Math.max(0, Math.min(1, pts.get(k).probability()));
      }
      s.polyline(xs, ys, color, c.name());
      double ly = top + 10 + i * 18;
      s.line(left + pw + 12, ly - 4, left + pw + 30, ly - 4, color);
      s.text(left + pw + 34, ly, c.name().length() > 22 ? c.name().substring(0, 21) + "…" : c.name(), "start",
          false);
      i++;
    }
    return s.end();
  }

  /** An amount with k/M/B suffixes, such as {@code 1.5M}. */
  static String money(double v) {
    DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    if (v >= 1e9) {
      return f.format(v / 1e9) + "B";
    } else if (v >= 1e6) {
      return f.format(v / 1e6) + "M";
    } else if (v >= 1e3) {
      return f.format(v / 1e3) + "k";
    }
    return f.format(v);
  }

  // ---------------------------------------------------------------------------------------------
  // findings by family

  /** The families a finding chart groups by: clauses 4 to 10 and the four Annex A themes, in that order. */
  public static List<String> families() {
    List<String> out = new ArrayList<>();
    for (Clause c : Iso27001_2022.framework().clauses()) {
      if (c.parent().isEmpty()) {
        out.add(c.id().value() + " " + c.title());
      }
    }
    for (Theme t : Theme.values()) {
      out.add(t.prefix() + " " + t.displayName());
    }
    return out;
  }

  /**
   * The number of visible findings of each nonconforming verdict ({@link Verdict#MAJOR_NC}, {@link
   * Verdict#MINOR_NC}, {@link Verdict#OBSERVATION}) per family of {@link #families()}: a finding
   * counts under the top-level clause of its first clause, or under the theme of its first Annex A
   * control when it names one.
   */
  public static Map<String, int[]> familyCounts(ConformanceReport report) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, int[]> byKey = new LinkedHashMap<>();
    for (String f : families()) {
      int[] c = new int[3];
      counts.put(f, c);
      byKey.put(f.substring(0, f.indexOf(' ')), c);
    }
    for (Finding f : report.findings()) {
      int k = switch (f.verdict()) {
        case MAJOR_NC -> 0;
        case MINOR_NC -> 1;
        case OBSERVATION -> 2;
        case CONFORMS, NOT_APPLICABLE -> -1;
      };
      if (k < 0) {
        continue;
      }
      String key = Integer.toString(f.clause().topLevel());
      for (ControlId c : f.controls()) {
        Optional<Theme> t = Theme.of(c);
        if (t.isPresent()) {
          key = t.get().prefix();
          break;
        }
      }
      int[] family = byKey.get(key);
      if (family != null) {
        family[k]++;
      }
    }
    return counts;
  }

  /** A horizontal stacked bar chart of {@link #familyCounts(ConformanceReport)}. */
  public static String findingsByFamily(ConformanceReport report) {
    Map<String, int[]> counts = familyCounts(report);
    int max = 1;
    for (int[] c : counts.values()) {
      max = Math.max(max, c[0] + c[1] + c[2]);
    }
    int row = 22;
    int left = 230;
    int barMax = 320;
    int top = 30;
    int width = left + barMax + 60;
    int height = top + counts.size() * row + 30;
    Svg s = new Svg(width, height, "Findings by clause family");
    String[] colors = {"#c0392b", "#e67e22", "#f1c40f"};
    String[] names = {"Major nonconformity", "Minor nonconformity", "Observation"};
    for (int k = 0; k < 3; k++) {
      s.rect(left + k * 130, 6, 12, 12, colors[k], "").text(left + k * 130 + 16, 16, names[k], "start", false);
    }
    int i = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      double y = top + i * row;
      String name = e.getKey().length() > 34 ? e.getKey().substring(0, 33) + "…" : e.getKey();
      s.text(left - 8, y + 15, name, "end", false);
      double x = left;
      int total = 0;
      for (int k = 0; k < 3; k++) {
        int n = e.getValue()[k];
        if (n > 0) {
          double w = barMax * (double) n / max;
          s.rect(x, y + 3, w, row - 6, colors[k], e.getKey() + ": " + n + " " + names[k].toLowerCase(Locale.ROOT));
          x += w;
          total += n;
        }
      }
      s.text(x + 6, y + 15, Integer.toString(total), "start", false);
      i++;
    }
    s.line(left, top, left, top + counts.size() * row, "#333333");
    return s.end();
  }

}
