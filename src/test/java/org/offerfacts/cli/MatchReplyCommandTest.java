package org.offerfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchReplyCommandTest {
  private static final String QUESTIONS = """
      {"language":"fr","sent":"2026-11-20","questions":[
        {"n":1,"attribute":"ipv6","text":"L'IPv6 natif est-il fourni sur cet accès (hors tunnel) ?"},
        {"n":2,"attribute":"smtp_port25_outbound_blocked","text":"Le port TCP 25 sortant est-il bloqué ou filtré sur cet accès ?"},
        {"n":3,"attribute":"smtp_port25_unblock_on_request","text":"Si le port 25 sortant est bloqué, le blocage peut-il être levé sur demande ?"},
        {"n":4,"attribute":"sla_gtr_hours","text":"Quelle est la garantie de temps de rétablissement (GTR), en heures ?"}]}
      """;
  private static final String REPLY = """
      Bonjour,

      1. Oui
      2) non, bloqué en sortie
      3 - je ne sais pas, je reviens vers vous vendredi
      Q4: 4h

      Cordialement

      > 1. L'IPv6 natif est-il fourni sur cet accès (hors tunnel) ?
      >    (oui / non / pas encore connu, réponse avant le 27/11)
      """;
  private static final String REPLY_EML = """
      From: Julie <julie@operateur.fr>
      To: marc@acheteur.fr
      Subject: Re: Questions
      Date: Mon, 23 Nov 2026 18:00:00 +0100
      Message-ID: <r1@operateur.fr>
      MIME-Version: 1.0
      Content-Type: text/plain; charset=UTF-8
      Content-Transfer-Encoding: quoted-printable

      1. Oui
      3. Je reviens vers vous vendredi, je ne sais pas encore.
      4. Quatre heures.
      """;

  @TempDir Path dir;

  @Test
  void json_output_follows_the_contract_one_entry_per_answered_question() throws Exception {
    CommandRun run = CommandRun.of("match-reply", "--questions", file("q.json", QUESTIONS), file("reply.txt", REPLY),
        "--json", "--date", "2026-11-24");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode answers = new ObjectMapper().readTree(run.out()).path("answers");
    assertThat(answers).hasSize(4);
    assertThat(answers.get(0).toString())
        .isEqualTo("{\"n\":1,\"attribute\":\"ipv6\",\"answer\":\"yes\",\"value\":true,\"quote\":\"1. Oui\"}");
    assertThat(answers.get(1).path("answer").asText()).isEqualTo("no");
    assertThat(answers.get(1).path("value").asBoolean(true)).isFalse();
    assertThat(answers.get(2).path("answer").asText()).isEqualTo("promised");
    assertThat(answers.get(2).path("promised_by").asText()).isEqualTo("2026-11-27");
    assertThat(answers.get(2).path("value").isNull()).isTrue();
    assertThat(answers.get(3).path("answer").asText()).isEqualTo("value");
    assertThat(answers.get(3).path("value").isNumber()).isTrue();
    assertThat(answers.get(3).path("value").asDouble()).isEqualTo(4.0);
    for (JsonNode a : answers) if (!a.path("answer").asText().equals("promised")) assertThat(a.has("promised_by")).isFalse();
  }

  @Test
  void an_eml_reply_counts_promises_from_its_own_date_not_the_date_option() throws Exception {
    CommandRun run = CommandRun.of("match-reply", "--questions", file("q.json", QUESTIONS), file("reply.eml", REPLY_EML),
        "--json", "--date", "2026-12-31");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode answers = new ObjectMapper().readTree(run.out()).path("answers");
    assertThat(answers).hasSize(3);
    assertThat(answers.get(1).path("answer").asText()).isEqualTo("promised");
    assertThat(answers.get(1).path("promised_by").asText()).isEqualTo("2026-11-27"); // Monday 23rd → Friday 27th
    assertThat(answers.get(2).path("value").asLong()).isEqualTo(4);
  }

  @Test
  void a_reply_that_answers_nothing_prints_an_empty_list() throws Exception {
    CommandRun run = CommandRun.of("match-reply", "--questions", file("q.json", QUESTIONS),
        file("reply.txt", "Bonjour, quand êtes-vous disponible pour un appel ?\n"), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("answers").isArray()).isTrue();
    assertThat(new ObjectMapper().readTree(run.out()).path("answers")).isEmpty();
  }

  @Test
  void without_json_a_readable_table_is_printed() throws Exception {
    CommandRun run = CommandRun.of("match-reply", "--questions", file("q.json", QUESTIONS), file("reply.txt", REPLY),
        "--date", "2026-11-24");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("attribute").contains("ipv6").contains("promised").contains("2026-11-27")
        .contains("2) non, bloqué en sortie");
  }

  @Test
  void help_describes_the_command() {
    CommandRun run = CommandRun.of("match-reply", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--questions").contains("--json").contains("--date").contains("promised_by");
  }

  @Test
  void unreadable_inputs_exit_with_2_and_say_why() throws Exception {
    String questions = file("q.json", QUESTIONS);
    String reply = file("reply.txt", REPLY);

    CommandRun missing = CommandRun.of("match-reply", "--questions", questions, dir.resolve("nope.txt").toString());
    CommandRun notJson = CommandRun.of("match-reply", "--questions", file("bad.json", "{\"questions\": [1,"), reply);
    CommandRun unknownAttribute = CommandRun.of("match-reply", "--questions",
        file("odd.json", "{\"questions\":[{\"n\":1,\"attribute\":\"warp_drive\",\"text\":\"?\"}]}"), reply);
    CommandRun notAnEmail = CommandRun.of("match-reply", "--questions", questions, file("fake.eml", "just some words\n"));
    CommandRun badDate = CommandRun.of("match-reply", "--questions", questions, reply, "--date", "27/11/2026");
    CommandRun noQuestions = CommandRun.of("match-reply", reply);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt").contains("no such file");
    assertThat(notJson.exitCode()).isEqualTo(2);
    assertThat(notJson.err()).contains("not JSON");
    assertThat(unknownAttribute.exitCode()).isEqualTo(2);
    assertThat(unknownAttribute.err()).contains("unknown attribute \"warp_drive\"");
    assertThat(notAnEmail.exitCode()).isEqualTo(2);
    assertThat(notAnEmail.err()).contains("fake.eml").contains("not an e-mail");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("YYYY-MM-DD");
    assertThat(noQuestions.exitCode()).isEqualTo(2);
    assertThat(noQuestions.err()).contains("--questions");
    assertThat(missing.out() + notJson.out() + notAnEmail.out()).isEmpty();
  }

  private String file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }
}
