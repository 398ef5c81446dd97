package io.ismskit.cli;

/** The exit codes of the {@code isms} command. */
public final class ExitCodes {
  /** Success: the command did what was asked and found nothing at or above the threshold. */
  public static final int OK = 0;

  /** Findings at or above {@code --fail-on}, or overdue items with {@code --fail-on-overdue}. */
  public static final int FINDINGS = 1;

  /** Invalid input: a missing file, an unreadable document, an invalid ISMS, a bad option. */
  public static final int INVALID_INPUT = 2;

  /** An internal error: a bug of ismskit, or the file system refusing to write. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
