package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.export.format.IsmsDocument;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.pdca.PdcaEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISMS documents (the ismskit JSON or YAML format of {@code isms-export}) from files, turning
 * every way a file can be wrong into an {@link InputException} whose lines name the file, the line
 * and column, the problem's code and its message.
 */
final class Documents {
  /** Files larger than this are refused before they are read (the format's own limits apply after). */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final Pattern LINE_COLUMN = Pattern.compile(" \\(line (\\d+), column (\\d+)\\)");

  private Documents() {}

  /**
   * A document as read: its path and text, and everything it carries (the ISMS, and the PDCA event
   * log, FAIR results and conformance report when it has them).
   */
  record Loaded(Source source, IsmsDocument document) {
    /** The ISMS of the document. */
    Isms isms() {
      return document.isms();
    }

    /** The PDCA event log of the document, empty when it has no {@code events} section. */
    List<PdcaEvent> events() {
      return document.events();
    }
  }

  /**
   * The text of a document and where its entities stand in it: the line of the {@code id} of each
   * entity, found by scanning the text (the format writes one field per line).
   */
  static final class Source {
    private static final Pattern YAML_ID = Pattern.compile("^\\s*(?:-\\s+)?id:\\s*[\"']?([^\"'#]+?)[\"']?\\s*$");
    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String name;
    private final boolean yaml;
    private static final Pattern YAML_SECTION = Pattern.compile("^  ([A-Za-z]+):");
    private static final Pattern JSON_SECTION = Pattern.compile("^    \"([A-Za-z]+)\"\\s*:");

    private final Map<String, Integer> idLines = new HashMap<>();
    private final Map<String, Integer> sectionLines = new HashMap<>();

    Source(String name, String text, boolean yaml) {
      this.name = name;
      this.yaml = yaml;
      String[] lines = text.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = (yaml ? YAML_ID : JSON_ID).matcher(lines[i]);
        if (m.find()) {
          idLines.putIfAbsent(m.group(1).trim(), i + 1);
        }
        Matcher section = (yaml ? YAML_SECTION : JSON_SECTION).matcher(lines[i]);
        if (section.find()) {
          sectionLines.putIfAbsent(section.group(1), i + 1);
        }
      }
    }

    /** The file name as the user gave it. */
    String name() {
      return name;
    }

    /** Whether the document is YAML. */
    boolean yaml() {
      return yaml;
    }

    /** The line of the entity with {@code id}, or 1 (the document) when it is not found. */
    int lineOf(String id) {
      return idLines.getOrDefault(id, 1);
    }

    /** The line of the top-level section {@code key} of the ISMS (such as {@code risks}), if it is there. */
    java.util.Optional<Integer> sectionLine(String key) {
      return java.util.Optional.ofNullable(sectionLines.get(key));
    }

    /** Whether the line of the entity with {@code id} is known. */
    boolean knows(String id) {
      return idLines.containsKey(id);
    }
  }

  private static boolean isYaml(Path file, String text) {
    String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return false;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return true;
    }
    return !text.stripLeading().startsWith("{");
  }

  /** Reads and validates the ISMS in {@code file}, or throws an {@link InputException} with every problem. */
  static Loaded read(Path file) {
    String name = file.toString();
    String text = readText(file);
    boolean yaml = isYaml(file, text);
    Source source = new Source(name, text, yaml);
    IsmsFormat format = yaml ? IsmsFormat.yaml() : IsmsFormat.json();
    Validation<Seq<Problem>, IsmsDocument> read = format.readDocument(new StringReader(text));
    if (read.isInvalid()) {
      List<String> lines = new ArrayList<>();
      for (Problem p : read.getError()) {
        lines.add(format(source, p));
      }
      throw new InputException(lines);
    }
    return new Loaded(source, read.get());
  }

  /** The text of {@code file}, which must exist, be a regular file and be UTF-8. */
  static String readText(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(name + ": is a directory, not an ISMS file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB, not read");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + Text.shorten(String.valueOf(e.getMessage())));
    }
  }

  /**
   * One problem as a compiler-style line: {@code FILE:LINE:COLUMN: code: message} when the message
   * carries a line and column, {@code FILE:LINE: code: message} when only the entity is known.
   */
  static String format(Source source, Problem p) {
    String message = p.message();
    Matcher m = LINE_COLUMN.matcher(message);
    String where;
    if (m.find()) {
      where = m.group(1) + ":" + m.group(2);
      message = message.substring(0, m.start()) + message.substring(m.end());
    } else if (!p.entityId().isEmpty() && source.knows(p.entityId())) {
      where = String.valueOf(source.lineOf(p.entityId()));
    } else {
      where = "";
    }
    return source.name() + ":" + (where.isEmpty() ? "" : where + ":") + " " + p.code().key() + ": " + message;
  }
}
