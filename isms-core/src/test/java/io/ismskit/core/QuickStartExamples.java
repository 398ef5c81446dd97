package io.ismskit.core;

// README:IMPORTS-BEGIN
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.context.Organization;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
// README:IMPORTS-END

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run, and checked to be the text the README shows. */
class QuickStartExamples {

  List<String> quickStart() {
    List<String> printed = new ArrayList<>();
    // README:BEGIN
    PersonId ciso = PersonId.of("P-CISO");
    Isms isms = Isms.builder()
        .organization(Organization.builder().name("Acme GmbH").headcount(150).build())
        .addPeople(Person.builder().id(ciso).name("Dana Schmidt").topManagement(true).build())
        .addAssets(Asset.builder().id(AssetId.of("A-CRM")).name("CRM").type(AssetType.SOFTWARE)
            .owner(ciso).classification(Classification.CONFIDENTIAL).value(CiaValue.of(4, 3, 3))
            .build())
        .addRisks(Risk.builder().id(RiskId.of("R-1")).title("Customer data leak")
            .scenario("An attacker exfiltrates customer records from the CRM")
            .addAssets(AssetId.of("A-CRM")).addAffects(SecurityProperty.CONFIDENTIALITY)
            .owner(PersonId.of("P-SALES")) // nobody has this id: validate() says so
            .identifiedOn(LocalDate.of(2026, 3, 1)).build())
        .build();

    Validation<Seq<Problem>, Isms> result = isms.validate();
    result.getError().forEach(problem -> printed.add(problem.message()));
    // Risk R-1: owner refers to unknown person 'P-SALES'

    Risk risk = isms.risk(RiskId.of("R-1")).orElseThrow(); // look up by id
    Isms fixed = isms.withRisk(risk.withOwner(ciso));      // replace by id, in place
    printed.add(String.valueOf(fixed.validate().isValid())); // true
    // README:END
    return printed;
  }

  @Test
  void quickStart_reportsTheDanglingOwner_andTheFixValidates() {
    assertThat(quickStart()).containsExactly("Risk R-1: owner refers to unknown person 'P-SALES'", "true");
  }

  @Test
  void readme_showsThisExample_withItsImports() throws IOException {
    Path readme = Path.of("..", "README.md");
    Path self = Path.of("src", "test", "java", "io", "ismskit", "core", "QuickStartExamples.java");
    String source = Files.readString(self, StandardCharsets.UTF_8);
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String example = region(source, "// README:BEGIN", "    // README:END")
        + region(source, "// README:IMPORTS-BEGIN", "// README:IMPORTS-END");
    for (String line : example.strip().split("\n", -1)) {
      String l = line.strip()
          .replace("printed.add(problem.message())", "System.out.println(problem.message())")
          .replace("printed.add(String.valueOf(fixed.validate().isValid()));",
              "System.out.println(fixed.validate().isValid());");
      if (!l.isEmpty()) {
        assertThat(text).as("README.md shows the quick start line").contains(l);
      }
    }
  }

  static String region(String source, String begin, String end) {
    return source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
  }
}
