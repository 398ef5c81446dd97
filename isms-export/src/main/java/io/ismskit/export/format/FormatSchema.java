package io.ismskit.export.format;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismskit.core.Isms;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Generates the format's JSON Schema from the same codecs that write and read it; the shipped
 * resource {@link IsmsFormat#SCHEMA_RESOURCE} is this text (a test keeps them equal).
 */
final class FormatSchema {
  private FormatSchema() {}

  static String text() {
    Codecs.SchemaBuilder s = new Codecs.SchemaBuilder();
    Map<String, Object> isms = Codecs.of(Isms.class).schema(s);
    Map<String, Object> root = Codecs.schemaOf(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", "https://ismskit.io/schema/ismskit-format-" + IsmsFormat.SCHEMA_VERSION + ".schema.json",
        "title", "ismskit format, schema version " + IsmsFormat.SCHEMA_VERSION,
        "description", "A whole ISMS of ismskit as one document. Generated from the model; see docs/format.md.",
        "type", "object",
        "properties", Codecs.schemaOf(
            "$schema", Codecs.schemaOf("type", "string"),
            "schemaVersion", Codecs.schemaOf("const", IsmsFormat.SCHEMA_VERSION),
            "isms", isms,
            EventRecords.FIELD, EventRecords.schema(),
            FairRecords.FIELD, FairRecords.schema(),
            ConformanceRecords.FIELD, ConformanceRecords.schema(s)),
        "required", List.of("schemaVersion", "isms"),
        "additionalProperties", false,
        "$defs", s.defs);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    StringWriter out = new StringWriter();
    try {
      new ObjectMapper().writer(printer).writeValue(out, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
