package org.offerfacts.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The interface's words in each language, from {@code web/i18n/<bundle>_<lang>.properties}
 * (UTF-8). Patterns with arguments follow {@link MessageFormat}: write '' for an apostrophe there. A missing key shows as the key itself, and a test keeps the files in step.
 */
public final class Messages {
  /** One file pair per part of the interface, so that parts grow without stepping on each other. */
  private static final List<String> BUNDLES = List.of("messages", "accounts", "verify", "compare", "sheet", "search", "api", "ask",
      "share");
  private static final Map<Lang, Messages> ALL = loadAll();

  private final Lang lang;
  private final Properties words;

  private Messages(Lang lang, Properties words) {
    this.lang = lang;
    this.words = words;
  }

  public static Messages of(Lang lang) {
    return ALL.get(lang);
  }

  public Lang lang() {
    return lang;
  }

  public String t(String key, Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) return key;
    if (args.length == 0) return pattern;
    return new MessageFormat(pattern, Locale.forLanguageTag(lang.code())).format(args);
  }

  public Set<String> keys() {
    return words.stringPropertyNames();
  }

  private static Map<Lang, Messages> loadAll() {
    Map<Lang, Messages> all = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      Properties words = new Properties();
      for (String bundle : BUNDLES) words.putAll(load("web/i18n/" + bundle + "_" + lang.code() + ".properties"));
      all.put(lang, new Messages(lang, words));
    }
    return all;
  }

  private static Properties load(String resource) {
    Properties words = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
