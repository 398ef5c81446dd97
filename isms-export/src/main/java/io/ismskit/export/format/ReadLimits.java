package io.ismskit.export.format;

/**
 * The budget of one read: what {@link IsmsFormat} refuses beyond, with a {@link FormatCode#LIMIT}
 * problem that names the limit, instead of running out of memory or stack.
 *
 * @param maxDocumentLength the most characters (or bytes, from a stream) of a document
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxCollectionSize the most elements of one array or entries of one map
 * @param maxProblems the most problems reported; reading stops after them
 * @implSpec This class is immutable and thread-safe.
 */
public record ReadLimits(
    long maxDocumentLength, int maxDepth, int maxStringLength, int maxNumberLength, int maxCollectionSize,
    int maxProblems) {
  /**
   * The defaults: 512 MiB documents (an ISMS of a million risks), depth 64 (the model needs
   * about 10), strings of 1 MiB, numbers of 64 characters, 2,000,000 elements per collection, 1,000
   * problems.
   */
  public static final ReadLimits DEFAULT = new ReadLimits(512L << 20, 64, 1 << 20, 64, 2_000_000, 1000);

  /** Refuses limits below 1 (and a depth below 16, which no ISMS fits in). */
  public ReadLimits {
    positive("maxDocumentLength", maxDocumentLength, 1);
    positive("maxDepth", maxDepth, 16);
    positive("maxStringLength", maxStringLength, 1);
    positive("maxNumberLength", maxNumberLength, 1);
    positive("maxCollectionSize", maxCollectionSize, 1);
    positive("maxProblems", maxProblems, 1);
  }

  private static void positive(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException("ReadLimits." + name + ": must be at least " + min + ", was " + value);
    }
  }

  /** These limits with another document length. */
  public ReadLimits withMaxDocumentLength(long max) {
    return new ReadLimits(max, maxDepth, maxStringLength, maxNumberLength, maxCollectionSize, maxProblems);
  }

  /** These limits with another string length. */
  public ReadLimits withMaxStringLength(int max) {
    return new ReadLimits(maxDocumentLength, maxDepth, max, maxNumberLength, maxCollectionSize, maxProblems);
  }

  /** These limits with another collection size. */
  public ReadLimits withMaxCollectionSize(int max) {
    return new ReadLimits(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, max, maxProblems);
  }

  /** These limits with another number of problems. */
  public ReadLimits withMaxProblems(int max) {
    return new ReadLimits(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, maxCollectionSize, max);
  }
}
