package io.ismskit.export.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.export.format.Golden;
import io.ismskit.export.format.IsmsFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The samples are data: documents of the ismskit format in this module's jar. Each validates and
 * round-trips through JSON and YAML; the Northwind document is what the Java generator {@link
 * Northwind} builds, and the lean document is in the writer's canonical form (it is the YAML golden
 * file; {@code golden/lean.json} is the JSON one).
 */
class SampleResourcesTest {

  static String write(IsmsFormat format, Isms isms) throws IOException {
    StringWriter out = new StringWriter();
    format.write(isms, out);
    return out.toString();
  }

  @Test
  void northwindResource_isWhatTheGeneratorBuilds() throws IOException {
    Golden.assertResource("src/main/resources", SampleIsms.NORTHWIND_RESOURCE,
        write(IsmsFormat.json(), new Northwind(SampleIsms.NORTHWIND_AS_OF).build()));
  }

  @Test
  void leanResource_isInCanonicalForm_andTheJsonGoldenFileMatches() throws IOException {
    Isms lean = SampleIsms.lean();
    Golden.assertResource("src/main/resources", SampleIsms.LEAN_RESOURCE, write(IsmsFormat.yaml(), lean));
    Golden.assertResource("src/test/resources", "/io/ismskit/export/format/golden/lean.json",
        write(IsmsFormat.json(), lean));
  }

  @Test
  void samples_validate_andRoundTripThroughJsonAndYaml() throws IOException {
    for (Isms isms : new Isms[] {SampleIsms.northwind(), SampleIsms.lean()}) {
      String problems = isms.validate().fold(p -> p.take(3).toString(), v -> "");
      assertThat(problems).isEmpty();
      for (IsmsFormat f : new IsmsFormat[] {IsmsFormat.json(), IsmsFormat.yaml(), IsmsFormat.json().compact()}) {
        assertThat(f.read(new StringReader(write(f, isms))).get()).isEqualTo(isms);
      }
    }
  }

  @Test
  void lean_isATenPersonCompany_andMovesWithItsDate() {
    Isms lean = SampleIsms.lean();
    assertThat(lean.organization().headcount()).isEqualTo(10);
    assertThat(lean.people()).hasSize(10);
    assertThat(lean.statementOfApplicability()).isPresent();
    Isms later = SampleIsms.lean(SampleIsms.LEAN_AS_OF.plusYears(1));
    assertThat(later.validate().isValid()).isTrue();
    assertThat(later.risks().get(0).identifiedOn()).isEqualTo(lean.risks().get(0).identifiedOn().plusDays(365));
  }

  @Test
  void northwind_onItsOwnDate_isTheResourceAsItIs() {
    assertThat(SampleIsms.northwind(SampleIsms.NORTHWIND_AS_OF)).isEqualTo(SampleIsms.northwind());
    assertThat(SampleIsms.northwind(LocalDate.of(2030, 1, 1)).validate().isValid()).isTrue();
  }
}
