/**
 * The ismskit format: the whole {@link io.ismskit.core.Isms} as a JSON or YAML document, written
 * and read losslessly with Jackson's streaming parser and generator.
 *
 * <p>{@link io.ismskit.export.format.IsmsFormat} writes a model to a caller's {@code Writer} or
 * {@code OutputStream} and reads one back from a {@code Reader} or {@code InputStream} as a Vavr
 * {@code Validation} listing every problem of the document, each with its JSON pointer, line and
 * column. An {@link io.ismskit.export.format.IsmsDocument} adds to the ISMS what a document may
 * carry besides: its PDCA event log, the FAIR results of its risks and a conformance report.
 * {@link io.ismskit.export.format.IsmsModule} lets a host read and write whole documents and
 * model values with its own {@code ObjectMapper}, with the same checks, and throws an {@link
 * io.ismskit.export.format.IsmsReadException} that carries every problem. The mapping is derived
 * from the model's own structure (accessors and builders), so new model types and attributes are
 * carried without code per type. The format
 * is described in {@code docs/format.md}; its JSON Schema ships as the resource {@link
 * io.ismskit.export.format.IsmsFormat#SCHEMA_RESOURCE}.
 *
 * <p>Nothing here opens a file, reads the clock or the environment. Unless noted, {@code null}
 * arguments throw {@code NullPointerException}.
 */
@NullMarked
package io.ismskit.export.format;

import org.jspecify.annotations.NullMarked;
