package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.governance.Person;
import io.ismskit.core.risk.Risk;
import io.ismskit.export.sample.SampleIsms;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A read ISMS holds one instance of an id for its references that were read close together. */
class SharedIdsTest {
  @Test
  void referencesToOnePerson_shareTheId_thatThePersonHolds() throws Exception {
    Isms written = SampleIsms.northwind();
    StringWriter out = new StringWriter();
    IsmsFormat.json().write(written, out);
    Isms read = IsmsFormat.json().read(new StringReader(out.toString())).get();
    assertThat(read).isEqualTo(written);

    Map<PersonId, PersonId> own = new HashMap<>();
    for (Person p : read.people()) {
      own.put(p.id(), p.id());
    }
    // the cache of recent ids may have let an id go between the person and a reference: most share
    int shared = 0;
    Map<PersonId, Boolean> instances = new IdentityHashMap<>();
    for (Risk r : read.risks()) {
      shared += r.owner() == own.get(r.owner()) ? 1 : 0;
      instances.put(r.owner(), true);
    }
    assertThat(shared).isGreaterThanOrEqualTo(read.risks().size() * 9 / 10);
    assertThat(instances.size()).isLessThan(read.risks().size() / 2);
  }
}
