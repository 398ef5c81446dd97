package io.ismskit.core.internal.conformance;

import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.DocumentedInformationKind;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the built-in rules take from the ISO/IEC 27001:2022 catalog: the 93 Annex A control ids, the
 * 30 requirement-bearing sub-clauses and the clauses that make documented information mandatory.
 * Not part of the API.
 */
public final class AnnexA {
  private static final class Holder {
    static final List<ControlId> IDS =
        Iso27001_2022.framework().controls().stream().map(CatalogControl::id).toList();
    static final List<ClauseId> REQUIREMENT_CLAUSES =
        Iso27001_2022.framework().requirementBearingClauses().stream().map(Clause::id).toList();
    static final List<ClauseId> MANDATORY;

    static {
      Set<ClauseId> s = new LinkedHashSet<>();
      for (MandatoryDocument d : MandatoryDocument.values()) {
        if (d.kind() != DocumentedInformationKind.ORGANIZATION_DEFINED) {
          s.add(d.clause());
        }
      }
      MANDATORY = List.copyOf(s);
    }
  }

  private AnnexA() {}

  /** The 93 Annex A control ids, {@code A.5.1} to {@code A.8.34}, in catalog order. */
  public static List<ControlId> ids() {
    return Holder.IDS;
  }

  /** The requirement-bearing sub-clauses of clauses 4 to 10, in clause order. */
  public static List<ClauseId> requirementClauses() {
    return Holder.REQUIREMENT_CLAUSES;
  }

  /** The clauses whose text makes documented information mandatory (organization-defined items excluded). */
  public static List<ClauseId> mandatoryDocumentClauses() {
    return Holder.MANDATORY;
  }
}
