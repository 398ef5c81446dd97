package io.ismskit.architecture;

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
  void core_doesNotKnowTheOtherModules() {
    noClasses().that().resideInAPackage("io.ismskit.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.risk..", "io.ismskit.testkit..",
            "io.ismskit.pdca..", "io.ismskit.export..")
        .check(LIBRARY);
  }

  @Test
  void risk_doesNotKnowTheTestkit() {
    noClasses().that().resideInAPackage("io.ismskit.risk..")
        .should().dependOnClassesThat().resideInAnyPackage("io.ismskit.testkit..")
        .check(LIBRARY);
  }

  @Test
  void coreInternals_stayInCore() {
    noClasses().that().resideOutsideOfPackage("io.ismskit.core..")
        .should().dependOnClassesThat().resideInAPackage("io.ismskit.core.internal..")
        .check(LIBRARY);
  }

  @Test
  void riskInternals_stayInRisk() {
    noClasses().that().resideOutsideOfPackage("io.ismskit.risk..")
        .should().dependOnClassesThat().resideInAPackage("io.ismskit.risk..internal..")
        .check(LIBRARY);
  }

  @Test
  void modules_haveNoCycles() {
    slices().matching("io.ismskit.(*)..").should().beFreeOfCycles().check(LIBRARY);
  }

  @Test
  void library_doesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
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
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callConstructor(Random.class)
        .because("callers pass asOf and seeds, so every result is reproducible")
        .check(LIBRARY);
  }
}
