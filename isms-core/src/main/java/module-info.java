/**
 * The ISMS model: typed ids and shared values, the ISO/IEC 27001:2022 catalog, the model packages
 * and the {@link io.ismskit.core.Isms} aggregate with its validation.
 *
 * <p>Every package is API. Vavr is required transitively because {@code Isms.validate()} returns a
 * {@code io.vavr.control.Validation}; JSpecify's nullness annotations are needed at compile time
 * only (and read transitively, so a consumer's nullness checker sees them); Immutables'
 * annotations are compile-time only.
 */
module io.ismskit.core {
  requires transitive io.vavr;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.ismskit.core;
  exports io.ismskit.core.asset;
  exports io.ismskit.core.assurance;
  exports io.ismskit.core.base;
  exports io.ismskit.core.catalog;
  exports io.ismskit.core.certification;
  exports io.ismskit.core.context;
  exports io.ismskit.core.control;
  exports io.ismskit.core.diff;
  exports io.ismskit.core.evidence;
  exports io.ismskit.core.governance;
  exports io.ismskit.core.id;
  exports io.ismskit.core.risk;
  exports io.ismskit.core.supplier;
}
