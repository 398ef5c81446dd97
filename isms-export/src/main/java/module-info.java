/**
 * Export and the sample ISMSs as data. For now it holds {@code io.ismskit.export.sample}, whose
 * API returns core's {@code Isms}, so it reads isms-core transitively.
 */
module io.ismskit.export {
  requires transitive io.ismskit.core;
  requires static transitive org.jspecify;

  exports io.ismskit.export.sample;
}
