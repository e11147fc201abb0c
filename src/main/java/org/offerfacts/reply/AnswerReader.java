package org.offerfacts.reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.Folding;
import org.offerfacts.catalog.Term;
import org.offerfacts.extract.Extractor;
import org.offerfacts.extract.Fact;
import org.offerfacts.ingest.ExtractedText;

/**
 * What the words given to one question say, in this order: not knowing beats everything ("je
 * ne sais pas, sans doute oui" is not a yes); then the answer itself — a yes or no opening the
 * answer or standing alone in a clause, a value typed as the attribute, a statement of the
 * attribute's predicate ("bloqué par défaut"), negated or not; last, a date with a promise
 * ("réponse d'ici vendredi"). Words that say none of these give no answer.
 */
final class AnswerReader {
  private static final Pattern CLAUSES = Pattern.compile("[,;:.!()]|\\s[-\u2013\u2014]\\s");

  private final Catalog catalog;
  private final Extractor extractor;
  private final TypedValues values;
  private final Statements statements;

  AnswerReader(Catalog catalog) {
    this.catalog = catalog;
    this.extractor = new Extractor(catalog);
    this.values = new TypedValues(catalog);
    this.statements = new Statements(catalog);
  }

  /**
   * @param pieces  the writer's words given to this question, first the one that answers it directly
   * @param context the whole lines they come from, where a topic named once serves several clauses
   * @param quote   the writer's lines, verbatim
   */
  MatchedAnswer read(QuestionSheet.Question q, List<String> pieces, String context, String quote, LocalDate from) {
    String folded = Folding.fold(String.join(" ; ", pieces));
    String first = Folding.fold(pieces.get(0));
    Attribute attribute = catalog.attribute(q.attribute()).orElse(null);
    if (ReplyWords.DONT_KNOW.in(folded)) {
      PromiseDates.Found date = PromiseDates.find(folded, from);
      return date == null ? answer(q, Answer.Kind.UNKNOWN, null, null, quote, folded)
          : answer(q, Answer.Kind.PROMISED, null, date.date(), quote, folded);
    }
    MatchedAnswer direct = direct(q, attribute, folded, first, context, quote);
    if (direct != null) return direct;
    PromiseDates.Found date = PromiseDates.find(folded, from);
    if (date != null && ReplyWords.PROMISE.in(folded)) return answer(q, Answer.Kind.PROMISED, null, date.date(), quote, folded);
    if (ReplyWords.PROMISE.in(folded) && ReplyWords.PROMISE.find(folded).group().contains(" ")) {
      return answer(q, Answer.Kind.UNKNOWN, null, null, quote, folded);
    }
    return null;
  }

  private MatchedAnswer direct(QuestionSheet.Question q, Attribute attribute, String folded, String first,
      String context, String quote) {
    Boolean yesNo = yesNo(folded);
    AttributeType type = attribute == null ? AttributeType.BOOLEAN : attribute.type();
    if (type == AttributeType.BOOLEAN) {
      if (yesNo == null) yesNo = factValue(attribute, context) instanceof Boolean b ? b : null;
      if (yesNo == null && attribute != null) yesNo = statements.state(attribute, first);
      return yesNo == null ? null : answer(q, yesNo ? Answer.Kind.YES : Answer.Kind.NO, yesNo, null, quote, folded);
    }
    Object value = switch (type) {
      case INTEGER, NUMBER -> values.number(attribute, withoutDates(folded));
      case ENUM -> values.enumValue(attribute, folded);
      default -> null;
    };
    if (value == null && type != AttributeType.TEXT) value = factValue(attribute, context);
    if (value != null) return answer(q, Answer.Kind.VALUE, value, null, quote, folded);
    if (yesNo != null) return answer(q, yesNo ? Answer.Kind.YES : Answer.Kind.NO, null, null, quote, folded);
    if (type == AttributeType.TEXT && PromiseDates.find(folded, LocalDate.now()) == null) {
      return answer(q, Answer.Kind.VALUE, String.join(" ", quote.strip().split("\\s+")), null, quote, folded);
    }
    return null;
  }

  /** A yes or no opening the answer ("Oui, en natif") or standing alone in a clause ("IPv6 : oui"). */
  static Boolean yesNo(String folded) {
    String[] clauses = CLAUSES.split(folded);
    for (int i = 0; i < clauses.length; i++) {
      String clause = clauses[i].strip();
      if (clause.isEmpty()) continue;
      Boolean said = opening(clause);
      if (said == null) continue;
      String word = said ? ReplyWords.YES.leading(clause) : ReplyWords.NO.leading(clause);
      // later clauses: "IPv6 : non" and "port 25 : oui, en natif", not "non facturé" (an adjective's negation)
      if (i == 0 || clause.equals(word) || said && clause.split("\\s+").length <= 3) return said;
    }
    return null;
  }

  private static Boolean opening(String clause) {
    String yes = ReplyWords.YES.leading(clause);
    String no = ReplyWords.NO.leading(clause);
    if (yes == null && no == null) return null;
    if (yes == null) return false;
    if (no == null) return true;
    return yes.length() >= no.length(); // "no problem" is longer than "no"
  }

  /** The value the offer extractor reads for this attribute in the writer's lines, or null. */
  private Object factValue(Attribute attribute, String context) {
    if (attribute == null || context.isBlank()) return null;
    for (Fact fact : extractor.extract(ExtractedText.singlePage(context), null).facts()) {
      if (fact.attribute().equals(attribute.id())) return fact.value();
    }
    return null;
  }

  private static String withoutDates(String folded) {
    String text = folded;
    for (PromiseDates.Found d; (d = PromiseDates.explicit(text, LocalDate.of(2000, 1, 1))) != null; ) {
      text = text.substring(0, d.start()) + " ".repeat(d.end() - d.start()) + text.substring(d.end());
    }
    return text;
  }

  private MatchedAnswer answer(QuestionSheet.Question q, Answer.Kind kind, Object value, LocalDate by, String quote,
      String folded) {
    List<String> conditions = kind == Answer.Kind.YES || kind == Answer.Kind.VALUE ? conditions(folded) : List.of();
    return new MatchedAnswer(new Answer(q.n(), q.attribute(), kind, value, by, quote), conditions);
  }

  /** Conditions whose cues the answer holds, except where the cue sits in an exception phrase. */
  private List<String> conditions(String folded) {
    List<String> found = new ArrayList<>();
    for (Condition condition : catalog.conditions()) {
      for (String cue : condition.cues()) {
        Matcher m = Term.parse(cue).pattern().matcher(folded);
        if (m.find() && !insideException(condition, folded, m.start())) {
          found.add(condition.id());
          break;
        }
      }
    }
    return found;
  }

  private static boolean insideException(Condition condition, String folded, int at) {
    for (String except : condition.except()) {
      Matcher m = Term.parse(except).pattern().matcher(folded);
      while (m.find()) if (m.start() <= at && at < m.end()) return true;
    }
    return false;
  }
}
