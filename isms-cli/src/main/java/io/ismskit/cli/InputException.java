package io.ismskit.cli;

import java.util.List;

/**
 * Invalid input, with every problem as a line ready to print (compiler style, {@code
 * FILE:LINE:COLUMN: code: message} where the place is known). Ends a command with {@link
 * ExitCodes#INVALID_INPUT}; never printed with a stack trace.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  InputException(String line) {
    this(List.of(line));
  }

  InputException(List<String> lines) {
    super(lines.isEmpty() ? "invalid input" : lines.get(0), null, false, false);
    this.lines = List.copyOf(lines);
  }

  /** The problems, one printable line each. */
  List<String> lines() {
    return lines;
  }
}
