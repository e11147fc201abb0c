package org.offerfacts.ask;

import java.util.Map;

/**
 * The SMTP server the app sends question lists through, from {@code OFFERFACTS_SMTP_HOST},
 * {@code _PORT} (default 587), {@code _USER}, {@code _PASSWORD}, {@code _FROM} and
 * {@code _STARTTLS} (default true). Without a host the app does not send mail itself: the
 * mailto link and the .eml download remain.
 */
public record MailConfig(String host, int port, String user, String password, String from, boolean startTls) {
  public static final MailConfig NONE = new MailConfig(null, 0, null, null, null, false);

  public static MailConfig fromEnv(Map<String, String> env) {
    String host = blank(env.get("OFFERFACTS_SMTP_HOST"));
    if (host == null) return NONE;
    String from = blank(env.get("OFFERFACTS_SMTP_FROM"));
    if (from == null) throw new IllegalArgumentException("OFFERFACTS_SMTP_FROM is required when OFFERFACTS_SMTP_HOST is set");
    String port = blank(env.get("OFFERFACTS_SMTP_PORT"));
    int number;
    try {
      number = port == null ? 587 : Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("OFFERFACTS_SMTP_PORT is not a port number: " + port);
    }
    String tls = blank(env.get("OFFERFACTS_SMTP_STARTTLS"));
    return new MailConfig(host, number, blank(env.get("OFFERFACTS_SMTP_USER")), env.get("OFFERFACTS_SMTP_PASSWORD"), from,
        tls == null || Boolean.parseBoolean(tls));
  }

  public boolean enabled() {
    return host != null;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "MailConfig[" + host + ":" + port + ", from " + from + ", user " + user + "]";
  }
}
