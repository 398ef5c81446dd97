package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ismskit.export.sample.SampleIsms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reader's own JSON pointers ({@link Decoding#pointer}) are the strings Jackson's {@code
 * JsonPointer} gives, at every token of real documents and of keys that need escaping.
 */
class PointerTest {
  /** The pointer as Jackson computes it: the reference. */
  static String jackson(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }

  /** Compares the two at every token of {@code p}; returns how many tokens were compared. */
  static int compareEveryToken(JsonParser p) throws IOException {
    int tokens = 0;
    while (p.nextToken() != null) {
      assertThat(Decoding.pointer(p)).as("token %d, %s", tokens, p.currentToken()).isEqualTo(jackson(p));
      tokens++;
    }
    return tokens;
  }

  @Test
  void northwindJson_everyToken() throws IOException {
    try (InputStream in = SampleIsms.class.getResourceAsStream(SampleIsms.NORTHWIND_RESOURCE);
        JsonParser p = new JsonFactory().createParser(in)) {
      assertThat(compareEveryToken(p)).isGreaterThan(10_000);
    }
  }

  @Test
  void leanYaml_everyToken() throws IOException {
    try (InputStream in = SampleIsms.class.getResourceAsStream(SampleIsms.LEAN_RESOURCE);
        JsonParser p = new YAMLFactory().createParser(in)) {
      assertThat(compareEveryToken(p)).isGreaterThan(1_000);
    }
  }

  @Test
  void keysThatNeedEscaping_emptyKeys_nestedArrays_andScalarsAtTheRoot() throws IOException {
    String[] documents = {
        "{\"a/b\": {\"~x\": [1, [2, {\"\": 3}]], \"c~/d\": {}}, \"e\": []}",
        "[[], [[{}]], {\"k\": null}]",
        "42",
        "\"text\"",
        "{}",
    };
    for (String json : documents) {
      try (JsonParser p = new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
        assertThat(compareEveryToken(p)).as(json).isPositive();
      }
    }
  }
}
