package io.ismskit.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.export.sample.SampleIsms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final Isms ISMS = SampleIsms.northwind(AS_OF);

  static String register(Isms isms) throws IOException {
    StringWriter w = new StringWriter();
    Csv.riskRegister(isms, w);
    return w.toString();
  }

  /** What of a risk the register carries. */
  static Risk registerView(Risk r) {
    Risk.Builder b = Risk.builder().from(r);
    Risk base = b.build();
    Risk.Builder v = Risk.builder().id(r.id()).title(r.title()).scenario(r.scenario()).owner(r.owner())
        .identifiedOn(r.identifiedOn()).addAllAssets(r.assets()).addAllVulnerabilities(r.vulnerabilities())
        .addAllRiskSources(r.riskSources()).addAllAffects(r.affects());
    base.category().ifPresent(v::category);
    base.threat().ifPresent(v::threat);
    base.priority().ifPresent(v::priority);
    base.decision().ifPresent(v::decision);
    // the register carries an assessment's score and level, not the likelihood and consequence it
    // states, nor an acceptance's basis and authority: those travel in the ismskit format
    base.inherent().ifPresent(a -> v.inherent(withoutComponents(a)));
    base.residual().ifPresent(a -> v.residual(withoutComponents(a)));
    base.acceptance().ifPresent(a -> v.acceptance(a.withAuthority(java.util.Optional.empty())
        .withBasis(io.ismskit.core.risk.AcceptanceBasis.CURRENT_RESIDUAL)));
    base.treatment().ifPresent(t -> {
      Treatment.Builder tb = Treatment.builder().addAllOptions(t.options()).addAllControls(t.controls());
      t.justification().ifPresent(tb::justification);
      v.treatment(tb.build());
    });
    return v.build();
  }

  static io.ismskit.core.risk.RiskAssessment withoutComponents(io.ismskit.core.risk.RiskAssessment a) {
    return a.withLikelihood(java.util.Optional.empty()).withConsequence(java.util.Optional.empty());
  }

  @Test
  void riskRegister_roundTrips_everyColumnItCarries() throws IOException {
    String csv = register(ISMS);
    assertThat(csv).startsWith(String.join(",", Csv.RISK_COLUMNS) + "\r\n");
    Validation<Seq<Problem>, List<Risk>> read = Csv.readRiskRegister(new StringReader(csv));
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(ISMS.risks().stream().map(CsvTest::registerView).toList());
  }

  @Test
  void soa_roundTrips_exactly_with93AnnexARows() throws IOException {
    StringWriter w = new StringWriter();
    Csv.soa(ISMS, w);
    String csv = w.toString();
    assertThat(csv.lines().filter(l -> l.startsWith("A.")).count()).isEqualTo(93);
    Validation<Seq<Problem>, List<SoaEntry>> read = Csv.readSoa(new StringReader(csv));
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(ISMS.statementOfApplicability().orElseThrow().entries());
  }

  @Test
  void formulas_areNeutralised_onExport_andRestored_onImport() throws IOException {
    Risk r0 = ISMS.risks().get(0);
    List<String> evil = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
        "'=already", "''-twice", "plain 'quoted'");
    Isms isms = ISMS;
    int i = 0;
    for (String e : evil) {
      isms = isms.withRisk(r0.withId(io.ismskit.core.id.RiskId.of("R-EVIL-" + i++)).withTitle(e).withScenario(e));
    }
    String csv = register(isms);
    for (String cell : csv.split("\r\n")) {
      for (String field : cell.split(",")) {
        String unquoted = field.startsWith("\"") ? field.substring(1) : field;
        assertThat(unquoted).as("cell %s", field).doesNotStartWith("=").doesNotStartWith("+")
            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        if (unquoted.startsWith("-")) {
          assertThat(unquoted).as("a header never starts with -").isEmpty();
        }
      }
    }
    assertThat(csv).contains("'=HYPERLINK(").contains("'+1+1").contains("'-2+3").contains("'@SUM(A1)")
        .contains(",'\tcmd,").contains(",\"'\rcmd\",").contains("''=already").contains("'''-twice");
    List<Risk> back = Csv.readRiskRegister(new StringReader(csv)).get();
    assertThat(back.stream().filter(r -> r.id().value().startsWith("R-EVIL-")).map(Risk::title).toList())
        .isEqualTo(evil);
  }

  @Test
  void neutralize_restore_areInverse() {
    qt().withFixedSeed(14L).forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(s -> {
          assertThat(Cells.restore(Cells.neutralize(s))).isEqualTo(s);
          String n = Cells.neutralize(s);
          assertThat(n.isEmpty() || "=+-@\t\r".indexOf(n.charAt(0)) < 0).isTrue();
        });
  }

  @Test
  void import_reportsEveryBadCell_withRowAndColumn() {
    String csv = "id,title,scenario,owner,identified_on,priority,affects,inherent_score\r\n"
        + "R-1,One,S,P-1,2026-13-01,x,confidentiality; wetness,1\r\n"
        + "R-2,,S,P-1,2026-01-01,,,\r\n"
        + "R-2,Two,S,P-1,2026-01-01,,,\r\n";
    var read = Csv.readRiskRegister(new StringReader(csv));
    assertThat(read.isInvalid()).isTrue();
    List<String> messages = read.getError().map(Problem::message).toJavaList();
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("R-1").contains("row 2, column 5 (identified_on)")
        .contains("2026-13-01"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("row 2, column 6 (priority)"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("row 2, column 7 (affects)").contains("wetness"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("row 2 (inherent_method)").contains("required"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("row 3, column 2 (title)").contains("required"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("row 4").contains("same id"));
    assertThat(read.getError().map(p -> p.code().key()).toJavaSet()).contains("csv.cell.malformed",
        "csv.cell.required", "csv.row.duplicate");
  }

  @Test
  void import_refusesABadHeader_namingEveryColumn() {
    var read = Csv.readSoa(new StringReader("control,colour,control\r\nA.5.1,red,A.5.1\r\n"));
    assertThat(read.getError().map(Problem::message).toJavaList())
        .anySatisfy(m -> assertThat(m).contains("colour").contains("unknown"))
        .anySatisfy(m -> assertThat(m).contains("appears twice"))
        .anySatisfy(m -> assertThat(m).contains("'applicable' is missing"));
  }

  @Test
  void import_ofHostileText_givesProblems_neverAnException() {
    List<String> hostile = List.of("", "\"unclosed", "control,applicable\r\nA.5.1,\"yes\r\n",
        "control,applicable\r\nA.5.1,yes,extra\r\n", "control,applicable\r\n" + "x".repeat(200_000) + ",yes\r\n",
        "control,applicable\r\nnot a control,maybe\r\n", "\u0000\u0001,\uFFFF\r\n");
    for (String h : hostile) {
      var read = Csv.readSoa(new StringReader(h));
      assertThat(read.isInvalid()).as("%s", h.length() > 40 ? h.substring(0, 40) : h).isTrue();
      assertThat(read.getError()).allSatisfy(p -> assertThat(p.message().length()).isLessThan(600));
    }
    qt().withFixedSeed(4180L).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(s -> {
          Csv.readSoa(new StringReader(s));
          Csv.readRiskRegister(new StringReader("id,title,scenario,owner,identified_on\r\n" + s));
        });
  }

  @Test
  void findingsAndCorrectiveActions_haveAHeaderAndOneRowEach() throws IOException {
    var report = io.ismskit.conformance.ConformanceChecker.check(ISMS, AS_OF);
    StringWriter f = new StringWriter();
    Csv.findings(report, f);
    assertThat(f.toString()).startsWith("clause,verdict,rule,check,");
    StringWriter a = new StringWriter();
    Csv.correctiveActions(ISMS, a);
    assertThat(a.toString()).startsWith("id,nonconformity,description,");
    assertThat(a.toString().split("\r\n", -1)).hasSizeGreaterThanOrEqualTo(ISMS.correctiveActions().size() + 1);
  }
}
