package io.ismskit.core.supplier;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ProcessId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a supplier provides (clause 8.1, controls A.5.19, A.5.21, A.5.23): a process, a
 * service, a cloud service or an ICT product, the ISMS process it provides or supports, the assets
 * that stand for it in the asset register, and where it processes or stores information.
 *
 * <p>Only a {@link ProvisionKind#CLOUD_SERVICE} has a {@link #cloudModel()}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupplierService implements WithSupplierService {
  /** What is provided, such as "Production hosting (EC2, RDS, S3) in eu-central-1". */
  public abstract String description();

  /** A process, a service, a cloud service or an ICT product. */
  public abstract ProvisionKind kind();

  /** The service model of a cloud service; only for {@link ProvisionKind#CLOUD_SERVICE}. */
  public abstract Optional<CloudServiceModel> cloudModel();

  /** The ISMS process the supplier provides or takes part in (an externally provided process, 8.1). */
  public abstract Optional<ProcessId> process();

  /** The assets of the register that stand for the service or depend on it. */
  public abstract List<AssetId> assets();

  /** Where the service processes or stores the organization's information, such as "EU (Frankfurt)". */
  public abstract List<String> locations();

  @Value.Check
  protected void check() {
    String t = "SupplierService";
    Checks.notBlank(t, "description", description());
    Checks.distinct(t, "assets", assets());
    Checks.distinct(t, "locations", locations());
    locations().forEach(l -> Checks.notBlank(t, "locations", l));
    Checks.consistent(cloudModel().isEmpty() || kind() == ProvisionKind.CLOUD_SERVICE, t, "cloudModel",
        cloudModel().orElse(null), "is only for a CLOUD_SERVICE, kind was " + kind());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link SupplierService} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableSupplierService.Builder {
    Builder() {}
  }
}
