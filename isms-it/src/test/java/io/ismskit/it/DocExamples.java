package io.ismskit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a page of {@code docs/} shows the examples a test compiles and runs: each region of
 * the test source between {@code // DOC:BEGIN name} and {@code // DOC:END}, with the imports listed
 * under {@code // DOC:IMPORTS name}, must appear line by line (indentation aside) in one fenced code
 * block of the page. A call {@code println(..)} in the test is shown as {@code System.out.println(..)}.
 */
final class DocExamples {
  private static final String MARK = "// DOC:";
  /** A test prints into a list with {@code println(..)}; the page shows {@code System.out.println(..)}. */
  private static final Pattern PRINTLN = Pattern.compile("(?<![.\\w])println\\(");

  private DocExamples() {}

  /**
   * Asserts that {@code docs/<page>} shows every region of the test source {@code source} (a file of
   * this package), and answers how many regions there were.
   */
  static int check(String page, String source) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", page), StandardCharsets.UTF_8);
    List<String> blocks = ReadmeExamplesTest.codeBlocks(doc);
    String text = Files.readString(Path.of("src", "test", "java", "io", "ismskit", "it", source), StandardCharsets.UTF_8);
    Map<String, List<String>> imports = new LinkedHashMap<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(MARK + "IMPORTS ")) {
        current = new ArrayList<>();
        imports.put(line.substring((MARK + "IMPORTS ").length()).strip(), current);
      } else if (line.startsWith("import ") && !imports.containsKey("end")) {
        current.add(line.strip());
      }
    }
    String begin = MARK + "BEGIN ";
    int regions = 0;
    for (int at = text.indexOf(begin); at >= 0; at = text.indexOf(begin, at + 1)) {
      String name = text.substring(at + begin.length(), text.indexOf('\n', at)).strip();
      List<String> lines = new ArrayList<>();
      for (String line : text.substring(text.indexOf('\n', at) + 1, text.indexOf(MARK + "END", at)).split("\n", -1)) {
        if (!line.isBlank()) {
          lines.add(PRINTLN.matcher(line.strip()).replaceAll("System.out.println("));
        }
      }
      lines.addAll(imports.getOrDefault(name, List.of()));
      String block = blocks.stream().filter(b -> lines.stream().allMatch(b::contains)).findFirst()
          .orElse(blocks.stream().filter(b -> b.contains(lines.get(0))).findFirst().orElse(""));
      for (String l : lines) {
        assertThat(block).as("docs/%s's block of example '%s' shows: %s", page, name, l).contains(l);
      }
      regions++;
    }
    return regions;
  }
}
