package org.offerfacts.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.reply.QuestionSheet;

/** A question sheet in the exact JSON of issue #5, keys in this order, whatever the app's JSON mapper does with dates. */
public final class QuestionSheetJson {
  private QuestionSheetJson() {}

  public static Map<String, Object> of(QuestionSheet sheet) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("language", sheet.language());
    out.put("sent", sheet.sent().toString());
    List<Map<String, Object>> questions = sheet.questions().stream().map(q -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("n", q.n());
      one.put("attribute", q.attribute());
      one.put("text", q.text());
      return one;
    }).toList();
    out.put("questions", questions);
    return out;
  }
}
