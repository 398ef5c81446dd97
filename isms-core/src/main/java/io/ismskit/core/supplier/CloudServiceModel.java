package io.ismskit.core.supplier;

/** The service model of a cloud service (control A.5.23), which decides who is responsible for what. */
public enum CloudServiceModel {
  /** Infrastructure as a service. */
  IAAS,
  /** Platform as a service. */
  PAAS,
  /** Software as a service. */
  SAAS
}
