package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.context.Organization;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.pdca.CycleStarted;
import io.ismskit.pdca.PdcaCommand;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PhaseAdvanced;
import io.ismskit.pdca.RecordChange;
import io.ismskit.pdca.StartCycle;
import io.ismskit.pdca.nonconformity.NonconformityStep;
import io.ismskit.risk.cvss.Cvss3Metric;
import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.cvss.Cvss3Vector;
import io.ismskit.risk.cvss.Cvss4Metric;
import io.ismskit.risk.cvss.Cvss4Vector;
import io.ismskit.risk.cvss.CvssMetric;
import io.ismskit.risk.cvss.CvssVector;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's own ObjectMapper with the module writes and reads model values as the format does. */
class IsmsModuleTest {
  final ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());

  @Test
  void mapper_roundTripsModelValues() throws Exception {
    Isms isms = SampleIsms.lean();
    Risk risk = isms.risks().get(0);
    String json = mapper.writeValueAsString(risk);
    assertThat(mapper.readValue(json, Risk.class)).isEqualTo(risk);
    assertThat(mapper.readValue(mapper.writeValueAsString(isms), Isms.class)).isEqualTo(isms);
    assertThat(mapper.writeValueAsString(RiskId.of("R-1"))).isEqualTo("\"R-1\"");
    assertThat(mapper.readValue("\"R-1\"", RiskId.class)).isEqualTo(RiskId.of("R-1"));
  }

  @Test
  void mapper_writesWhatTheFormatWritesInsideItsDocument() throws Exception {
    Isms isms = SampleIsms.lean();
    StringWriter out = new StringWriter();
    IsmsFormat.json().compact().write(isms, out);
    assertThat(out.toString()).isEqualTo("{\"schemaVersion\":1,\"isms\":" + mapper.writeValueAsString(isms) + "}\n");
  }

  @Test
  void optionalAttributes_readPresent_null_orAbsent_andAWrongElementIsPlaced() throws Exception {
    io.ismskit.core.risk.RiskAssessment a = SampleIsms.lean().risks().get(0).inherent().orElseThrow();
    assertThat(a.assessedBy()).isPresent();
    String json = mapper.writeValueAsString(a);
    assertThat(mapper.readValue(json, io.ismskit.core.risk.RiskAssessment.class)).isEqualTo(a);
    String assessedBy = "\"assessedBy\":\"" + a.assessedBy().orElseThrow().value() + "\"";
    assertThat(json).contains(assessedBy);
    io.ismskit.core.risk.RiskAssessment unassessed = a.toBuilder().assessedBy(java.util.Optional.empty()).build();
    assertThat(mapper.readValue(json.replace(assessedBy, "\"assessedBy\":null"), io.ismskit.core.risk.RiskAssessment.class))
        .isEqualTo(unassessed);
    assertThat(mapper.readValue(json.replace(assessedBy + ",", ""), io.ismskit.core.risk.RiskAssessment.class))
        .isEqualTo(unassessed);
    assertThatThrownBy(() -> mapper.readValue(json.replace(assessedBy, "\"assessedBy\":\"P 1\""),
        io.ismskit.core.risk.RiskAssessment.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("/assessedBy");
  }

  @Test
  void mapper_nestsModelValuesInHostTypes() throws Exception {
    record Envelope(String tenant, List<Risk> risks) {}
    Envelope e = new Envelope("t1", SampleIsms.lean().risks());
    String json = mapper.writeValueAsString(e);
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(e);
  }

  @Test
  void mapper_reportsEveryProblemInOneException() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"R 1\", \"titel\": \"x\"}", Risk.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/id").hasMessageContaining("/titel");
  }

  // ---- sealed types: one form, whatever type the host declares --------------------------------------

  /** The text {@code Codecs} writes for {@code value} as a value of {@code type}, as inside a document. */
  static String asTheFormatWrites(Class<?> type, Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      Codecs.of(type).write(value, g);
    }
    return out.toString();
  }

  static IsmsReadException refusal(ObjectMapper m, String json, Class<?> type) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> m.readValue(json, type));
    assertThat(t).isInstanceOf(IsmsReadException.class);
    return (IsmsReadException) t;
  }

  @Test
  void pdcaEvents_roundTripHeldAsTheSealedType_aListOfIt_orAnEventType_asTheRecordsOfADocument()
      throws Exception {
    record Host(PdcaEvent last, List<PdcaEvent> log, PhaseAdvanced advanced) {}
    List<PdcaEvent> log = SampleIsms.northwindEvents();
    PhaseAdvanced advanced = log.stream().filter(PhaseAdvanced.class::isInstance).map(PhaseAdvanced.class::cast)
        .findFirst().orElseThrow();
    Host host = new Host(log.get(log.size() - 1), log, advanced);
    String json = mapper.writeValueAsString(host);
    assertThat(mapper.readValue(json, Host.class)).isEqualTo(host);
    // each event is the record of the document's events section, whatever type holds it
    String inDocument = IsmsModuleDocumentTest.compact(IsmsDocument.of(SampleIsms.northwind()).withEvents(log));
    String records = mapper.writeValueAsString(log);
    assertThat(inDocument).contains(",\"events\":" + records + "}");
    String one = mapper.writeValueAsString(advanced);
    assertThat(one).startsWith("{\"type\":\"phase-advanced\",\"version\":2,\"fields\":{");
    assertThat(records).contains(one);
    assertThat(json).contains("\"advanced\":" + one);
    assertThat(mapper.readValue(one, PdcaEvent.class)).isEqualTo(advanced);
    assertThat(mapper.readValue(one, PhaseAdvanced.class)).isEqualTo(advanced);
    // an older version of a record is upcast, as in a document
    String v1 = "{\"type\":\"cycle-started\",\"version\":1,\"fields\":{\"by\":\"P-CEO\",\"cycle\":\"1\","
        + "\"date\":\"2024-01-15\"}}";
    assertThat(mapper.readValue(v1, PdcaEvent.class))
        .isEqualTo(new CycleStarted(1, LocalDate.of(2024, 1, 15), PersonId.of("P-CEO")));
  }

  @Test
  void anEventOfAnotherType_isRefused_whereTheHostDeclaresAnEventType() throws Exception {
    String started = mapper.writeValueAsString(new CycleStarted(1, LocalDate.of(2024, 1, 15), PersonId.of("P-CEO")));
    assertThat(refusal(mapper, started, PhaseAdvanced.class)).hasMessageContaining(
        "PhaseAdvanced cannot be read: / (line 1, column 1): must be the record of a PhaseAdvanced event,"
            + " was 'cycle-started'");
    record Host(PhaseAdvanced advanced) {}
    assertThat(refusal(mapper, "{\"advanced\":" + started + "}", Host.class).problems())
        .extracting(Problem::field, Problem::code).containsExactly(tuple("/advanced", FormatCode.WRONG_TYPE));
    // the field names of the record, without its type, are no event
    assertThat(refusal(mapper, "{\"cycle\":1}", PdcaEvent.class))
        .hasMessageContaining("/cycle (line 1, column 10): is not a field of an event record");
  }

  @Test
  void anotherSealedType_roundTripsHeldAsTheSealedType_aListOfIt_orASubtype_inTheFormatsForm() throws Exception {
    record Host(NonconformityStep next, List<NonconformityStep> done, NonconformityStep.Correct first,
        NonconformityStep.Close last) {}
    NonconformityStep.Correct correct = new NonconformityStep.Correct("backups re-enabled");
    List<NonconformityStep> done = List.of(correct, new NonconformityStep.AnalyseCauses("no monitoring", "none"),
        new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-1")), new NonconformityStep.Close());
    Host host = new Host(new NonconformityStep.Close(), done, correct, new NonconformityStep.Close());
    String json = mapper.writeValueAsString(host);
    assertThat(json).isEqualTo("{\"next\":{\"Close\":{}},\"done\":[{\"Correct\":\"backups re-enabled\"},"
        + "{\"AnalyseCauses\":{\"rootCause\":\"no monitoring\",\"similarCases\":\"none\"}},"
        + "{\"CompleteAction\":\"CA-1\"},{\"Close\":{}}],\"first\":{\"Correct\":\"backups re-enabled\"},"
        + "\"last\":{\"Close\":{}}}");
    assertThat(mapper.readValue(json, Host.class)).isEqualTo(host);
    // the form the format gives a value of the sealed type inside a document
    for (NonconformityStep step : done) {
      String text = mapper.writeValueAsString(step);
      assertThat(text).isEqualTo(asTheFormatWrites(NonconformityStep.class, step));
      assertThat(mapper.readValue(text, NonconformityStep.class)).isEqualTo(step);
      assertThat(mapper.readValue(text, step.getClass())).isEqualTo(step);
    }
    // and the sealed commands of the cycle the same way
    record Commands(PdcaCommand any, StartCycle start) {}
    Commands commands = new Commands(new RecordChange(io.ismskit.core.id.ChangeId.of("CH-1"), PersonId.of("P-CEO")),
        new StartCycle(PersonId.of("P-CEO")));
    String text = mapper.writeValueAsString(commands);
    assertThat(text).isEqualTo("{\"any\":{\"RecordChange\":{\"change\":\"CH-1\",\"by\":\"P-CEO\"}},"
        + "\"start\":{\"StartCycle\":\"P-CEO\"}}");
    assertThat(mapper.readValue(text, Commands.class)).isEqualTo(commands);
  }

  @Test
  void enumsOfASealedType_takeItsFormToo() throws Exception {
    record Host(CvssMetric any, List<CvssMetric> all, Cvss3Metric v3) {}
    Host host = new Host(Cvss4Metric.AV, List.of(Cvss3Metric.AV, Cvss4Metric.AC), Cvss3Metric.AC);
    String json = mapper.writeValueAsString(host);
    assertThat(json).contains("\"v3\":{\"Cvss3Metric\":\"AC\"}")
        .contains("\"all\":[" + asTheFormatWrites(CvssMetric.class, Cvss3Metric.AV) + ",");
    assertThat(mapper.readValue(json, Host.class)).isEqualTo(host);
  }

  @Test
  void aSubtypeRead_refusesAValueOfAnotherSubtype_withAClearMessage() {
    IsmsReadException e = refusal(mapper, "{\"Close\":{}}", NonconformityStep.Correct.class);
    assertThat(e.getOriginalMessage()).isEqualTo("Correct cannot be read: /Close (line 1, column 10): must be Correct,"
        + " the kind of NonconformityStep read here, was 'Close'");
    assertThat(e.problems()).extracting(Problem::code).containsExactly(FormatCode.WRONG_TYPE);
    // the subtype's own form, without the name of its kind, is not read either
    assertThat(refusal(mapper, "\"backups re-enabled\"", NonconformityStep.Correct.class).getOriginalMessage())
        .isEqualTo("Correct cannot be read: / (line 1, column 1): must be an object with one field, Correct,"
            + " was 'backups re-enabled'");
    assertThat(refusal(mapper, "{\"Cvss4Metric\":\"AV\"}", Cvss3Metric.class).getOriginalMessage())
        .contains("must be Cvss3Metric, the kind of CvssMetric read here, was 'Cvss4Metric'");
    assertThat(refusal(mapper, "{\"Kaput\":{}}", NonconformityStep.class).getOriginalMessage())
        .contains("must be the only field, one of [AnalyseCauses, Close, CompleteAction, Correct, PlanAction,"
            + " ReviewEffectiveness], was 'Kaput'");
  }

  // ---- CVSS vectors: their vector strings ---------------------------------------------------------

  @Test
  void cvssVectors_areWrittenAsTheirVectorStrings_andReadBack() throws Exception {
    record Findings(CvssVector any, Cvss3Vector v3, List<CvssVector> all) {}
    Cvss3Vector v3 = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").get();
    Cvss4Vector v4 = Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N").get();
    Findings f = new Findings(v4, v3, List.of(v3, v4));
    String json = mapper.writeValueAsString(f);
    assertThat(json).isEqualTo("{\"any\":\"" + v4.toVectorString() + "\",\"v3\":\"" + v3.toVectorString()
        + "\",\"all\":[\"" + v3.toVectorString() + "\",\"" + v4.toVectorString() + "\"]}");
    Findings back = mapper.readValue(json, Findings.class);
    assertThat(back).isEqualTo(f);
    assertThat(Cvss.score(back.v3())).isEqualTo(9.8);
    // a vector string in another order of metrics is read, and written back in the canonical order
    assertThat(mapper.readValue("\"CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H\"", CvssVector.class)).isEqualTo(v3);
  }

  @Test
  void aCvssVectorRead_refusesWhatIsNoVectorOfItsType_withTheParsersReason() {
    IsmsReadException bad = refusal(mapper, "{\"v\":\"CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"}", VectorHost.class);
    assertThat(bad.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("/v");
      assertThat(p.value()).isEqualTo("Q");
      assertThat(p.message()).startsWith("/v (line 1, column 6): ").contains("AV");
    });
    assertThat(refusal(mapper, "{\"v\":{\"AV\":\"N\"}}", VectorHost.class).getOriginalMessage())
        .contains("/v (line 1, column 6): must be a CVSS vector string");
    assertThat(refusal(mapper, "\"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\"", Cvss3Vector.class)
        .getOriginalMessage()).contains("must be a vector of the type Cvss3Vector");
  }

  /** A host's type with a vector of any version. */
  record VectorHost(CvssVector v) {}

  // ---- registering ---------------------------------------------------------------------------------

  @Test
  void twoConfigurations_areBothRegistered_andTheLastDecides_whileOneTwiceIsOnce() throws Exception {
    String unknown = "{\"name\":\"Acme\",\"headcount\":10,\"colour\":\"red\"}";
    ObjectMapper strictThenLenient = new ObjectMapper().registerModule(new IsmsModule())
        .registerModule(IsmsModule.ignoringUnknownFields());
    assertThat(strictThenLenient.getRegisteredModuleIds())
        .containsExactlyInAnyOrder(new IsmsModule().getTypeId(), IsmsModule.ignoringUnknownFields().getTypeId());
    assertThat(strictThenLenient.readValue(unknown, Organization.class).name()).isEqualTo("Acme");
    ObjectMapper lenientThenStrict = new ObjectMapper().registerModule(IsmsModule.ignoringUnknownFields())
        .registerModule(new IsmsModule());
    assertThat(refusal(lenientThenStrict, unknown, Organization.class).problems())
        .extracting(Problem::field, Problem::code).containsExactly(tuple("/colour", FormatCode.UNKNOWN_FIELD));

    ObjectMapper twice = new ObjectMapper().registerModule(new IsmsModule()).registerModule(new IsmsModule());
    assertThat(twice.getRegisteredModuleIds()).containsExactly(new IsmsModule().getTypeId());
    assertThat(List.of(new IsmsModule(), IsmsModule.ignoringUnknownFields(), new IsmsModule().withoutValidation(),
        IsmsModule.ignoringUnknownFields().withoutValidation()))
        .extracting(IsmsModule::getTypeId).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id.toString()).startsWith(IsmsModule.class.getName()));

    // validating, then not: the ISMS of a draft document is read
    IsmsDocument draft = IsmsDocument.of(IsmsDocumentSectionsTest.invalidNorthwind());
    String json = mapper.writeValueAsString(draft);
    ObjectMapper drafts = new ObjectMapper().registerModule(new IsmsModule())
        .registerModule(new IsmsModule().withoutValidation());
    assertThat(drafts.readValue(json, IsmsDocument.class)).isEqualTo(draft);
    ObjectMapper validating = new ObjectMapper().registerModule(new IsmsModule().withoutValidation())
        .registerModule(new IsmsModule());
    assertThat(refusal(validating, json, IsmsDocument.class)).hasMessageContaining("P-GHOST");
  }
}
