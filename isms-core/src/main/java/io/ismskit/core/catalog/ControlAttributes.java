package io.ismskit.core.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The ISO/IEC 27002:2022 attribute values of one control, one set per attribute type. Every set is
 * an unmodifiable copy that iterates in enum declaration order, so output built from it is
 * deterministic.
 *
 * <p>In the built-in ISO/IEC 27001:2022 catalog ({@link Iso27001_2022#framework()}) every control
 * has at least one value of each of the five attribute types, as ISO/IEC 27002:2022 Annex A Table
 * A.1 gives them. A set may be empty only in attributes built for another catalog that does not
 * record that attribute type.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param controlTypes the control types ({@code #Preventive}, {@code #Detective}, {@code
 *     #Corrective})
 * @param securityProperties the information security properties (C, I, A)
 * @param cybersecurityConcepts the cybersecurity concepts (identify to recover)
 * @param operationalCapabilities the operational capabilities (the 15 practitioner's views, such
 *     as {@code #Governance})
 * @param securityDomains the security domains ({@code #Governance_and_Ecosystem}, {@code
 *     #Protection}, {@code #Defence}, {@code #Resilience})
 */
public record ControlAttributes(
    Set<ControlType> controlTypes,
    Set<SecurityProperty> securityProperties,
    Set<CybersecurityConcept> cybersecurityConcepts,
    Set<OperationalCapability> operationalCapabilities,
    Set<SecurityDomain> securityDomains) {

  private static final ControlAttributes EMPTY =
      new ControlAttributes(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  /** Copies every set into an unmodifiable, enum-ordered set; refuses null sets and elements. */
  public ControlAttributes {
    controlTypes = copy(ControlType.class, controlTypes, "controlTypes");
    securityProperties = copy(SecurityProperty.class, securityProperties, "securityProperties");
    cybersecurityConcepts =
        copy(CybersecurityConcept.class, cybersecurityConcepts, "cybersecurityConcepts");
    operationalCapabilities =
        copy(OperationalCapability.class, operationalCapabilities, "operationalCapabilities");
    securityDomains = copy(SecurityDomain.class, securityDomains, "securityDomains");
  }

  /**
   * Attributes with the given control types, properties and concepts, and no operational
   * capabilities or security domains: for a catalog that does not record those two attribute types.
   */
  public static ControlAttributes of(
      Collection<ControlType> controlTypes,
      Collection<SecurityProperty> securityProperties,
      Collection<CybersecurityConcept> cybersecurityConcepts) {
    return new ControlAttributes(
        copy(ControlType.class, controlTypes, "controlTypes"),
        copy(SecurityProperty.class, securityProperties, "securityProperties"),
        copy(CybersecurityConcept.class, cybersecurityConcepts, "cybersecurityConcepts"),
        Set.of(),
        Set.of());
  }

  /** Attributes with every set empty. */
  public static ControlAttributes empty() {
    return EMPTY;
  }

  /** Whether the control has the given control type. */
  public boolean has(ControlType type) {
    return controlTypes.contains(Objects.requireNonNull(type, "type"));
  }

  /** Whether the control preserves the given information security property. */
  public boolean has(SecurityProperty property) {
    return securityProperties.contains(Objects.requireNonNull(property, "property"));
  }

  /** Whether the control has the given cybersecurity concept. */
  public boolean has(CybersecurityConcept concept) {
    return cybersecurityConcepts.contains(Objects.requireNonNull(concept, "concept"));
  }

  /** Whether the control serves the given operational capability. */
  public boolean has(OperationalCapability capability) {
    return operationalCapabilities.contains(Objects.requireNonNull(capability, "capability"));
  }

  /** Whether the control belongs to the given security domain. */
  public boolean has(SecurityDomain domain) {
    return securityDomains.contains(Objects.requireNonNull(domain, "domain"));
  }

  private static <E extends Enum<E>> Set<E> copy(
      Class<E> type, Collection<E> values, String field) {
    Objects.requireNonNull(values, field);
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : values) {
      set.add(Objects.requireNonNull(e, () -> "ControlAttributes." + field + ": null element"));
    }
    return Collections.unmodifiableSet(set);
  }
}
