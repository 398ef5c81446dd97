package io.ismskit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.RuleSet;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.csv.Csv;
import io.ismskit.export.format.IsmsDocument;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.sample.SampleIsms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every reader of isms-export, fed a valid text broken at random (cut short, spans deleted,
 * swapped or repeated, hostile tokens inserted), answers with a {@code Validation}: never an
 * exception, never a problem without a message, and what it accepts reads back as it writes.
 */
class HostileMutationsTest {
  /** Tokens a hostile or careless writer puts where they do not belong. */
  static final String[] JUNK = {
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "0", "-1", "1e999999", "-0.0", "9".repeat(400),
    "\"\\u0000\"", "\"\\uD800\"", "\"\\x\"", "\u0000", "\uFEFF", "\t", "\r\n", "#", "&a", "*a", "!!binary",
    "- ", "? ", "---", "...", "|", ">", "=cmd()", "\"=HYPERLINK()\"", "\"\"", "[".repeat(3000),
    "{\"a\":".repeat(500), "\"id\"", "\"schemaVersion\":2,", "ü", "😀", "\\"};

  static final Isms LEAN = SampleIsms.lean();

  static String write(IsmsFormat format, IsmsDocument document) {
    StringWriter out = new StringWriter();
    try {
      format.writeDocument(document, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  static String mutate(String text, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder(text);
    int mutations = 1 + r.nextInt(3);
    for (int m = 0; m < mutations && s.length() > 0; m++) {
      int at = r.nextInt(s.length());
      int len = 1 + r.nextInt(Math.min(40, s.length() - at));
      switch (r.nextInt(5)) {
        case 0 -> s.setLength(at);
        case 1 -> s.delete(at, at + len);
        case 2 -> s.insert(at, JUNK[r.nextInt(JUNK.length)]);
        case 3 -> s.insert(r.nextInt(s.length()), s.substring(at, at + len));
        default -> {
          int other = r.nextInt(s.length() - len + 1);
          String a = s.substring(at, at + len);
          String b = s.substring(other, Math.min(s.length(), other + len));
          if (other >= at + len) {
            s.replace(other, other + b.length(), a).replace(at, at + len, b);
          } else if (other + b.length() <= at) {
            s.replace(at, at + len, b).replace(other, other + b.length(), a);
          }
        }
      }
    }
    return s.toString();
  }

  /** The reader's answer holds up: problems each with a code and a message, or a value. */
  static <T> void holdsUp(Validation<Seq<Problem>, T> read, String text) {
    if (read.isInvalid()) {
      assertThat(read.getError()).as("the problems of %s", shorten(text)).isNotEmpty()
          .allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
  }

  static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  void everyMutation(String valid, Function<String, Validation<Seq<Problem>, ?>> reader, int examples) {
    assertThat(reader.apply(valid).isValid()).as("the unbroken text reads").isTrue();
    qt().withFixedSeed(20261203L)
        .withExamples(examples)
        .forAll(longs().all())
        .checkAssert(seed -> {
          String broken = mutate(valid, seed);
          holdsUp(reader.apply(broken), broken);
        });
  }

  @Test
  void json_documents() {
    IsmsDocument doc = IsmsDocument.of(LEAN)
        .withConformance(ConformanceChecker.check(LEAN, SampleIsms.LEAN_AS_OF, RuleSet.iso27001_2022()));
    IsmsFormat json = IsmsFormat.json();
    everyMutation(write(json, doc), t -> {
      Validation<Seq<Problem>, IsmsDocument> read = json.readDocument(new StringReader(t));
      read.forEach(d -> assertThat(json.readDocument(new StringReader(write(json, d))).get()).isEqualTo(d));
      return read;
    }, 800);
  }

  @Test
  void yaml_isms() {
    IsmsFormat yaml = IsmsFormat.yaml();
    everyMutation(write(yaml, IsmsDocument.of(LEAN)), t -> {
      Validation<Seq<Problem>, Isms> read = yaml.read(new StringReader(t));
      read.forEach(i -> assertThat(yaml.read(new StringReader(write(yaml, IsmsDocument.of(i)))).get()).isEqualTo(i));
      return read;
    }, 500);
  }

  @Test
  void csv_riskRegister_andSoa() throws IOException {
    StringWriter risks = new StringWriter();
    Csv.riskRegister(LEAN, risks);
    everyMutation(risks.toString(), t -> Csv.readRiskRegister(new StringReader(t)), 500);
    StringWriter soa = new StringWriter();
    Csv.soa(LEAN, soa);
    everyMutation(soa.toString(), t -> Csv.readSoa(new StringReader(t)), 500);
  }
}
