package org.offerfacts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.offerfacts.store.Database;

/**
 * Rendered bodies of shared views (a comparison link pasted in an e-mail is opened by many),
 * kept until the data changes: every write to the database moves its version on, and an entry
 * made at an older version is rendered again. Bounded, least recently used out first.
 */
public final class ViewCache {
  private static final int MAX_ENTRIES = 64;

  private record Entry(long version, RenderedBody body) {}

  private final Database db;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  public ViewCache(Database db) {
    this.db = db;
  }

  public RenderedBody get(String key, Supplier<RenderedBody> render) {
    long version = db.version();
    synchronized (entries) {
      Entry entry = entries.get(key);
      if (entry != null && entry.version() == version) return entry.body();
    }
    RenderedBody body = render.get();
    synchronized (entries) {
      entries.put(key, new Entry(version, body));
    }
    return body;
  }
}
