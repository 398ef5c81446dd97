package io.ismskit.testkit;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of invalid ISMS graphs that carry exactly one known violation: a valid graph of
 * {@link IsmsGens#validIsms()} broken by one {@link Defect} — a duplicate id, a dangling
 * reference, a control implemented without an SoA line, a risk on an out-of-scope asset, an asset
 * dependency cycle, a custom control shadowing a catalog control.
 *
 * <p>Validation of a generated graph reports exactly {@link InvalidIsms#expected()}:
 *
 * <pre>{@code
 * qt().withFixedSeed(7L).forAll(QtGens.of(InvalidIsmsGens.invalidIsms()))
 *     .checkAssert(bad -> IsmsAssertions.assertThat(bad.isms()).hasExactlyViolations(bad.expected()));
 * }</pre>
 *
 * <p>The size works as for {@link IsmsGens#validIsms()}: it is the entity budget of the valid graph
 * that is broken. The broken graph differs from the valid one by as few entities as the defect
 * needs: a copy, one or two added entities, or two to four rewired asset dependencies.
 */
public final class InvalidIsmsGens {
  private InvalidIsmsGens() {}

  /** Graphs broken by any one of the {@link Defect}s, each equally likely. */
  public static Gen<InvalidIsms> invalidIsms() {
    return of(EnumSet.allOf(Defect.class));
  }

  /** Graphs broken by {@code defect}. */
  public static Gen<InvalidIsms> of(Defect defect) {
    return of(defect, IsmsGens.validIsms());
  }

  /** Graphs broken by one of {@code defects}, each equally likely. */
  public static Gen<InvalidIsms> of(Collection<Defect> defects) {
    List<Defect> list = List.copyOf(defects);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("InvalidIsmsGens.of: needs at least one defect");
    }
    Gen<Isms> base = IsmsGens.validIsms();
    return (r, n) -> breakIsms(base.next(r, n), list.get(r.nextInt(list.size())), r);
  }

  /**
   * Graphs of {@code validIsms} broken by {@code defect}: use it to break graphs of your own valid
   * generator. Every graph {@code validIsms} generates must validate.
   */
  public static Gen<InvalidIsms> of(Defect defect, Gen<Isms> validIsms) {
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(validIsms, "validIsms");
    return (r, n) -> breakIsms(validIsms.next(r, n), defect, r);
  }

  /** Graphs with one duplicate id, of any entity kind. */
  public static Gen<InvalidIsms> duplicateIds() {
    return of(withCode(ValidationCode.DUPLICATE));
  }

  /** Graphs with one dangling reference. */
  public static Gen<InvalidIsms> danglingReferences() {
    return of(withCode(ValidationCode.DANGLING));
  }

  /** The defects that cause violations with {@code code}. */
  public static List<Defect> withCode(ValidationCode code) {
    List<Defect> out = new ArrayList<>();
    for (Defect d : Defect.values()) {
      if (d.code().equals(code)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Breaks {@code valid} by {@code defect}, drawing choices from {@code random}.
   *
   * @param valid an ISMS that validates with the built-in catalog
   * @throws IllegalArgumentException if {@code valid} does not validate
   */
  public static InvalidIsms breakIsms(Isms valid, Defect defect, RandomGenerator random) {
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(random, "random");
    if (valid.validate().isInvalid()) {
      throw new IllegalArgumentException(
          "InvalidIsmsGens.breakIsms: the ISMS to break must be valid, but has "
              + valid.validate().getError().size() + " violations, first: " + valid.validate().getError().head());
    }
    return Breaker.apply(random, valid, defect);
  }
}
