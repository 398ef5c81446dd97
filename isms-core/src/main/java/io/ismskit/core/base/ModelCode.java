package io.ismskit.core.base;

/**
 * The codes of the problems a factory, record or builder of the model refuses a value with, carried
 * by the {@link Problem} of an {@link InvalidValueException}. Keys follow {@link
 * ProblemCode#GRAMMAR} and never change their spelling.
 */
public enum ModelCode implements ProblemCode {
  /** A required attribute was left out of a builder. */
  REQUIRED("model.attribute.required"),
  /** A text has no visible character: empty, white space, or only invisible characters. */
  BLANK("model.value.blank"),
  /** A text does not have the expected form, such as an id with a space. */
  MALFORMED("model.value.malformed"),
  /** A number is outside its range. */
  OUT_OF_RANGE("model.value.out-of-range"),
  /** A number is NaN or infinite. */
  NOT_FINITE("model.value.not-finite"),
  /** A collection that needs an element has none. */
  EMPTY("model.collection.empty"),
  /** A collection holds the same element twice. */
  DUPLICATE("model.collection.duplicate"),
  /** A date is before the date it must follow, such as an end before its start. */
  DATE_ORDER("model.date.order"),
  /** A date is outside the supported range of {@link Dates}. */
  DATE_UNSUPPORTED("model.date.unsupported"),
  /** A period that must be positive is zero or negative. */
  PERIOD_NOT_POSITIVE("model.period.not-positive"),
  /** A period is longer than {@link Dates} supports. */
  PERIOD_UNSUPPORTED("model.period.unsupported"),
  /** Attributes that are fine on their own contradict each other. */
  INCONSISTENT("model.value.inconsistent"),
  /** A level of risk is not one of the levels of the risk criteria. */
  UNKNOWN_LEVEL("model.level.unknown");

  private final String key;

  ModelCode(String key) {
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
