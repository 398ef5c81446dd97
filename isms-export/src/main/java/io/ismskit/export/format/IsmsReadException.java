package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ismskit.core.base.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a host's {@code ObjectMapper} with {@link IsmsModule} throws when what it reads has
 * problems: a {@code MismatchedInputException}, as a mapper's contract asks, that carries every
 * problem as a {@link Problem}, as {@link IsmsFormat}'s readers return them in their {@code
 * Validation}. Each problem's {@link Problem#code()} is a {@link FormatCode}, a {@code model.*} or
 * a {@code validation.*} code; its {@link Problem#field()} is the JSON pointer of the value at
 * fault, from the root of the mapper's input (a document held in a host's field {@code doc} is
 * pointed at as {@code /doc/isms/...}); its {@link Problem#message()} starts with that pointer and
 * the value's line and column.
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(json, IsmsDocument.class);
 * } catch (IsmsReadException e) {
 *   for (Problem p : e.problems()) {
 *     log(p.field(), p.code().key(), p.message());   // "/isms/organization/headcount", "format.value.wrong-type", ...
 *   }
 * }
 * }</pre>
 *
 * <p>The exception's message is {@code "<Type> cannot be read: "} followed by every problem's
 * message, separated by {@code "; "}. Where the value was held in a host's own type, the mapper
 * adds its reference chain to {@link #getMessage()} as it does for every {@code
 * JsonMappingException}; {@link #getOriginalMessage()} is without it. Java serialization keeps the
 * message, not the problems ({@code Problem} is not serializable): {@link #problems()} of a
 * deserialized exception is empty.
 *
 * @implSpec Immutable once thrown, but for the reference chain Jackson adds to every mapping
 *     exception on its way out.
 */
public final class IsmsReadException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems; // null once Java deserialization made the exception

  IsmsReadException(JsonParser p, Class<?> type, List<Problem> problems) {
    super(p, type.getSimpleName() + " cannot be read: "
        + problems.stream().map(Problem::message).collect(Collectors.joining("; ")), type);
    this.problems = List.copyOf(problems);
  }

  /** Every problem of what was read, at least one, in the order they were found; unmodifiable. */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
