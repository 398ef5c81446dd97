/**
 * Implementation support shared by ismskit's own modules, not API: exported only to {@code
 * io.ismskit.conformance} and free to change in any release. {@link
 * io.ismskit.core.internal.KeyTable} indexes a list by a key for the model's validation and the
 * conformance checker's index.
 */
@NullMarked
package io.ismskit.core.internal;

import org.jspecify.annotations.NullMarked;
