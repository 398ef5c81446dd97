package io.ismskit.export.format;

import static io.ismskit.export.format.IsmsDocumentSectionsTest.DOC;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.GOOD;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.NORTHWIND;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.R01;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.R06;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.REPORT;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.withSections;
import static io.ismskit.export.format.IsmsDocumentSectionsTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.context.Organization;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.risk.fair.FairResult;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A host's own {@code ObjectMapper} with {@link IsmsModule} writes a whole {@link IsmsDocument}
 * (ISMS, PDCA event log, FAIR results, conformance report), and a FAIR result or a report alone,
 * as {@link IsmsFormat} writes them, and reads them back with the format's checks: every problem
 * in one {@code MismatchedInputException} that names each pointer.
 */
class IsmsModuleDocumentTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IsmsModule());

  /** The sample document, with a FAIR result made from losses too, beside those of the risk engine. */
  static final RiskId R02 = RiskId.of("R-02");
  static final FairResult OF_LOSSES = FairResult.ofLosses(new double[] {0, 12_000.25, 0, 1.0E-4, 2.5E7, 3_000}, 9);
  static final IsmsDocument FULL = DOC.withFairResult(R02, OF_LOSSES);

  static String compact(IsmsDocument doc) {
    try {
      return write(IsmsFormat.json().compact(), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MismatchedInputException refusal(ThrowingCallable read) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(t).isInstanceOf(MismatchedInputException.class);
    return (MismatchedInputException) t;
  }

  static MismatchedInputException refusal(ObjectMapper mapper, String json) {
    return refusal(() -> mapper.readValue(json, IsmsDocument.class));
  }

  // ---- round trips -------------------------------------------------------------------------------

  @Test
  void aFullDocument_roundTripsThroughAPlainMapper_inTheFormatsBytes() throws IOException {
    assertThat(FULL.events()).isNotEmpty();
    assertThat(FULL.fairResults().keySet()).containsExactly(R01, R02, R06);
    assertThat(FULL.conformance()).contains(REPORT);
    String json = MAPPER.writeValueAsString(FULL);
    // the format's text, but for the line end it puts after a whole document
    assertThat(json + "\n").isEqualTo(compact(FULL));
    assertThat(MAPPER.writeValueAsBytes(FULL)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    IsmsDocument back = MAPPER.readValue(json, IsmsDocument.class);
    assertThat(back).isEqualTo(FULL);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    FairResult r = Objects.requireNonNull(back.fairResults().get(R01));
    FairResult was = Objects.requireNonNull(FULL.fairResults().get(R01));
    assertThat(Double.doubleToRawLongBits(r.mean())).isEqualTo(Double.doubleToRawLongBits(was.mean()));
    assertThat(r.percentile(99)).isEqualTo(was.percentile(99));
    // the mapper reads what the format wrote, indented or not, from text or bytes
    assertThat(MAPPER.readValue(write(IsmsFormat.json(), FULL), IsmsDocument.class)).isEqualTo(FULL);
    assertThat(MAPPER.readValue(compact(FULL).getBytes(StandardCharsets.UTF_8), IsmsDocument.class))
        .isEqualTo(FULL);
  }

  @Test
  void theClassCommentsExample_runs() throws IOException {
    IsmsDocument document = FULL;
    ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
    String json = mapper.writeValueAsString(document);
    IsmsDocument back = mapper.readValue(json, IsmsDocument.class);   // equals document
    Risk risk = mapper.readValue(mapper.writeValueAsString(document.isms().risks().get(0)), Risk.class);
    assertThat(back).isEqualTo(document);
    assertThat(risk).isEqualTo(NORTHWIND.risks().get(0));
  }

  @Test
  void theMappersIndentation_isHonoured() throws IOException {
    ObjectMapper pretty = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    String text = pretty.writeValueAsString(FULL);
    assertThat(text).contains("\n  \"isms\" : {").doesNotContain("\n  \"isms\": {");
    assertThat(pretty.readValue(text, IsmsDocument.class)).isEqualTo(FULL);
    JsonNode tree = MAPPER.readTree(text);
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(tree.get("fairResults").get("R-02").get("seed").longValue()).isEqualTo(9);
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(IsmsFormat.SCHEMA_VERSION);
    assertThat(tree.get("events").size()).isEqualTo(FULL.events().size());
  }

  @Test
  void treesAndConversions_goThroughTheModuleToo() throws IOException {
    JsonNode tree = MAPPER.valueToTree(FULL);
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(tree.get("fairResults").get("R-02").get("seed").longValue()).isEqualTo(9);
    assertThat(MAPPER.treeToValue(tree, IsmsDocument.class)).isEqualTo(FULL);
    assertThat(MAPPER.convertValue(FULL, IsmsDocument.class)).isEqualTo(FULL);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("fairResults")).set("R-99", tree.get("fairResults")
        .get("R-01"));
    assertThat(refusal(() -> MAPPER.treeToValue(tree, IsmsDocument.class))).hasMessageContaining("/fairResults/R-99");
  }

  @Test
  void aYamlMapper_writesAndReadsTheDocumentAsYaml() throws IOException {
    ObjectMapper yaml = new YAMLMapper().registerModule(new IsmsModule());
    String text = yaml.writeValueAsString(FULL);
    assertThat(text).startsWith("---\nschemaVersion: 1\nisms:\n");
    assertThat(yaml.readValue(text, IsmsDocument.class)).isEqualTo(FULL);
    // and the format's own YAML, whose plain scalars are read as text where text is expected
    assertThat(yaml.readValue(write(IsmsFormat.yaml(), FULL), IsmsDocument.class)).isEqualTo(FULL);
    assertThat(yaml.readValue("name: 2024\nheadcount: 10\n", Organization.class).name()).isEqualTo("2024");
  }

  @Test
  void aFairResult_andAReport_alone_areWrittenAsInTheirSections() throws IOException {
    String doc = compact(FULL);
    String fair = MAPPER.writeValueAsString(OF_LOSSES);
    assertThat(doc).contains("\"" + R02.value() + "\":" + fair + ",");
    assertThat(fair).startsWith("{\"seed\":9,\"mean\":");
    FairResult back = MAPPER.readValue(fair, FairResult.class);
    assertThat(back).isEqualTo(OF_LOSSES);
    assertThat(back.sortedLosses()).isEqualTo(OF_LOSSES.sortedLosses());
    String report = MAPPER.writeValueAsString(REPORT);
    assertThat(doc).endsWith(",\"conformance\":" + report + "}\n");
    assertThat(MAPPER.readValue(report, ConformanceReport.class)).isEqualTo(REPORT);
    // with the format's own checks: statistics the losses do not give, a verdict the report's findings do not
    assertThatThrownBy(() -> MAPPER.readValue(GOOD.replace("\"mean\": 1.5", "\"mean\": 1.6"), FairResult.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("/mean").hasMessageContaining("1.5");
    String issues = "{\"ruleId\":\"4.1-issues\",\"clauses\":[\"4.1\"],\"verdict\":\"CONFORMS\"";
    assertThat(report).contains(issues);
    assertThatThrownBy(() -> MAPPER.readValue(report.replace(issues, issues.replace("CONFORMS", "MAJOR_NC")),
        ConformanceReport.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("/rules/1/verdict");
  }

  @Test
  void documentsInsideAHostsTypes_roundTrip_andArePointedAtWithinThem() throws IOException {
    record Tenant(String name, IsmsDocument doc, List<FairResult> runs) {}
    Tenant t = new Tenant("t1", FULL, List.of(OF_LOSSES));
    String json = MAPPER.writeValueAsString(t);
    assertThat(json).startsWith("{\"name\":\"t1\",\"doc\":{\"schemaVersion\":1,\"isms\":");
    assertThat(MAPPER.readValue(json, Tenant.class)).isEqualTo(t);
    String dangling = json.replace("\"fairResults\":{\"R-01\":", "\"fairResults\":{\"R-99\":");
    assertThat(refusal(() -> MAPPER.readValue(dangling, Tenant.class)))
        .hasMessageContaining("IsmsDocument cannot be read: /doc/fairResults/R-99 (line 1, column ")
        .hasMessageContaining("no such risk");
  }

  /**
   * Property: any FAIR results on any risks of a generated valid ISMS go through the mapper as
   * through the format, to the same bytes, and read back equal.
   */
  @Test
  void generatedDocuments_roundTripThroughTheMapper_inTheFormatsBytes() {
    qt().withFixedSeed(1414L).withExamples(30)
        .forAll(QtGens.of(IsmsGens.validIsms(), 1, 150),
            lists().of(doubles().between(0, 1e12)).ofSizeBetween(1, 60),
            longs().all(),
            integers().between(0, 1000))
        .checkAssert((isms, losses, seed, pick) -> {
          IsmsDocument doc = IsmsDocument.of(isms);
          if (!isms.risks().isEmpty()) {
            RiskId risk = isms.risks().get(pick % isms.risks().size()).id();
            double[] l = losses.stream().mapToDouble(Double::doubleValue).toArray();
            doc = doc.withFairResult(risk, FairResult.ofLosses(l, seed));
          }
          try {
            String json = MAPPER.writeValueAsString(doc);
            assertThat(json + "\n").isEqualTo(compact(doc));
            assertThat(MAPPER.readValue(json, IsmsDocument.class)).isEqualTo(doc);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  // ---- hostile documents -------------------------------------------------------------------------

  @Test
  void wrongTypesInEverySection_areAllNamed_inOneException() throws IOException {
    String json = withSections("\"events\": {}, \"fairResults\": {\"R-01\": "
        + GOOD.replace("\"seed\": 1", "\"seed\": \"x\"") + "}, \"conformance\": [1]")
        .replaceFirst("\"headcount\":\\d+", "\"headcount\":\"ten\"");
    MismatchedInputException e = refusal(MAPPER, json);
    assertThat(e.getMessage()).startsWith("IsmsDocument cannot be read: ")
        .contains("/isms/organization/headcount (line 1, column ").contains("was 'ten'")
        .contains("/events (line 1, column ").contains("must be a list of event records")
        .contains("/fairResults/R-01/seed (line 1, column ").contains("was 'x'")
        .contains("/conformance (line 1, column ").contains("must be a conformance report");
    // the same problems IsmsFormat lists
    for (var p : IsmsDocumentSectionsTest.problems(IsmsFormat.json(), json)) {
      assertThat(e.getMessage()).contains(p.message());
    }
    assertThat(refusal(MAPPER, json.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\"")))
        .hasMessageContaining("/schemaVersion (line 1, column 18): must be the format's version, 1, was '1'");
    assertThat(refusal(MAPPER, json.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
        .hasMessageContaining("/schemaVersion (line 1, column 18): is not a version this library reads");
    assertThat(refusal(MAPPER, "[1]")).hasMessageContaining("must be an object with schemaVersion and isms");
    assertThat(refusal(MAPPER, "{\"isms\": {}}")).hasMessageContaining("/schemaVersion")
        .hasMessageContaining("is missing");
  }

  @Test
  void theException_carriesEveryProblem_withItsPointerAndCode_asTheFormatListsThem() throws IOException {
    String json = withSections("\"events\": {}, \"fairResults\": {\"R-99\": " + GOOD + "},"
        + " \"conformance\": {\"asOf\": \"2024-13-01\"}")
        .replaceFirst("\"headcount\":\\d+", "\"headcount\":\"ten\"");
    IsmsReadException e = (IsmsReadException) refusal(MAPPER, json);
    // the format's codes, the model's and validation's, in the order they were found
    assertThat(e.problems()).extracting(Problem::field, Problem::code).containsExactly(
        tuple("/isms/organization/headcount", FormatCode.WRONG_TYPE),
        tuple("/events", FormatCode.WRONG_TYPE),
        tuple("/conformance/asOf", FormatCode.WRONG_TYPE),
        tuple("/conformance/ruleSetId", ModelCode.REQUIRED),
        tuple("/conformance/ruleSetVersion", ModelCode.REQUIRED),
        tuple("/conformance/certificationDecision", ModelCode.REQUIRED),
        tuple("/fairResults/R-99", ValidationCode.DANGLING));
    assertThat(e.problems().get(0).message())
        .startsWith("/isms/organization/headcount (line 1, column ").endsWith("was 'ten'");
    assertThat(e.problems()).containsExactlyElementsOf(IsmsDocumentSectionsTest.problems(IsmsFormat.json(), json));
    assertThat(e.getOriginalMessage()).isEqualTo("IsmsDocument cannot be read: "
        + e.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
    assertThat(e).isInstanceOf(MismatchedInputException.class);
    assertThat(e.getTargetType()).isEqualTo(IsmsDocument.class);
    assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    // inside a host's type, every pointer starts at the root of the mapper's input
    record Tenant(String name, IsmsDocument doc) {}
    IsmsReadException nested = (IsmsReadException) refusal(() -> MAPPER.readValue(
        "{\"name\": \"t1\", \"doc\": " + json + "}", Tenant.class));
    assertThat(nested.problems()).extracting(Problem::field).containsExactly("/doc/isms/organization/headcount",
        "/doc/events", "/doc/conformance/asOf", "/doc/conformance/ruleSetId", "/doc/conformance/ruleSetVersion",
        "/doc/conformance/certificationDecision", "/doc/fairResults/R-99");
    assertThat(nested.getPathReference()).contains("[\"doc\"]");
  }

  @Test
  void theExceptionsExample_runs() {
    String json = "{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"Acme\", \"headcount\": \"ten\"}}}";
    ObjectMapper mapper = MAPPER;
    List<String> logged = new java.util.ArrayList<>();
    try {
      mapper.readValue(json, IsmsDocument.class);
    } catch (IsmsReadException e) {
      for (Problem p : e.problems()) {
        logged.add(p.field() + " " + p.code().key() + " " + p.message());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(logged).containsExactly("/isms/organization/headcount format.value.wrong-type"
        + " /isms/organization/headcount (line 1, column 77): must be a whole number of 32 bits, was 'ten'");
  }

  @Test
  void javaSerialization_keepsTheMessage_notTheProblems() throws Exception {
    IsmsReadException e = (IsmsReadException) refusal(MAPPER, "{\"isms\": {}}");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      IsmsReadException back = (IsmsReadException) in.readObject();
      assertThat(back.getOriginalMessage()).isEqualTo(e.getOriginalMessage()).contains("/schemaVersion");
      assertThat(back.problems()).isEmpty();
    }
    assertThat(e.problems()).isNotEmpty();
  }

  @Test
  void aDanglingFairKey_isNamedAtItsPointer() throws IOException {
    String json = withSections("\"fairResults\": {\"R-01\": " + GOOD + ", \"R-99\": " + GOOD + "}");
    assertThat(refusal(MAPPER, json).getMessage())
        .contains("/fairResults/R-99 (line 1, column ").contains("no such risk").doesNotContain("/fairResults/R-01");
  }

  @Test
  void unknownFields_areProblemsWhenStrict_andSkippedWhenIgnored() throws IOException {
    String json = compact(FULL);
    String risk = "{\"id\":\"R-01\",";
    assertThat(json).contains(risk);
    String unknown = json.replaceFirst("\\{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"colour\":\"red\",")
        .replace(risk, risk + "\"titel\":\"x\",")
        .replace("\"seed\":9,", "\"seed\":9,\"trials\":6,");
    MismatchedInputException e = refusal(MAPPER, unknown);
    assertThat(e.getMessage()).contains("/colour (line 1, column ").contains("/isms/risks/0/titel (line 1, column ")
        .contains("/fairResults/R-02/trials (line 1, column ").contains("not a field");
    ObjectMapper lenient = new ObjectMapper().registerModule(IsmsModule.ignoringUnknownFields());
    assertThat(lenient.readValue(unknown, IsmsDocument.class)).isEqualTo(FULL);
  }

  @Test
  void anInvalidIsms_isRefused_unlessTheModuleSkipsValidation_andADanglingKeyComesBesideIt() throws IOException {
    Isms broken = IsmsDocumentSectionsTest.invalidNorthwind();
    String json = compact(IsmsDocument.of(broken).withFairResult(R06, OF_LOSSES))
        .replace("\"fairResults\":{\"R-06\":", "\"fairResults\":{\"R-99\":");
    assertThat(refusal(MAPPER, json).getMessage())
        .contains("/isms/risks/0 (line 1, column ").contains("P-GHOST")
        .contains("/fairResults/R-99 (line 1, column ").contains("no such risk");
    ObjectMapper drafts = new ObjectMapper().registerModule(new IsmsModule().withoutValidation());
    assertThat(refusal(drafts, json).getMessage()).contains("/fairResults/R-99").doesNotContain("P-GHOST");
    String valid = json.replace("\"fairResults\":{\"R-99\":", "\"fairResults\":{\"R-06\":");
    assertThat(drafts.readValue(valid, IsmsDocument.class).isms()).isEqualTo(broken);
    assertThat(refusal(MAPPER, valid)).hasMessageContaining("P-GHOST");
    // a model value read alone is not validated: it is a part of a document
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(broken), Isms.class)).isEqualTo(broken);
  }

  @Test
  void eventsThatDoNotReplay_areRefused_atTheirRecord() throws IOException {
    String json = compact(IsmsDocument.of(NORTHWIND).withEvents(SampleIsms.northwindEvents().subList(1, 3)));
    assertThat(refusal(MAPPER, json)).hasMessageContaining("/events/0 (line 1, column ");
  }

  @Test
  void theDefaultModule_readsWhatItWrites_forSamplesOfBothKinds() throws IOException {
    for (Isms isms : List.of(SampleIsms.lean(), NORTHWIND)) {
      IsmsDocument doc = IsmsDocument.of(isms);
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(doc), IsmsDocument.class)).isEqualTo(doc);
    }
    assertThat(MAPPER.readValue("null", IsmsDocument.class)).isNull();
  }
}
