package io.ismskit.testkit;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Holds the factory of the testkit's seeded random generators. Not part of the API. */
final class Randoms {
  static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(Gen.ALGORITHM);

  private Randoms() {}
}
