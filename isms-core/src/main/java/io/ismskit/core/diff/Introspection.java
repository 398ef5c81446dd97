package io.ismskit.core.diff;

import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.EntityId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the diff knows of the model, read from the classes themselves: a model object is an
 * instance of a generated {@code ImmutableX} whose superclass {@code X} is an abstract class of
 * isms-core; its attributes are the public no-argument accessors of {@code X} that the generated
 * class implements (so {@code @Value.Default} attributes count, helper methods such as {@code
 * closed()} do not); its key, if any, is {@code id()} returning an {@link EntityId} or {@code
 * control()} returning a {@link ControlId}. Computed once per class.
 */
final class Introspection {
  /** One attribute of a model class. */
  record Attribute(String name, Method accessor) {
    Object read(Object target) {
      try {
        return accessor.invoke(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("diff: cannot read " + name + " of " + target.getClass().getName(), e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("diff: reading " + name + " failed", cause);
      }
    }
  }

  /** The attributes and the key of one model class. */
  record Shape(List<Attribute> attributes, @Nullable Attribute key) {}

  private static final ClassValue<Optional<Shape>> SHAPES = new ClassValue<>() {
    @Override
    protected Optional<Shape> computeValue(Class<?> type) {
      return shapeOf(type);
    }
  };

  private Introspection() {}

  /** The shape of {@code value}'s class if it is a model object, else empty. */
  static Optional<Shape> shape(Object value) {
    return SHAPES.get(value.getClass());
  }

  /** The simple name of the model type of {@code value}: {@code Risk} for an {@code ImmutableRisk}. */
  static String typeName(Object value) {
    Class<?> c = value.getClass();
    Class<?> s = c.getSuperclass();
    return SHAPES.get(c).isPresent() && s != null ? s.getSimpleName() : c.getSimpleName();
  }

  private static Optional<Shape> shapeOf(Class<?> impl) {
    Class<?> model = impl.getSuperclass();
    if (model == null || !Modifier.isAbstract(model.getModifiers()) || !Modifier.isPublic(model.getModifiers())
        || !model.getName().startsWith("io.ismskit.core.") || !impl.getSimpleName().equals("Immutable" + model.getSimpleName())) {
      return Optional.empty();
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Method m : model.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
          || m.getName().equals("toString") || m.getName().equals("hashCode") || !implemented(impl, m.getName())) {
        continue;
      }
      attributes.add(new Attribute(m.getName(), m));
    }
    attributes.sort(Comparator.comparing(Attribute::name));
    Attribute key = null;
    for (Attribute a : attributes) {
      Class<?> r = a.accessor().getReturnType();
      if (a.name().equals("id") && EntityId.class.isAssignableFrom(r)) {
        key = a;
      } else if (key == null && a.name().equals("control") && r == ControlId.class) {
        key = a;
      }
    }
    return Optional.of(new Shape(List.copyOf(attributes), key));
  }

  private static boolean implemented(Class<?> impl, String name) {
    for (Method m : impl.getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && m.getName().equals(name) && !m.isBridge() && !m.isSynthetic()) {
        return true;
      }
    }
    return false;
  }
}
