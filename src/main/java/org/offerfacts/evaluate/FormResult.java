package org.offerfacts.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.offerfacts.extract.Fact;

/** The score of one form of the corpus (pdf or html), overall, per attribute, and every error. */
public final class FormResult {
  /** A label the extractor did not produce, and what it said instead (null when silent). */
  public record Miss(String document, Label label, Fact instead) {}

  /** A fact on a core attribute that no label supports. */
  public record FalsePositive(String document, Fact fact) {}

  /** A document of this form that could not be read. */
  public record Failure(String document, String error) {}

  private final String form;
  private final Map<String, Score> byAttribute = new TreeMap<>();
  private final List<Miss> misses = new ArrayList<>();
  private final List<FalsePositive> falsePositives = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  FormResult(String form) {
    this.form = form;
  }

  void count(String attribute, Score score) {
    byAttribute.merge(attribute, score, Score::plus);
  }

  void miss(Miss miss) {
    misses.add(miss);
  }

  void falsePositive(FalsePositive fp) {
    falsePositives.add(fp);
  }

  void failure(Failure failure) {
    failures.add(failure);
  }

  public String form() {
    return form;
  }

  public Score overall() {
    return byAttribute.values().stream().reduce(Score.ZERO, Score::plus);
  }

  public Map<String, Score> byAttribute() {
    return byAttribute;
  }

  public List<Miss> misses() {
    return misses;
  }

  public List<FalsePositive> falsePositives() {
    return falsePositives;
  }

  public List<Failure> failures() {
    return failures;
  }
}
