package io.ismskit.core.base;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ismskit: JDK collections only (ordered, deterministic), strict
 * builders whose {@code build()} returns the generated {@code Immutable*} class with its
 * {@code with*} copy methods ({@code ImmutableRisk.copyOf(risk).withOwner(..)} for any instance).
 */
@Target({PACKAGE, TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface IsmsStyle {}
