package org.offerfacts.jobs;

import java.util.List;
import org.offerfacts.extract.Fact;
import org.offerfacts.ingest.Page;

/**
 * A document read: its text page by page and the facts found in it, plus the same for each
 * document it carried (e-mail attachments). Plain data, so that it crosses from the reader's
 * process to the server's as JSON.
 */
public record Reading(
    String title,
    String language,
    String mediaType,
    List<Page> pages,
    List<String> warnings,
    List<Fact> facts,
    List<Reading> attachments) {
  public Reading {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
    facts = facts.stream().map(Reading::withLongWholeNumbers).toList();
    attachments = List.copyOf(attachments);
  }

  /** JSON gives whole numbers back as Integer; the rest of the app speaks Long. */
  private static Fact withLongWholeNumbers(Fact f) {
    if (!(f.value() instanceof Integer i)) return f;
    return new Fact(f.attribute(), i.longValue(), f.conditions(), f.page(), f.quote(), f.start(), f.end(), f.confidence(),
        f.rule());
  }
}
