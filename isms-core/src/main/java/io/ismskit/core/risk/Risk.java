package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An information security risk (clauses 6.1.2, 6.1.3, 8.2, 8.3): the scenario (assets, threat,
 * vulnerabilities, properties at stake), its owner, the inherent assessment, the evaluation
 * decision, the treatment, the current and the target residual assessment and the owner's
 * acceptance, and the history of earlier assessments.
 *
 * <p>The {@link #decision()} is the organization's own record of the evaluation (normally the risk
 * owner's); the risk engine of isms-risk proposes a decision from the criteria beside it but never
 * overwrites it.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Risk implements WithRisk {
  /** The risk's id. */
  public abstract RiskId id();

  /** A short title. */
  public abstract String title();

  /** The scenario: what could happen and with which consequences. */
  public abstract String scenario();

  /** How the risk was identified. */
  @Value.Default
  public RiskApproach approach() {
    return RiskApproach.ASSET_BASED;
  }

  /** The assets at risk. */
  public abstract List<AssetId> assets();

  /** The threat. */
  public abstract Optional<ThreatId> threat();

  /** The vulnerabilities the threat exploits. */
  public abstract List<VulnerabilityId> vulnerabilities();

  /** Risk sources and their desired end state, for event-based risks. */
  public abstract List<String> riskSources();

  /** The properties whose loss the risk is about (6.1.2 c 1). */
  public abstract Set<SecurityProperty> affects();

  /** The risk owner (6.1.2 c 2). */
  public abstract PersonId owner();

  /** A category, such as "Supplier" or "Legal". */
  public abstract Optional<String> category();

  /** When the risk was identified. */
  public abstract LocalDate identifiedOn();

  /** The latest assessment before treatment. */
  public abstract Optional<RiskAssessment> inherent();

  /**
   * The recorded evaluation against the acceptance criteria (6.1.2 e), as decided by the
   * organization; empty until it is recorded.
   */
  public abstract Optional<RiskDecision> decision();

  /** The treatment priority, 1 being the highest. */
  public abstract Optional<Integer> priority();

  /** The treatment (6.1.3). */
  public abstract Optional<Treatment> treatment();

  /**
   * The latest assessment of the risk left after treatment as the controls operate now (the
   * current residual risk).
   */
  public abstract Optional<RiskAssessment> residual();

  /**
   * The assessment of the risk the treatment plan will leave once it is complete (the target
   * residual risk, 6.1.3 e): every control the treatment relies on in place at its stated
   * effectiveness. An owner may accept it ({@link AcceptanceBasis#TARGET_RESIDUAL}) before the
   * plan is done. Empty for a risk without treatment, whose residual risk is its current one.
   */
  public abstract Optional<RiskAssessment> targetResidual();

  /**
   * The owner's acceptance of the residual risk (6.1.3 f), of the current or the target residual
   * risk as its {@link RiskAcceptance#basis()} says.
   */
  public abstract Optional<RiskAcceptance> acceptance();

  /** Earlier assessments, oldest first, kept when a risk is re-assessed (8.2). */
  public abstract List<RiskAssessment> history();

  @Value.Check
  protected void check() {
    Checks.notBlank("Risk", "title", title());
    Checks.notBlank("Risk", "scenario", scenario());
    Checks.distinct("Risk", "assets", assets());
    Checks.distinct("Risk", "vulnerabilities", vulnerabilities());
    Checks.notBlank("Risk", "category", category());
    priority().ifPresent(p -> Checks.range("Risk", "priority", p, 1, Integer.MAX_VALUE));
    Checks.date("Risk", "identifiedOn", identifiedOn());
    inherent().ifPresent(a ->
        Checks.order("Risk", "identifiedOn", identifiedOn(), "inherent.assessedOn", a.assessedOn()));
  }

  /** The date of the latest assessment, inherent or residual. */
  public Optional<LocalDate> lastAssessedOn() {
    RiskAssessment i = inherent().orElse(null);
    RiskAssessment r = residual().orElse(null);
    if (i == null || r == null) {
      return i == null ? residual().map(RiskAssessment::assessedOn) : Optional.of(i.assessedOn());
    }
    return Optional.of(i.assessedOn().isAfter(r.assessedOn()) ? i.assessedOn() : r.assessedOn());
  }

  /**
   * The residual assessment the acceptance covers: {@link #residual()} or {@link #targetResidual()}
   * by the acceptance's {@link RiskAcceptance#basis()}; empty without an acceptance or when the
   * assessment it covers is missing.
   */
  public Optional<RiskAssessment> acceptedResidual() {
    RiskAcceptance a = acceptance().orElse(null);
    if (a == null) {
      return Optional.empty();
    }
    return a.basis() == AcceptanceBasis.TARGET_RESIDUAL ? targetResidual() : residual();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Risk} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }
}
