/**
 * The scoring SPI a risk-scoring method implements: {@link io.ismskit.risk.spi.ScoringMethod}, its
 * descriptor, {@code Score} and the shared flat-form checks.
 *
 * <p>Its signatures use core's {@code Problem} and {@code MethodId} and Vavr's {@code Either}, so
 * it reads isms-core (and through it Vavr) transitively. A plug-in module {@code provides
 * io.ismskit.risk.spi.ScoringMethod}; a plug-in on the class path lists itself in {@code
 * META-INF/services/io.ismskit.risk.spi.ScoringMethod}. The registry that finds both is in {@code
 * io.ismskit.risk}.
 */
module io.ismskit.risk.spi {
  requires transitive io.ismskit.core;
  requires transitive io.vavr;
  requires static transitive org.jspecify;

  exports io.ismskit.risk.spi;
}
