package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The format carries every attribute of every model type reachable from {@code Isms}: for each
 * Immutables value, the attributes the codec found through accessors and builder setters are
 * exactly the instance fields of the generated {@code ImmutableX} that are public accessors of
 * {@code X} (an independent view of the same type). A new type or attribute the codec could not
 * map fails here; one it maps is covered by the round-trip properties.
 */
class ModelCoverageTest {

  @Test
  void everyAttributeOfEveryReachableType_isAFieldOfTheFormat() throws ClassNotFoundException {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    todo.add(Isms.class);
    int values = 0;
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof WildcardType w) {
        todo.push(w.getUpperBounds()[0]);
        continue;
      }
      if (t instanceof ParameterizedType p) {
        for (Type a : p.getActualTypeArguments()) {
          todo.push(a);
        }
        continue;
      }
      Class<?> c = (Class<?>) t;
      if (!seen.add(c)) {
        continue;
      }
      Codecs.Codec codec = Codecs.of(c); // throws for a type the format cannot carry
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          todo.push(rc.getGenericType());
        }
      }
      if (codec instanceof Codecs.ObjectCodec o) {
        values++;
        Class<?> generated = Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName());
        Set<String> attributes = new TreeSet<>();
        for (Field f : generated.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && isPublicAccessor(c, f.getName())) {
            attributes.add(f.getName());
          }
        }
        assertThat(new TreeSet<>(o.fieldNames())).as("the attributes of %s", c.getSimpleName())
            .isEqualTo(attributes);
        for (Codecs.Property p : o.properties) {
          todo.push(p.type);
        }
      }
    }
    assertThat(values).as("Immutables values reachable from Isms").isGreaterThan(40);
  }

  private static boolean isPublicAccessor(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return !Modifier.isStatic(m.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
