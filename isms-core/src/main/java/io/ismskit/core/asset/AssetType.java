package io.ismskit.core.asset;

/**
 * The type of an asset. Information and business processes are primary assets; the others are
 * supporting assets (the ISO/IEC 27005 distinction).
 */
public enum AssetType {
  /** Information or data. */
  INFORMATION(true),
  /** A business process or activity. */
  BUSINESS_PROCESS(true),
  /** An application or other software. */
  SOFTWARE(false),
  /** A device: server, laptop, phone, storage. */
  HARDWARE(false),
  /** A network or network device. */
  NETWORK(false),
  /** An IT or cloud service. */
  SERVICE(false),
  /** A person or group, for their knowledge and skills. */
  PERSONNEL(false),
  /** A site, building or room. */
  SITE(false),
  /** A supplier's organization. */
  SUPPLIER(false);

  private final boolean primary;

  AssetType(boolean primary) {
    this.primary = primary;
  }

  /** Whether assets of this type are primary assets (information and business processes). */
  public boolean primary() {
    return primary;
  }
}
