/**
 * The certification cycle as ISO/IEC 17021-1 and ISO/IEC 27006-1 practice has it, over the model's
 * {@code io.ismskit.core.certification} types: {@link
 * io.ismskit.pdca.certification.CertificationLifecycle} says what each certificate's schedule is
 * (surveillance within twelve months of the decision and then every calendar year, recertification
 * before expiry), what standing the rules give it as of a date (suspended after a missed
 * surveillance or a major not closed in time, withdrawn when a suspension runs out, expired), what
 * puts it at risk, and what blocks a certification decision (no stage 1 before stage 2, majors not
 * accepted, the six months after stage 2 run out), and records decisions.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.pdca.certification;

import org.jspecify.annotations.NullMarked;
