package io.ismskit.export.sample;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.pdca.EventCodec;
import io.ismskit.pdca.EventLog;
import io.ismskit.pdca.EventRecord;
import io.ismskit.pdca.PdcaEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sample ISMS models, shipped as documents of the ismskit format ({@link IsmsFormat}) in this jar
 * and read from there: data, not code, and the same for every reader (tests, the CLI, the README).
 *
 * <p>{@link #northwind()} is Northwind Analytics GmbH, a fictitious B2B SaaS analytics vendor with
 * 150 people, two offices (Hamburg, Leipzig) and production hosted on AWS in the EU, as its ISMS
 * stands on {@link #NORTHWIND_AS_OF}: launched twenty months before, certified to ISO/IEC
 * 27001:2022 after its first cycle, a year into the certificate and in the CHECK phase of its
 * second cycle (resource {@value #NORTHWIND_RESOURCE}). It holds context, scope, leadership, a
 * Statement of Applicability over all 93 Annex A controls plus one ISO/IEC 27017 control, a year
 * of measurements, two audit programmes with four internal audits, two management reviews,
 * nonconformities with corrective actions, changes, incidents, four suppliers (AWS, Microsoft, the
 * payroll provider and the support-desk SaaS, with their agreements, assessments and the risks and
 * controls they bear on), evidence items for implemented controls and measurements, one approved
 * policy exception, and the certification records: the
 * certification body, the stage 1 and stage 2 audits, the certificate (active, naming the SoA
 * version then in force) and the first surveillance audit with its findings and the responses to
 * them. {@link #northwindEvents()} is its PDCA history over one and a half cycles, as the events of
 * a strict {@link io.ismskit.pdca.PdcaMachine} (resource {@value #NORTHWIND_EVENTS_RESOURCE}).
 *
 * <p>{@link #lean()} is Lindenbaum Buchhaltung, a fictitious 10-person bookkeeping firm with a
 * lean but complete ISMS: what a small company needs to show and little more (resource {@value
 * #LEAN_RESOURCE}, YAML): the conformance checker finds nothing to object to on its date.
 *
 * <p>Both pass {@link Isms#validate()}. The variants that take a date move every date of the sample
 * (and of Northwind's history) by the days between the sample's own date and {@code asOf}, so the
 * model is current for any date:
 *
 * <pre>{@code
 * Isms isms = SampleIsms.northwind(LocalDate.of(2026, 6, 30));
 * isms.validate().isValid();   // true
 * }</pre>
 *
 * <p><b>Risk scoring.</b> Northwind's risk criteria are a 5×5 likelihood × impact matrix that
 * mirrors the default {@code MatrixMethod} of {@code isms-risk} (method {@code "matrix"}, version
 * {@code "1"}): score = likelihood × impact, normalized = (score − 1) / 24, level Very Low for
 * products 1–3, Low 4–7, Medium 8–11, High 12–19 and Very High 20–25, expressed as normalized upper
 * bounds 2/24, 6/24, 10/24 and 18/24; risks up to Medium meet the acceptance criteria. Most risks are
 * scored on it. Four scenarios are quantified with {@code fair} (ransomware, a customer-data breach
 * through cloud misconfiguration, a regional AWS outage, business e-mail compromise: annual loss in
 * EUR, normalized against 100,000), three vulnerabilities with {@code cvss} (their CVE's vector with
 * the exploit maturity from threat intelligence); the criteria's methodology document maps those
 * results onto the levels. Every residual and target residual risk is what the risk engine derives
 * from the treatment's controls, so {@code RiskEngine.assess} on the sample changes nothing.
 *
 * <p><b>Deliberate gaps.</b> Northwind keeps three realistic lapses, so that a report has something
 * to say; on its date (and on any date, moving with it) the conformance checker finds exactly these,
 * all minor nonconformities: {@code 4.1-climate#stale} (the climate-change decision not reconsidered
 * at the last context review), {@code 6.1.2-asset-coverage#uncovered} (five infrastructure and
 * provider assets covered only through the risks of what depends on them) and {@code
 * 9.2.2-programme-basis#unweighted} (the audit programme states no basis; the surveillance audit
 * raised it, nonconformity NC-4 is being corrected, and it keeps the cycle in CHECK). {@code
 * docs/cli.md} lists them with their entities, and a test holds the checker to that list.
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

  /** The class path resource of Northwind's PDCA event log (the text form of {@link EventLog}). */
  public static final String NORTHWIND_EVENTS_RESOURCE = "/io/ismskit/export/sample/northwind-events.log";

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

  /**
   * The history of Northwind's PDCA cycle up to {@link #NORTHWIND_AS_OF}: the events a {@link
   * io.ismskit.pdca.PdcaMachine} produced over one and a half cycles (resource {@value
   * #NORTHWIND_EVENTS_RESOURCE}). Replayed ({@code PdcaMachine.replay}), they leave the cycle in
   * CHECK of cycle 2; see the class comment.
   */
  public static List<PdcaEvent> northwindEvents() {
    return events(0);
  }

  /**
   * Northwind's PDCA history moved to {@code asOf} by the same number of days as {@link
   * #northwind(LocalDate)} moves the ISMS, so that the two fit together.
   *
   * @param asOf the date the ISMS is observed on, not null
   * @return the events in order; equal for equal dates
   */
  public static List<PdcaEvent> northwindEvents(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return events(ChronoUnit.DAYS.between(NORTHWIND_AS_OF, asOf));
  }

  private static List<PdcaEvent> events(long days) {
    Either<List<Problem>, List<EventRecord>> read = EventLog.parseRecords(text(NORTHWIND_EVENTS_RESOURCE));
    if (read.isLeft()) {
      throw new IllegalStateException("the sample " + NORTHWIND_EVENTS_RESOURCE + " cannot be read: "
          + read.getLeft().get(0).message());
    }
    List<PdcaEvent> out = new ArrayList<>();
    for (EventRecord r : read.get()) {
      Map<String, String> fields = new TreeMap<>(r.fields());
      String on = fields.get("on");
      if (on != null) {
        fields.put("on", Dates.requireSupported("on", LocalDate.parse(on).plusDays(days)).toString());
      }
      Either<Problem, PdcaEvent> event = EventCodec.decode(EventRecord.of(r.type(), r.version(), fields));
      if (event.isLeft()) {
        throw new IllegalArgumentException("the sample's event log cannot be read for this date: "
            + event.getLeft().message());
      }
      out.add(event.get());
    }
    return List.copyOf(out);
  }

  private static String text(String resource) {
    try (InputStream in = SampleIsms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the sample resource " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
