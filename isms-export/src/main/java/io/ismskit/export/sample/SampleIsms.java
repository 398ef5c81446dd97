package io.ismskit.export.sample;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsFormat;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Sample ISMS models, shipped as documents of the ismskit format ({@link IsmsFormat}) in this jar
 * and read from there: data, not code, and the same for every reader (tests, the CLI, the README).
 *
 * <p>{@link #northwind()} is Northwind Analytics GmbH, a fictitious B2B SaaS analytics vendor with
 * 150 people, two offices (Hamburg, Leipzig) and production hosted on AWS in the EU, as its ISMS
 * stands on {@link #NORTHWIND_AS_OF} at the end of its first full cycle: context, scope,
 * leadership, risk assessment and treatment, a Statement of Applicability over all 93 ISO/IEC
 * 27001:2022 Annex A controls plus one ISO/IEC 27017 control, a year of measurements, three
 * internal audits, a management review, nonconformities with corrective actions, changes and
 * incidents (resource {@value #NORTHWIND_RESOURCE}).
 *
 * <p>{@link #lean()} is Lindenbaum Buchhaltung, a fictitious 10-person bookkeeping firm with a
 * lean ISMS: what a small company needs to show and little more (resource {@value
 * #LEAN_RESOURCE}, YAML).
 *
 * <p>Both pass {@link Isms#validate()}. The variants that take a date move every date of the sample
 * by the days between the sample's own date and {@code asOf}, so the model is current for any date:
 *
 * <pre>{@code
 * Isms isms = SampleIsms.northwind(LocalDate.of(2026, 6, 30));
 * isms.validate().isValid();   // true
 * }</pre>
 *
 * <p><b>Risk scoring.</b> Northwind's risks are scored on a 5×5 likelihood × impact matrix that
 * mirrors the default {@code MatrixMethod} of {@code isms-risk} (method {@code "matrix"}, version
 * {@code "1"}): score = likelihood × impact, normalized = (score − 1) / 24, level Very Low for
 * products 1–3, Low 4–7, Medium 8–11, High 12–19 and Very High 20–25. The risk criteria express
 * the same bands as normalized upper bounds 2/24, 6/24, 10/24 and 18/24; risks up to Medium meet
 * the acceptance criteria.
 *
 * @implSpec Stateless and thread-safe; every method is a pure function of its arguments (the
 *     resources are read from this jar).
 */
public final class SampleIsms {
  /** The date the Northwind document stands on. */
  public static final LocalDate NORTHWIND_AS_OF = LocalDate.of(2026, 3, 31);

  /** The date the lean sample's document stands on. */
  public static final LocalDate LEAN_AS_OF = LocalDate.of(2026, 3, 31);

  /** The class path resource of the Northwind document (JSON). */
  public static final String NORTHWIND_RESOURCE = "/io/ismskit/export/sample/northwind.json";

  /** The class path resource of the lean sample's document (YAML). */
  public static final String LEAN_RESOURCE = "/io/ismskit/export/sample/lean.yaml";

  private SampleIsms() {}

  /** The Northwind Analytics ISMS as it stands on {@link #NORTHWIND_AS_OF}. */
  public static Isms northwind() {
    return load(NORTHWIND_RESOURCE, IsmsFormat.json());
  }

  /**
   * The Northwind Analytics ISMS moved to {@code asOf}: every date lies before or shortly after
   * {@code asOf} (open actions are due within the next months), so the model is current for any
   * date.
   *
   * @param asOf the date the ISMS is observed on, not null
   * @return a valid, deterministic ISMS; equal for equal dates
   */
  public static Isms northwind(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return load(NORTHWIND_RESOURCE, IsmsFormat.json().withDatesShiftedBy(ChronoUnit.DAYS.between(NORTHWIND_AS_OF, asOf)));
  }

  /** The lean ISMS of a 10-person company as it stands on {@link #LEAN_AS_OF}. */
  public static Isms lean() {
    return load(LEAN_RESOURCE, IsmsFormat.yaml());
  }

  /**
   * The lean ISMS of a 10-person company moved to {@code asOf}, as {@link #northwind(LocalDate)}.
   *
   * @param asOf the date the ISMS is observed on, not null
   */
  public static Isms lean(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return load(LEAN_RESOURCE, IsmsFormat.yaml().withDatesShiftedBy(ChronoUnit.DAYS.between(LEAN_AS_OF, asOf)));
  }

  private static Isms load(String resource, IsmsFormat format) {
    try (InputStream in = SampleIsms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the sample resource " + resource + " is missing from the class path");
      }
      Validation<Seq<Problem>, Isms> read = format.read(in);
      if (read.isInvalid()) {
        throw new IllegalArgumentException("the sample " + resource + " cannot be read for this date: "
            + read.getError().take(3).map(Problem::message).mkString("; "));
      }
      return read.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
