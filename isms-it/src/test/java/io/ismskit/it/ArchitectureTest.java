package io.ismskit.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules of the project's design that the compiler cannot see: module layering, internals kept
 * internal, and no I/O, clock or environment in library code.
 */
class ArchitectureTest {
  /** The host application (isms-cli): the one place that touches files, prints and reads the clock. */
  static final String HOST = "io.ismskit.cli..";

  static final String[] LIBRARY_PACKAGES = {"io.ismskit.core..", "io.ismskit.conformance..",
      "io.ismskit.risk..", "io.ismskit.pdca..", "io.ismskit.export.."};

  static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.ismskit");

  @Test
  void importsTheLibraryModules() {
    org.assertj.core.api.Assertions.assertThat(LIBRARY.containPackage("io.ismskit.core")).isTrue();
    org.assertj.core.api.Assertions.assertThat(LIBRARY.containPackage("io.ismskit.risk.spi")).isTrue();
    org.assertj.core.api.Assertions.assertThat(LIBRARY.stream().filter(c -> c.getPackageName().startsWith("io.ismskit.core")).count())
        .isGreaterThan(50);
  }

  @Test
  void core_knowsNoOtherModule() {
    noClasses().that().resideInAPackage("io.ismskit.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.conformance..", "io.ismskit.risk..",
            "io.ismskit.pdca..", "io.ismskit.export..", "io.ismskit.testkit..", "io.ismskit.cli..")
        .check(LIBRARY);
  }

  @Test
  void conformance_knowsOnlyCore() {
    noClasses().that().resideInAPackage("io.ismskit.conformance..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.risk..", "io.ismskit.pdca..",
            "io.ismskit.export..", "io.ismskit.testkit..", "io.ismskit.cli..")
        .check(LIBRARY);
  }

  @Test
  void risk_knowsOnlyCoreAndItsSpi() {
    noClasses().that().resideInAPackage("io.ismskit.risk..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.conformance..", "io.ismskit.pdca..",
            "io.ismskit.export..", "io.ismskit.testkit..", "io.ismskit.cli..")
        .check(LIBRARY);
    noClasses().that().resideInAPackage("io.ismskit.risk.spi..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.risk")
        .orShould().dependOnClassesThat().resideInAnyPackage("io.ismskit.risk.methods..", "io.ismskit.risk.cvss..",
            "io.ismskit.risk.fair..", "io.ismskit.risk.engine..")
        .check(LIBRARY);
  }

  @Test
  void pdca_knowsCoreAndConformance() {
    noClasses().that().resideInAPackage("io.ismskit.pdca..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.risk..", "io.ismskit.export..",
            "io.ismskit.testkit..", "io.ismskit.cli..")
        .allowEmptyShould(true)
        .check(LIBRARY);
  }

  @Test
  void libraries_doNotKnowTheTestkitOrTheCli() {
    noClasses().that().resideInAnyPackage("io.ismskit.core..", "io.ismskit.conformance..", "io.ismskit.risk..",
            "io.ismskit.pdca..", "io.ismskit.export..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.testkit..", "io.ismskit.cli..")
        .check(LIBRARY);
  }

  @Test
  void testkit_knowsCoreAndTheScoringSpi() {
    noClasses().that().resideInAPackage("io.ismskit.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.conformance..", "io.ismskit.risk",
            "io.ismskit.risk.methods..", "io.ismskit.risk.cvss..", "io.ismskit.risk.fair..",
            "io.ismskit.risk.engine..", "io.ismskit.pdca..", "io.ismskit.export..", "io.ismskit.cli..")
        .check(LIBRARY);
  }

  @Test
  void libraryInternals_areReachedOnlyThroughTheirSeams() {
    // In the library modules, API classes reach built-in implementations only through ServiceLoader
    // or one documented factory (listed in SEAMS), never by borrowing an internal helper; so an
    // internal package sits on top of its module's API and nothing points back up. (The testkit's
    // internal package is the implementation behind its generator factories; other modules never
    // see it, see testkitInternals_stayInTheTestkit.)
    noClasses().that().resideInAnyPackage(LIBRARY_PACKAGES)
        .and().resideOutsideOfPackage("..internal..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .check(LIBRARY);
  }

  @Test
  void testkitInternals_stayInTheTestkit() {
    noClasses().that().resideOutsideOfPackage("io.ismskit.testkit..")
        .should().dependOnClassesThat().resideInAPackage("io.ismskit.testkit.internal..")
        .check(LIBRARY);
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("io.ismskit.(**)").should().beFreeOfCycles()
        .check(LIBRARY);
  }

  @Test
  void library_doesNoIo() {
    noClasses().that().resideOutsideOfPackage(HOST).should()
        .dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("library modules take dates, seeds and writers from the caller")
        .check(LIBRARY);
  }

  @Test
  void library_readsNoClock() {
    noClasses().that().resideOutsideOfPackage(HOST).should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callConstructor(Random.class)
        .because("callers pass asOf and seeds, so every result is reproducible")
        .check(LIBRARY);
  }
}
