import io.ismskit.risk.spi.ScoringMethod;

/**
 * The scoring registry, the built-in scoring methods and the risk engine.
 *
 * <p>{@code ScoringRegistry} discovers methods with {@link java.util.ServiceLoader}, hence {@code
 * uses ScoringMethod}: it finds providers in named modules (their {@code provides} clauses) and on
 * the class path (their {@code META-INF/services} files) alike. The six built-ins are registered
 * the same way, here for the module path and in {@code META-INF/services} for the class path.
 */
module io.ismskit.risk {
  requires transitive io.ismskit.core;
  requires transitive io.ismskit.risk.spi;
  requires static transitive org.jspecify;

  exports io.ismskit.risk;
  exports io.ismskit.risk.cvss;
  exports io.ismskit.risk.engine;
  exports io.ismskit.risk.fair;
  exports io.ismskit.risk.methods;

  uses ScoringMethod;

  provides ScoringMethod with
      io.ismskit.risk.cvss.CvssMethod,
      io.ismskit.risk.fair.FairMethod,
      io.ismskit.risk.methods.DreadMethod,
      io.ismskit.risk.methods.MatrixMethod,
      io.ismskit.risk.methods.Nist80030Method,
      io.ismskit.risk.methods.OwaspMethod;
}
