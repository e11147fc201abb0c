package org.offerfacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.offerfacts.fetch.FetchException;
import org.offerfacts.fetch.FetchedResource;
import org.offerfacts.fetch.UrlFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way into the package: a file path, a URL or bytes in memory become an
 * {@link IngestedDocument}. Sizes are checked before reading, the type is detected from the
 * content, and every failure is an {@link IngestException} with a message for the user.
 */
public final class Ingestor {

  private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

  private final IngestLimits limits;
  private final UrlFetcher fetcher;
  private final ParserRegistry parsers;
  private final Path workingDir;

  /** @param fetcher fetches URLs; null when only files and uploads are read */
  public Ingestor(IngestLimits limits, UrlFetcher fetcher) {
    this(limits, fetcher, ParserRegistry.standard());
  }

  public Ingestor(IngestLimits limits, UrlFetcher fetcher, ParserRegistry parsers) {
    this(limits, fetcher, parsers, null);
  }

  private Ingestor(IngestLimits limits, UrlFetcher fetcher, ParserRegistry parsers, Path workingDir) {
    this.limits = limits;
    this.fetcher = fetcher;
    this.parsers = parsers;
    this.workingDir = workingDir;
  }

  /**
   * The same ingestor reading relative file paths from {@code dir} instead of this process's
   * working directory: the extraction daemon reads files named by a client started elsewhere.
   * Documents keep the path as it was typed.
   */
  public Ingestor relativeTo(Path dir) {
    return new Ingestor(limits, fetcher, parsers, dir);
  }

  /** Reads an http(s) URL through the fetcher, anything else as a file path. */
  public IngestedDocument ingest(String pathOrUrl) throws IngestException {
    String location = pathOrUrl == null ? "" : pathOrUrl.strip();
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) return ingest(fetch(location));
    return ingest(readFile(location));
  }

  /** Reads bytes already in memory (an upload); the declared type and name are only hints. */
  public IngestedDocument ingest(DocumentSource source) throws IngestException {
    if (source.bytes().length > limits.maxBytes()) {
      throw tooLarge(source.source(), source.bytes().length);
    }
    long started = System.nanoTime();
    IngestedDocument document = parsers.read(source, limits);
    log.info("ingested {} as {}: {} pages, {} chars, {} attachments, {} warnings in {} ms", source.source(),
        document.mediaType(), document.text().pageCount(), document.text().length(), document.attachments().size(),
        document.text().warnings().size(), (System.nanoTime() - started) / 1_000_000);
    return document;
  }

  private DocumentSource fetch(String url) throws IngestException {
    if (fetcher == null) {
      throw new IngestException(IngestException.Reason.UNREACHABLE, "URL fetching is not configured");
    }
    try {
      FetchedResource resource = fetcher.fetch(url);
      String name = ParserRegistry.lastPathSegment(resource.finalUri() == null ? url : resource.finalUri().toString());
      return new DocumentSource(url, name, resource.contentType(), resource.body());
    } catch (FetchException e) {
      IngestException.Reason reason = e.reason() == FetchException.Reason.TOO_LARGE
          ? IngestException.Reason.TOO_LARGE : IngestException.Reason.UNREACHABLE;
      throw new IngestException(reason, e.getMessage(), e);
    }
  }

  /** The size is checked before reading, and the read stops at the cap if the file grows meanwhile. */
  private DocumentSource readFile(String location) throws IngestException {
    Path path;
    try {
      path = workingDir == null ? Path.of(location) : workingDir.resolve(location);
    } catch (InvalidPathException e) {
      throw new IngestException(IngestException.Reason.UNREACHABLE, "no such file: " + location, e);
    }
    if (location.isEmpty() || !Files.isRegularFile(path)) {
      throw new IngestException(IngestException.Reason.UNREACHABLE, "no such file: " + location);
    }
    try {
      long size = Files.size(path);
      if (size > limits.maxBytes()) throw tooLarge(location, size);
      int cap = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes());
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(cap + 1);
      }
      if (bytes.length > cap) throw tooLarge(location, bytes.length);
      Path fileName = path.getFileName();
      return new DocumentSource(location, fileName == null ? null : fileName.toString(), null, bytes);
    } catch (IOException e) {
      throw new IngestException(IngestException.Reason.UNREACHABLE, "cannot read file " + location + ": " + e.getMessage(), e);
    }
  }

  private IngestException tooLarge(String location, long size) {
    return new IngestException(IngestException.Reason.TOO_LARGE,
        location + " is " + Sizes.describe(size) + ", above the limit of " + Sizes.describe(limits.maxBytes()));
  }
}
