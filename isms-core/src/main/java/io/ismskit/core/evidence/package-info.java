/**
 * Evidence: the items an auditor samples to see that the ISMS operates as documented. An {@link
 * io.ismskit.core.evidence.EvidenceItem} says what it is, where it comes from, which period it
 * covers ({@link io.ismskit.core.evidence.CoveredPeriod}), when it was collected and when and by
 * whom it was reviewed ({@link io.ismskit.core.evidence.EvidenceReview}), and links to what it
 * supports: control implementations, measurements (9.1), audit findings (9.2) and lines of the
 * Statement of Applicability (6.1.3 d). With these facts a rule can tell, for instance, that a
 * control marked implemented has no evidence from its review interval.
 *
 * <p>Each type checks its own fields when built; its links are checked by {@link
 * io.ismskit.core.Isms#validate()}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.evidence;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
