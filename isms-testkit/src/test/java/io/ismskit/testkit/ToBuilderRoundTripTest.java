package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every model type with a builder, {@code x.toBuilder().build()} equals {@code x}, over the
 * testkit's generator of that type: a builder filled from a value loses nothing, whatever the
 * value holds.
 */
class ToBuilderRoundTripTest {

  /** The generators of {@link IsmsGens} whose type has a public {@code toBuilder()}. */
  static List<Method> buildableGenerators() {
    List<Method> out = new ArrayList<>();
    for (Method m : ModelGeneratorsTest.generators()) {
      if (toBuilder(ModelGeneratorsTest.generatedClass(m)) != null) {
        out.add(m);
      }
    }
    return out;
  }

  static @Nullable Method toBuilder(Class<?> type) {
    try {
      return type.getMethod("toBuilder");
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  static Object roundTrip(Object value) {
    try {
      Object builder = value.getClass().getMethod("toBuilder").invoke(value);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError("toBuilder().build() refused " + value, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("no public toBuilder().build() on " + value.getClass(), e);
    }
  }

  @Test
  void everyTypeOfTheModelWithABuilder_hasAGeneratorHere() throws Exception {
    Set<String> generated = new TreeSet<>();
    buildableGenerators().forEach(m -> generated.add(ModelGeneratorsTest.generatedClass(m).getSimpleName()));
    Set<String> expected = new TreeSet<>(ModelGeneratorsTest.MODEL_TYPES);
    expected.removeAll(NOT_BUILT);
    assertThat(generated).isEqualTo(expected);
    assertThat(generated).isEqualTo(coreTypesWithABuilder());
  }

  /** The simple names of isms-core's public classes that have a public {@code toBuilder()}. */
  static Set<String> coreTypesWithABuilder() throws IOException, ClassNotFoundException {
    Path location = Path.of(URI.create(
        Isms.class.getProtectionDomain().getCodeSource().getLocation().toString()));
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(f -> f.toString().endsWith(".class"))
            .filter(f -> !f.endsWith("module-info.class")) // isms-core is a named module
            .forEach(f -> names.add(location.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
            .forEach(names::add);
      }
    }
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false,
          ToBuilderRoundTripTest.class.getClassLoader());
      if (Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null && toBuilder(c) != null) {
        out.add(c.getSimpleName());
      }
    }
    return out;
  }

  /** The model's small values: records built by a constructor or factory, changed by their withers. */
  static final List<String> NOT_BUILT = List.of("CiaValue", "ReviewIntervals", "ClauseId", "ControlId",
      "Approval", "Evaluation", "ActionProgress", "NonconformityProgress", "AuditProgress", "RiskLevel", "ScaleValue",
      "CoveredPeriod", "EvidenceReview", "AcceptanceAuthority", "ComplianceEvaluation",
      "CertificateStanding", "FindingResponse");

  @TestFactory
  List<DynamicTest> toBuilder_build_isTheSameValue() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Method m : buildableGenerators()) {
      tests.add(DynamicTest.dynamicTest(m.getName(), () -> {
        Gen<?> gen = (Gen<?>) m.invoke(null);
        boolean graph = m.getName().equals("validIsms");
        qt().withFixedSeed(31L).withExamples(graph ? 20 : 100)
            .forAll(QtGens.of(gen, 0, graph ? 200 : 8))
            .checkAssert(x -> {
              Object copy = roundTrip(x);
              assertThat(copy).isEqualTo(x).hasSameHashCodeAs(x);
            });
      }));
    }
    return tests;
  }
}
