package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the test compares what the code produces with a committed file; run with {@code
 * -Dismskit.updateGolden=true} to rewrite the files (then review the diff).
 */
public final class Golden {
  private Golden() {}

  /** Asserts that the class path resource {@code resource}, kept under {@code sourceDir}, is {@code actual}. */
  public static void assertResource(String sourceDir, String resource, String actual) {
    if (Boolean.getBoolean("ismskit.updateGolden")) {
      try {
        Path file = Path.of(sourceDir, resource.substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(read(resource))
        .as("%s is not what the code produces now; if the change is intended, rerun with"
            + " -Dismskit.updateGolden=true and review the diff", resource)
        .isEqualTo(actual);
  }

  /** The class path resource as UTF-8 text. */
  public static String read(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
