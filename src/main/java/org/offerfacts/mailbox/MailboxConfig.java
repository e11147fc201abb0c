package org.offerfacts.mailbox;

import java.util.Map;
import java.util.Optional;

/**
 * Where the app reads incoming replies, from the environment, read and checked in this one place:
 *
 * <table>
 *   <tr><td>OFFERFACTS_IMAP_HOST</td><td>the IMAP server; unset means no mailbox is read</td></tr>
 *   <tr><td>OFFERFACTS_IMAP_PORT</td><td>default 993 (IMAPS), or 143 with OFFERFACTS_IMAP_SSL=false</td></tr>
 *   <tr><td>OFFERFACTS_IMAP_USER</td><td>the account, required with a host</td></tr>
 *   <tr><td>OFFERFACTS_IMAP_PASSWORD</td><td>its password, required with a host</td></tr>
 *   <tr><td>OFFERFACTS_IMAP_FOLDER</td><td>default INBOX</td></tr>
 *   <tr><td>OFFERFACTS_IMAP_SSL</td><td>true (default) for IMAPS, false for plain IMAP (a local relay)</td></tr>
 * </table>
 */
public record MailboxConfig(String host, int port, String user, String password, String folder, boolean ssl) {

  /** The mailbox the environment describes, or empty when OFFERFACTS_IMAP_HOST is unset. */
  public static Optional<MailboxConfig> fromEnvironment(Map<String, String> env) {
    String host = value(env, "OFFERFACTS_IMAP_HOST");
    if (host == null) return Optional.empty();
    String user = required(env, "OFFERFACTS_IMAP_USER");
    String password = required(env, "OFFERFACTS_IMAP_PASSWORD");
    boolean ssl = !"false".equalsIgnoreCase(value(env, "OFFERFACTS_IMAP_SSL"));
    String folder = value(env, "OFFERFACTS_IMAP_FOLDER");
    return Optional.of(new MailboxConfig(host, port(value(env, "OFFERFACTS_IMAP_PORT"), ssl), user, password,
        folder == null ? "INBOX" : folder, ssl));
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return (ssl ? "imaps://" : "imap://") + user + "@" + host + ":" + port + "/" + folder;
  }

  private static int port(String written, boolean ssl) {
    if (written == null) return ssl ? 993 : 143;
    try {
      int port = Integer.parseInt(written);
      if (port < 1 || port > 65535) throw new NumberFormatException();
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("OFFERFACTS_IMAP_PORT must be a port number (1-65535), not \"" + written + "\"");
    }
  }

  private static String required(Map<String, String> env, String name) {
    String value = value(env, name);
    if (value == null) throw new IllegalArgumentException(name + " must be set when OFFERFACTS_IMAP_HOST is");
    return value;
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
