package org.offerfacts.reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Catalog;

/** Question sheets as the asking side composes them: numbered, with the catalog's question text. */
final class Sheets {
  static final Catalog CATALOG = Catalog.bundled();
  static final LocalDate SENT = LocalDate.of(2026, 11, 20);

  private Sheets() {}

  static QuestionSheet of(String language, String... attributes) {
    List<QuestionSheet.Question> questions = new ArrayList<>();
    for (String id : attributes) {
      String text = CATALOG.attribute(id).orElseThrow().question().in(language);
      questions.add(new QuestionSheet.Question(questions.size() + 1, id, text));
    }
    return new QuestionSheet(language, SENT, questions);
  }

  /** The list as the e-mail sent it, each question with its answer prompt, quoted with "> ". */
  static String quoted(QuestionSheet sheet) {
    StringBuilder out = new StringBuilder();
    boolean fr = "fr".equals(sheet.language());
    out.append(fr ? "> Bonjour,\n> Pourriez-vous répondre par écrit aux questions suivantes ?\n>\n"
        : "> Hello,\n> Could you answer the following questions in writing?\n>\n");
    for (QuestionSheet.Question q : sheet.questions()) {
      out.append("> ").append(q.n()).append(". ").append(q.text()).append('\n');
      out.append(fr ? ">    (oui / non / pas encore connu, réponse avant le 27/11)\n"
          : ">    (yes / no / not known yet, answer by 27/11)\n");
    }
    return out.append(fr ? ">\n> Merci d'avance,\n> Marc\n" : ">\n> Thanks in advance,\n> Marc\n").toString();
  }
}
