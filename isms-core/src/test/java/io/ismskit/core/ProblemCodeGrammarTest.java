package io.ismskit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@link ProblemCode} enum constant of isms-core follows {@link ProblemCode#GRAMMAR}, and keys are unique. */
class ProblemCodeGrammarTest {

  /** Every enum of isms-core's compiled classes that implements ProblemCode. */
  static List<Class<?>> problemCodeEnums() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target", "classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !p.endsWith("module-info.class")).toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
        Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
            ProblemCodeGrammarTest.class.getClassLoader());
        if (c.isEnum() && ProblemCode.class.isAssignableFrom(c)) {
          found.add(c);
        }
      }
    }
    return found;
  }

  @Test
  void everyCodeOfCore_followsTheGrammar() throws Exception {
    List<Class<?>> enums = problemCodeEnums();
    assertThat(enums).extracting(Class::getSimpleName).contains("ModelCode", "ValidationCode");
    Set<String> keys = new HashSet<>();
    for (Class<?> e : enums) {
      for (Object constant : e.getEnumConstants()) {
        String key = ((ProblemCode) constant).key();
        assertThat(key).as("%s.%s", e.getSimpleName(), constant).matches(ProblemCode.GRAMMAR);
        assertThat(ProblemCode.wellFormed(key)).isTrue();
        assertThat(keys.add(key)).as("key %s is unique", key).isTrue();
      }
    }
    assertThat(keys).contains("validation.reference.dangling", "model.attribute.required");
  }

  @Test
  void grammar_refusesOtherSpellings() {
    for (String bad : new String[] {"matrix.config.table.notMonotone", "single", "a..b", "a.-b", "A.b", "a.b-"}) {
      assertThat(ProblemCode.wellFormed(bad)).as(bad).isFalse();
    }
    assertThat(ProblemCode.wellFormed("engine.method.version-changed")).isTrue();
  }
}
