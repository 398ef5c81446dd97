package io.ismskit.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.export.csv.Csv;
import io.ismskit.export.oscal.Oscal;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.testkit.IsmsGens;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportsTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final Isms ISMS = SampleIsms.northwind(AS_OF);

  static final String PAYLOAD = "<script>alert('x')</script>\"'><img src=x onerror=alert(1)>"
      + "[l](javascript:alert(1)) | *b* `c` &amp; <!-- -->";
  static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "nav", "ul", "li", "a",
      "h1", "h2", "h3", "p", "br", "div", "strong", "table", "thead", "tbody", "tr", "th", "td", "figure",
      "figcaption", "svg", "rect", "line", "text", "polyline");

  static String html(Isms isms, ConformanceReport r) throws IOException {
    StringWriter w = new StringWriter();
    Reports.html(isms, r, AS_OF, w);
    return w.toString();
  }

  static String markdown(Isms isms, ConformanceReport r) throws IOException {
    StringWriter w = new StringWriter();
    Reports.markdown(isms, r, AS_OF, w);
    return w.toString();
  }

  @Test
  void html_isSelfContained_noScripts_noExternalRequests_printCss() throws IOException {
    String h = html(ISMS, ConformanceChecker.check(ISMS, AS_OF));
    assertThat(h).startsWith("<!DOCTYPE html>").contains("@media print").contains("default-src 'none'");
    assertOnlyAllowedMarkup(h);
    String lower = h.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower).doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
        .doesNotContain("href=\"http").doesNotContain("<link");
    assertThat(lower.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(h).contains("Certification readiness").contains("Findings by clause family")
        .contains("Inherent risk").contains("Residual risk");
  }

  @Test
  void soa_has93AnnexARows_inHtmlAndMarkdown() throws IOException {
    Report r = Reports.of(ISMS, AS_OF).withSections(EnumSet.of(Section.SOA));
    StringWriter h = new StringWriter();
    r.html(h);
    StringWriter m = new StringWriter();
    r.markdown(m);
    assertThat(count(h.toString(), "<tr><td>A\\.")).isEqualTo(93);
    assertThat(m.toString().lines().filter(l -> l.startsWith("| A.")).count()).isEqualTo(93);
  }

  @Test
  void pdcaStatus_listsWhatIsDue_fromTheModelsDates() throws IOException {
    StringWriter m = new StringWriter();
    Reports.of(ISMS, AS_OF).withSections(EnumSet.of(Section.PDCA_STATUS, Section.TREATMENT_PLAN)).markdown(m);
    assertThat(m.toString()).contains("## PDCA status and what is due").contains("| Due | Urgency | What | Clause |")
        .contains("## Risk treatment plan");
  }

  @Test
  void everyModelString_isEscaped_inHtmlMarkdownAndOscal() throws IOException {
    for (Isms source : List.of(ISMS, IsmsGens.sample(IsmsGens.validIsms(), 14L, 60))) {
      Poison p = new Poison(s -> s + PAYLOAD);
      Isms hostile = p.map(source);
      assertThat(p.mapped).as("strings poisoned").isGreaterThan(50);
      assertThat(hostile.organization().name()).endsWith(PAYLOAD);
      ConformanceReport r = ConformanceChecker.check(hostile, AS_OF);

      String h = html(hostile, r);
      assertOnlyAllowedMarkup(h);
      assertThat(h).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&#39;&gt;&lt;img");
      assertThat(h).doesNotContain("<script").doesNotContain("<img").doesNotContain("<!-- -->");

      String md = markdown(hostile, r);
      assertThat(md).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img")
          .doesNotContain("<!--");
      assertThat(Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find()).as("no Markdown link").isFalse();
      assertTablesKeepTheirShape(md);

      StringWriter oscal = new StringWriter();
      Oscal.assessmentResults(r, hostile, oscal);
      assertThat(oscal.toString()).contains("\\\\[l\\\\]");
      assertMarkupFieldsEscaped(new com.fasterxml.jackson.databind.ObjectMapper().readTree(oscal.toString()));
      StringWriter csv = new StringWriter();
      Csv.riskRegister(hostile, csv);
      assertThat(csv.toString()).contains(PAYLOAD.replace("\"", "\"\""));
    }
  }

  /** OSCAL's markup fields (Markdown) hold no raw HTML; plain string fields (prop values) are data. */
  private static void assertMarkupFieldsEscaped(com.fasterxml.jackson.databind.JsonNode n) {
    n.properties().forEach(e -> {
      if (Set.of("title", "description", "remarks", "statement").contains(e.getKey()) && e.getValue().isTextual()) {
        assertThat(e.getValue().asText()).as(e.getKey()).doesNotContain("<")
            .doesNotContainPattern("(?<!\\\\)\\]\\(");
      }
      assertMarkupFieldsEscaped(e.getValue());
    });
    n.elements().forEachRemaining(ReportsTest::assertMarkupFieldsEscaped);
  }

  static void assertOnlyAllowedMarkup(String h) {
    Matcher m = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>").matcher(h);
    while (m.find()) {
      assertThat(TAGS).as("tag in %s", m.group()).contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
      assertThat(m.group(2).toLowerCase(java.util.Locale.ROOT)).as("attributes of %s", m.group())
          .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("javascript:").doesNotContain("<");
    }
    assertThat(h).doesNotContain("<!--").doesNotContain("<![CDATA[");
  }

  private static void assertTablesKeepTheirShape(String md) {
    int width = -1;
    for (String line : md.split("\n", -1)) {
      if (!line.startsWith("|")) {
        width = -1;
        continue;
      }
      int pipes = 0;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
          pipes++;
        }
      }
      if (width < 0) {
        width = pipes;
      }
      assertThat(pipes).as("cells of %s", line).isEqualTo(width);
    }
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
