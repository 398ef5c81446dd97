package io.ismskit.export.sample;

import io.ismskit.core.Isms;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Sample ISMS models built with the public model API only.
 *
 * <p>{@link #northwind(LocalDate)} is Northwind Analytics GmbH, a fictitious B2B SaaS analytics
 * vendor with 150 people, two offices (Hamburg, Leipzig) and production hosted on AWS in the EU, as
 * its ISMS stands at the end of its first full cycle: context, scope, leadership, risk assessment
 * and treatment, a Statement of Applicability over all 93 ISO/IEC 27001:2022 Annex A controls plus
 * one ISO/IEC 27017 control, a year of measurements, three internal audits, a management review,
 * nonconformities with corrective actions, changes and incidents. It passes {@link Isms#validate()}.
 *
 * <pre>{@code
 * Isms isms = SampleIsms.northwind(LocalDate.of(2026, 3, 31));
 * isms.validate().isValid();   // true
 * }</pre>
 *
 * <p><b>Risk scoring.</b> Risks are scored on a 5×5 likelihood × impact matrix that mirrors the
 * default {@code MatrixMethod} of {@code isms-risk} (method {@code "matrix"}, version {@code "1"}):
 * score = likelihood × impact, normalized = (score − 1) / 24, level Very Low for products 1–3, Low
 * 4–7, Medium 8–11, High 12–19 and Very High 20–25 (that method's product thresholds 4, 8, 12, 20,
 * each the smallest product of the next level). The risk criteria express the same bands as
 * normalized upper bounds 2/24, 6/24, 10/24 and 18/24; risks up to Medium meet the acceptance
 * criteria.
 *
 * @implSpec Stateless and thread-safe; every method is a pure function of its arguments.
 */
public final class SampleIsms {
  private SampleIsms() {}

  /**
   * The Northwind Analytics ISMS as it stands on {@code asOf}: every date lies before or shortly
   * after {@code asOf} (open actions are due within the next months), so the model is current for
   * any date.
   *
   * @param asOf the date the ISMS is observed on, not null
   * @return a valid, deterministic ISMS; equal for equal dates
   */
  public static Isms northwind(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new Northwind(asOf).build();
  }
}
