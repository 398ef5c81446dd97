package io.ismskit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.ScoringMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/scoring-methods.md true: for every built-in scoring method, the page carries the
 * reference that the method's own {@link MethodDescriptor} gives (version, bounds, every key of the
 * flat form with meaning and allowed values, the likelihood and consequence its scores state, every
 * factor name), between the markers {@code <!-- descriptor:ID begin -->} and {@code <!--
 * descriptor:ID end -->}. Run with {@code -Dismskit.updateGolden=true} to rewrite those sections
 * after changing a descriptor.
 */
class ScoringMethodsDocTest {
  static final Path PAGE = Path.of("..", "docs", "scoring-methods.md");

  @Test
  void everyBuiltInMethod_isDescribedAsItsDescriptorSays() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String updated = page;
    for (ScoringMethod<?> method : ScoringRegistry.builtIns().methods()) {
      String id = method.descriptor().id().value();
      String begin = "<!-- descriptor:" + id + " begin -->\n";
      String end = "<!-- descriptor:" + id + " end -->";
      int from = updated.indexOf(begin);
      int to = updated.indexOf(end);
      assertThat(from).as("docs/scoring-methods.md has a section for method '%s'", id).isNotNegative();
      assertThat(to).as("docs/scoring-methods.md closes the section of method '%s'", id).isGreaterThan(from);
      updated = updated.substring(0, from + begin.length()) + reference(method.descriptor())
          + updated.substring(to);
    }
    if (Boolean.getBoolean("ismskit.updateGolden")) {
      Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
      page = updated;
    }
    assertThat(page).as("docs/scoring-methods.md's descriptor sections (rerun with -Dismskit.updateGolden=true)")
        .isEqualTo(updated);
  }

  /** The reference of one method, as markdown. */
  static String reference(MethodDescriptor<?> d) {
    StringBuilder b = new StringBuilder();
    b.append("Version ").append(d.version()).append("; every score lies in [").append(number(d.bounds().min()))
        .append(", ").append(number(d.bounds().max())).append("].\n\n");
    b.append("| key | | meaning | allowed |\n| --- | --- | --- | --- |\n");
    for (MethodDescriptor.InputKey k : d.inputKeys()) {
      b.append("| `").append(k.name()).append("` | ").append(k.required() ? "required" : "optional")
          .append(" | ").append(cell(k.meaning())).append(" | ").append(cell(k.allowed())).append(" |\n");
    }
    b.append('\n');
    d.likelihood().ifPresent(l -> b.append("- **Likelihood:** ").append(l).append(".\n"));
    d.consequence().ifPresent(c -> b.append("- **Consequence:** ").append(c).append(".\n"));
    b.append("- **Factors** of every score's explanation: ");
    for (int i = 0; i < d.factors().size(); i++) {
      b.append(i == 0 ? "" : ", ").append('`').append(d.factors().get(i).name()).append('`');
    }
    b.append(".\n\n<details><summary>What each factor is</summary>\n\n| factor | meaning |\n| --- | --- |\n");
    for (MethodDescriptor.FactorKey f : d.factors()) {
      b.append("| `").append(f.name()).append("` | ").append(cell(f.meaning())).append(" |\n");
    }
    return b.append("\n</details>\n").toString();
  }

  static String number(double x) {
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "−∞";
    }
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
