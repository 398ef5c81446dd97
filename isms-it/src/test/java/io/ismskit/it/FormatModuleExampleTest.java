package io.ismskit.it;

// DOC:IMPORTS module
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.core.Isms;
import io.ismskit.export.format.IsmsDocument;
import io.ismskit.export.format.IsmsModule;
import io.ismskit.export.sample.SampleIsms;
// DOC:IMPORTS problems
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsDocument;
import io.ismskit.export.format.IsmsReadException;
// DOC:IMPORTS end

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.export.format.IsmsFormat;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/format.md's section on {@code IsmsModule}, compiled and run here, and
 * checked to be the text the page shows.
 */
class FormatModuleExampleTest {
  final List<String> printed = new ArrayList<>();

  void println(Object o) {
    printed.add(String.valueOf(o));
  }

  @Test
  void module() throws Exception {
    // DOC:BEGIN module
    ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
    Isms isms = SampleIsms.lean();
    IsmsDocument document = IsmsDocument.of(isms)
        .withConformance(ConformanceChecker.check(isms, SampleIsms.LEAN_AS_OF));
    String json = mapper.writeValueAsString(document); // IsmsFormat.json().compact()'s text, without its line end
    IsmsDocument back = mapper.readValue(json, IsmsDocument.class); // the checks of IsmsFormat.readDocument
    println(back.equals(document)); // true
    // DOC:END
    assertThat(printed).containsExactly("true");
    StringWriter compact = new StringWriter();
    IsmsFormat.json().compact().writeDocument(document, compact);
    assertThat(compact.toString()).isEqualTo(json + "\n");
  }

  @Test
  void problems() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
    // DOC:BEGIN problems
    String json = "{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"Acme\", \"headcount\": \"ten\"}},"
        + " \"fairResults\": {\"R-99\": {\"seed\": 1, \"mean\": 0, \"standardDeviation\": 0, \"losses\": [0]}}}";
    try {
      mapper.readValue(json, IsmsDocument.class);
    } catch (IsmsReadException e) { // a MismatchedInputException
      println(e.getOriginalMessage()); // every problem, each with its pointer, line and column:
      // IsmsDocument cannot be read: /isms/organization/headcount (line 1, column 77): must be a whole number
      // of 32 bits, was 'ten'; /fairResults/R-99 (line 1, column 110): Risk R-99: a FAIR result is keyed by
      // this id, but the ISMS has no such risk
      for (Problem p : e.problems()) {
        println(p.field() + " " + p.code()); // /isms/organization/headcount format.value.wrong-type
      } // /fairResults/R-99 validation.reference.dangling
    }
    // DOC:END
    assertThat(printed).containsExactly("IsmsDocument cannot be read: /isms/organization/headcount (line 1, column 77):"
        + " must be a whole number of 32 bits, was 'ten'; /fairResults/R-99 (line 1, column 110): Risk R-99: a FAIR"
        + " result is keyed by this id, but the ISMS has no such risk",
        "/isms/organization/headcount format.value.wrong-type", "/fairResults/R-99 validation.reference.dangling");
  }

  @Test
  void docs_showTheseExamples_withTheirImports() throws Exception {
    assertThat(DocExamples.check("format.md", "FormatModuleExampleTest.java")).isEqualTo(2);
  }
}
