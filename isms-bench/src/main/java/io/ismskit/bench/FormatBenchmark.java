package io.ismskit.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ismskit format writing then reading an ISMS of 100,000 risks (10,000 assets, 1,000
 * nonconformities; compact JSON, in memory), side by side with a plain Jackson {@code ObjectMapper}
 * serializing the same objects with default settings. A plain mapper finds no getters on the
 * model's Immutables types, so it is given field visibility and the JDK 8 and java.time modules,
 * the least it needs to write them at all; it cannot bind them back, so its read is {@code
 * readTree} (parsing only, no model). Target (issue 14): write + read at most 2 s on one core and
 * at most twice the plain mapper's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class FormatBenchmark {
  Isms isms = ConformantIsms.small(1);
  final IsmsFormat format = IsmsFormat.json().compact();
  final IsmsFormat unvalidated = IsmsFormat.json().compact().withoutValidation();
  final ObjectMapper plain = new ObjectMapper()
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule());
  final JsonFactory tokens = new JsonFactory();
  byte[] written = new byte[0];
  byte[] writtenPlain = new byte[0];

  /** Generates the ISMS (not measured) and writes it once, for the read-only benchmarks. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    isms = ConformantIsms.generate(7, 10_000, 10, 1_000);
    written = write(format);
    writtenPlain = plain.writeValueAsBytes(isms);
    if (isms.risks().size() != 100_000 || !format.read(new ByteArrayInputStream(written)).get().equals(isms)) {
      throw new IllegalStateException("the benchmark's ISMS does not round-trip");
    }
    System.gc();
  }

  private byte[] write(IsmsFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(written.length + 1024);
    f.write(isms, out);
    return out.toByteArray();
  }

  /** The ismskit format: write, then read (with Isms.validate()). */
  @Benchmark
  public Validation<Seq<Problem>, Isms> formatWriteRead() throws IOException {
    return format.read(new ByteArrayInputStream(write(format)));
  }

  /** The ismskit format: write, then read without Isms.validate(). */
  @Benchmark
  public Validation<Seq<Problem>, Isms> formatWriteReadUnvalidated() throws IOException {
    return unvalidated.read(new ByteArrayInputStream(write(unvalidated)));
  }

  /** The ismskit format: write only. */
  @Benchmark
  public byte[] formatWrite() throws IOException {
    return write(format);
  }

  /** The ismskit format: read only (with Isms.validate()). */
  @Benchmark
  public Validation<Seq<Problem>, Isms> formatRead() {
    return format.read(new ByteArrayInputStream(written));
  }

  /**
   * The floor under any reader of the document: Jackson's streaming parser stepping through the
   * format's bytes and materialising every name and string, building nothing. What a reader costs
   * beyond this is its own work.
   */
  @Benchmark
  public long jacksonTokensOnly() throws IOException {
    long n = 0;
    try (JsonParser p = tokens.createParser(written)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          n += p.currentName().length();
        } else if (t == JsonToken.VALUE_STRING) {
          n += p.getText().length();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          n += p.getTextLength();
        }
      }
    }
    return n;
  }

  /** A plain ObjectMapper: write only. */
  @Benchmark
  public byte[] plainWrite() throws IOException {
    return plain.writeValueAsBytes(isms);
  }

  /** A plain ObjectMapper: write, then parse into a tree. */
  @Benchmark
  public JsonNode plainWriteReadTree() throws IOException {
    return plain.readTree(plain.writeValueAsBytes(isms));
  }
}
