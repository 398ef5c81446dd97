package io.ismskit.bench;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.pdca.CarryOverItem;
import io.ismskit.pdca.ChangeNoted;
import io.ismskit.pdca.CycleClosed;
import io.ismskit.pdca.CycleStarted;
import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.ismskit.pdca.Phase;
import io.ismskit.pdca.PhaseAdvanced;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDCA module's two hot paths, on one thread. Targets (issue 13): replaying 1,000,000 events at
 * 3 million events per second or more ({@code replay} reports microseconds per event: at most
 * 0.333); {@code due(isms, asOf)} on an ISMS of 10,000 assets and 100,000 risks in at most 50 ms.
 *
 * <p>The log is 1,000,000 events of 200,000 cycles: each cycle three phase transitions, a noted
 * change every other cycle and a close carrying two items over. The ISMS is the testkit's
 * conformant model with 10,000 assets, 10 risks per asset and 1,000 nonconformities, settled in
 * the old generation before measuring, as in {@code ConformanceBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class PdcaBenchmark {
  /** The number of events replayed. */
  public static final int EVENTS = 1_000_000;

  List<PdcaEvent> log = List.of();
  Isms isms = ConformantIsms.small(1);
  final DueCalendar calendar = DueCalendar.standard();

  /** Builds the log and the ISMS (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    log = log(EVENTS);
    isms = ConformantIsms.generate(7, 10_000, 10, 1_000);
    System.gc();
    System.gc();
  }

  /** A valid log of {@code n} events. */
  static List<PdcaEvent> log(int n) {
    PersonId by = PersonId.of("P-CISO");
    List<CarryOverItem> carried = List.of(new CarryOverItem(EntityRef.of("Nonconformity", "NC-2"), "status OPEN"),
        new CarryOverItem(EntityRef.of("CorrectiveAction", "CA-2"), "not completed"));
    List<PdcaEvent> out = new ArrayList<>(n);
    LocalDate day = LocalDate.of(2000, 1, 1);
    out.add(new CycleStarted(1, day, by));
    for (int cycle = 1; out.size() < n; cycle++) {
      day = day.plusDays(1);
      Phase p = Phase.PLAN;
      for (int i = 0; i < 3 && out.size() < n; i++) {
        out.add(new PhaseAdvanced(cycle, p, p.next(), day, by));
        p = p.next();
        if (p == Phase.DO && cycle % 2 == 0 && out.size() < n) {
          out.add(new ChangeNoted(cycle, Phase.DO, ChangeId.of("CH-1"), day, by));
        }
      }
      if (out.size() < n) {
        out.add(new CycleClosed(cycle, carried, day, by));
      }
    }
    return out;
  }

  /** Folds the whole log into a state; the score is per event. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @OperationsPerInvocation(EVENTS)
  public Either<Problem, CycleState> replay() {
    return PdcaMachine.replay(log);
  }

  /** Everything due and overdue on the large ISMS. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<DueItem> due() {
    return calendar.due(isms, ConformantIsms.AS_OF);
  }
}
