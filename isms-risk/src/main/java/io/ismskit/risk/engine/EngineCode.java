package io.ismskit.risk.engine;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems the {@link RiskEngine} reports about a risk it could not assess. Each
 * problem names the risk ({@code entityType "Risk"}, its id), the field at fault (such as {@code
 * "inherent.method"} or {@code "inherent.inputs.likelihood"}), the offending value shortened with
 * {@code Text.shorten}, and a message; the risk keeps its previous data. When a scoring method
 * refused the input, its own problem is kept as {@link RiskChange#cause()}.
 *
 * <p>Every {@link #key()} follows {@link ProblemCode#GRAMMAR}.
 */
public enum EngineCode implements ProblemCode {
  /** The ISMS has no risk criteria, so nothing can be evaluated. */
  CRITERIA_MISSING("engine.criteria.missing"),
  /**
   * The criteria's likelihood and consequence scales and levels do not make a risk matrix (one
   * scale empty, numeric or duplicate labels), so risks of the {@code matrix} method cannot be
   * scored on them; the message gives the matrix's problems.
   */
  CRITERIA_MATRIX_INVALID("engine.criteria.matrix-invalid"),
  /** The risk has no inherent assessment, so there is no method and no input to score. */
  RISK_UNASSESSED("engine.risk.unassessed"),
  /** No registered method has the id named by the risk's inherent assessment. */
  METHOD_UNKNOWN("engine.method.unknown"),
  /**
   * The registered method's version differs from the version the risk was assessed with; {@code
   * assess} refuses it, {@code migrate} applies it.
   */
  METHOD_VERSION_CHANGED("engine.method.version-changed"),
  /** The method cannot read the stored inputs. */
  INPUTS_INVALID("engine.inputs.invalid"),
  /** A likelihood or impact input is not a level of the criteria's likelihood or consequence scale. */
  INPUTS_OFF_SCALE("engine.inputs.off-scale"),
  /** The method read the inputs but refused to score them. */
  SCORE_FAILED("engine.score.failed"),
  /** The method could not derive or score a residual input (current or target). */
  RESIDUAL_FAILED("engine.residual.failed"),
  /** The method scored a residual input above the inherent one, breaking its contract. */
  RESIDUAL_ABOVE_INHERENT("engine.residual.above-inherent"),
  /** The assessment date is before the date the risk was identified. */
  DATE_BEFORE_IDENTIFIED("engine.date.before-identified"),
  /** The method threw an exception or returned {@code null} instead of a score or a problem. */
  METHOD_FAILED("engine.method.failed"),
  /**
   * An engine option out of range (a negative top-list length, a share fraction outside 0..1),
   * refused by {@link RiskEngine.Builder} with an {@code InvalidValueException}.
   */
  CONFIG_INVALID("engine.config.invalid");

  private final String key;

  EngineCode(String key) {
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
