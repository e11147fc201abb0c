package org.offerfacts.jobs;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.offerfacts.jobs.FuzzSeeds.Mutation;

/**
 * Fuzzing of the reading entry point (the one the worker process runs): seeds of every format,
 * damaged one to five times, must be read or refused with an IngestException within the bound.
 * A fixed seed keeps CI repeatable; {@code -Djqwik.seeds.whenfixed=ALLOW_NEW} or another seed in
 * the annotation explores further. 300 tries take a few seconds.
 */
class ReadingFuzzTest {
  private static final List<String> NAMES = List.of("offer.pdf", "offer.html", "reply.eml", "offer.txt");

  @Property(tries = 300, seed = "6061", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  void damaged_documents_are_read_or_refused_with_a_reason(@ForAll @IntRange(min = 0, max = 3) int seed,
      @ForAll @Size(min = 1, max = 5) List<@From("mutations") Mutation> mutations) throws Exception {
    byte[] bytes = FuzzSeeds.DOCUMENTS.get(seed);
    for (Mutation m : mutations) bytes = m.apply(bytes);
    ReadingContract.holdsFor(bytes, NAMES.get(seed));
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(1, 4096), Arbitraries.integers().between(0, FuzzSeeds.KEYWORDS.size() - 1))
        .as(Mutation::new);
  }
}
