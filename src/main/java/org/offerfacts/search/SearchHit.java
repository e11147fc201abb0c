package org.offerfacts.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** One page that matched, with where it belongs and the words around the match. */
public record SearchHit(long documentId, String title, String source, long offerId, String offer,
    long supplierId, String supplier, int page, double score, Snippet snippet) {

  /** The document view on this page, the searched words marked and the first match scrolled to. */
  public String link(String query) {
    String hl = snippet.match() == null ? "" : "&hl=" + snippet.match()[0] + "-" + snippet.match()[1];
    return "/documents/" + documentId + "?page=" + page + hl
        + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (hl.isEmpty() ? "" : "#hl");
  }

  public String documentLabel() {
    return title == null || title.isBlank() ? source : title;
  }
}
