package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.ScoringCode;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The flat string form of a {@link FairInput}; see {@link FairMethod} for the keys. */
final class FairCodec {
  private final int defaultTrials;
  private final long defaultSeed;
  private final Limits limits;

  FairCodec(int defaultTrials, long defaultSeed, Limits limits) {
    this.defaultTrials = defaultTrials;
    this.defaultSeed = defaultSeed;
    this.limits = limits;
  }

  // ---- encode ---------------------------------------------------------------------------

  Map<String, String> encode(FairInput in) {
    Map<String, String> m = new LinkedHashMap<>();
    FairScenario s = in.scenario();
    Frequency f = s.frequency();
    m.put("lef.kind", f.kind().key());
    switch (f.kind()) {
      case POISSON -> m.put("lef.lambda", num(f.rawValue()));
      case BERNOULLI -> m.put("lef.p", num(f.rawValue()));
      case RATE -> put(m, "lef.rate", f.rate().orElseThrow());
      case THREAT_EVENTS -> {
        put(m, "tef", f.rate().orElseThrow());
        put(m, "vuln", f.vulnerability().orElseThrow());
      }
    }
    put(m, "plm", s.primaryMagnitude());
    s.secondary()
        .ifPresent(
            sl -> {
              m.put("slef", num(sl.probability()));
              put(m, "slm", sl.magnitude());
            });
    m.put("trials", Integer.toString(in.simulation().trials()));
    m.put("seed", Long.toString(in.simulation().seed()));
    return Collections.unmodifiableMap(m);
  }

  private static void put(Map<String, String> m, String prefix, Distribution d) {
    m.put(prefix + ".kind", d.kind().key());
    d.parameters().forEach((k, v) -> m.put(prefix + "." + k, num(v)));
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  // ---- decode ---------------------------------------------------------------------------

  /** Reads the input; every key read is recorded so that leftovers can be refused. */
  Either<Problem, FairInput> decode(Map<String, String> raw) {
    Reader r = new Reader(raw);
    Either<Problem, FairInput> in =
        frequency(r)
            .flatMap(
                f ->
                    r.distribution("plm")
                        .flatMap(
                            plm ->
                                secondary(r)
                                    .flatMap(
                                        sec ->
                                            simulation(r)
                                                .map(
                                                    sim ->
                                                        new FairInput(
                                                            new FairScenario(f, plm, sec),
                                                            sim)))));
    if (in.isLeft()) {
      return in;
    }
    Optional<String> extra = r.unread();
    if (extra.isPresent()) {
      return Either.left(
          Problem.ofField(ScoringCode.KEY_UNKNOWN, extra.get(), raw.get(extra.get()),
              "is a FAIR input key that this input's kinds do not read"));
    }
    return in;
  }

  private static Either<Problem, Frequency> frequency(Reader r) {
    return r.required("lef.kind")
        .flatMap(
            k -> {
              Optional<Frequency.Kind> kind = Frequency.Kind.ofKey(k);
              if (kind.isEmpty()) {
                return Either.left(
                    Problem.ofField(
                        FairCode.KIND,
                        "lef.kind",
                        k,
                        "must be one of poisson, bernoulli, rate, tef-vuln"));
              }
              return switch (kind.get()) {
                case POISSON -> r.number("lef.lambda")
                    .flatMap(v -> Frequency.poisson(v).mapLeft(e -> Checks.prefixed("lef", e)));
                case BERNOULLI -> r.number("lef.p")
                    .flatMap(v -> Frequency.bernoulli(v).mapLeft(e -> Checks.prefixed("lef", e)));
                case RATE -> r.distribution("lef.rate").map(Frequency::poissonRate);
                case THREAT_EVENTS -> r.distribution("tef")
                    .flatMap(t -> r.distribution("vuln")
                        .flatMap(v -> Frequency.threatEvents(t, v)
                            .mapLeft(e -> Problem.ofField(e.code(), "vuln.kind", v,
                                "must be a probability distribution within [0, 1]"))));
              };
            });
  }

  private static Either<Problem, Optional<SecondaryLoss>> secondary(Reader r) {
    boolean hasSlef = r.has("slef");
    boolean hasSlm = r.has("slm.kind");
    if (!hasSlef && !hasSlm) {
      return Either.right(Optional.empty());
    }
    return r.number("slef")
        .flatMap(
            p ->
                r.distribution("slm")
                    .flatMap(
                        m ->
                            SecondaryLoss.of(p, m)
                                .mapLeft(
                                    e ->
                                        Problem.ofField(
                                            e.code(), "slef", p, "must be a probability in [0, 1]"))
                                .map(Optional::of)));
  }

  private Either<Problem, Simulation> simulation(Reader r) {
    Either<Problem, Long> trials =
        r.has("trials") ? r.integer("trials") : Either.right((long) defaultTrials);
    Either<Problem, Long> seed =
        r.has("seed") ? r.integer("seed") : Either.right(defaultSeed);
    return trials.flatMap(t -> seed.flatMap(s -> Simulation.of(t, s)))
        .map(sim -> sim.withLimits(limits));
  }

  /** A map reader that remembers which keys it read. */
  private static final class Reader {
    private final Map<String, String> raw;
    private final Set<String> read = new HashSet<>();

    Reader(Map<String, String> raw) {
      this.raw = raw;
    }

    boolean has(String key) {
      return raw.containsKey(key);
    }

    Either<Problem, String> required(String key) {
      read.add(key);
      String v = raw.get(key);
      if (v == null) {
        return FlatForm.required(raw, key);
      }
      if (v.isBlank()) {
        return Either.left(Problem.ofField(ScoringCode.KEY_MISSING, key, v, "is required but blank"));
      }
      return Either.right(v.strip());
    }

    Either<Problem, Double> number(String key) {
      return required(key)
          .flatMap(
              v -> {
                try {
                  return Either.right(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                  return Either.left(
                      Problem.ofField(ScoringCode.VALUE_NOT_NUMBER, key, v, "must be a decimal number"));
                }
              });
    }

    Either<Problem, Long> integer(String key) {
      return required(key)
          .flatMap(
              v -> {
                try {
                  return Either.right(Long.parseLong(v));
                } catch (NumberFormatException e) {
                  return Either.left(Problem.ofField(ScoringCode.VALUE_NOT_INTEGER, key, v, "must be an integer"));
                }
              });
    }

    Either<Problem, Distribution> distribution(String prefix) {
      return required(prefix + ".kind")
          .flatMap(
              k -> {
                Optional<Distribution.Kind> kind = Distribution.Kind.ofKey(k);
                if (kind.isEmpty()) {
                  return Either.left(
                      Problem.ofField(
                          FairCode.KIND,
                          prefix + ".kind",
                          k,
                          "must be one of constant, uniform, triangular, pert, lognormal90,"
                              + " lognormal"));
                }
                double[] p = new double[kind.get().parameterNames().size()];
                for (int i = 0; i < p.length; i++) {
                  String name = kind.get().parameterNames().get(i);
                  if (kind.get() == Distribution.Kind.PERT && name.equals("shape") && !has(
                      prefix + ".shape")) {
                    p[i] = Distribution.DEFAULT_PERT_SHAPE;
                    continue;
                  }
                  Either<Problem, Double> v = number(prefix + "." + name);
                  if (v.isLeft()) {
                    return Either.left(v.getLeft());
                  }
                  p[i] = v.get();
                }
                return Distribution.of(kind.get(), p).mapLeft(e -> Checks.prefixed(prefix, e));
              });
    }

    Optional<String> unread() {
      Set<String> left = new TreeSet<>(raw.keySet());
      left.removeAll(read);
      return left.stream().findFirst();
    }
  }
}
