package org.offerfacts.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The quality bar a build can demand of the extractor. Null thresholds are not checked. */
record Thresholds(Double precision, Double recall, Double attributeRecall) {

  List<String> check(List<FormResult> results) {
    List<String> failures = new ArrayList<>();
    for (FormResult r : results) {
      Score overall = r.overall();
      if (precision != null && overall.precision() < precision) {
        failures.add(format("%s precision %.3f < %.3f", r.form(), overall.precision(), precision));
      }
      if (recall != null && overall.recall() < recall) {
        failures.add(format("%s recall %.3f < %.3f", r.form(), overall.recall(), recall));
      }
      if (attributeRecall == null) continue;
      r.byAttribute().forEach((attribute, score) -> {
        if (score.labels() > 0 && score.recall() < attributeRecall) {
          failures.add(format("%s %s recall %.3f < %.3f", r.form(), attribute, score.recall(), attributeRecall));
        }
      });
    }
    return failures;
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
