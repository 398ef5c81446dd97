package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(x)).equals(x)} over the testkit's valid ISMS graphs, in JSON and YAML, through
 * writers and streams, and the same bytes for the same model.
 */
class IsmsFormatRoundTripTest {

  static String write(IsmsFormat format, Isms isms) {
    StringWriter out = new StringWriter();
    try {
      format.write(isms, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Validation<Seq<Problem>, Isms> read(IsmsFormat format, String text) {
    return format.read(new StringReader(text));
  }

  @Test
  void json_roundTripsGeneratedGraphs() {
    IsmsFormat json = IsmsFormat.json();
    qt().withFixedSeed(14L).withExamples(40)
        .forAll(QtGens.of(IsmsGens.validIsms(), 0, 400))
        .checkAssert(isms -> {
          String text = write(json, isms);
          Validation<Seq<Problem>, Isms> back = read(json, text);
          assertThat(back.isValid()).as("%s", back.isInvalid() ? back.getError().take(5) : "").isTrue();
          assertThat(back.get()).isEqualTo(isms);
          assertThat(write(json, back.get())).isEqualTo(text);
        });
  }

  @Test
  void yaml_roundTripsGeneratedGraphs() {
    IsmsFormat yaml = IsmsFormat.yaml();
    qt().withFixedSeed(15L).withExamples(25)
        .forAll(QtGens.of(IsmsGens.validIsms(), 0, 300))
        .checkAssert(isms -> {
          String text = write(yaml, isms);
          Validation<Seq<Problem>, Isms> back = read(yaml, text);
          assertThat(back.isValid()).as("%s", back.isInvalid() ? back.getError().take(5) : "").isTrue();
          assertThat(back.get()).isEqualTo(isms);
          assertThat(write(yaml, back.get())).isEqualTo(text);
        });
  }

  @Test
  void compactJson_overStreams_roundTrips() throws IOException {
    IsmsFormat json = IsmsFormat.json().compact();
    Isms isms = IsmsGens.sample(IsmsGens.validIsms(), 3L, 500);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(isms, out);
    byte[] bytes = out.toByteArray();
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\n  ");
    assertThat(json.read(new ByteArrayInputStream(bytes)).get()).isEqualTo(isms);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    json.write(isms, again);
    assertThat(again.toByteArray()).isEqualTo(bytes);
  }
}
