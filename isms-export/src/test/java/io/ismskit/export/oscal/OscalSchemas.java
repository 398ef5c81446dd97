package io.ismskit.export.oscal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import gov.nist.secauto.metaschema.binding.io.DeserializationFeature;
import gov.nist.secauto.metaschema.binding.io.Format;
import gov.nist.secauto.metaschema.binding.io.IDeserializer;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * NIST's OSCAL 1.1.2 JSON schemas, as shipped in liboscal-java's jar under {@code schema/json/},
 * checked with networknt's validator; and NIST's own deserializer.
 */
final class OscalSchemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OscalSchemas() {}

  /** The schema errors of {@code json} against {@code oscal-<model>_schema.json}, as text; empty when valid. */
  static List<String> errors(String model, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(model, m -> {
      String path = "schema/json/oscal-" + m + "_schema.json";
      try (InputStream in = Objects.requireNonNull(OscalBindingContext.class.getClassLoader().getResourceAsStream(path),
          path)) {
        return REGISTRY.getSchema(in);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    List<Error> errors = schema.validate(JSON.readTree(json));
    return errors.stream().map(Error::toString).toList();
  }

  /** {@code json} read by liboscal-java's deserializer, with its constraint validation off. */
  static <T> T read(Class<T> type, String json) throws IOException {
    IDeserializer<T> d = OscalBindingContext.instance().newDeserializer(Format.JSON, type);
    d.disableFeature(DeserializationFeature.DESERIALIZE_VALIDATE_CONSTRAINTS);
    return d.deserialize(new StringReader(json), URI.create("urn:ismskit:test"));
  }
}
