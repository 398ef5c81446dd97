package io.ismskit.cli;

import io.ismskit.export.format.IsmsDocument;
import io.ismskit.export.format.IsmsFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isms init DIR}: the sample as an editable YAML starting point. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Writes DIR/isms.yaml: a built-in sample ISMS as of --as-of, as an editable starting point with",
        "comments explaining each section, and the sample's PDCA history when it has one (northwind), which",
        "'isms assess' replays. Refuses to overwrite an existing file unless --force."})
final class InitCommand implements Callable<Integer> {
  /** The file written into DIR. */
  static final String FILE_NAME = "isms.yaml";

  /** The comment before the document's {@code events} section. */
  static final String EVENTS_COMMENT = "# The PDCA cycle's event log, oldest first: phases entered, gates passed, overrides,"
      + " nonconformity steps (isms-pdca). 'isms assess' replays it; append events, never edit them.";

  /** A comment before each top-level section of the document: what it holds and the clause. */
  static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("organization", "The organization: name, headcount, locations (clause 4.1)."),
      Map.entry("scope", "The scope of the ISMS: boundaries, interfaces and exclusions (4.3)."),
      Map.entry("contextIssues", "Internal and external issues that affect the ISMS (4.1)."),
      Map.entry("climateChangeDecision", "Whether climate change is a relevant issue, and why (4.1, Amd 1:2024)."),
      Map.entry("interestedParties", "Interested parties and their requirements (4.2)."),
      Map.entry("processes", "The ISMS processes and how they interact (4.4)."),
      Map.entry("people", "People, referenced by id as owners, approvers, auditors."),
      Map.entry("roles", "ISMS roles, their responsibilities and authorities (5.3)."),
      Map.entry("roleAssignments", "Who holds which role (5.3)."),
      Map.entry("policies", "The information security policy and topic-specific policies (5.2, A.5.1)."),
      Map.entry("policyExceptions", "Approved, time-limited exceptions to a policy (5.2, A.5.1)."),
      Map.entry("objectives", "Information security objectives with targets and owners (6.2)."),
      Map.entry("resources", "Resources allocated to the ISMS (7.1)."),
      Map.entry("competenceRecords", "Evidence of competence (7.2)."),
      Map.entry("awarenessRecords", "Awareness activities and who took part (7.3)."),
      Map.entry("communications", "What is communicated, when, to whom and by whom (7.4)."),
      Map.entry("documents", "Documented information and its review intervals (7.5)."),
      Map.entry("assets", "Information and other associated assets, owners, CIA values (A.5.9)."),
      Map.entry("threats", "Threats considered by the risk assessment (6.1.2)."),
      Map.entry("vulnerabilities", "Vulnerabilities, optionally with CVSS vectors (6.1.2, A.8.8)."),
      Map.entry("riskCriteria", "Risk acceptance criteria and criteria for assessments (6.1.2 a)."),
      Map.entry("risks", "The risk register: assessments with a scoring method, treatments, acceptances (6.1.2, 6.1.3)."),
      Map.entry("risksAndOpportunities", "Risks and opportunities of the ISMS itself (6.1.1)."),
      Map.entry("customControls", "Controls beyond Annex A (6.1.3 c)."),
      Map.entry("controlImplementations", "How controls are implemented, and their status (6.1.3, 8.1)."),
      Map.entry("statementOfApplicability", "The Statement of Applicability: every Annex A control, applicable or not,"
          + " with a justification (6.1.3 d)."),
      Map.entry("metrics", "What is monitored and measured (9.1)."),
      Map.entry("measurements", "Measurement results and their evaluation (9.1)."),
      Map.entry("auditProgrammes", "The internal audit programme (9.2.2)."),
      Map.entry("audits", "Internal audits, planned and performed (9.2)."),
      Map.entry("findings", "Findings of internal audits (9.2)."),
      Map.entry("managementReviews", "Management reviews, their inputs and decisions (9.3)."),
      Map.entry("nonconformities", "Nonconformities and their life cycle (10.2)."),
      Map.entry("correctiveActions", "Corrective actions of nonconformities (10.2)."),
      Map.entry("improvements", "Continual improvement (10.1)."),
      Map.entry("changes", "Planned changes to the ISMS (6.3)."),
      Map.entry("incidents", "Information security incidents (A.5.24-A.5.28)."),
      Map.entry("suppliers", "Suppliers, their agreements, assessments and monitoring (8.1, A.5.19-A.5.22)."),
      Map.entry("evidenceItems", "Evidence of controls, measurements and audits: what, from where, for which period."),
      Map.entry("intervals", "Planned intervals of internal audits, management reviews and context reviews (9.2, 9.3, 4.1)."),
      Map.entry("certificationBodies", "Certification bodies that audit the ISMS (ISO/IEC 17021-1)."),
      Map.entry("certificates", "Certificates: number, scope wording, SoA version, decision, issue and expiry, standing."),
      Map.entry("externalAudits", "Certification audits: stage 1, stage 2, surveillance, recertification, special."),
      Map.entry("externalFindings", "Findings of the certification body, graded, with the responses to them."));

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write isms.yaml into (created if missing).")
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Option(names = "--sample", paramLabel = "NAME", defaultValue = "lean",
      description = "northwind (150 people) or lean (10 people) (default: ${DEFAULT-VALUE}).")
  Options.Sample sample = Options.Sample.LEAN;

  @Option(names = "--force", description = "Overwrite an existing isms.yaml.")
  boolean force;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() throws IOException {
    Path target = dir.resolve(FILE_NAME);
    if (Files.exists(target) && !force) {
      throw new InputException(target + ": exists; use --force to overwrite it");
    }
    LocalDate date = asOf.resolve();
    IsmsDocument document = new IsmsDocument(sample.load(date), sample.history(date).orElse(List.of()));
    String yaml = new String(OutputFiles.render(w -> IsmsFormat.yaml().writeDocument(document, w)),
        StandardCharsets.UTF_8);
    String text = header(date) + commented(yaml);
    OutputFiles.writeFile(target, text.getBytes(StandardCharsets.UTF_8));
    spec.commandLine().getOut().println("Wrote " + target + " (" + sample.label() + " as of " + date + "). Next:"
        + " edit it, then run 'isms check " + target + "' and 'isms assess " + target + " --out report'.");
    return ExitCodes.OK;
  }

  private String header(LocalDate date) {
    return String.join(System.lineSeparator(),
        "# An ISMS kept as code: ismskit's YAML format (docs/format.md), one document for the whole ISMS.",
        "# Written by 'isms init' from the " + sample.label() + " as of " + date + "; a fictitious company.",
        "# Edit it into your own ISMS: entities refer to each other by id (owner: P-01, risks: [R-01]).",
        "# Check it with 'isms validate isms.yaml' (every problem with line and column) and",
        "# 'isms check isms.yaml' (ISO/IEC 27001:2022 findings); keep it in git and review changes with",
        "# 'isms diff old.yaml isms.yaml'.", "");
  }

  /** {@code yaml} with a comment line before each top-level section of the ISMS and before its events. */
  static String commented(String yaml) {
    StringBuilder b = new StringBuilder(yaml.length() + 8192);
    for (String line : yaml.split("\n", -1)) {
      if (line.equals("events:")) {
        b.append(EVENTS_COMMENT).append('\n');
      }
      if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(":")) {
        String key = line.substring(2, line.length() - 1);
        String comment = SECTIONS.get(key);
        if (comment != null) {
          b.append("  # ").append(comment).append('\n');
        }
      }
      b.append(line).append('\n');
    }
    b.setLength(b.length() - 1);
    return b.toString();
  }
}
