package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code events} section of a document: the PDCA event log written and read with the
 * ISMS, losslessly, with every problem of a hostile log placed at its record, and documents without
 * events unchanged.
 */
class IsmsDocumentTest {
  static final Isms ISMS = SampleIsms.lean();
  static final List<PdcaEvent> EVENTS = SampleIsms.northwindEvents();

  static String write(IsmsFormat f, IsmsDocument doc) throws IOException {
    StringWriter out = new StringWriter();
    f.writeDocument(doc, out);
    return out.toString();
  }

  static String write(IsmsFormat f, Isms isms) throws IOException {
    StringWriter out = new StringWriter();
    f.write(isms, out);
    return out.toString();
  }

  /** A JSON document of the lean sample with {@code events} (raw JSON) as its events section. */
  static String withEvents(String events) throws IOException {
    String bare = write(IsmsFormat.json().compact(), ISMS);
    return bare.substring(0, bare.lastIndexOf('}')) + ", \"events\": " + events + "}";
  }

  static List<String> problems(String json) {
    Validation<Seq<Problem>, IsmsDocument> read = IsmsFormat.json().readDocument(new StringReader(json));
    assertThat(read.isInvalid()).as("refused: %s", json.length() > 300 ? json.substring(json.length() - 300) : json)
        .isTrue();
    return read.getError().map(Problem::message).toJavaList();
  }

  static final String CYCLE_STARTED = "{\"type\": \"cycle-started\", \"version\": 2, \"fields\": "
      + "{\"by\": \"P-01\", \"cycle\": \"1\", \"on\": \"2026-01-05\"}}";

  // ---- round trips -------------------------------------------------------------------------------

  @Test
  void document_roundTrips_inJsonAndYaml_withTheSamplesHistory() throws IOException {
    IsmsDocument doc = new IsmsDocument(SampleIsms.northwind(), EVENTS);
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml(), IsmsFormat.json().compact()}) {
      String text = write(f, doc);
      assertThat(text).contains("cycle-closed").contains("carried.0.ref");
      assertThat(f.readDocument(new StringReader(text)).get()).isEqualTo(doc);
      assertThat(write(f, f.readDocument(new StringReader(text)).get())).as("deterministic").isEqualTo(text);
      // a plain read checks the events and returns the ISMS
      assertThat(f.read(new StringReader(text)).get()).isEqualTo(doc.isms());
    }
  }

  @Test
  void document_roundTrips_anyPrefixOfAHistory_movedByAnyNumberOfDays() {
    qt().withFixedSeed(1402L).withExamples(30)
        .forAll(integers().between(0, EVENTS.size()), integers().between(-3000, 3000))
        .checkAssert((n, days) -> {
          List<PdcaEvent> events = SampleIsms.northwindEvents(SampleIsms.NORTHWIND_AS_OF.plusDays(days)).subList(0, n);
          IsmsDocument doc = new IsmsDocument(ISMS, events);
          try {
            String text = write(IsmsFormat.yaml(), doc);
            IsmsDocument back = IsmsFormat.yaml().readDocument(new StringReader(text)).get();
            assertThat(back).isEqualTo(doc);
            assertThat(PdcaMachine.replay(back.events()).get()).isEqualTo(PdcaMachine.replay(events).get());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void withoutEvents_theDocumentIsWhatWriteWrites_andReadsWithNoEvents() throws IOException {
    for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml()}) {
      String bare = write(f, ISMS);
      assertThat(write(f, IsmsDocument.of(ISMS))).isEqualTo(bare);
      assertThat(bare).doesNotContain("\"events\"").doesNotContain("events:");
      IsmsDocument read = f.readDocument(new StringReader(bare)).get();
      assertThat(read.events()).isEmpty();
      assertThat(read.isms()).isEqualTo(ISMS);
    }
  }

  @Test
  void documentWithEvents_validatesAgainstTheSchema() throws IOException {
    assertThat(FormatSchemaTest.errors(write(IsmsFormat.json(), new IsmsDocument(ISMS, EVENTS)))).isEmpty();
    assertThat(FormatSchemaTest.errors(withEvents("[{\"type\": \"cycle-started\", \"fields\": {}}]"))).isNotEmpty();
    assertThat(FormatSchemaTest.errors(withEvents("[{\"type\": \"x\", \"version\": 1, \"fields\": {\"a\": 1}}]")))
        .isNotEmpty();
  }

  @Test
  void anOlderRecordVersion_isUpcast() throws IOException {
    String v1 = "[{\"type\": \"cycle-started\", \"version\": 1, \"fields\": "
        + "{\"by\": \"P-01\", \"cycle\": \"1\", \"date\": \"2026-01-05\"}}]";
    IsmsDocument read = IsmsFormat.json().readDocument(new StringReader(withEvents(v1))).get();
    assertThat(read.events()).hasSize(1);
    assertThat(read.events().get(0).on()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  // ---- hostile input -----------------------------------------------------------------------------

  @Test
  void wrongTypes_areRefused_eachAtItsPointer() throws IOException {
    assertThat(problems(withEvents("\"all of them\""))).singleElement().asString()
        .contains("/events (line 1, column").contains("must be a list of event records");
    List<String> all = problems(withEvents("[7, {\"type\": 3, \"version\": \"2\", \"fields\": []}, "
        + "{\"type\": \"cycle-started\", \"version\": 0, \"fields\": {\"on\": 5}}]"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/0 ").contains("must be an event record"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/1/type ").contains("must be the event type"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/1/version ").contains("whole number from 1"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/1/fields ").contains("object of text fields"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/2/version ").contains("was '0'"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/2/fields/on ").contains("must be text"));
    assertThat(all).hasSize(6);
  }

  @Test
  void unknownTypes_newerVersions_missingAndUnknownFields_areRefused() throws IOException {
    List<String> all = problems(withEvents("[{\"type\": \"cycle-exploded\", \"version\": 1, \"fields\": {}}, "
        + "{\"type\": \"cycle-started\", \"version\": 99, \"fields\": {}}, {\"fields\": {}}, "
        + "{\"type\": \"cycle-started\", \"version\": 2, \"fields\": {}, \"colour\": \"red\"}, "
        + "{\"type\": \"cycle-started\", \"version\": 2, \"fields\": {\"by\": \"P-01\"}}]"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/0 (line 1").contains("cycle-exploded"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/1 ").contains("99"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/2/type ").contains("is missing"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/2/version ").contains("is missing"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/3/colour ").contains("not a field"));
    assertThat(all).anySatisfy(m -> assertThat(m).startsWith("/events/4 "));
    // lenient reading skips an unknown field, and only that
    String lenient = withEvents("[{\"type\": \"cycle-started\", \"version\": 2, \"colour\": \"red\", \"fields\": "
        + "{\"by\": \"P-01\", \"cycle\": \"1\", \"on\": \"2026-01-05\"}}]");
    assertThat(IsmsFormat.json().ignoringUnknownFields().readDocument(new StringReader(lenient)).get().events())
        .hasSize(1);
  }

  @Test
  void aLogThatDoesNotReplay_isRefused_atTheFirstEventOutOfOrder() throws IOException {
    List<PdcaEvent> swapped = new ArrayList<>(EVENTS);
    PdcaEvent second = swapped.remove(1);
    swapped.add(2, second);
    String json = withEvents(eventsJson(swapped));
    assertThat(problems(json)).singleElement().asString().startsWith("/events/1 (line 1, column")
        .contains("does not follow");
    assertThat(IsmsFormat.json().read(new StringReader(json)).isInvalid()).isTrue();
    assertThat(IsmsFormat.json().readDocument(new StringReader(withEvents(eventsJson(EVENTS)))).isValid()).isTrue();
  }

  @Test
  void duplicateSections_andTooManyRecords_areRefused() throws IOException {
    String twice = withEvents("[" + CYCLE_STARTED + "]").replace("\"events\"", "\"events\": [], \"events\"");
    assertThat(problems(twice)).anySatisfy(m -> assertThat(m).contains("repeats a field"));
    String many = withEvents("[" + String.join(", ", java.util.Collections.nCopies(5, CYCLE_STARTED)) + "]");
    List<String> limited = IsmsFormat.json().withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(3))
        .readDocument(new StringReader(many)).getError().map(Problem::message).toJavaList();
    assertThat(limited).anySatisfy(m -> assertThat(m).startsWith("/events/3 ").contains("more than 3 elements"));
  }

  /** The events as the section's JSON array, written by the format's own writer. */
  static String eventsJson(List<PdcaEvent> events) throws IOException {
    StringWriter out = new StringWriter();
    try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      EventRecords.write(events, g);
    }
    return out.toString();
  }
}
