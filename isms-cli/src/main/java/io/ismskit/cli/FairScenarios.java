package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.risk.fair.FairInput;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.fair.FairScenario;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The FAIR scenarios of an ISMS: every risk whose current assessment uses the {@code fair} method. */
final class FairScenarios {
  private static final FairMethod FAIR = new FairMethod();

  private FairScenarios() {}

  /**
   * One quantified scenario.
   *
   * @param risk the risk's id
   * @param title the risk's title
   * @param stage {@code "residual"} or {@code "inherent"}: which assessment the scenario comes from
   * @param scenario the scenario
   */
  record Named(String risk, String title, String stage, FairScenario scenario) {
    /** A label for tables and charts: id and shortened title. */
    String label() {
      return risk + " " + Text.shorten(title);
    }
  }

  /** The scenarios, in the order of the risk register, and the problems of inputs that do not decode. */
  record Found(List<Named> scenarios, List<Problem> problems) {}

  /** The current FAIR scenario of every risk: its residual assessment when that is FAIR, else its inherent one. */
  static Found of(Isms isms) {
    List<Named> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Risk r : isms.risks()) {
      Optional<RiskAssessment> residual = r.residual().filter(a -> a.method().equals(FairMethod.ID));
      Optional<RiskAssessment> chosen = residual.isPresent() ? residual
          : r.inherent().filter(a -> a.method().equals(FairMethod.ID));
      if (chosen.isEmpty()) {
        continue;
      }
      String stage = residual.isPresent() ? "residual" : "inherent";
      Either<Problem, FairInput> decoded = FAIR.decode(chosen.get().inputs());
      if (decoded.isLeft()) {
        problems.add(decoded.getLeft().within("Risk", r.id().toString(), stage + ".inputs."));
      } else {
        out.add(new Named(r.id().toString(), r.title(), stage, decoded.get().scenario()));
      }
    }
    return new Found(List.copyOf(out), List.copyOf(problems));
  }
}
