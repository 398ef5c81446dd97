/**
 * The {@code isms} command: a host application of ismskit and the only part of it that reads or
 * writes files, reads the clock (once, for the default {@code --as-of}) or prints.
 *
 * <p>{@link io.ismskit.cli.IsmsCommand} is the entry point; every command is a picocli subcommand
 * (assess, check, validate, simulate, export, due, diff, init). Exit codes: {@value
 * io.ismskit.cli.ExitCodes#OK} ok, {@value io.ismskit.cli.ExitCodes#FINDINGS} findings at or above
 * {@code --fail-on} (or overdue items with {@code --fail-on-overdue}), {@value
 * io.ismskit.cli.ExitCodes#INVALID_INPUT} invalid input, {@value io.ismskit.cli.ExitCodes#INTERNAL}
 * internal error. {@code docs/cli.md} describes every command.
 */
@NullMarked
package io.ismskit.cli;

import org.jspecify.annotations.NullMarked;
