package org.offerfacts.evaluate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offerfacts.extract.Fact;

/** Prints an evaluation for people (tables, then every error with its quote) or for machines. */
final class EvaluationReport {
  private EvaluationReport() {}

  static void print(PrintWriter out, List<FormResult> results) {
    for (FormResult r : results) {
      Score o = r.overall();
      out.printf(Locale.ROOT, "== %s: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", r.form(),
          o.precision(), o.recall(), o.f1(), o.tp(), o.fp(), o.fn());
      out.printf("   %-32s %6s %4s %4s %4s %9s %7s %6s%n", "attribute", "labels", "tp", "fp", "fn", "precision", "recall", "f1");
      r.byAttribute().forEach((attribute, s) -> out.printf(Locale.ROOT, "   %-32s %6d %4d %4d %4d %9.3f %7.3f %6.3f%n",
          attribute, s.labels(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
      for (FormResult.Failure f : r.failures()) out.printf("   unreadable %s: %s%n", f.document(), f.error());
      for (FormResult.Miss m : r.misses()) {
        out.printf("   miss  %s %s = %s  expected from \"%s\"%s%n", m.document(), m.label().attribute(),
            m.label().value(), flat(m.label().evidence()),
            m.instead() == null ? "" : "; read " + m.instead().value() + " from \"" + flat(m.instead().quote()) + "\"");
      }
      for (FormResult.FalsePositive fp : r.falsePositives()) {
        Fact f = fp.fact();
        out.printf("   false %s %s = %s  p.%d [%s] \"%s\"%n", fp.document(), f.attribute(), f.value(), f.page(), f.rule(),
            flat(f.quote()));
      }
      out.println();
    }
  }

  static Map<String, Object> asMap(List<FormResult> results, List<String> failures) {
    Map<String, Object> report = new LinkedHashMap<>();
    List<Object> forms = new ArrayList<>();
    for (FormResult r : results) {
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("form", r.form());
      form.put("overall", score(r.overall()));
      Map<String, Object> attributes = new LinkedHashMap<>();
      r.byAttribute().forEach((a, s) -> attributes.put(a, score(s)));
      form.put("attributes", attributes);
      form.put("misses", r.misses().stream().map(m -> Map.of("document", m.document(), "attribute", m.label().attribute(),
          "value", m.label().value(), "evidence", m.label().evidence())).toList());
      form.put("false_positives", r.falsePositives().stream().map(fp -> Map.of("document", fp.document(),
          "attribute", fp.fact().attribute(), "value", fp.fact().value(), "page", fp.fact().page(),
          "quote", fp.fact().quote(), "rule", fp.fact().rule())).toList());
      form.put("unreadable", r.failures().stream().map(f -> Map.of("document", f.document(), "error", f.error())).toList());
      forms.add(form);
    }
    report.put("forms", forms);
    report.put("below_threshold", failures);
    return report;
  }

  private static Map<String, Object> score(Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labels", s.labels());
    m.put("tp", s.tp());
    m.put("fp", s.fp());
    m.put("fn", s.fn());
    m.put("precision", round(s.precision()));
    m.put("recall", round(s.recall()));
    m.put("f1", round(s.f1()));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String flat(String s) {
    String f = s.replaceAll("\\s+", " ").strip();
    return f.length() > 140 ? f.substring(0, 139) + "…" : f;
  }
}
