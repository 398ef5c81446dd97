package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ismskit.core.Isms;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.export.sample.SampleIsms;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's own ObjectMapper with the module writes and reads model values as the format does. */
class IsmsModuleTest {
  final ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());

  @Test
  void mapper_roundTripsModelValues() throws Exception {
    Isms isms = SampleIsms.lean();
    Risk risk = isms.risks().get(0);
    String json = mapper.writeValueAsString(risk);
    assertThat(mapper.readValue(json, Risk.class)).isEqualTo(risk);
    assertThat(mapper.readValue(mapper.writeValueAsString(isms), Isms.class)).isEqualTo(isms);
    assertThat(mapper.writeValueAsString(RiskId.of("R-1"))).isEqualTo("\"R-1\"");
    assertThat(mapper.readValue("\"R-1\"", RiskId.class)).isEqualTo(RiskId.of("R-1"));
  }

  @Test
  void mapper_writesWhatTheFormatWritesInsideItsDocument() throws Exception {
    Isms isms = SampleIsms.lean();
    StringWriter out = new StringWriter();
    IsmsFormat.json().compact().write(isms, out);
    assertThat(out.toString()).isEqualTo("{\"schemaVersion\":1,\"isms\":" + mapper.writeValueAsString(isms) + "}\n");
  }

  @Test
  void mapper_nestsModelValuesInHostTypes() throws Exception {
    record Envelope(String tenant, List<Risk> risks) {}
    Envelope e = new Envelope("t1", SampleIsms.lean().risks());
    String json = mapper.writeValueAsString(e);
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(e);
  }

  @Test
  void mapper_reportsEveryProblemInOneException() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"R 1\", \"titel\": \"x\"}", Risk.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/id").hasMessageContaining("/titel");
  }
}
