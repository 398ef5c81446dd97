package io.ismskit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a user runs it: the README's quick start, compiled with {@code javac} from the
 * README's own text and run in a child JVM once as a named module on the module path and once on
 * the class path; and a scoring-method plug-in on the class path, found by the named module {@code
 * io.ismskit.risk} through {@code ServiceLoader}.
 *
 * <p>The library is taken from this test JVM's class path: in {@code mvn verify} that is the
 * modules' packaged jars, in {@code mvn test} their {@code target/classes} directories (exploded
 * modules, as they carry {@code module-info.class}). Of the class path, the child gets exactly the
 * modules the library's descriptors require (read with {@link ModuleFinder}), so a missing
 * {@code requires} or {@code exports} fails here as it would for a user.
 */
class ModulePathTest {
  /** The library modules a user may require, the roots of the module graph under test. */
  static final List<String> LIBRARY = List.of("io.ismskit.core", "io.ismskit.risk.spi", "io.ismskit.risk",
      "io.ismskit.conformance", "io.ismskit.export");

  static final List<String> QUICK_START_OUTPUT = List.of("Risk R-1: owner refers to unknown person 'P-SALES'", "true");

  static List<Path> libraryPath = List.of();

  @BeforeAll
  static void findTheLibrary() {
    libraryPath = modulesRequiredBy(LIBRARY, testClassPath());
  }

  @Test
  void theLibraryIsMadeOfNamedModules() {
    Map<String, ModuleDescriptor> found = describe(libraryPath);
    for (String name : LIBRARY) {
      assertThat(found).as("module %s on %s", name, libraryPath).containsKey(name);
      assertThat(found.get(name).isAutomatic()).as("%s has a module-info", name).isFalse();
    }
    assertThat(found.get("io.ismskit.core").requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("io.vavr");
      assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    });
    assertThat(found.get("io.ismskit.conformance").exports())
        .extracting(ModuleDescriptor.Exports::source).containsExactly("io.ismskit.conformance");
    assertThat(found.get("io.ismskit.conformance").provides()).singleElement()
        .satisfies(p -> assertThat(p.providers()).hasSize(65));
    assertThat(found.get("io.ismskit.risk").uses()).containsExactly("io.ismskit.risk.spi.ScoringMethod");
  }

  @Test
  void theTestkitJar_isAnAutomaticModuleWithAStableName() {
    // The testkit's API exposes QuickTheories, which has no module name of its own (see README).
    List<Path> testkitJars = testClassPath().stream()
        .filter(p -> p.getFileName().toString().matches("isms-testkit-.*\\.jar")).collect(Collectors.toList());
    Optional<Path> testkitClasses = testClassPath().stream()
        .filter(p -> p.endsWith(Path.of("isms-testkit", "target", "classes"))).findFirst();
    assertThat(testkitJars.size() + (testkitClasses.isPresent() ? 1 : 0)).as("the testkit on %s", testClassPath())
        .isEqualTo(1);
    testkitClasses.ifPresent(dir -> assertThat(dir.resolve("module-info.class")).doesNotExist());
    for (Path jar : testkitJars) {
      ModuleDescriptor d = describeEntry(jar).orElseThrow();
      assertThat(d.name()).isEqualTo("io.ismskit.testkit");
      assertThat(d.isAutomatic()).isTrue();
    }
  }

  @Test
  void quickStart_runsAsANamedModule_onTheModulePath(@TempDir Path tmp) throws Exception {
    Path src = tmp.resolve("src");
    write(src.resolve("module-info.java"), "module quickstart {\n  requires io.ismskit.core;\n}\n");
    write(src.resolve("quickstart/QuickStart.java"), quickStartProgram());
    Path out = tmp.resolve("out");
    compile(src, out, List.of("--module-path", pathOf(libraryPath)));

    List<String> modulePath = new ArrayList<>(strings(libraryPath));
    modulePath.add(out.toString());
    List<String> printed = run(List.of("--module-path", String.join(File.pathSeparator, modulePath),
        "--module", "quickstart/quickstart.QuickStart"));

    assertThat(printed).containsExactlyElementsOf(QUICK_START_OUTPUT);
  }

  @Test
  void quickStart_runsOnTheClassPath(@TempDir Path tmp) throws Exception {
    Path src = tmp.resolve("src");
    write(src.resolve("quickstart/QuickStart.java"), quickStartProgram());
    Path out = tmp.resolve("out");
    compile(src, out, List.of("--class-path", pathOf(libraryPath)));

    List<String> classPath = new ArrayList<>(strings(libraryPath));
    classPath.add(out.toString());
    List<String> printed = run(List.of("--class-path", String.join(File.pathSeparator, classPath),
        "quickstart.QuickStart"));

    assertThat(printed).containsExactlyElementsOf(QUICK_START_OUTPUT);
  }

  @Test
  void classPathPlugins_areFoundByTheNamedModules(@TempDir Path tmp) throws Exception {
    Path plugin = compilePlugin(tmp);

    // The library on the module path (named modules), the plug-in and the program on the class path.
    List<String> classPath = List.of(plugin.toString(), plugin.resolveSibling("program-out").toString());
    List<String> modular = run(List.of("--module-path", pathOf(libraryPath),
        "--add-modules", "io.ismskit.risk,io.ismskit.conformance",
        "--class-path", String.join(File.pathSeparator, classPath), "program.ListPlugins"));

    assertThat(modular).containsExactly(
        "registry in module io.ismskit.risk",
        "methods [cvss, dread, fair, matrix, nist-800-30, owasp, plugin.constant]",
        "plugin.constant scores 0.5 Low",
        "rules in module io.ismskit.conformance, internal package exported: false",
        "65 built-in rules, first 4.1-issues, last 10.2-overdue");
  }

  @Test
  void classPathPlugins_areFoundOnTheClassPath_inTheSameOrder(@TempDir Path tmp) throws Exception {
    Path plugin = compilePlugin(tmp);

    List<String> classPath = new ArrayList<>(strings(libraryPath));
    classPath.add(plugin.toString());
    classPath.add(plugin.resolveSibling("program-out").toString());
    List<String> flat = run(List.of("--class-path", String.join(File.pathSeparator, classPath),
        "program.ListPlugins"));

    assertThat(flat).containsExactly(
        "registry in module (unnamed)",
        "methods [cvss, dread, fair, matrix, nist-800-30, owasp, plugin.constant]",
        "plugin.constant scores 0.5 Low",
        "rules in module (unnamed), internal package exported: true",
        "65 built-in rules, first 4.1-issues, last 10.2-overdue");
  }

  /** The README's quick start block, its imports above a class and its statements in {@code main}. */
  static String quickStartProgram() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Quick start");
    assertThat(section).as("README.md has a Quick start section").isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    assertThat(imports.toString()).contains("import io.ismskit.core.Isms;");
    return "package quickstart;\n\n" + imports + "\npublic final class QuickStart {\n"
        + "  public static void main(String[] args) {\n" + body + "  }\n}\n";
  }

  /**
   * Compiles a scoring-method plug-in registered in {@code META-INF/services} (a class-path
   * plug-in, no module-info) into {@code tmp/plugin-out}, and the program that lists what the
   * registries find into {@code tmp/program-out}.
   */
  static Path compilePlugin(Path tmp) throws IOException {
    Path src = tmp.resolve("plugin-src");
    write(src.resolve("plugin/ConstantMethod.java"), """
        package plugin;

        import io.ismskit.core.base.Problem;
        import io.ismskit.core.risk.MethodId;
        import io.ismskit.risk.spi.Bounds;
        import io.ismskit.risk.spi.FlatForm;
        import io.ismskit.risk.spi.MethodDescriptor;
        import io.ismskit.risk.spi.Score;
        import io.ismskit.risk.spi.ScoringMethod;
        import io.vavr.control.Either;
        import java.util.List;
        import java.util.Map;

        public final class ConstantMethod implements ScoringMethod<String> {
          private static final MethodDescriptor<String> DESCRIPTOR =
              MethodDescriptor.builder(MethodId.of("plugin.constant"), "1", String.class)
                  .bounds(Bounds.of(0, 1))
                  .inputKey(MethodDescriptor.InputKey.optional("x", "anything", "any text"))
                  .build();

          public ConstantMethod() {}

          @Override public MethodDescriptor<String> descriptor() { return DESCRIPTOR; }

          @Override public Either<Problem, Score> score(String input) {
            return Either.right(new Score(0.5, 0.5, "Low", id(), version(), List.of()));
          }

          @Override public Either<Problem, String> decode(Map<String, String> inputs) {
            return FlatForm.knownKeys(DESCRIPTOR, inputs).map(in -> in.getOrDefault("x", ""));
          }

          @Override public Map<String, String> encode(String input) { return Map.of("x", input); }
        }
        """);
    Path out = tmp.resolve("plugin-out");
    compile(src, out, List.of("--class-path", pathOf(libraryPath)));
    write(out.resolve("META-INF/services/io.ismskit.risk.spi.ScoringMethod"), "plugin.ConstantMethod\n");

    Path programSrc = tmp.resolve("program-src");
    write(programSrc.resolve("program/ListPlugins.java"), """
        package program;

        import io.ismskit.conformance.ConformanceRule;
        import io.ismskit.conformance.RuleSet;
        import io.ismskit.core.risk.MethodId;
        import io.ismskit.risk.ScoringRegistry;
        import java.util.List;
        import java.util.Map;

        public final class ListPlugins {
          public static void main(String[] args) {
            Module risk = ScoringRegistry.class.getModule();
            System.out.println("registry in module " + (risk.isNamed() ? risk.getName() : "(unnamed)"));
            ScoringRegistry methods = ScoringRegistry.builtIns();
            System.out.println("methods " + methods.ids());
            System.out.println("plugin.constant scores " + methods.require(MethodId.of("plugin.constant")).get()
                .scoreEncoded(Map.of()).map(s -> s.value() + " " + s.level()).getOrElseGet(p -> p.message()));
            Module conformance = RuleSet.class.getModule();
            System.out.println("rules in module " + (conformance.isNamed() ? conformance.getName() : "(unnamed)")
                + ", internal package exported: " + conformance.isExported("io.ismskit.conformance.internal"));
            List<ConformanceRule> rules = RuleSet.iso27001_2022().rules();
            System.out.println(rules.size() + " built-in rules, first " + rules.get(0).id()
                + ", last " + rules.get(rules.size() - 1).id());
          }
        }
        """);
    compile(programSrc, tmp.resolve("program-out"), List.of("--class-path", pathOf(libraryPath)));
    return out;
  }

  // --- the library on this JVM's class path ----------------------------------------------------

  /** This test JVM's class path (surefire reports it in {@code java.class.path} of the fork). */
  static List<Path> testClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator, -1)) {
      if (!e.isBlank()) {
        entries.add(Path.of(e).toAbsolutePath());
      }
    }
    return entries;
  }

  /**
   * The entries of {@code classPath} holding {@code roots} and every module they require, directly
   * or not ({@code requires static} included when present), in class-path order.
   */
  static List<Path> modulesRequiredBy(List<String> roots, List<Path> classPath) {
    Map<String, Path> byName = new LinkedHashMap<>();
    Map<String, ModuleDescriptor> descriptors = new LinkedHashMap<>();
    for (Path entry : classPath) {
      describeEntry(entry).ifPresent(d -> {
        byName.putIfAbsent(d.name(), entry);
        descriptors.putIfAbsent(d.name(), d);
      });
    }
    Set<String> needed = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      ModuleDescriptor d = descriptors.get(name);
      if (d == null) {
        assertThat(name).as("module %s, required by the library, is on the class path %s", name, classPath)
            .startsWith("java.");
        continue;
      }
      if (needed.add(name)) {
        for (ModuleDescriptor.Requires r : d.requires()) {
          boolean optional = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
          if (!optional || descriptors.containsKey(r.name())) {
            todo.push(r.name());
          }
        }
      }
    }
    return classPath.stream().filter(p -> needed.stream().anyMatch(n -> p.equals(byName.get(n))))
        .collect(Collectors.toList());
  }

  /** The module a class-path entry would be on the module path, if it can be one. */
  static Optional<ModuleDescriptor> describeEntry(Path entry) {
    boolean jar = Files.isRegularFile(entry) && entry.toString().endsWith(".jar");
    boolean explodedModule = Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("module-info.class"));
    if (!jar && !explodedModule) {
      return Optional.empty();
    }
    try {
      return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor);
    } catch (FindException e) { // e.g. a jar whose file name gives no valid automatic module name
      return Optional.empty();
    }
  }

  static Map<String, ModuleDescriptor> describe(List<Path> entries) {
    Map<String, ModuleDescriptor> out = new LinkedHashMap<>();
    for (Path p : entries) {
      describeEntry(p).ifPresent(d -> out.put(d.name(), d));
    }
    return out;
  }

  // --- javac and java --------------------------------------------------------------------------

  static void compile(Path src, Path out, List<String> options) throws IOException {
    List<String> args = new ArrayList<>(options);
    args.addAll(List.of("--release", "17", "-proc:none", "-Xlint:none", "-d", out.toString()));
    try (var files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertThat(status).as("javac %s:%n%s", args, diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** Runs {@code java args} in a child JVM; its standard output, line by line, after it exits 0. */
  static List<String> run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    boolean exited = process.waitFor(2, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited && process.exitValue() == 0).as("%s exits 0; it printed:%n%s", command, output).isTrue();
    return output.lines().collect(Collectors.toList());
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String pathOf(List<Path> entries) {
    return String.join(File.pathSeparator, strings(entries));
  }

  static List<String> strings(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.toList());
  }
}
