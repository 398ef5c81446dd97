package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a model builder refuses are placed at the offending value: its JSON pointer and its own
 * line and column, however deep it sits in the entity (a property of a nested record, an element
 * of a list, a property of a list element); a missing attribute at the object that lacks it.
 */
class IsmsFormatLocationsTest {
  /** One of each: a CIA value of 9, an attribute missing, a malformed id-like value, a date out of order in a list. */
  static final String JSON = """
      {
        "schemaVersion": 1,
        "isms": {
          "organization": {"name": "Acme", "headcount": 10},
          "people": [
            {"id": "P-1", "name": "Alice"}
          ],
          "assets": [
            {"id": "A-1", "name": "CRM", "owner": "P-1", "type": "SERVICE", "classification": "INTERNAL",
              "value": {"confidentiality": 9, "integrity": 3, "availability": 3}},
            {"id": "A-2", "name": "Laptops", "owner": "P-1", "classification": "INTERNAL",
              "value": {"confidentiality": 2, "integrity": 2, "availability": 2}}
          ],
          "vulnerabilities": [
            {"id": "V-1", "name": "Old TLS", "description": "TLS 1.0 still enabled", "assets": ["A-1"],
              "cve": "CVE-12"}
          ],
          "documents": [
            {"id": "DOC-1", "title": "Scope", "kind": "MAINTAINED", "version": "2", "owner": "P-1",
              "classification": "INTERNAL", "status": "APPROVED",
              "history": [
                {"version": "1", "date": "2026-03-01", "author": "P-1", "changeNote": "First issue"},
                {"version": "2", "date": "2026-02-01", "author": "P-1", "changeNote": "Revised"}
              ]}
          ]
        }
      }
      """;

  /** The same document as YAML. */
  static final String YAML = """
      schemaVersion: 1
      isms:
        organization:
          name: "Acme"
          headcount: 10
        people:
          - id: "P-1"
            name: "Alice"
        assets:
          - id: "A-1"
            name: "CRM"
            owner: "P-1"
            type: "SERVICE"
            classification: "INTERNAL"
            value:
              confidentiality: 9
              integrity: 3
              availability: 3
          - id: "A-2"
            name: "Laptops"
            owner: "P-1"
            classification: "INTERNAL"
            value: {confidentiality: 2, integrity: 2, availability: 2}
        vulnerabilities:
          - id: "V-1"
            name: "Old TLS"
            description: "TLS 1.0 still enabled"
            assets: ["A-1"]
            cve: "CVE-12"
        documents:
          - id: "DOC-1"
            title: "Scope"
            kind: "MAINTAINED"
            version: "2"
            owner: "P-1"
            classification: "INTERNAL"
            status: "APPROVED"
            history:
              - version: "1"
                date: "2026-03-01"
                author: "P-1"
                changeNote: "First issue"
              - version: "2"
                date: "2026-02-01"
                author: "P-1"
                changeNote: "Revised"
      """;

  static Seq<Problem> problems(IsmsFormat format, String text) {
    var read = format.read(new StringReader(text));
    assertThat(read.isInvalid()).as("expected problems, read %s", read).isTrue();
    return read.getError();
  }

  static void assertPlaced(Problem p, ModelCode code, String pointer, int line, int column) {
    assertThat(p.code()).as("%s", p).isEqualTo(code);
    assertThat(p.field()).as("%s", p).isEqualTo(pointer);
    assertThat(p.message()).as("%s", p).startsWith(pointer + " (line " + line + ", column " + column + "): ");
  }

  @Test
  void json_eachRefusedValueAtItsOwnPointerLineAndColumn() {
    Seq<Problem> p = problems(IsmsFormat.json(), JSON);
    assertThat(p).hasSize(4);
    // a property of a record nested in the entity: the 9, not the asset or its "value" object
    assertPlaced(p.get(0), ModelCode.OUT_OF_RANGE, "/isms/assets/0/value/confidentiality", 10, 38);
    assertThat(p.get(0).message()).contains("confidentiality").contains("'9'");
    // a missing attribute: the object that lacks it
    assertPlaced(p.get(1), ModelCode.REQUIRED, "/isms/assets/1/type", 11, 7);
    assertThat(p.get(1).entityId()).isEqualTo("A-2");
    // a malformed value the entity's own check refuses: at the value, not the entity
    assertPlaced(p.get(2), ModelCode.MALFORMED, "/isms/vulnerabilities/0/cve", 16, 16);
    assertThat(p.get(2).entityId()).isEqualTo("V-1");
    // a property of a list element, refused by the enclosing entity ("history[1].date")
    assertPlaced(p.get(3), ModelCode.DATE_ORDER, "/isms/documents/0/history/1/date", 23, 36);
    assertThat(p.get(3).entityId()).isEqualTo("DOC-1");
  }

  @Test
  void yaml_eachRefusedValueAtItsOwnPointerLineAndColumn() {
    Seq<Problem> p = problems(IsmsFormat.yaml(), YAML);
    assertThat(p).hasSize(4);
    assertPlaced(p.get(0), ModelCode.OUT_OF_RANGE, "/isms/assets/0/value/confidentiality", 16, 26);
    assertPlaced(p.get(1), ModelCode.REQUIRED, "/isms/assets/1/type", 19, 7);
    assertPlaced(p.get(2), ModelCode.MALFORMED, "/isms/vulnerabilities/0/cve", 29, 12);
    assertPlaced(p.get(3), ModelCode.DATE_ORDER, "/isms/documents/0/history/1/date", 44, 17);
  }

  @Test
  void positionsAreTheParsersOwnLocations_forEveryValueToken() throws IOException {
    JsonFactory json = new JsonFactory();
    List<JsonParser> parsers = List.of(json.createParser(new StringReader(JSON)),
        json.createParser(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))),
        new YAMLFactory().createParser(new StringReader(YAML)));
    // the first two take the fast path (the JSON parsers' counters), the YAML one its locations
    assertThat(parsers.get(0)).isInstanceOf(ReaderBasedJsonParser.class);
    assertThat(parsers.get(1)).isInstanceOf(UTF8StreamJsonParser.class);
    for (JsonParser p : parsers) {
      int values = 0;
      try (p) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
            JsonLocation expected = p.currentTokenLocation();
            JsonLocation actual = Decoding.location(Decoding.position(p));
            assertThat(actual.getLineNr()).as("%s at %s", t, expected).isEqualTo(expected.getLineNr());
            assertThat(actual.getColumnNr()).as("%s at %s", t, expected).isEqualTo(expected.getColumnNr());
            values++;
          }
        }
      }
      assertThat(values).isGreaterThan(50);
    }
  }

  @Test
  void aValueTheEntityRefersToInAListIsPlacedAtTheList() {
    // "agreements.reference" names no single value: the problem is placed at the list it is about
    String text = JSON.replace("\"cve\": \"CVE-12\"", "\"cve\": \"CVE-2021-44228\"")
        .replace("\"confidentiality\": 9", "\"confidentiality\": 3")
        .replace("\"owner\": \"P-1\", \"classification\"",
            "\"owner\": \"P-1\", \"type\": \"HARDWARE\", \"classification\"")
        .replace("\"date\": \"2026-02-01\"", "\"date\": \"2026-04-01\"")
        .replace("\"version\": \"1\", \"date\"", "\"version\": \"2\", \"date\"");
    Seq<Problem> p = problems(IsmsFormat.json(), text);
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ModelCode.DUPLICATE);
      assertThat(x.field()).isEqualTo("/isms/documents/0/history/version");
      assertThat(x.message()).startsWith("/isms/documents/0/history/version (line 21, column 20): ");
    });
  }
}
