package io.ismskit.risk.engine;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.RiskMatrix;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The methods one run scores with: those of the engine's registry, except that the built-in
 * {@code matrix} method scores on the criteria's own matrix when the criteria give likelihood and
 * consequence scales (clause 6.1.2 a: the organization's criteria, not a default 5 × 5). That
 * matrix is {@code RiskMatrix.ofBands(likelihoodScale, impactScale, levels, levelBounds)}, built
 * on first use. Confined to the thread of its run.
 */
final class RunMethods {
  private final ScoringRegistry registry;
  private final RiskCriteria criteria;
  private final Map<MethodId, Either<Failure, ScoringMethod<?>>> resolved = new HashMap<>();
  private @Nullable Either<Failure, ScoringMethod<?>> criteriaMatrix;

  RunMethods(ScoringRegistry registry, RiskCriteria criteria) {
    this.registry = registry;
    this.criteria = criteria;
  }

  /** Whether the criteria give a likelihood or a consequence scale. */
  boolean criteriaHaveScales() {
    return !criteria.likelihoodScale().isEmpty() || !criteria.impactScale().isEmpty();
  }

  /** The method a risk analysed with {@code id} is scored with, or why there is none. */
  Either<Failure, ScoringMethod<?>> resolve(MethodId id) {
    return resolved.computeIfAbsent(id, this::lookUp);
  }

  /** Whether {@code method} is the criteria's matrix, whose inputs are levels of the criteria's scales. */
  boolean onCriteriaScales(ScoringMethod<?> method) {
    Either<Failure, ScoringMethod<?>> m = criteriaMatrix;
    return m != null && m.isRight() && m.get() == method;
  }

  private Either<Failure, ScoringMethod<?>> lookUp(MethodId id) {
    ScoringMethod<?> m = registry.find(id).orElse(null);
    if (m == null) {
      return Either.left(Failure.of(EngineCode.METHOD_UNKNOWN, "inherent.method", id.value(),
          "names no registered scoring method (known: " + known() + ")"));
    }
    if (m instanceof MatrixMethod && criteriaHaveScales()) {
      return criteriaMatrix();
    }
    return Either.right(m);
  }

  private String known() {
    List<MethodId> ids = registry.ids();
    if (ids.isEmpty()) {
      return "none";
    }
    String list = ids.stream().limit(20).map(i -> Text.shorten(i.value())).collect(Collectors.joining(", "));
    return ids.size() > 20 ? list + ", … (" + ids.size() + " methods)" : list;
  }

  private Either<Failure, ScoringMethod<?>> criteriaMatrix() {
    Either<Failure, ScoringMethod<?>> m = criteriaMatrix;
    if (m == null) {
      m = buildCriteriaMatrix();
      criteriaMatrix = m;
    }
    return m;
  }

  private Either<Failure, ScoringMethod<?>> buildCriteriaMatrix() {
    String which = "criteria " + Text.shorten(criteria.version());
    if (criteria.likelihoodScale().isEmpty() || criteria.impactScale().isEmpty()) {
      String missing = criteria.likelihoodScale().isEmpty() ? "likelihoodScale" : "impactScale";
      return Either.left(Failure.of(EngineCode.CRITERIA_MATRIX_INVALID, "riskCriteria." + missing, null,
          "is empty: the matrix method scores on the criteria's likelihood and consequence scales, and "
              + which + " give only one; give both, or neither to score on the method's own matrix"));
    }
    List<String> levels = new ArrayList<>(criteria.levels().size());
    for (RiskLevel l : criteria.levels()) {
      levels.add(l.name());
    }
    Validation<Seq<Problem>, RiskMatrix> matrix = RiskMatrix.ofBands(
        criteria.likelihoodScale(), criteria.impactScale(), levels, criteria.levelBounds());
    if (matrix.isInvalid()) {
      Seq<Problem> problems = matrix.getError();
      String first = problems.take(3).map(Problem::message).mkString("; ");
      return Either.left(Failure.of(EngineCode.CRITERIA_MATRIX_INVALID, "riskCriteria", criteria.version(),
          "does not make a risk matrix of its scales and levels (" + problems.size() + " problems: " + first
              + (problems.size() > 3 ? "; …" : "") + ")"));
    }
    return Either.right(MatrixMethod.of(matrix.get()));
  }
}
