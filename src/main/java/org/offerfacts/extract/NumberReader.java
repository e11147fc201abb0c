package org.offerfacts.extract;

import java.util.Map;

/** Reads numbers as suppliers write them: "99,95", "1 000", "1.5", "quatre", "twenty-four". */
public final class NumberReader {
  private final Map<String, Double> words;

  public NumberReader(Map<String, Double> words) {
    this.words = words;
  }

  /** The number, or null when the text is not one. Input is folded text. */
  public Double read(String written) {
    String text = written.strip();
    Double word = words.get(text.replaceAll("[\\s-]+", "-"));
    if (word == null) word = words.get(text.replaceAll("[\\s-]+", " "));
    if (word != null) return word;
    String digits = text.replaceAll("(?<=\\d) (?=\\d{3}(?!\\d))", "").replace(',', '.');
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
