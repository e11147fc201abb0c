package org.offerfacts.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the daemon of this build listens: a Unix socket in a folder that only this user may
 * open (so no other account can hand it work or read its answers), named after the build, so a
 * new jar never talks to a daemon of the old one.
 *
 * @param socket the socket; {@code .lock} and {@code .log} files sit beside it
 */
record DaemonAddress(Path socket) {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  Path lock() {
    return socket.resolveSibling(socket.getFileName() + ".lock");
  }

  Path log() {
    return socket.resolveSibling(socket.getFileName() + ".log");
  }

  /**
   * The address for this build and user, its folder made if needed; empty when the folder is
   * not this user's alone (then nothing is handed to a daemon there).
   */
  static Optional<DaemonAddress> forThisBuild(Map<String, String> env) {
    try {
      Path dir = folder(env);
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      if (!ownedByMeAlone(dir)) return Optional.empty();
      return Optional.of(new DaemonAddress(dir.resolve("extract-" + buildId() + ".sock")));
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** $XDG_RUNTIME_DIR is per user and emptied at logout; elsewhere a folder of ours in the temporary one. */
  private static Path folder(Map<String, String> env) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) return Path.of(runtime, "offerfacts");
    return Path.of(System.getProperty("java.io.tmpdir"), "offerfacts-" + System.getProperty("user.name"));
  }

  private static boolean ownedByMeAlone(Path dir) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory()) return false;
    // Who we are, as the file system names us: a user without a passwd entry (common in
    // containers) has no name to compare, but the files it makes are still its own.
    Path probe = Files.createTempFile(dir, ".owner-", ".probe");
    try {
      return Files.getOwner(dir).equals(Files.getOwner(probe)) && Files.getPosixFilePermissions(dir).equals(OWNER_ONLY);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  /**
   * The class path with each entry's size and time: a rebuilt jar is another build. Digested
   * here rather than by ContentStore.sha256, whose class would pull the store into the client's
   * start, which is the one thing the client must keep short.
   */
  static String buildId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(entry).toAbsolutePath();
        sha.update(path.toString().getBytes(StandardCharsets.UTF_8));
        try {
          sha.update((Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          sha.update((byte) 0); // an entry that is not there is part of the build as named
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
