package org.offerfacts.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.offerfacts.jobs.FuzzSeeds.Mutation;

/**
 * Fuzzing of the reading entry point (the one the worker process runs): seeds of every format,
 * damaged one to five times, must be read or refused with an IngestException within the bound.
 *
 * <p>A plain seeded loop: the same 300 damaged documents on every CI run, a few seconds;
 * {@code -Dofferfacts.fuzz.seed=N -Dofferfacts.fuzz.tries=N} explores further. A failing case is
 * made smaller before it is reported (damages that are not needed for the failure are dropped),
 * and its bytes are kept under target/fuzz-failures/ to be added to the regression fixtures.
 */
class ReadingFuzzTest {
  private static final List<String> NAMES = List.of("offer.pdf", "offer.html", "reply.eml", "offer.txt");

  @Test
  void damaged_documents_are_read_or_refused_with_a_reason() throws Exception {
    long seed = Long.getLong("offerfacts.fuzz.seed", 6061);
    int tries = Integer.getInteger("offerfacts.fuzz.tries", 300);
    Random random = new Random(seed);
    for (int i = 0; i < tries; i++) {
      int document = random.nextInt(FuzzSeeds.DOCUMENTS.size());
      List<Mutation> mutations = new ArrayList<>();
      for (int m = 1 + random.nextInt(5); m > 0; m--) mutations.add(randomMutation(random));
      if (breaks(document, mutations)) {
        List<Mutation> smallest = shrink(document, mutations);
        throw new AssertionError("try " + (i + 1) + " of seed " + seed + ": " + NAMES.get(document) + " damaged by "
            + smallest + " breaks the reading promise", failure(document, smallest));
      }
    }
  }

  private static Mutation randomMutation(Random random) {
    return new Mutation(random.nextInt(5), random.nextDouble(), 1 + random.nextInt(4096), random.nextInt(FuzzSeeds.KEYWORDS.size()));
  }

  /** Drops each damage in turn while the failure stays: what is left is needed to break it. */
  private static List<Mutation> shrink(int document, List<Mutation> mutations) throws Exception {
    List<Mutation> kept = new ArrayList<>(mutations);
    for (int i = kept.size() - 1; i >= 0 && kept.size() > 1; i--) {
      List<Mutation> without = new ArrayList<>(kept);
      without.remove(i);
      if (breaks(document, without)) kept = without;
    }
    return kept;
  }

  private static boolean breaks(int document, List<Mutation> mutations) throws Exception {
    return failure(document, mutations) != null;
  }

  private static AssertionError failure(int document, List<Mutation> mutations) throws Exception {
    byte[] bytes = FuzzSeeds.DOCUMENTS.get(document);
    for (Mutation m : mutations) bytes = m.apply(bytes);
    try {
      ReadingContract.holdsFor(bytes, NAMES.get(document));
      return null;
    } catch (AssertionError e) {
      return e;
    }
  }
}
