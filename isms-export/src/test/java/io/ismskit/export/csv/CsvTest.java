package io.ismskit.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.ScaleValue;
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
    // the register carries an assessment's likelihood and consequence and an acceptance's basis and
    // authority; not the treatment's actions, plan approval or the assessment history
    base.inherent().ifPresent(v::inherent);
    base.residual().ifPresent(v::residual);
    base.acceptance().ifPresent(v::acceptance);
    base.treatment().ifPresent(t -> {
      Treatment.Builder tb = Treatment.builder().addAllOptions(t.options()).addAllControls(t.controls());
      t.justification().ifPresent(tb::justification);
      v.treatment(tb.build());
    });
    return v.build();
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
  void riskRegister_showsLikelihoodConsequence_andTheAcceptanceBasisAndAuthority() throws IOException {
    String csv = register(ISMS);
    Risk matrix = ISMS.risk(io.ismskit.core.id.RiskId.of("R-02")).orElseThrow(); // accepted at target
    RiskAssessment inherent = matrix.inherent().orElseThrow();
    assertThat(csv).contains("," + Cells.scale(inherent.likelihood().orElseThrow()) + ",")
        .contains("4 (Likely) on 1..5: Rare; Unlikely; Possible; Likely; Almost certain")
        .contains(",target-residual,");
    List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
    assertThat(header).containsSubsequence("inherent_level", "inherent_likelihood", "inherent_consequence",
        "inherent_assessed_on");
    assertThat(header).containsSubsequence("accepted_on", "acceptance_basis", "acceptance_authority");
    Risk back = Csv.readRiskRegister(new StringReader(csv)).get().stream()
        .filter(r -> r.id().equals(matrix.id())).findFirst().orElseThrow();
    assertThat(back.acceptance().orElseThrow().basis()).isEqualTo(io.ismskit.core.risk.AcceptanceBasis.TARGET_RESIDUAL);
    assertThat(back.inherent().orElseThrow().likelihood()).isEqualTo(inherent.likelihood());
    assertThat(back.inherent().orElseThrow().consequence()).isEqualTo(inherent.consequence());
    // an acceptance in another role's authority is carried too
    Risk escalated = matrix.withAcceptance(matrix.acceptance().orElseThrow()
        .withAuthority(io.ismskit.core.id.RoleId.of("R-BOARD")));
    String one = register(ISMS.withRisk(escalated));
    assertThat(one).contains(",target-residual,R-BOARD,");
    assertThat(Csv.readRiskRegister(new StringReader(one)).get().stream().filter(r -> r.id().equals(matrix.id()))
        .findFirst().orElseThrow().acceptance().orElseThrow().authority())
        .contains(io.ismskit.core.id.RoleId.of("R-BOARD"));
  }

  @Test
  void scaleCells_roundTrip_labelsWithTheSeparatorsInThem() {
    ScaleValue ordinal = new ScaleValue(2, "Medium (b; c): odd", 1, 3, List.of("Low %", "Medium (b; c): odd", "High"));
    ScaleValue continuous = ScaleValue.of(0.35, "0.35 loss events per year", 0, Double.POSITIVE_INFINITY);
    ScaleValue negative = ScaleValue.of(-1.5, "below par", -3, 3);
    for (ScaleValue v : List.of(ordinal, continuous, negative)) {
      assertThat(Cells.parseScale(Cells.scale(v))).isEqualTo(v);
    }
    assertThat(Cells.scale(continuous)).isEqualTo("0.35 (0.35 loss events per year) on 0..∞");
    assertThat(Cells.scale(ordinal)).isEqualTo("2 (Medium %28b%3B c%29%3A odd) on 1..3: Low %25; Medium %28b%3B c%29%3A odd; High");
  }

  @Test
  void import_refusesAMalformedOrOffScaleLikelihood_andAnUnknownBasis() {
    String head = "id,title,scenario,owner,identified_on,inherent_method,inherent_method_version,inherent_score,"
        + "inherent_normalized,inherent_level,inherent_assessed_on,inherent_likelihood,inherent_consequence,"
        + "accepted_by,accepted_on,acceptance_basis\r\n";
    String csv = head
        + "R-1,One,S,P-1,2026-01-01,matrix,1,4,0.125,Low,2026-01-01,likely,7 (High) on 1..5,P-1,2026-01-02,whenever\r\n";
    var read = Csv.readRiskRegister(new StringReader(csv));
    assertThat(read.isInvalid()).isTrue();
    List<String> messages = read.getError().map(Problem::message).toJavaList();
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("column 12 (inherent_likelihood)")
        .contains("a value on a scale").contains("'likely'"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("column 13 (inherent_consequence)")
        .contains("7 (High) on 1..5"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("column 16 (acceptance_basis)")
        .contains("current-residual, target-residual"));
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
    for (String cell : csv.split("\r\n", -1)) {
      for (String field : cell.split(",", -1)) {
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
    String csv = """
        id,title,scenario,owner,identified_on,priority,affects,inherent_score\r
        R-1,One,S,P-1,2026-13-01,x,confidentiality; wetness,1\r
        R-2,,S,P-1,2026-01-01,,,\r
        R-2,Two,S,P-1,2026-01-01,,,\r
        """;
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
