package io.ismskit.export.format;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems {@link IsmsFormat} finds in a document before the model's own checks:
 * syntax, structure, types and limits. A value the model refuses keeps the model's code ({@code
 * model.*}), a relation {@code Isms.validate()} refuses keeps its code ({@code validation.*}).
 * Keys follow {@link ProblemCode#GRAMMAR} and never change their spelling.
 */
public enum FormatCode implements ProblemCode {
  /** The text is not well-formed JSON or YAML, or ends early (a truncated document). */
  SYNTAX("format.syntax.malformed"),
  /** A field the format does not have (only when reading strictly, the default). */
  UNKNOWN_FIELD("format.field.unknown"),
  /** The same field twice in one object. */
  DUPLICATE_FIELD("format.field.duplicate"),
  /** A value of the wrong JSON type, such as a number where text is expected, or unparsable text. */
  WRONG_TYPE("format.value.wrong-type"),
  /** A document, string, number, nesting depth or collection beyond the {@link ReadLimits}. */
  LIMIT("format.limit.exceeded"),
  /** The document has no {@code schemaVersion}, or one this library cannot read. */
  SCHEMA_VERSION("format.schema-version.unsupported"),
  /** More problems than {@link ReadLimits#maxProblems()}: reading stopped. */
  TOO_MANY_PROBLEMS("format.problems.capped"),
  /** The caller's reader or stream failed. */
  IO("format.io.failed");

  private final String key;

  FormatCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
