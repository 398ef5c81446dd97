/**
 * What is due when: {@link io.ismskit.pdca.calendar.DueCalendar#due} lists, by date, everything an
 * ISMS has to do by a date and everything already overdue — external audits of the certification
 * cycle, responses to the certification body's findings, the recertification decision and the end
 * of a certificate's suspension, internal audits, management reviews, risk reassessments, policy,
 * document and context reviews, supplier assessments and agreement milestones, the next step of
 * each nonconformity, corrective and treatment actions, risk acceptances, policy exceptions and
 * conformance suppressions that expire — each a {@link io.ismskit.pdca.calendar.DueItem} naming the
 * entity and the clause. A host adds its own sources (such as contract renewals it tracks
 * elsewhere) with a {@link io.ismskit.pdca.calendar.DueSource}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.pdca.calendar;

import org.jspecify.annotations.NullMarked;
