package io.ismskit.core.base;

import java.util.regex.Pattern;

/**
 * A stable machine key of one kind of {@link Problem}. Each module declares its codes as an enum
 * implementing this interface ({@code ValidationCode} in isms-core, the scoring and engine codes in
 * isms-risk, ...), so that a host can switch on them and a code never changes its spelling.
 *
 * <p>Every key follows one grammar: two or more dot-separated segments of lower-case letters and
 * digits, words inside a segment joined by single hyphens, the first segment naming the area, as in
 * {@code validation.reference.dangling}, {@code matrix.config.not-monotone} or {@code
 * engine.method.version-changed}.
 *
 * @implSpec Implementations are immutable; {@link #key()} is constant and matches {@link #GRAMMAR}.
 */
public interface ProblemCode {
  /** The grammar every {@link #key()} matches. */
  Pattern GRAMMAR = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  /** The stable key, such as {@code "validation.reference.dangling"}. */
  String key();

  /** Whether {@code key} follows the {@link #GRAMMAR}. */
  static boolean wellFormed(String key) {
    return GRAMMAR.matcher(key).matches();
  }
}
