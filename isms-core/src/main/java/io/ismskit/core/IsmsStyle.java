package io.ismskit.core;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ismskit: JDK collections only (ordered, deterministic), strict
 * builders, {@code with*} copies, and the generated {@code Immutable*} class hidden behind the
 * documented abstract type.
 */
@Target({PACKAGE, TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface IsmsStyle {}
