package io.ismskit.core.base;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ismskit's model. Each entity or value is an abstract class {@code X
 * implements WithX} with a nested {@code X.Builder}, {@code X.builder()} and {@code x.toBuilder()};
 * the generated {@code ImmutableX} and {@code WithX} are package-private, so user code names one
 * type per concept:
 *
 * <ul>
 *   <li>JDK collections only (ordered, deterministic; no {@code jdk9Collections});
 *   <li>non-strict builders: {@code from(x)} fills a builder from a value, a collection setter
 *       replaces the collection, an attribute can be set twice;
 *   <li>{@code build()} and every {@code with*} copy return the abstract type ({@code
 *       overshadowImplementation});
 *   <li>a required attribute left out is an {@link InvalidValueException} naming the type, the
 *       attribute and its setter.
 * </ul>
 */
@Target({PACKAGE, TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface IsmsStyle {}
