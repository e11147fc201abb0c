package org.offerfacts.reply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.offerfacts.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `match-reply`: the answers a supplier's reply gives to a question list, for scripts and mail archives. */
@Command(
    name = "match-reply",
    mixinStandardHelpOptions = true,
    description = {
      "Finds in a supplier's reply (an .eml file, or pasted text in a .txt file) the answer to each question of the list it replies to.",
      "Answers: yes, no, unknown, promised (with the date promised, counted from the reply's date) or value (typed as the attribute).",
      "With --json: {\"answers\":[{\"n\":1,\"attribute\":\"ipv6\",\"answer\":\"yes\",\"value\":true,\"quote\":\"...\"}]}; "
          + "\"value\" is null for unknown and promised answers; \"promised_by\" appears for promises only.",
      "Exit code: 0 when the reply was read (even if it answers nothing), 2 when an input cannot be read."})
public final class MatchReplyCommand implements Callable<Integer> {
  @Option(names = "--questions", required = true, paramLabel = "QUESTIONS.json",
      description = "The question list as the app exports it: {\"language\":\"fr\",\"sent\":\"2026-11-20\",\"questions\":[{\"n\":1,\"attribute\":\"ipv6\",\"text\":\"...\"}]}.")
  Path questions;

  @Parameters(index = "0", paramLabel = "REPLY", description = "The reply: an .eml file, or any other file read as pasted text.")
  Path reply;

  @Option(names = "--json", description = "Print one JSON object instead of a readable table.")
  boolean json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The reply's date, from which \"by Friday\" is counted: for text replies (default today); an .eml's Date header wins.")
  String date;

  @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "${env:OFFERFACTS_CATALOG}",
      description = "Read the attribute catalog from this folder instead of the bundled one (env OFFERFACTS_CATALOG).")
  Path catalogDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Catalog catalog = Catalog.fromFolderOrBundled(catalogDir);
      QuestionSheet sheet = readSheet(catalog);
      ReplyText text = readReply();
      LocalDate replyDate = text.date() != null ? text.date() : givenDate();
      List<MatchedAnswer> answers = new ReplyMatcher(catalog).read(sheet, text.text(), replyDate);
      if (json) out.println(json(answers).toPrettyString());
      else print(out, answers);
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("offerfacts match-reply: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  private QuestionSheet readSheet(Catalog catalog) {
    try {
      return QuestionSheetJson.read(bytes(questions, QuestionSheetJson.MAX_BYTES), catalog);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(questions + ": " + e.getMessage(), e);
    }
  }

  private ReplyText readReply() {
    byte[] bytes = bytes(reply, ReplyEmail.MAX_BYTES);
    try {
      if (reply.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) return ReplyText.fromEml(bytes);
      return ReplyText.pasted(text(bytes));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(reply + ": " + e.getMessage(), e);
    }
  }

  private LocalDate givenDate() {
    if (date == null) return LocalDate.now();
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date must be written YYYY-MM-DD, not \"" + date + "\"", e);
    }
  }

  private static byte[] bytes(Path file, int max) {
    try {
      if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
      if (Files.size(file) > max) throw new IllegalArgumentException(file + ": larger than " + max / (1024 * 1024) + " MB");
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else windows-1252 (text saved by older Windows tools). */
  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  static ObjectNode json(List<MatchedAnswer> answers) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    var array = root.putArray("answers");
    for (MatchedAnswer a : answers) array.add(AnswerJson.of(a.answer()));
    return root;
  }

  private static void print(PrintWriter out, List<MatchedAnswer> answers) {
    if (answers.isEmpty()) {
      out.println("The reply answers none of the questions.");
      return;
    }
    out.printf("%3s  %-32s %-9s %-12s %s%n", "n", "attribute", "answer", "value / by", "quote");
    for (MatchedAnswer m : answers) {
      Answer a = m.answer();
      String value = a.kind() == Answer.Kind.PROMISED ? String.valueOf(a.promisedBy())
          : a.value() == null ? "" : String.valueOf(a.value());
      if (!m.conditions().isEmpty()) value += " (" + String.join(", ", m.conditions()) + ")";
      out.printf("%3d  %-32s %-9s %-12s %s%n", a.n(), a.attribute(), a.kind().id(), value, oneLine(a.quote()));
    }
  }

  private static String oneLine(String quote) {
    String line = quote.replaceAll("\\s+", " ").strip();
    return line.length() <= 80 ? line : line.substring(0, 79) + "…";
  }
}
