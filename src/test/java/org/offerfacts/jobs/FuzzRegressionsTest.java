package org.offerfacts.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input the fuzz test once broke the reading promise with, kept in
 * src/test/resources/fuzz-regressions/ (named after what it broke), read again on every build.
 */
class FuzzRegressionsTest {
  @TestFactory
  Stream<DynamicTest> every_kept_input_is_read_or_refused_with_a_reason() throws IOException {
    Path dir = Path.of("src/test/resources/fuzz-regressions");
    java.util.List<Path> kept;
    try (Stream<Path> files = Files.list(dir)) {
      kept = files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    return kept.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
            () -> ReadingContract.holdsFor(Files.readAllBytes(p), p.getFileName().toString())));
  }
}
