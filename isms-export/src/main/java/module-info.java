/**
 * Where ismskit meets formats: the ismskit JSON/YAML format ({@code io.ismskit.export.format}, with
 * a Jackson {@code Module} for hosts' own mappers), OSCAL 1.1.2 documents, CSV, self-contained
 * HTML/Markdown reports with SVG charts, and the sample ISMSs as data. Everything is written to and
 * read from the caller's writers and readers; the module opens no file.
 */
module io.ismskit.export {
  requires transitive io.ismskit.core;
  requires transitive io.ismskit.conformance;
  requires transitive io.ismskit.risk;
  requires transitive io.ismskit.pdca;
  // IsmsModule is a Jackson Module a host registers on its own ObjectMapper.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.ismskit.export.csv;
  exports io.ismskit.export.format;
  exports io.ismskit.export.markup;
  exports io.ismskit.export.oscal;
  exports io.ismskit.export.report;
  exports io.ismskit.export.sample;
  exports io.ismskit.export.svg;
  exports io.ismskit.export.view;
}
