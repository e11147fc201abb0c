package org.offerfacts.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.offerfacts.catalog.Catalog;

/**
 * A question sheet as JSON, the form the app exports and {@code match-reply --questions} reads:
 * {@code {"language":"fr","sent":"2026-11-20","questions":[{"n":1,"attribute":"ipv6","text":"…"}]}}.
 * Reading validates at the edge: every question has a distinct number and a catalog attribute.
 */
public final class QuestionSheetJson {
  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_QUESTIONS = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QuestionSheetJson() {}

  /** Throws IllegalArgumentException saying what is wrong with the sheet. */
  public static QuestionSheet read(byte[] json, Catalog catalog) {
    if (json.length > MAX_BYTES) throw new IllegalArgumentException("the question list is larger than 1 MB");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the question list is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the question list cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("questions").isArray()) {
      throw new IllegalArgumentException("the question list must be an object with a \"questions\" array");
    }
    String language = root.path("language").asText("fr");
    LocalDate sent = date(root.path("sent"));
    List<QuestionSheet.Question> questions = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (JsonNode q : root.path("questions")) {
      if (questions.size() == MAX_QUESTIONS) throw new IllegalArgumentException("more than " + MAX_QUESTIONS + " questions");
      if (!q.path("n").canConvertToInt() || !q.path("n").isIntegralNumber()) {
        throw new IllegalArgumentException("question " + (questions.size() + 1) + " has no number \"n\"");
      }
      int n = q.path("n").asInt();
      String attribute = q.path("attribute").asText("");
      if (!numbers.add(n)) throw new IllegalArgumentException("question number " + n + " appears twice");
      if (catalog.attribute(attribute).isEmpty()) {
        throw new IllegalArgumentException("question " + n + ": unknown attribute \"" + attribute + "\"");
      }
      questions.add(new QuestionSheet.Question(n, attribute, q.path("text").asText("")));
    }
    return new QuestionSheet(language.equals("en") ? "en" : "fr", sent, questions);
  }

  public static ObjectNode write(QuestionSheet sheet) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("language", sheet.language());
    if (sheet.sent() != null) root.put("sent", sheet.sent().toString());
    var questions = root.putArray("questions");
    for (QuestionSheet.Question q : sheet.questions()) {
      questions.addObject().put("n", q.n()).put("attribute", q.attribute()).put("text", q.text());
    }
    return root;
  }

  private static LocalDate date(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) return null;
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"sent\" must be a date written YYYY-MM-DD, not \"" + node.asText() + "\"");
    }
  }
}
