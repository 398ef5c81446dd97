package io.ismskit.risk.spi;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ScoringMethod} is, in one value: its id and version, its input type, the range of
 * its scores, the factors it is monotonic in, and the documentation of its flat string form (every
 * input key with its meaning and allowed values), of its scores' explanations (every {@link
 * ScoreFactor} name with its meaning) and of the likelihood and consequence its scores state.
 *
 * <pre>{@code
 * MethodDescriptor<MyInput> d = MethodDescriptor.builder(MethodId.of("acme.heat"), "1", MyInput.class)
 *     .bounds(Bounds.of(1, 25))
 *     .monotonicFactor(MonotonicFactor.of("likelihood", in -> in.raiseLikelihood()))
 *     .inputKey(InputKey.required("likelihood", "how likely the event is", "1..5"))
 *     .factor("likelihood", "the likelihood level, 1..5")
 *     .likelihood("the likelihood level on the scale 1..5")
 *     .consequence("the impact level on the scale 1..5")
 *     .build();
 * }</pre>
 *
 * <p>The flat form a method {@link ScoringMethod#decode decodes} has exactly the keys listed in
 * {@link #inputKeys()}: {@link FlatForm#knownKeys} refuses any other, naming it and the allowed
 * ones. Every factor name a score carries is listed in {@link #factors()}. A method that documents
 * its {@link #likelihood()} and {@link #consequence()} states them in every {@link Score}, and only
 * then. The laws of {@code isms-testkit} check all three.
 *
 * @param id the method's id, unique in a registry
 * @param version the version of the method's definition; a change of scales or formulas changes it
 * @param inputType the method's input type
 * @param bounds the range every score's {@link Score#value()} lies in
 * @param monotonicFactors the factors in which the score is monotonically non-decreasing
 * @param inputKeys the keys of the flat string form, in the order a reader should meet them
 * @param factors the names of the factors a score's explanation may carry, in computation order
 * @param likelihood what the likelihood every score states is, and its scale; empty when scores
 *     state none ({@link Score#likelihood()})
 * @param consequence what the consequence every score states is, and its scale; empty when scores
 *     state none ({@link Score#consequence()})
 * @param <I> the method's input type
 * @implSpec This class is immutable and thread-safe when its monotonic factors are.
 */
public record MethodDescriptor<I>(
    MethodId id,
    String version,
    Class<I> inputType,
    Bounds bounds,
    List<MonotonicFactor<I>> monotonicFactors,
    List<InputKey> inputKeys,
    List<FactorKey> factors,
    Optional<String> likelihood,
    Optional<String> consequence) {

  /**
   * Refuses a blank version, blank or duplicate names of input keys, factors or monotonic factors
   * and a blank meaning of the likelihood or consequence, with an {@link InvalidValueException} of
   * code {@link ScoringCode#DESCRIPTOR_INVALID}.
   */
  public MethodDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(bounds, "bounds");
    monotonicFactors = List.copyOf(monotonicFactors);
    inputKeys = List.copyOf(inputKeys);
    factors = List.copyOf(factors);
    likelihood.ifPresent(m -> requireText("MethodDescriptor", "likelihood", m));
    consequence.ifPresent(m -> requireText("MethodDescriptor", "consequence", m));
    if (version.isBlank()) {
      throw invalid(id, "version", version, "must not be blank");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < inputKeys.size(); i++) {
      if (!seen.add(inputKeys.get(i).name())) {
        throw invalid(id, "inputKeys[" + i + "]", inputKeys.get(i).name(), "duplicates an earlier key");
      }
    }
    seen.clear();
    for (int i = 0; i < factors.size(); i++) {
      if (!seen.add(factors.get(i).name())) {
        throw invalid(id, "factors[" + i + "]", factors.get(i).name(), "duplicates an earlier factor");
      }
    }
    seen.clear();
    for (int i = 0; i < monotonicFactors.size(); i++) {
      String name = monotonicFactors.get(i).name();
      if (name.isBlank() || !seen.add(name)) {
        throw invalid(id, "monotonicFactors[" + i + "]", name, "must be a non-blank name used once");
      }
    }
  }

  /** A descriptor whose scores state neither likelihood nor consequence. */
  public MethodDescriptor(
      MethodId id,
      String version,
      Class<I> inputType,
      Bounds bounds,
      List<MonotonicFactor<I>> monotonicFactors,
      List<InputKey> inputKeys,
      List<FactorKey> factors) {
    this(id, version, inputType, bounds, monotonicFactors, inputKeys, factors, Optional.empty(),
        Optional.empty());
  }

  /** Whether the method's scores state both likelihood and consequence. */
  public boolean statesComponents() {
    return likelihood.isPresent() && consequence.isPresent();
  }

  private static InvalidValueException invalid(
      MethodId id, String field, @Nullable Object value, String reason) {
    return new InvalidValueException(
        Problem.of(ScoringCode.DESCRIPTOR_INVALID, "MethodDescriptor", id.value(), field, value, reason));
  }

  /**
   * A builder for the descriptor of method {@code id} at {@code version} with inputs of {@code
   * inputType}; {@link Builder#bounds(Bounds) bounds} are required.
   */
  public static <I> Builder<I> builder(MethodId id, String version, Class<I> inputType) {
    return new Builder<>(id, version, inputType);
  }

  /** A builder holding every part of this descriptor, to derive another one. */
  public Builder<I> toBuilder() {
    Builder<I> b = new Builder<>(id, version, inputType).bounds(bounds);
    monotonicFactors.forEach(b::monotonicFactor);
    inputKeys.forEach(b::inputKey);
    factors.forEach(b::factor);
    likelihood.ifPresent(b::likelihood);
    consequence.ifPresent(b::consequence);
    return b;
  }

  /** The names of the input keys, in documented order. */
  public Set<String> inputKeyNames() {
    Set<String> names = new LinkedHashSet<>();
    for (InputKey k : inputKeys) {
      names.add(k.name());
    }
    return java.util.Collections.unmodifiableSet(names);
  }

  /** The input key named {@code name}, or empty when the flat form has no such key. */
  public Optional<InputKey> inputKey(String name) {
    Objects.requireNonNull(name, "name");
    return inputKeys.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** The score factor named {@code name}, or empty when scores carry no such factor. */
  public Optional<FactorKey> factor(String name) {
    Objects.requireNonNull(name, "name");
    return factors.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /**
   * One key of a method's flat string form.
   *
   * @param name the key, such as {@code "likelihood"} or {@code "vector"}
   * @param meaning what the value says, in a sentence
   * @param allowed the values the key accepts, such as {@code "1..5 or a label: Rare, Unlikely,
   *     ..."}
   * @param required whether every input must have the key
   */
  public record InputKey(String name, String meaning, String allowed, boolean required) {
    /** Refuses a blank name, meaning or description of the allowed values. */
    public InputKey {
      requireText("InputKey", "name", name);
      requireText("InputKey", "meaning", meaning);
      requireText("InputKey", "allowed", allowed);
    }

    /** A key every input must have. */
    public static InputKey required(String name, String meaning, String allowed) {
      return new InputKey(name, meaning, allowed, true);
    }

    /** A key an input may leave out. */
    public static InputKey optional(String name, String meaning, String allowed) {
      return new InputKey(name, meaning, allowed, false);
    }
  }

  /**
   * The name of a factor a score's explanation carries ({@link ScoreFactor#name()}) and what it
   * is.
   *
   * @param name the factor name, such as {@code "overallLikelihood"} or {@code "AV"}
   * @param meaning what the factor is and the values it takes, in a sentence
   */
  public record FactorKey(String name, String meaning) {
    /** Refuses a blank name or meaning. */
    public FactorKey {
      requireText("FactorKey", "name", name);
      requireText("FactorKey", "meaning", meaning);
    }
  }

  private static void requireText(String type, String field, @Nullable String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(
          Problem.of(ScoringCode.DESCRIPTOR_INVALID, type, "", field, value, "must not be blank"));
    }
  }

  /**
   * Builds a {@link MethodDescriptor}. Not thread-safe.
   *
   * @param <I> the method's input type
   */
  public static final class Builder<I> {
    private final MethodId id;
    private final String version;
    private final Class<I> inputType;
    private @Nullable Bounds bounds;
    private final List<MonotonicFactor<I>> monotonicFactors = new ArrayList<>();
    private final List<InputKey> inputKeys = new ArrayList<>();
    private final List<FactorKey> factors = new ArrayList<>();
    private @Nullable String likelihood;
    private @Nullable String consequence;

    private Builder(MethodId id, String version, Class<I> inputType) {
      this.id = Objects.requireNonNull(id, "id");
      this.version = Objects.requireNonNull(version, "version");
      this.inputType = Objects.requireNonNull(inputType, "inputType");
    }

    /** Sets the range of the scores' values. */
    public Builder<I> bounds(Bounds bounds) {
      this.bounds = Objects.requireNonNull(bounds, "bounds");
      return this;
    }

    /** Adds a factor in which the score is monotonically non-decreasing. */
    public Builder<I> monotonicFactor(MonotonicFactor<I> factor) {
      monotonicFactors.add(Objects.requireNonNull(factor, "factor"));
      return this;
    }

    /** Adds factors in which the score is monotonically non-decreasing. */
    public Builder<I> monotonicFactors(List<? extends MonotonicFactor<I>> factors) {
      factors.forEach(this::monotonicFactor);
      return this;
    }

    /** Adds a key of the flat form. */
    public Builder<I> inputKey(InputKey key) {
      inputKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** Adds a factor name of the scores' explanations. */
    public Builder<I> factor(FactorKey factor) {
      factors.add(Objects.requireNonNull(factor, "factor"));
      return this;
    }

    /** Adds a factor name of the scores' explanations and its meaning. */
    public Builder<I> factor(String name, String meaning) {
      return factor(new FactorKey(name, meaning));
    }

    /**
     * Says what the likelihood every score states is, and on which scale, such as {@code "the
     * likelihood level, 1..5 (Rare … Almost certain)"}.
     */
    public Builder<I> likelihood(String meaning) {
      requireText("MethodDescriptor", "likelihood", meaning);
      this.likelihood = meaning;
      return this;
    }

    /**
     * Says what the consequence every score states is, and on which scale, such as {@code "the
     * impact level, 1..5 (Negligible … Catastrophic)"}.
     */
    public Builder<I> consequence(String meaning) {
      requireText("MethodDescriptor", "consequence", meaning);
      this.consequence = meaning;
      return this;
    }

    /**
     * The descriptor.
     *
     * @throws InvalidValueException when the bounds are missing or a name is blank or used twice
     */
    public MethodDescriptor<I> build() {
      Bounds b = bounds;
      if (b == null) {
        throw invalid(id, "bounds", null, "are required");
      }
      return new MethodDescriptor<>(id, version, inputType, b, monotonicFactors, inputKeys, factors,
          Optional.ofNullable(likelihood), Optional.ofNullable(consequence));
    }
  }
}
