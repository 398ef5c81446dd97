package io.ismskit.core.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A KeyTable finds what a HashMap filled with putIfAbsent finds, and reports the duplicates. */
class KeyTableTest {
  /** An item whose key is its name; the tag tells equal-keyed items apart. */
  record Item(String name, int tag) {}

  /** A key whose hash is the same for all: every look-up probes past the others. */
  record Colliding(int n) {
    @Override
    public int hashCode() {
      return 7;
    }
  }

  @Test
  void findsTheFirstItemOfEachKey_andReportsEveryLaterOne_inListOrder() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 200), integers().between(-5, 80))
        .checkAssert((keys, probe) -> {
          List<Item> items = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            items.add(new Item("k" + keys.get(i), i));
          }
          Map<String, Item> expected = new HashMap<>();
          List<Item> expectedDuplicates = new ArrayList<>();
          for (Item it : items) {
            if (expected.putIfAbsent(it.name(), it) != null) {
              expectedDuplicates.add(it);
            }
          }
          List<Item> duplicates = new ArrayList<>();
          KeyTable<Item> table = KeyTable.of(items, Item::name, duplicates::add);
          assertThat(duplicates).isEqualTo(expectedDuplicates);
          assertThat(table.size()).isEqualTo(items.size());
          for (int k = -5; k <= 80; k++) {
            assertThat(table.get("k" + k)).isEqualTo(expected.get("k" + k));
            assertThat(table.contains("k" + k)).isEqualTo(expected.containsKey("k" + k));
            int at = table.indexOf("k" + k);
            assertThat(at < 0 ? null : items.get(at)).isSameAs(expected.get("k" + k));
          }
          assertThat(table.get("k" + probe)).isEqualTo(expected.get("k" + probe));
        });
  }

  @Test
  void keysOfOneHash_areToldApartByEquality() {
    List<Colliding> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(new Colliding(i));
    }
    KeyTable<Colliding> table = KeyTable.of(items, c -> c);
    assertThat(table.get(new Colliding(999))).isSameAs(items.get(999));
    assertThat(table.get(new Colliding(0))).isSameAs(items.get(0));
    assertThat(table.contains(new Colliding(1000))).isFalse();
  }

  @Test
  void anEmptyList_andNull_findNothing() {
    KeyTable<Item> table = KeyTable.of(List.of(), Item::name);
    assertThat(table.get("x")).isNull();
    assertThat(table.contains(null)).isFalse();
    assertThat(KeyTable.of(List.of(new Item("a", 1)), Item::name).get("a")).isEqualTo(new Item("a", 1));
  }
}
