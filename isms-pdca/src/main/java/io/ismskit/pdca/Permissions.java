package io.ismskit.pdca;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which commands the cycle permits now, and why the others are refused: one {@link Permission} per
 * {@link CommandKind}, in the kinds' order.
 *
 * @param all one permission per command kind
 * @implSpec This class is immutable and thread-safe.
 */
public record Permissions(List<Permission> all) {
  /**
   * Whether a command of one kind would be accepted now.
   *
   * @param kind the kind of command
   * @param refusal why a well-formed command of this kind would be refused; empty if it would be
   *     accepted
   */
  public record Permission(CommandKind kind, Optional<Refusal> refusal) {
    /** Requires both parts. */
    public Permission {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(refusal, "refusal");
    }

    /** Whether the command would be accepted. */
    public boolean allowed() {
      return refusal.isEmpty();
    }

    @Override
    public String toString() {
      return kind + (allowed() ? ": permitted" : ": refused, " + refusal.get().lines().size() + " reasons");
    }
  }

  /** Copies the list. */
  public Permissions {
    all = List.copyOf(all);
  }

  /** Whether a command of {@code kind} would be accepted. */
  public boolean allows(CommandKind kind) {
    return permission(kind).allowed();
  }

  /** Why a command of {@code kind} would be refused; empty if it would be accepted. */
  public Optional<Refusal> why(CommandKind kind) {
    return permission(kind).refusal();
  }

  /** The kinds of command accepted now, in kind order. */
  public List<CommandKind> allowed() {
    return all.stream().filter(Permission::allowed).map(Permission::kind).toList();
  }

  private Permission permission(CommandKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (Permission p : all) {
      if (p.kind() == kind) {
        return p;
      }
    }
    throw new IllegalStateException("Permissions: no entry for " + kind);
  }
}
