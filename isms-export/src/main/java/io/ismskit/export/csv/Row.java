package io.ismskit.export.csv;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One row being read: typed access to its cells, gathering a problem for each bad cell. */
final class Row {
  private final Table table;
  private final String[] cells;
  private final int index;
  final String id;
  final List<Problem> problems;

  Row(Table table, String[] cells, int index, String idColumn, List<Problem> problems) {
    this.table = table;
    this.cells = cells;
    this.index = index;
    this.id = table.cell(cells, idColumn).strip();
    this.problems = problems;
  }

  private void problem(CsvCode code, String column, String value, String reason) {
    problems.add(new Problem(code, table.entityType, id, column, Text.shorten(value),
        table.entityType + (id.isEmpty() ? "" : " " + Text.shorten(id)) + " at " + table.where(index, column)
            + ": " + reason + (value.isEmpty() ? "" : ", was '" + Text.shorten(value) + "'")));
  }

  /** A problem with the row as a whole (the model refused it). */
  void refused(Problem p) {
    problems.add(new Problem(CsvCode.REFUSED, table.entityType, id, p.field(), p.value(),
        table.entityType + (id.isEmpty() ? "" : " " + Text.shorten(id)) + " at row " + (index + 2) + ": "
            + p.message()));
  }

  void duplicate() {
    problem(CsvCode.DUPLICATE, table.header.isEmpty() ? "" : table.header.get(0), id,
        "another row above has the same id");
  }

  Optional<String> text(String column) {
    String s = table.cell(cells, column);
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  String required(String column) {
    Optional<String> s = text(column);
    if (s.isEmpty()) {
      problem(CsvCode.REQUIRED, column, "", "a value is required");
      return "";
    }
    return s.get();
  }

  <T> Optional<T> parse(String column, boolean required, String what, Function<String, T> f) {
    Optional<String> s = required ? Optional.of(required(column)).filter(x -> !x.isEmpty()) : text(column);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(f.apply(s.get().strip()));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      problem(CsvCode.MALFORMED, column, s.get(), "not " + what);
      return Optional.empty();
    }
  }

  Optional<LocalDate> date(String column, boolean required) {
    return parse(column, required, "a date (yyyy-mm-dd)", LocalDate::parse);
  }

  Optional<Double> number(String column, boolean required) {
    return parse(column, required, "a finite number", s -> {
      double d = Double.parseDouble(s);
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("not finite");
      }
      return d;
    });
  }

  Optional<Boolean> bool(String column, boolean required) {
    return parse(column, required, "yes/no (or true/false)", s -> switch (s.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "y", "1" -> true;
      case "no", "false", "n", "0" -> false;
      default -> throw new IllegalArgumentException(s);
    });
  }

  <E extends Enum<E>> Optional<E> word(String column, boolean required, Class<E> type) {
    return parse(column, required, "one of " + words(type), s -> enumOf(type, s));
  }

  <E extends Enum<E>> Set<E> words(String column, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (String s : Cells.splitList(table.cell(cells, column))) {
      try {
        out.add(enumOf(type, s));
      } catch (IllegalArgumentException e) {
        problem(CsvCode.MALFORMED, column, s, "not one of " + words(type));
      }
    }
    return out;
  }

  <T> List<T> list(String column, String what, Function<String, T> f) {
    List<T> out = new ArrayList<>();
    for (String s : Cells.splitList(table.cell(cells, column))) {
      try {
        out.add(f.apply(s));
      } catch (IllegalArgumentException e) {
        problem(CsvCode.MALFORMED, column, s, "not " + what);
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
    return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }

  private static <E extends Enum<E>> String words(Class<E> type) {
    List<String> w = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      w.add(Cells.word(e));
    }
    return String.join(", ", w);
  }
}
