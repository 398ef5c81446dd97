/**
 * JMH benchmarks of ismskit. Built by {@code mvn verify}, run by hand:
 * {@code java -jar isms-bench/target/benchmarks.jar [regex] -f 1 -wi 3 -i 5}. Figures and the machine
 * they were taken on are in BENCHMARKS.md.
 */
@NullMarked
package io.ismskit.bench;

import org.jspecify.annotations.NullMarked;
