package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.testkit.IsmsGens;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema is the one generated from the codecs, and documents the format writes
 * validate against it (checked with networknt's json-schema-validator), while documents with the
 * wrong shape do not.
 */
class FormatSchemaTest {
  static List<Error> errors(String json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Golden.read(IsmsFormat.SCHEMA_RESOURCE), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void shippedSchema_isTheGeneratedOne() {
    Golden.assertResource("src/main/resources", IsmsFormat.SCHEMA_RESOURCE, FormatSchema.text());
  }

  @Test
  void samples_validateAgainstTheSchema() throws IOException {
    for (var isms : List.of(SampleIsms.northwind(), SampleIsms.lean())) {
      StringWriter out = new StringWriter();
      IsmsFormat.json().write(isms, out);
      assertThat(errors(out.toString())).isEmpty();
    }
  }

  @Test
  void generatedGraphs_validateAgainstTheSchema() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      StringWriter out = new StringWriter();
      IsmsFormat.json().write(IsmsGens.sample(IsmsGens.validIsms(), seed, 300), out);
      assertThat(errors(out.toString())).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void wrongShapes_failTheSchema() {
    assertThat(errors("{\"schemaVersion\": 1}")).isNotEmpty();
    assertThat(errors("{\"schemaVersion\": 2, \"isms\": {\"organization\": {\"name\": \"A\", \"headcount\": 1}}}"))
        .isNotEmpty();
    assertThat(errors("{\"schemaVersion\": 1, \"isms\": {\"organisation\": {}}}")).isNotEmpty();
    assertThat(errors("{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": 7}}}")).isNotEmpty();
  }
}
