/**
 * Suppliers and other external providers (clause 8.1, controls A.5.19 to A.5.23): the {@link
 * io.ismskit.core.supplier.Supplier} with what it provides ({@link
 * io.ismskit.core.supplier.SupplierService}: a process, a service, a cloud service or an ICT
 * product), the agreements that carry its information security requirements ({@link
 * io.ismskit.core.supplier.SupplierAgreement}), the assessments and monitoring of the relationship
 * with their dates and outcomes ({@link io.ismskit.core.supplier.SupplierAssessment}), and the risks
 * and Statement of Applicability controls the relationship bears on.
 *
 * <p>Each type checks its own fields when built; references to other entities (the owner, the
 * ISMS process provided, risks, controls, agreements' documents and requirements) are checked by
 * {@link io.ismskit.core.Isms#validate()}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.supplier;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
