package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.ModelCode;
import java.util.Objects;

/**
 * A level of risk on the scale of the {@link RiskCriteria}, such as {@code "Low"} or {@code
 * "High"}. Levels are ordered only by the criteria that list them ({@link
 * RiskCriteria#rank(RiskLevel)}); a level the criteria do not list is an error wherever it is
 * ranked or evaluated, never a silent "lowest" or "unknown".
 *
 * @param name the level's name: visible text of at most {@value #MAX_LENGTH} characters
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskLevel(String name) {
  /** The longest name of a level. */
  public static final int MAX_LENGTH = 64;

  /** Refuses a blank or overlong name. */
  public RiskLevel {
    Checks.notBlank("RiskLevel", "name", name);
    if (name.length() > MAX_LENGTH) {
      throw Checks.refusal(ModelCode.MALFORMED, "RiskLevel", "name", name,
          "must be at most " + MAX_LENGTH + " characters");
    }
  }

  /** The level named {@code name}. */
  public static RiskLevel of(String name) {
    Objects.requireNonNull(name, "RiskLevel.name: must not be null");
    return new RiskLevel(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
