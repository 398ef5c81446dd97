/**
 * Certification (ISO/IEC 17021-1, ISO/IEC 27006-1): the {@link
 * io.ismskit.core.certification.CertificationBody} that audits the ISMS, the {@link
 * io.ismskit.core.certification.Certificate} it issues (number, scope wording, SoA version, dates
 * and {@link io.ismskit.core.certification.CertificateStanding standing}), its {@link
 * io.ismskit.core.certification.ExternalAudit}s (stage 1, stage 2, surveillance, recertification,
 * special) and their {@link io.ismskit.core.certification.ExternalFinding}s, graded major, minor or
 * opportunity for improvement, each with a response deadline.
 *
 * <p>These types hold what happened; the rules of the certification cycle — stage 2 after stage
 * 1, surveillance within twelve months of the decision and then every calendar year,
 * recertification before expiry, suspension and withdrawal — are applied by {@code
 * io.ismskit.pdca.certification} in isms-pdca.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.certification;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
