package io.ismskit.risk.methods;

/**
 * The input of a {@link DreadMethod}: the five DREAD ratings. The valid range depends on the
 * method's scale (0–10 by default); {@link DreadMethod#score(DreadInput)} refuses a rating outside
 * it with an error naming the category.
 *
 * @param damage damage potential: how great the damage is if the threat is realized
 * @param reproducibility how easy it is to reproduce the attack
 * @param exploitability how little work it takes to launch the attack
 * @param affectedUsers how many users would be affected
 * @param discoverability how easy it is to discover the weakness
 * @implSpec This class is immutable and thread-safe.
 */
public record DreadInput(
    int damage, int reproducibility, int exploitability, int affectedUsers, int discoverability) {
  /** Returns the input of the five ratings, in DREAD order. */
  public static DreadInput of(
      int damage, int reproducibility, int exploitability, int affectedUsers, int discoverability) {
    return new DreadInput(damage, reproducibility, exploitability, affectedUsers, discoverability);
  }
}
