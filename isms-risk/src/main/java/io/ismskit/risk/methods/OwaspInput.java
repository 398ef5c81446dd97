package io.ismskit.risk.methods;

import java.util.Objects;
import java.util.Optional;

/**
 * The input of an {@link OwaspMethod}: the ratings (0 to 9) of the OWASP Risk Rating Methodology's
 * factors. The business impact factors are optional: the methodology prefers them when they are
 * known. Ratings are not range-checked here; {@link OwaspMethod#score(OwaspInput)} refuses a rating
 * outside 0..9 with an error naming the factor.
 *
 * @param threatAgent the threat agent factors
 * @param vulnerability the vulnerability factors
 * @param technicalImpact the technical impact factors
 * @param businessImpact the business impact factors, when known
 * @implSpec This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // ratings are indexed by factor order, OwaspFactor's documented order
public record OwaspInput(
    ThreatAgent threatAgent,
    Vulnerability vulnerability,
    TechnicalImpact technicalImpact,
    Optional<BusinessImpact> businessImpact) {

  /** Requires all parts. */
  public OwaspInput {
    Objects.requireNonNull(threatAgent, "threatAgent");
    Objects.requireNonNull(vulnerability, "vulnerability");
    Objects.requireNonNull(technicalImpact, "technicalImpact");
    Objects.requireNonNull(businessImpact, "businessImpact");
  }

  /**
   * The threat agent factors.
   *
   * @param skillLevel skill level
   * @param motive motive
   * @param opportunity opportunity
   * @param size size
   */
  public record ThreatAgent(int skillLevel, int motive, int opportunity, int size) {}

  /**
   * The vulnerability factors.
   *
   * @param easeOfDiscovery ease of discovery
   * @param easeOfExploit ease of exploit
   * @param awareness awareness
   * @param intrusionDetection intrusion detection
   */
  public record Vulnerability(
      int easeOfDiscovery, int easeOfExploit, int awareness, int intrusionDetection) {}

  /**
   * The technical impact factors.
   *
   * @param lossOfConfidentiality loss of confidentiality
   * @param lossOfIntegrity loss of integrity
   * @param lossOfAvailability loss of availability
   * @param lossOfAccountability loss of accountability
   */
  public record TechnicalImpact(
      int lossOfConfidentiality,
      int lossOfIntegrity,
      int lossOfAvailability,
      int lossOfAccountability) {}

  /**
   * The business impact factors.
   *
   * @param financialDamage financial damage
   * @param reputationDamage reputation damage
   * @param nonCompliance non-compliance
   * @param privacyViolation privacy violation
   */
  public record BusinessImpact(
      int financialDamage, int reputationDamage, int nonCompliance, int privacyViolation) {}

  /**
   * The input from ratings in the order of {@link OwaspFactor}: 12 ratings (threat agent,
   * vulnerability and technical impact factors) or 16 (with the business impact factors).
   *
   * @throws IllegalArgumentException for any other number of ratings
   */
  public static OwaspInput of(int... ratings) {
    Objects.requireNonNull(ratings, "ratings");
    if (ratings.length != 12 && ratings.length != 16) {
      throw new IllegalArgumentException(
          "OwaspInput.ratings: expected 12 or 16 ratings, was " + ratings.length);
    }
    int[] r = ratings;
    return new OwaspInput(
        new ThreatAgent(r[0], r[1], r[2], r[3]),
        new Vulnerability(r[4], r[5], r[6], r[7]),
        new TechnicalImpact(r[8], r[9], r[10], r[11]),
        r.length == 16
            ? Optional.of(new BusinessImpact(r[12], r[13], r[14], r[15]))
            : Optional.empty());
  }

  /** Whether {@code factor} has a rating (business impact factors only when known). */
  public boolean has(OwaspFactor factor) {
    return factor.group() != OwaspFactor.Group.BUSINESS_IMPACT || businessImpact.isPresent();
  }

  /**
   * The rating of {@code factor}.
   *
   * @throws IllegalStateException for a business impact factor when the business impact is unknown
   */
  public int get(OwaspFactor factor) {
    Objects.requireNonNull(factor, "factor");
    return switch (factor) {
      case SKILL_LEVEL -> threatAgent.skillLevel();
      case MOTIVE -> threatAgent.motive();
      case OPPORTUNITY -> threatAgent.opportunity();
      case SIZE -> threatAgent.size();
      case EASE_OF_DISCOVERY -> vulnerability.easeOfDiscovery();
      case EASE_OF_EXPLOIT -> vulnerability.easeOfExploit();
      case AWARENESS -> vulnerability.awareness();
      case INTRUSION_DETECTION -> vulnerability.intrusionDetection();
      case LOSS_OF_CONFIDENTIALITY -> technicalImpact.lossOfConfidentiality();
      case LOSS_OF_INTEGRITY -> technicalImpact.lossOfIntegrity();
      case LOSS_OF_AVAILABILITY -> technicalImpact.lossOfAvailability();
      case LOSS_OF_ACCOUNTABILITY -> technicalImpact.lossOfAccountability();
      case FINANCIAL_DAMAGE, REPUTATION_DAMAGE, NON_COMPLIANCE, PRIVACY_VIOLATION -> business(factor).get(factor);
    };
  }

  private BusinessImpactView business(OwaspFactor factor) {
    BusinessImpact b =
        businessImpact.orElseThrow(
            () ->
                new IllegalStateException(
                    "OwaspInput." + factor.key() + ": business impact is not known"));
    return new BusinessImpactView(b);
  }

  /** Accessor by factor for the business impact. */
  private static final class BusinessImpactView {
    private final BusinessImpact b;

    BusinessImpactView(BusinessImpact b) {
      this.b = b;
    }

    int get(OwaspFactor f) {
      return switch (f) {
        case FINANCIAL_DAMAGE -> b.financialDamage();
        case REPUTATION_DAMAGE -> b.reputationDamage();
        case NON_COMPLIANCE -> b.nonCompliance();
        case PRIVACY_VIOLATION -> b.privacyViolation();
        default -> throw new IllegalArgumentException("not a business impact factor: " + f);
      };
    }
  }

  /** All ratings in the order of {@link OwaspFactor}: 12, or 16 when the business impact is known. */
  public int[] ratings() {
    int size = businessImpact.isPresent() ? 16 : 12;
    int[] r = new int[size];
    OwaspFactor[] factors = OwaspFactor.values();
    for (int j = 0; j < size; j++) {
      r[j] = get(factors[j]);
    }
    return r;
  }

  /**
   * This input with {@code factor} rated {@code rating}. This input is unchanged.
   *
   * @throws IllegalStateException for a business impact factor when the business impact is unknown
   */
  public OwaspInput with(OwaspFactor factor, int rating) {
    Objects.requireNonNull(factor, "factor");
    if (!has(factor)) {
      throw new IllegalStateException(
          "OwaspInput." + factor.key() + ": business impact is not known");
    }
    int[] r = ratings();
    r[factor.ordinal()] = rating;
    return of(r);
  }
}
