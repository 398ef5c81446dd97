package io.ismskit.risk;

import io.ismskit.core.risk.MethodId;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of {@link ScoringMethod scoring methods}, keyed by their unique {@link MethodId}.
 *
 * <p>Build one explicitly with {@link #of(ScoringMethod[])}, or discover the methods installed on a
 * class path with {@link #installed(ClassLoader)} (via {@link ServiceLoader} and the
 * {@code META-INF/services/io.ismskit.risk.spi.ScoringMethod} files). {@link #builtIns()} is the
 * registry installed on this library's own class loader: the six built-in methods — {@code
 * matrix}, {@code nist-800-30}, {@code owasp} and {@code dread} of {@code io.ismskit.risk.methods},
 * {@code cvss} of {@code io.ismskit.risk.cvss} and {@code fair} of {@code io.ismskit.risk.fair} —
 * plus any other method registered on that class path.
 *
 * <p>Two methods with the same id are refused with an {@link InvalidValueException} (an {@link
 * IllegalArgumentException}) of code {@link ScoringCode#REGISTRY_METHOD_DUPLICATE} that names the
 * id and both provider classes. Iteration ({@link #ids()}, {@link #methods()}) is always in
 * ascending id order, whatever the discovery order.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScoringRegistry {
  private static final ScoringRegistry EMPTY = new ScoringRegistry(new TreeMap<>());

  private final SortedMap<MethodId, ScoringMethod<?>> methods;

  private ScoringRegistry(SortedMap<MethodId, ScoringMethod<?>> methods) {
    this.methods = Collections.unmodifiableSortedMap(methods);
  }

  /** The registry without any method. */
  public static ScoringRegistry empty() {
    return EMPTY;
  }

  /**
   * A registry of exactly {@code methods}.
   *
   * @param methods the methods, not null, none null
   * @return the registry
   * @throws IllegalArgumentException when two methods share an id; the message names the id and both
   *     provider classes
   */
  public static ScoringRegistry of(ScoringMethod<?>... methods) {
    Objects.requireNonNull(methods, "methods");
    return of(Arrays.asList(methods));
  }

  /**
   * A registry of exactly {@code methods}.
   *
   * @param methods the methods, not null, none null
   * @return the registry
   * @throws IllegalArgumentException when two methods share an id; the message names the id and both
   *     provider classes
   */
  public static ScoringRegistry of(Collection<? extends ScoringMethod<?>> methods) {
    Objects.requireNonNull(methods, "methods");
    TreeMap<MethodId, ScoringMethod<?>> map = new TreeMap<>();
    for (ScoringMethod<?> m : methods) {
      put(map, Objects.requireNonNull(m, "methods[]"));
    }
    return new ScoringRegistry(map);
  }

  /**
   * The methods registered as services on {@code classLoader}: every provider listed in a {@code
   * META-INF/services/io.ismskit.risk.spi.ScoringMethod} resource visible to it (and, on the module
   * path, every module that {@code provides} the service).
   *
   * @param classLoader the class loader to search, not null
   * @return the registry of the discovered methods
   * @throws IllegalArgumentException when two discovered methods share an id
   * @throws java.util.ServiceConfigurationError when a provider cannot be loaded or instantiated
   */
  public static ScoringRegistry installed(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    List<ScoringMethod<?>> found = new ArrayList<>();
    @SuppressWarnings("rawtypes")
    ServiceLoader<ScoringMethod> loader = ServiceLoader.load(ScoringMethod.class, classLoader);
    for (ScoringMethod<?> m : loader) {
      found.add(m);
    }
    return of(found);
  }

  /**
   * The methods installed on this library's own class loader: the built-in methods and any other
   * method registered there. Discovery runs once; later calls return the same registry.
   *
   * @return the registry of the installed methods
   * @throws IllegalArgumentException when two installed methods share an id
   */
  public static ScoringRegistry builtIns() {
    return BuiltIns.REGISTRY;
  }

  /** Lazy, thread-safe holder of {@link #builtIns()}. */
  private static final class BuiltIns {
    static final ScoringRegistry REGISTRY = installed(loaderOf());

    private static ClassLoader loaderOf() {
      ClassLoader cl = ScoringRegistry.class.getClassLoader();
      return cl != null ? cl : ClassLoader.getSystemClassLoader();
    }
  }

  /**
   * A registry with {@code method} added. This registry is unchanged.
   *
   * @param method the method to add, not null
   * @return a new registry
   * @throws IllegalArgumentException when a method with the same id is already registered
   */
  public ScoringRegistry with(ScoringMethod<?> method) {
    Objects.requireNonNull(method, "method");
    TreeMap<MethodId, ScoringMethod<?>> map = new TreeMap<>(methods);
    put(map, method);
    return new ScoringRegistry(map);
  }

  /** The method with {@code id}, or empty when none is registered. */
  public Optional<ScoringMethod<?>> find(MethodId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(methods.get(id));
  }

  /**
   * The method with {@code id} whose {@linkplain io.ismskit.risk.spi.MethodDescriptor#inputType() input type} is exactly {@code
   * inputType}, or empty when none is registered or its input type differs.
   *
   * @param id the method id, not null
   * @param inputType the expected input type, not null
   * @param <I> the input type
   * @return the typed method, or empty
   */
  public <I> Optional<ScoringMethod<I>> find(MethodId id, Class<I> inputType) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(inputType, "inputType");
    ScoringMethod<?> m = methods.get(id);
    if (m == null || !m.descriptor().inputType().equals(inputType)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked") // checked: the method's declared input type is exactly I
    ScoringMethod<I> typed = (ScoringMethod<I>) m;
    return Optional.of(typed);
  }

  /**
   * The method with {@code id}, or a problem of code {@link ScoringCode#REGISTRY_METHOD_UNKNOWN}
   * (field {@code method}) that names the id and lists the known ids.
   */
  public Either<Problem, ScoringMethod<?>> require(MethodId id) {
    Objects.requireNonNull(id, "id");
    ScoringMethod<?> m = methods.get(id);
    if (m != null) {
      return Either.right(m);
    }
    String known =
        methods.isEmpty()
            ? "none"
            : methods.keySet().stream().map(MethodId::value).collect(Collectors.joining(", "));
    return Either.left(Problem.ofField(ScoringCode.REGISTRY_METHOD_UNKNOWN, "method", id.value(),
        "is not a registered scoring method (known methods: " + known + ")"));
  }

  /** Whether a method with {@code id} is registered. */
  public boolean contains(MethodId id) {
    Objects.requireNonNull(id, "id");
    return methods.containsKey(id);
  }

  /** The registered ids in ascending order. */
  public List<MethodId> ids() {
    return List.copyOf(methods.keySet());
  }

  /** The registered methods in ascending id order. */
  public List<ScoringMethod<?>> methods() {
    return List.copyOf(methods.values());
  }

  /** The number of registered methods. */
  public int size() {
    return methods.size();
  }

  private static void put(Map<MethodId, ScoringMethod<?>> map, ScoringMethod<?> m) {
    MethodId id = Objects.requireNonNull(m.id(), () -> m.getClass().getName() + ".id()");
    ScoringMethod<?> previous = map.putIfAbsent(id, m);
    if (previous != null) {
      throw new InvalidValueException(new Problem(ScoringCode.REGISTRY_METHOD_DUPLICATE, "ScoringRegistry", "", "",
          id.value(), "ScoringRegistry: duplicate scoring method id '" + id.value() + "' from "
              + previous.getClass().getName() + " and " + m.getClass().getName()));
    }
  }

  /** Two registries are equal when they hold the same method instances under the same ids. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoringRegistry other && methods.equals(other.methods);
  }

  @Override
  public int hashCode() {
    return methods.hashCode();
  }

  @Override
  public String toString() {
    return "ScoringRegistry" + methods.keySet();
  }
}
