package io.ismskit.core.supplier;

/** What an external provider provides (clause 8.1, controls A.5.19, A.5.21, A.5.23). */
public enum ProvisionKind {
  /** A process, or part of one, carried out by the provider on the organization's behalf (8.1). */
  PROCESS,
  /** A service other than a cloud service, such as support, consulting or penetration testing. */
  SERVICE,
  /** A cloud service (A.5.23). */
  CLOUD_SERVICE,
  /** An ICT product, such as software or hardware, and its supply chain (A.5.21). */
  ICT_PRODUCT
}
