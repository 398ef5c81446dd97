package io.ismskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.context.Organization;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    Validation<Seq<Violation>, Isms> result = isms.validate();
    result.getError().forEach(v -> printed.add(v.message()));
    // Risk R-1: owner refers to unknown person 'P-SALES'
    // README:END
    return printed;
  }

  @Test
  void quickStart_reportsTheDanglingOwner() {
    assertThat(quickStart()).containsExactly("Risk R-1: owner refers to unknown person 'P-SALES'");
  }

  @Test
  void readme_showsThisExample() throws IOException {
    Path readme = Path.of("..", "README.md");
    Path self = Path.of("src", "test", "java", "io", "ismskit", "core", "QuickStartExamples.java");
    String source = Files.readString(self, StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf("// README:BEGIN") + "// README:BEGIN".length(),
        source.indexOf("    // README:END"));
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    for (String line : example.strip().split("\n")) {
      String l = line.strip().replace("printed.add(v.message())", "System.out.println(v.message())");
      assertThat(text).as("README.md shows the quick start line").contains(l);
    }
  }
}
