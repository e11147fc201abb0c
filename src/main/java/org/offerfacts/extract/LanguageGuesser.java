package org.offerfacts.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.ingest.ExtractedText;
import org.offerfacts.ingest.Page;

/** Tells French from English by their commonest short words; enough for two languages. */
final class LanguageGuesser {
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "est", "et", "une", "pour", "vous",
      "votre", "vos", "nous", "dans", "sur", "avec", "pas", "sont", "aux", "au");
  private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "for", "you", "your", "with", "of", "to",
      "we", "our", "on", "not", "this", "that", "be", "in", "by");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int SAMPLE = 20_000;

  static String guess(ExtractedText text) {
    int french = 0;
    int english = 0;
    int seen = 0;
    for (Page page : text.pages()) {
      Matcher m = WORD.matcher(page.text());
      while (m.find() && seen < SAMPLE) {
        String w = m.group().toLowerCase(java.util.Locale.ROOT);
        seen += w.length();
        if (FRENCH.contains(w)) french++;
        if (ENGLISH.contains(w)) english++;
      }
      if (seen >= SAMPLE) break;
    }
    return french > english ? "fr" : "en";
  }
}
