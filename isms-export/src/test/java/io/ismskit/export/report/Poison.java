package io.ismskit.export.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Maps every {@code String} reachable from a model value (the value itself, its optional strings,
 * its lists and sets of strings, and its nested model values, recursively) through a function,
 * using the {@code withX(..)} methods every model type has. A value the model refuses (a pattern, a
 * length limit) is left as it was; ids and other records are left alone.
 */
final class Poison {
  private final UnaryOperator<String> f;
  int mapped;

  Poison(UnaryOperator<String> f) {
    this.f = f;
  }

  @SuppressWarnings("unchecked")
  <T> T map(T value) {
    Class<?> with = withInterface(value.getClass());
    if (with == null) {
      return value;
    }
    Object cur = value;
    for (Method w : with.getMethods()) {
      if (!w.getName().startsWith("with") || w.getParameterCount() != 1 || w.getName().length() < 5) {
        continue;
      }
      String attr = Character.toLowerCase(w.getName().charAt(4)) + w.getName().substring(5);
      Method getter;
      try {
        getter = cur.getClass().getMethod(attr);
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (Modifier.isStatic(getter.getModifiers())) {
        continue;
      }
      try {
        getter.setAccessible(true);
        w.setAccessible(true);
        Object v = getter.invoke(cur);
        Object nv = mapAny(v, w.getParameterTypes()[0]);
        if (nv != v && nv != null) {
          try {
            cur = w.invoke(cur, nv);
            mapped++;
          } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IllegalStateException)) {
              throw e;
            }
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(w.toString(), e);
      }
    }
    return (T) cur;
  }

  private @Nullable Object mapAny(@Nullable Object v, Class<?> param) {
    if (v instanceof String s && param == String.class) {
      return f.apply(s);
    }
    if (v instanceof Optional<?> o && param == Optional.class && o.isPresent()) {
      Object inner = o.get();
      Object ni = inner instanceof String s ? f.apply(s) : map(inner);
      return ni == inner ? v : Optional.of(ni);
    }
    if (v instanceof Collection<?> c && Iterable.class.isAssignableFrom(param)) {
      Collection<Object> out = v instanceof Set<?> ? new LinkedHashSet<>() : new ArrayList<>();
      boolean changed = false;
      for (Object e : c) {
        Object ne = e instanceof String s ? f.apply(s) : map(e);
        changed |= ne != e;
        out.add(ne);
      }
      return changed ? (v instanceof Set<?> ? out : List.copyOf(out)) : v;
    }
    if (v != null && param.isInstance(v) && withInterface(v.getClass()) != null) {
      return map(v);
    }
    return v;
  }

  private static @Nullable Class<?> withInterface(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        if (i.getSimpleName().startsWith("With") && i.getPackageName().startsWith("io.ismskit.core")) {
          return i;
        }
      }
    }
    return null;
  }
}
