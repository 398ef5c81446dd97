package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;


/**
 * Every built-in scoring method has a laws test: a new built-in without one fails the build.
 *
 * <p>To add a built-in, write an {@code XxxLawsTest implements ScoringMethodLaws<XxxInput>} (with a
 * generator in {@code io.ismskit.risk.laws.MethodInputGens}) and list it in {@link #LAWS_TESTS}.
 */
class RegistryLawsTest {
  /** The laws test class of every built-in method, by method id. */
  static final Map<String, String> LAWS_TESTS = Map.of(
      "matrix", "io.ismskit.risk.laws.MatrixMethodLawsTest",
      "nist-800-30", Nist80030LawsTest.class.getName(),
      "owasp", OwaspLawsTest.class.getName(),
      "dread", DreadLawsTest.class.getName(),
      "cvss", CvssLawsTest.class.getName(),
      "fair", FairMethodLawsTest.class.getName());

  @Test
  void everyBuiltInMethod_hasALawsTest() {
    // the test class path also registers ScoringRegistryTest's test-only method: built-ins only here
    assertThat(ScoringRegistry.builtIns().methods())
        .filteredOn(m -> !m.getClass().getName().startsWith("io.ismskit.risk.ScoringRegistryTest"))
        .extracting(m -> m.id().value())
        .as("built-in methods without a laws test in RegistryLawsTest.LAWS_TESTS")
        .allSatisfy(id -> assertThat(LAWS_TESTS).containsKey(id));
  }

  @Test
  void everyLawsTest_checksTheBuiltInOfItsId() throws ReflectiveOperationException {
    ScoringRegistry builtIns = ScoringRegistry.builtIns();
    Map<String, String> sorted = new TreeMap<>(LAWS_TESTS);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      MethodId id = MethodId.of(e.getKey());
      assertThat(builtIns.contains(id)).as("%s is a built-in method", id).isTrue();
      Class<?> type = Class.forName(e.getValue());
      assertThat(ScoringMethodLaws.class).as("%s implements ScoringMethodLaws", type).isAssignableFrom(type);
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      ScoringMethod<?> tested = ((ScoringMethodLaws<?>) constructor.newInstance()).method();
      ScoringMethod<?> builtIn = builtIns.find(id).orElseThrow();
      assertThat(tested.id()).as("method of %s", type.getSimpleName()).isEqualTo(id);
      assertThat(tested.getClass()).isEqualTo(builtIn.getClass());
      assertThat(tested.version()).isEqualTo(builtIn.version());
      assertThat(((ScoringMethodLaws<?>) constructor.newInstance()).examples()).isPositive();
    }
  }
}
