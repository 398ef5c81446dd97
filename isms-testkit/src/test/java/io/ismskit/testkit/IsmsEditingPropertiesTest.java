package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.Supplier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Lookups and replace-by-id on generated valid ISMS graphs, for every entity kind of {@link Isms}:
 * each entity is found by its id, replacing it by itself changes nothing, removing it removes only
 * it and keeps the order, and adding it back appends it.
 */
class IsmsEditingPropertiesTest {

  /** One entity kind: its list, its key, and Isms's lookup, replace-by-id and remove-by-id. */
  record Kind<T, K>(String name, Function<Isms, List<T>> list, Function<T, K> key,
      BiFunction<Isms, K, Optional<T>> find, BiFunction<Isms, T, Isms> with, BiFunction<Isms, K, Isms> without) {

    void check(Isms isms) {
      List<T> all = list.apply(isms);
      for (T e : all) {
        K k = key.apply(e);
        assertThat(find.apply(isms, k)).as(name + " " + k).containsSame(e);
        assertThat(with.apply(isms, e)).as("replacing %s %s by itself", name, k).isEqualTo(isms);
      }
      if (!all.isEmpty()) {
        T first = all.get(0);
        Isms without = this.without.apply(isms, key.apply(first));
        assertThat(list.apply(without)).containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(find.apply(without, key.apply(first))).isEmpty();
        List<T> appended = new ArrayList<>(all.subList(1, all.size()));
        appended.add(first);
        assertThat(list.apply(with.apply(without, first))).containsExactlyElementsOf(appended);
      }
    }
  }

  static final List<Kind<?, ?>> KINDS = List.of(
      new Kind<>("contextIssue", Isms::contextIssues, ContextIssue::id, Isms::contextIssue, Isms::withContextIssue,
          Isms::withoutContextIssue),
      new Kind<>("interestedParty", Isms::interestedParties, InterestedParty::id, Isms::interestedParty,
          Isms::withInterestedParty, Isms::withoutInterestedParty),
      new Kind<>("process", Isms::processes, IsmsProcess::id, Isms::process, Isms::withProcess, Isms::withoutProcess),
      new Kind<>("person", Isms::people, Person::id, Isms::person, Isms::withPerson, Isms::withoutPerson),
      new Kind<>("role", Isms::roles, Role::id, Isms::role, Isms::withRole, Isms::withoutRole),
      new Kind<>("policy", Isms::policies, Policy::id, Isms::policy, Isms::withPolicy, Isms::withoutPolicy),
      new Kind<>("objective", Isms::objectives, Objective::id, Isms::objective, Isms::withObjective,
          Isms::withoutObjective),
      new Kind<>("resource", Isms::resources, ResourceAllocation::id, Isms::resource, Isms::withResource,
          Isms::withoutResource),
      new Kind<>("competenceRecord", Isms::competenceRecords, CompetenceRecord::id, Isms::competenceRecord,
          Isms::withCompetenceRecord, Isms::withoutCompetenceRecord),
      new Kind<>("awarenessRecord", Isms::awarenessRecords, AwarenessRecord::id, Isms::awarenessRecord,
          Isms::withAwarenessRecord, Isms::withoutAwarenessRecord),
      new Kind<>("communication", Isms::communications, Communication::id, Isms::communication,
          Isms::withCommunication, Isms::withoutCommunication),
      new Kind<>("document", Isms::documents, DocumentedInformation::id, Isms::document, Isms::withDocument,
          Isms::withoutDocument),
      new Kind<>("asset", Isms::assets, Asset::id, Isms::asset, Isms::withAsset, Isms::withoutAsset),
      new Kind<>("threat", Isms::threats, Threat::id, Isms::threat, Isms::withThreat, Isms::withoutThreat),
      new Kind<>("vulnerability", Isms::vulnerabilities, Vulnerability::id, Isms::vulnerability,
          Isms::withVulnerability, Isms::withoutVulnerability),
      new Kind<>("risk", Isms::risks, Risk::id, Isms::risk, Isms::withRisk, Isms::withoutRisk),
      new Kind<>("riskOrOpportunity", Isms::risksAndOpportunities, IsmsRiskOrOpportunity::id,
          Isms::riskOrOpportunity, Isms::withRiskOrOpportunity, Isms::withoutRiskOrOpportunity),
      new Kind<>("customControl", Isms::customControls, CustomControl::id, Isms::customControl,
          Isms::withCustomControl, Isms::withoutCustomControl),
      new Kind<>("controlImplementation", Isms::controlImplementations, ControlImplementation::control,
          Isms::controlImplementation, Isms::withControlImplementation, Isms::withoutControlImplementation),
      new Kind<>("metric", Isms::metrics, Metric::id, Isms::metric, Isms::withMetric, Isms::withoutMetric),
      new Kind<>("measurement", Isms::measurements, Measurement::id, Isms::measurement, Isms::withMeasurement,
          Isms::withoutMeasurement),
      new Kind<>("auditProgramme", Isms::auditProgrammes, AuditProgramme::id, Isms::auditProgramme,
          Isms::withAuditProgramme, Isms::withoutAuditProgramme),
      new Kind<>("audit", Isms::audits, InternalAudit::id, Isms::audit, Isms::withAudit, Isms::withoutAudit),
      new Kind<>("finding", Isms::findings, AuditFinding::id, Isms::finding, Isms::withFinding, Isms::withoutFinding),
      new Kind<>("managementReview", Isms::managementReviews, ManagementReview::id, Isms::managementReview,
          Isms::withManagementReview, Isms::withoutManagementReview),
      new Kind<>("nonconformity", Isms::nonconformities, Nonconformity::id, Isms::nonconformity,
          Isms::withNonconformity, Isms::withoutNonconformity),
      new Kind<>("correctiveAction", Isms::correctiveActions, CorrectiveAction::id, Isms::correctiveAction,
          Isms::withCorrectiveAction, Isms::withoutCorrectiveAction),
      new Kind<>("improvement", Isms::improvements, Improvement::id, Isms::improvement, Isms::withImprovement,
          Isms::withoutImprovement),
      new Kind<>("change", Isms::changes, PlannedChange::id, Isms::change, Isms::withChange, Isms::withoutChange),
      new Kind<>("incident", Isms::incidents, Incident::id, Isms::incident, Isms::withIncident,
          Isms::withoutIncident),
      new Kind<>("certificationBody", Isms::certificationBodies, CertificationBody::id, Isms::certificationBody,
          Isms::withCertificationBody, Isms::withoutCertificationBody),
      new Kind<>("certificate", Isms::certificates, Certificate::id, Isms::certificate, Isms::withCertificate,
          Isms::withoutCertificate),
      new Kind<>("externalAudit", Isms::externalAudits, ExternalAudit::id, Isms::externalAudit,
          Isms::withExternalAudit, Isms::withoutExternalAudit),
      new Kind<>("externalFinding", Isms::externalFindings, ExternalFinding::id, Isms::externalFinding,
          Isms::withExternalFinding, Isms::withoutExternalFinding),
      new Kind<>("supplier", Isms::suppliers, Supplier::id, Isms::supplier, Isms::withSupplier,
          Isms::withoutSupplier),
      new Kind<>("evidenceItem", Isms::evidenceItems, EvidenceItem::id, Isms::evidenceItem,
          Isms::withEvidenceItem, Isms::withoutEvidenceItem),
      new Kind<>("policyException", Isms::policyExceptions, PolicyException::id, Isms::policyException,
          Isms::withPolicyException, Isms::withoutPolicyException));

  @Test
  void everyEntityKindWithAnId_isCoveredHere() {
    List<String> removers = new ArrayList<>();
    for (Method m : Isms.class.getMethods()) {
      if (m.getName().startsWith("without") && m.getParameterCount() == 1) {
        removers.add(m.getName());
      }
    }
    assertThat(removers).hasSameSizeAs(KINDS);
  }

  @Test
  void lookupAndReplaceById_holdForEveryKind() {
    qt().withFixedSeed(17L).withExamples(40)
        .forAll(QtGens.of(IsmsGens.validIsms(), 0, 150))
        .checkAssert(isms -> {
          for (Kind<?, ?> k : KINDS) {
            k.check(isms);
          }
          for (InterestedParty p : isms.interestedParties()) {
            for (Requirement r : p.requirements()) {
              assertThat(isms.requirement(r.id())).containsSame(r);
            }
          }
          isms.statementOfApplicability().ifPresent(soa -> {
            for (SoaEntry e : soa.entries()) {
              assertThat(isms.soaEntry(e.control())).containsSame(e);
              assertThat(soa.withEntry(e)).isEqualTo(soa);
            }
          });
        });
  }

  @Test
  void editsOfGeneratedGraphs_keepThemValid() {
    qt().withFixedSeed(19L).withExamples(30)
        .forAll(QtGens.of(IsmsGens.validIsms(), 10, 150))
        .checkAssert(isms -> {
          Isms edited = isms;
          for (Risk r : isms.risks()) {
            edited = edited.withRisk(r.withTitle(r.title() + " (reviewed)").withCategory("Reviewed"));
          }
          IsmsAssertions.assertThat(edited).isValid();
          assertThat(edited.risks()).extracting(Risk::id).containsExactlyElementsOf(
              isms.risks().stream().map(Risk::id).toList());
        });
  }
}
