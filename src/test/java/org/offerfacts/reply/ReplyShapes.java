package org.offerfacts.reply;

import java.util.List;

/**
 * The reply shapes the matcher is measured on: each a question sheet, a reply as suppliers write
 * them, and the answers a careful reader finds in it ("n kind [value|date]"). Replies are dated
 * Tuesday 24 November 2026, so "vendredi" is the 27th and "next week" ends Friday 4 December.
 */
final class ReplyShapes {
  record Shape(String name, QuestionSheet sheet, String reply, List<String> expected) {}

  static final QuestionSheet FR = Sheets.of("fr", "ipv6", "smtp_port25_outbound_blocked",
      "smtp_port25_unblock_on_request", "sla_gtr_hours");
  static final QuestionSheet EN = Sheets.of("en", "ipv6", "smtp_port25_outbound_blocked",
      "smtp_port25_unblock_on_request", "sla_gtr_hours");
  static final QuestionSheet FR_VALUES = Sheets.of("fr", "static_ipv4", "download_mbps", "sla_availability_percent",
      "router_bridge_mode", "commitment_months");
  static final QuestionSheet EN_VALUES = Sheets.of("en", "static_ipv4", "download_mbps", "sla_availability_percent",
      "router_bridge_mode", "commitment_months");
  static final QuestionSheet FR_ACCESS = Sheets.of("fr", "access_technology", "ipv6");

  private ReplyShapes() {}

  static List<Shape> all() {
    return List.of(
        shape("numbered French lines, as the issue writes them", FR,
            "Bonjour,\n\n1. Oui\n2) non, bloqué en sortie\n3 - je ne sais pas, je reviens vers vous vendredi\nQ4: 4h\n\n"
                + "Cordialement,\nJulie\n\n" + Sheets.quoted(FR),
            "1 yes", "2 no", "3 promised 2026-11-27", "4 value 4"),
        shape("numbered English lines", EN,
            "Hi Marc,\n\n1. Yes\n2. No\n3. Not known yet, answer by Monday\n4. 8 hours\n\nBest regards,\nTom\n\n"
                + Sheets.quoted(EN),
            "1 yes", "2 no", "3 promised 2026-11-30", "4 value 8"),
        shape("French answers under each quoted question", FR,
            interleave(FR, "Oui, en natif.", "Non, jamais bloqué.", null, "GTR 4h ouvrées."),
            "1 yes", "2 no", "4 value 4"),
        shape("English answers under each quoted question", EN,
            interleave(EN, "Yes, dual stack.", "Not blocked.", "Absolutely.", "Four hours."),
            "1 yes", "2 no", "3 yes", "4 value 4"),
        shape("a top-posted line naming the topic answers two questions", FR,
            "Bonjour,\n\nPour le port 25 : bloqué par défaut, ouvrable sur demande.\n\nBien à vous\n\n" + Sheets.quoted(FR),
            "2 yes", "3 yes"),
        shape("top-posted clauses each naming a topic", FR,
            "Oui pour l'IPv6, GTR de 8 heures.\n\n" + Sheets.quoted(FR),
            "1 yes", "4 value 8"),
        shape("top-posted English sentences", EN,
            "IPv6 is provided natively. Port 25 is not blocked. GTR: 4 hours.\n\nRegards\n\n" + Sheets.quoted(EN),
            "1 yes", "2 no", "4 value 4"),
        shape("a French reply that answers nothing", FR,
            "Bonjour,\n\nQuand êtes-vous disponible pour un appel ?\n\nCordialement\n\n" + Sheets.quoted(FR)),
        shape("an English reply that answers nothing", EN,
            "Thanks for your questions. When are you available for a call?\n\n" + Sheets.quoted(EN)),
        shape("the quoted list alone, no words of the writer", EN, Sheets.quoted(EN)),
        shape("a promise to an explicit date", FR,
            "1. Oui\n2. Je vous confirme d'ici le 27/11\n\n" + Sheets.quoted(FR),
            "1 yes", "2 promised 2026-11-27"),
        shape("a promise for next week", FR,
            "3. Nous revenons vers vous la semaine prochaine.\n4. 4 heures\n\n" + Sheets.quoted(FR),
            "3 promised 2026-12-04", "4 value 4"),
        shape("an English promise by a weekday", EN,
            "1. Yes\n3. I'll get back to you by Friday.\n\n" + Sheets.quoted(EN),
            "1 yes", "3 promised 2026-11-27"),
        shape("not yet is a no for a feature", EN,
            "1. Not yet, it is planned for 2027.\n\n" + Sheets.quoted(EN),
            "1 no"),
        shape("not known yet without a date", FR,
            "1. Pas encore connu.\n2. Je ne sais pas.\n\n" + Sheets.quoted(FR),
            "1 unknown", "2 unknown"),
        shape("French values typed by the attribute's unit", FR_VALUES,
            "1. Oui, une IP fixe incluse\n2. 1 Gbit/s\n3. 99,95 %\n4. Non\n5. 12 mois\n\n" + Sheets.quoted(FR_VALUES),
            "1 yes", "2 value 1000", "3 value 99.95", "4 no", "5 value 12"),
        shape("English values under quoted questions", EN_VALUES,
            interleave(EN_VALUES, "Yes, one static IPv4 is included.", "Up to 500 Mbps.", "99.9%", "No problem.",
                "36 months."),
            "1 yes", "2 value 500", "3 value 99.9", "4 yes", "5 value 36"),
        shape("days converted to hours", FR,
            "4) 2 jours ouvrés\n\n" + Sheets.quoted(FR),
            "4 value 48"),
        shape("GTR written H+4", FR,
            "4. GTR H+4, 24h/24 et 7j/7\n\n" + Sheets.quoted(FR),
            "4 value 4"),
        shape("English top-posted topics with a colon", EN,
            "Regarding IPv6: yes.\nPort 25: blocked by default, we can lift the block on request.\n\n" + Sheets.quoted(EN),
            "1 yes", "2 yes", "3 yes"),
        shape("Outlook reply: answers above an unquoted original", FR,
            "1. Oui\n2. Oui\n\n-----Message d'origine-----\nDe : Marc <marc@buyer.fr>\nEnvoyé : vendredi 20 novembre 2026 10:02\n"
                + "Objet : Questions\n\n" + unquoted(FR),
            "1 yes", "2 yes"),
        shape("questions pasted back with the answer after each", FR,
            "1. " + FR.questions().get(0).text() + " Oui\n2. " + FR.questions().get(1).text() + " Non\n",
            "1 yes", "2 no"),
        shape("questions pasted back with the answer below each", FR,
            "1. " + FR.questions().get(0).text() + "\nOui, en natif\n2. " + FR.questions().get(1).text() + "\nNon\n",
            "1 yes", "2 no"),
        shape("the list pasted back with its prompts and no answer", FR, unquoted(FR)),
        shape("a forwarded reply with a note above it", FR,
            "Marc, voici les réponses du fournisseur.\n\n---------- Forwarded message ---------\n"
                + "De : Support <support@op.fr>\nDate: Tue, 24 Nov 2026 09:00:00 +0100\nObjet : Re: Questions\n\n"
                + "1. Oui\n2. Non\n3. Je ne sais pas, je reviens vers vous lundi.\n\n" + Sheets.quoted(FR),
            "1 yes", "2 no", "3 promised 2026-11-30"),
        shape("a forwarded reply's promise counts from the forwarded reply's date", EN,
            "FYI, see below.\n\n-------- Forwarded Message --------\nFrom: Support <s@op.com>\n"
                + "Date: Fri, 13 Nov 2026 17:00:00 +0000\nSubject: Re: Questions\n\n"
                + "3. Not known yet, I will answer by Friday.\n\n" + Sheets.quoted(EN),
            "3 promised 2026-11-20"),
        shape("a French statement negating the predicate", FR,
            "2. Nous ne bloquons pas le port 25.\n\n" + Sheets.quoted(FR),
            "2 no"),
        shape("an emphatic yes", FR,
            "1. Absolument, en double pile.\n\n" + Sheets.quoted(FR),
            "1 yes"),
        shape("an English negative sentence", EN,
            "1. No, we don't offer IPv6 yet.\n\n" + Sheets.quoted(EN),
            "1 no"),
        shape("a yes with a condition", FR,
            "3. Oui, sur simple demande au support.\n\n" + Sheets.quoted(FR),
            "3 yes"),
        shape("a signature with phone numbers after the last answer", FR,
            interleave(FR, null, null, null, "4 heures") + "\nCordialement,\nJean Dupont\nTél : 01 23 45 67 89\n",
            "4 value 4"),
        shape("French enum value", FR_ACCESS,
            "1. Fibre optique FTTH\n2. oui\n\n" + Sheets.quoted(FR_ACCESS),
            "1 value ftth", "2 yes"),
        shape("English question numbers with dashes", EN,
            "Q1 - yes\nQ2 - no\nQ4 - 4h\n\n" + Sheets.quoted(EN),
            "1 yes", "2 no", "4 value 4"),
        shape("a restated predicate with its lifting", FR,
            "Réponses :\n1 : oui\n2 : bloqué en sortie, déblocage possible sur demande\n\n" + Sheets.quoted(FR),
            "1 yes", "2 yes"),
        shape("a promise to a French date in words", FR,
            "3. Réponse le 27 novembre.\n\n" + Sheets.quoted(FR),
            "3 promised 2026-11-27"),
        shape("an American date in a promise", EN,
            "3. We will confirm by 11/30.\n\n" + Sheets.quoted(EN),
            "3 promised 2026-11-30"),
        shape("no problem is a yes", EN,
            "3. No problem, just open a ticket.\n\n" + Sheets.quoted(EN),
            "3 yes"),
        shape("English inline answers restating the statement", EN,
            interleave(EN, "Yes - native dual-stack.", "Port 25 outbound is filtered by default.",
                "Yes, customers can request it via the portal.", "GTR is 4 hours, 24/7."),
            "1 yes", "2 yes", "3 yes", "4 value 4"),
        shape("slash-numbered French lines", FR,
            "1/ oui\n2/ oui\n3/ oui, via l'espace client\n4/ 8h\n\n" + Sheets.quoted(FR),
            "1 yes", "2 yes", "3 yes", "4 value 8"),
        shape("a pointer to an attachment answers nothing", FR,
            "Bonjour, tout est dans la fiche jointe.\nCordialement\n\n" + Sheets.quoted(FR)),
        shape("a download rate in Gbps beside an upload rate", EN_VALUES,
            "2. Download 1 Gbps, upload 500 Mbps.\n\n" + Sheets.quoted(EN_VALUES),
            "2 value 1000"),
        shape("availability in a French sentence", FR_VALUES,
            "3. Disponibilité garantie de 99,9 %.\n\n" + Sheets.quoted(FR_VALUES),
            "3 value 99.9"),
        shape("no commitment is zero months", FR_VALUES,
            "5. Sans engagement.\n\n" + Sheets.quoted(FR_VALUES),
            "5 value 0"),
        shape("a feature stated possible", FR_VALUES,
            "4. Le mode bridge est possible sur notre box.\n\n" + Sheets.quoted(FR_VALUES),
            "4 yes"),
        shape("dash-numbered English answers", EN_VALUES,
            "1 - not at the moment\n3 - 99.95%\n\n" + Sheets.quoted(EN_VALUES),
            "1 no", "3 value 99.95"),
        shape("an English promise to an ISO date", EN,
            "2. We need to check with our network team, we'll answer by 2026-12-01.\n\n" + Sheets.quoted(EN),
            "2 promised 2026-12-01"),
        shape("answers prefixed A: under quoted questions", EN,
            interleave(EN, "A: Yes", "A: No", null, null),
            "1 yes", "2 no"),
        shape("a French sentence naming the topic", FR,
            "Concernant la GTR, elle est de 4h en heures ouvrées.\n\n" + Sheets.quoted(FR),
            "4 value 4"),
        shape("one answer for two question numbers", FR,
            "Pour vos questions 1 et 2 : oui.\n\n" + Sheets.quoted(FR),
            "1 yes", "2 yes"),
        shape("one English sentence answering two questions", EN,
            "Unfortunately we block port 25 and cannot unblock it.\n\n" + Sheets.quoted(EN),
            "2 yes", "3 no"));
  }

  private static Shape shape(String name, QuestionSheet sheet, String reply, String... expected) {
    return new Shape(name, sheet, reply, List.of(expected));
  }

  /** The quoted list with the writer's answer (or nothing, for null) under each question. */
  static String interleave(QuestionSheet sheet, String... answers) {
    StringBuilder out = new StringBuilder("Bonjour, réponses ci-dessous.\n\n");
    String[] lines = Sheets.quoted(sheet).split("\n");
    int q = -1;
    for (String line : lines) {
      out.append(line).append('\n');
      if (line.contains("(oui / non") || line.contains("(yes / no")) {
        q++;
        if (answers[q] != null) out.append(answers[q]).append("\n\n");
      }
    }
    return out.toString();
  }

  /** The list as pasted back without quote marks (Outlook, or a copy into a new mail). */
  static String unquoted(QuestionSheet sheet) {
    return Sheets.quoted(sheet).replaceAll("(?m)^> ?", "");
  }
}
