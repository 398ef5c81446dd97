package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reader's caches of recent texts and ids, which look up the parser's characters without making
 * a string, give exactly the text read, and one instance for a text read again.
 */
class RecentCachesTest {
  static Decoding decoding() {
    return new Decoding(ReadLimits.DEFAULT, true, false, Decoding.DOCUMENT_RECENT_BITS);
  }

  /** {@code text} inside a larger array, at {@code offset}, as a parser's buffer holds it. */
  static char[] buffer(String text, int offset) {
    char[] b = new char[offset + text.length() + 3];
    Arrays.fill(b, '#');
    text.getChars(0, text.length(), b, offset);
    return b;
  }

  static int hash(String text) {
    return Decoding.hash(text.toCharArray(), 0, text.length());
  }

  @Test
  void recentText_givesTheTextRead_andOneInstanceForATextReadAgain() {
    qt().withFixedSeed(20261203L).withExamples(300)
        .forAll(lists().of(strings().betweenCodePoints(32, 0x2FF).ofLengthBetween(0, 6)).ofSizeBetween(1, 200),
            integers().between(0, 5))
        .check((texts, offset) -> {
          Decoding d = decoding();
          for (String t : texts) {
            String read = d.recentText(buffer(t, offset), offset, t.length());
            String again = d.recentText(buffer(t, offset + 1), offset + 1, t.length());
            if (!read.equals(t) || again != read) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void textsWhoseHashesMeet_areToldApart() {
    assertThat(hash("Aa")).isEqualTo(hash("BB"));
    Decoding d = decoding();
    String aa = d.recentText(buffer("Aa", 1), 1, 2);
    String bb = d.recentText(buffer("BB", 1), 1, 2);
    assertThat(aa).isEqualTo("Aa");
    assertThat(bb).isEqualTo("BB");
    assertThat(d.recentText(buffer("BB", 0), 0, 2)).isSameAs(bb);
  }

  @Test
  void same_isStringEquality() {
    qt().withFixedSeed(20261203L).withExamples(2_000)
        .forAll(strings().betweenCodePoints(32, 0x10FFFF).ofLengthBetween(0, 8),
            strings().betweenCodePoints(32, 0x10FFFF).ofLengthBetween(0, 8))
        .check((a, b) -> Decoding.same(a, buffer(b, 2), 2, b.length()) == a.equals(b)
            && Decoding.same(a, buffer(a, 1), 1, a.length()));
    assertThat(Decoding.same(null, new char[0], 0, 0)).isFalse();
  }

  @Test
  void hash_dependsOnEveryCharacter_andNotOnTheBufferAround() {
    qt().withFixedSeed(20261203L).withExamples(2_000)
        .forAll(strings().betweenCodePoints(32, 126).ofLengthBetween(1, 40), integers().between(0, 39))
        .check((t, at) -> {
          char[] changed = t.toCharArray();
          changed[at % t.length()] ^= 1;
          return Decoding.hash(buffer(t, 0), 0, t.length()) == Decoding.hash(buffer(t, 4), 4, t.length())
              && Decoding.hash(changed, 0, t.length()) != Decoding.hash(t.toCharArray(), 0, t.length());
        });
  }

  @Test
  void recentId_isTheRememberedId_onlyForTheSameTypeAndText() {
    Decoding d = decoding();
    char[] p7 = buffer("P-7", 3);
    int slot = d.idSlot(PersonId.class, hash("P-7"));
    assertThat(d.recentId(slot, hash("P-7"), PersonId.class, p7, 3, 3)).isNull();
    PersonId id = PersonId.of("P-7");
    d.rememberId(slot, hash("P-7"), "P-7", id);
    assertThat(d.recentId(slot, hash("P-7"), PersonId.class, buffer("P-7", 0), 0, 3)).isSameAs(id);
    assertThat(d.recentId(slot, hash("P-8"), PersonId.class, buffer("P-8", 3), 3, 3)).isNull();
    // a text whose hash met the id's is still compared
    assertThat(d.recentId(slot, hash("P-7"), PersonId.class, buffer("P-8", 3), 3, 3)).isNull();
    assertThat(d.recentId(slot, hash("P-7"), RiskId.class, p7, 3, 3)).isNull();
  }

  @Test
  void twoIdsInOnePairOfPlaces_bothStay_aThirdSendsTheOlderAway() {
    Decoding d = decoding();
    int slot = d.idSlot(PersonId.class, hash("P-1"));
    assertThat(slot % 2).isZero();
    PersonId one = PersonId.of("P-1");
    PersonId two = PersonId.of("P-2");
    PersonId three = PersonId.of("P-3");
    d.rememberId(slot, hash("P-1"), "P-1", one);
    d.rememberId(slot, hash("P-2"), "P-2", two);
    assertThat(d.recentId(slot, hash("P-1"), PersonId.class, buffer("P-1", 0), 0, 3)).isSameAs(one);
    assertThat(d.recentId(slot, hash("P-2"), PersonId.class, buffer("P-2", 0), 0, 3)).isSameAs(two);
    d.rememberId(slot, hash("P-3"), "P-3", three);
    assertThat(d.recentId(slot, hash("P-1"), PersonId.class, buffer("P-1", 0), 0, 3)).isNull();
    assertThat(d.recentId(slot, hash("P-2"), PersonId.class, buffer("P-2", 0), 0, 3)).isSameAs(two);
    assertThat(d.recentId(slot, hash("P-3"), PersonId.class, buffer("P-3", 0), 0, 3)).isSameAs(three);
  }

  @Test
  void recentList_givesAnEqualUnmodifiableList_andOneInstanceForAListReadAgain() {
    qt().withFixedSeed(20261203L).withExamples(300)
        .forAll(lists().of(lists().of(strings().betweenCodePoints(32, 126).ofLengthBetween(0, 3)).ofSizeBetween(0, 8))
            .ofSizeBetween(1, 60))
        .check(lists -> {
          Decoding d = decoding();
          for (java.util.List<String> l : lists) {
            java.util.Collection<?> read = pushedAndShared(d, l);
            java.util.Collection<?> again = pushedAndShared(d, l);
            if (!read.equals(l) || again != read) {
              return false;
            }
            try {
              ((java.util.List<Object>) read).add("x");
              return false;
            } catch (UnsupportedOperationException expected) {
              // unmodifiable
            }
          }
          return true;
        });
  }

  @Test
  @SuppressWarnings("unchecked")
  void aListHoldingNull_isMadeAsItIs_forTheModelToRefuse() {
    Decoding d = decoding();
    int mark = d.elementsMark();
    d.pushElement("a");
    pushNull(d);
    assertThat((java.util.List<Object>) d.recentList(mark)).containsExactly("a", null);
  }

  @SuppressWarnings("NullAway") // a list holding null, as a document's array of nulls would give without the codecs' checks
  private static void pushNull(Decoding d) {
    d.pushElement(null);
  }

  /** Pushes {@code l} as a list's elements above one already on the stack, shares it, drops it. */
  static java.util.List<?> pushedAndShared(Decoding d, java.util.List<String> l) {
    d.pushElement("outer");
    int mark = d.elementsMark();
    l.forEach(d::pushElement);
    java.util.List<?> shared = d.recentList(mark);
    d.dropElements(mark);
    assertThat(d.elementsMark()).isEqualTo(mark);
    d.dropElements(mark - 1);
    return shared;
  }

  @Test
  void elements_areThoseSinceTheMark_andNestedListsLeaveTheOuterOnes() {
    Decoding d = decoding();
    int outer = d.elementsMark();
    for (int i = 0; i < 100; i++) {
      d.pushElement("o" + i);
      int inner = d.elementsMark();
      d.pushElement("i" + i);
      assertThat(d.elements(inner)).containsExactly("i" + i);
      d.dropElements(inner);
    }
    java.util.List<Object> all = d.elements(outer);
    assertThat(all).hasSize(100).startsWith("o0", "o1").endsWith("o99");
  }
}
