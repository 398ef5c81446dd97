package io.ismskit.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes files all or nothing: every content is rendered in memory first (a failure leaves the disk
 * untouched), then written into a temporary sibling and moved into place.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Renders every content to UTF-8 bytes, in order; nothing touches the disk. */
  static Map<String, byte[]> render(Map<String, ReportSet.Content> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((name, content) -> out.put(name, render(content)));
    return out;
  }

  /** Renders one content to UTF-8 bytes. */
  static byte[] render(ReportSet.Content content) {
    StringWriter w = new StringWriter();
    try {
      content.write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail: a bug
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code files} into directory {@code dir} (created with its parents if missing; files of
   * the same names replaced, others left alone) and returns the paths written.
   *
   * @throws InputException if {@code dir} exists and is not a directory
   * @throws IOException if the file system refuses; the temporary directory is then removed
   */
  static List<Path> writeDirectory(Path dir, Map<String, byte[]> files) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InputException(dir + ": exists and is not a directory");
    }
    Path abs = dir.toAbsolutePath().normalize();
    Path parent = abs.getParent() == null ? abs : abs.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createDirectory(parent.resolve(tempName()));
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(temp.resolve(f.getKey()), f.getValue());
      }
      if (!Files.exists(abs)) {
        move(temp, abs);
      } else {
        for (String name : files.keySet()) {
          move(temp.resolve(name), abs.resolve(name));
        }
      }
    } finally {
      deleteTree(temp);
    }
    List<Path> written = new ArrayList<>();
    for (String name : files.keySet()) {
      written.add(dir.resolve(name));
    }
    return written;
  }

  /** Writes one file: into a temporary sibling, then moved over {@code file}. */
  static void writeFile(Path file, byte[] content) throws IOException {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory");
    }
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent() == null ? abs : abs.getParent();
    Files.createDirectories(parent);
    Path temp = parent.resolve(tempName());
    try {
      Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(temp, abs);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A fresh name for a temporary sibling. Not {@code Files.createTemp*}: those create owner-only
   * files, and the report must get the permissions any other file the user writes gets.
   */
  private static String tempName() {
    return ".isms-out-" + UUID.randomUUID();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    if (Files.isDirectory(p)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path c : ds) {
          deleteTree(c);
        }
      }
    }
    Files.delete(p);
  }
}
