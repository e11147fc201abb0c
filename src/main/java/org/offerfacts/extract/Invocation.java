package org.offerfacts.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.offerfacts.catalog.Catalog;

/**
 * What a run of {@code extract} takes from the process that asked for it: the folder relative
 * paths start from, the {@code OFFERFACTS_*} settings, and where its extractor comes from. A
 * plain run takes its own process's; the extraction daemon passes its client's, with an
 * extractor compiled once for every run.
 *
 * @param workingDir where relative paths start; null for this process's working directory
 * @param extractors the extractor for a catalog folder (null: the bundled catalog)
 */
public record Invocation(Path workingDir, Map<String, String> env, Function<Path, Extractor> extractors) {
  public Invocation {
    env = Map.copyOf(env);
  }

  public static Invocation ofThisProcess() {
    return new Invocation(null, System.getenv(), dir -> new Extractor(Catalog.fromFolderOrBundled(dir)));
  }

  /** A setting, or null when unset or blank. */
  public String setting(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A path as the asking process meant it. */
  public Path resolve(Path path) {
    return workingDir == null ? path : workingDir.resolve(path);
  }
}
