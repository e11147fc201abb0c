package org.offerfacts.reply;

import java.util.List;

/**
 * How suppliers write short answers, in French and English, as data for the matcher. Phrases
 * are matched on folded text as whole words. Each list is a general statement about replies
 * ("je ne sais pas" says the writer does not know), never a sentence from one test.
 */
final class ReplyWords {
  private ReplyWords() {}

  /** An answer opening with one of these says yes ("Oui, en natif", "Absolutely", "No problem"). */
  static final Phrases YES = new Phrases(List.of(
      "oui", "yes", "yep", "yeah", "absolument", "tout a fait", "bien sur", "bien entendu", "certainement",
      "affirmatif", "effectivement", "exactement", "evidemment", "tout à fait", "c'est le cas", "c'est possible",
      "c'est inclus", "c'est prevu", "pas de probleme", "pas de souci", "aucun probleme", "aucun souci",
      "sans probleme", "sans souci", "of course", "absolutely", "sure", "certainly", "indeed", "correct",
      "exactly", "definitely", "that's right", "that is right", "no problem", "no problems", "not a problem",
      "we do", "it does", "we can", "possible", "ok", "d'accord", "affirmative"));

  /** An answer opening with one of these says no ("Non, bloqué en sortie", "Not yet"). */
  static final Phrases NO = new Phrases(List.of(
      "non", "no", "nope", "pas du tout", "absolument pas", "certainement pas", "malheureusement non",
      "malheureusement pas", "pas encore", "pas pour l'instant", "pas pour le moment", "pas actuellement",
      "negatif", "ce n'est pas le cas", "ce n'est pas possible", "pas possible", "impossible", "jamais", "aucun",
      "aucune", "not at all", "absolutely not", "certainly not", "unfortunately not", "unfortunately no",
      "not yet", "not currently", "not at the moment", "not for now", "negative", "we don't", "we do not",
      "it doesn't", "it does not", "it isn't", "it is not", "it can't", "it cannot", "not possible", "never",
      "none"));

  /** The writer does not know (yet): never a yes or a no, whatever words follow. */
  static final Phrases DONT_KNOW = new Phrases(List.of(
      "je ne sais pas", "ne sais pas", "je sais pas", "sais pas", "j'ignore", "nous ignorons", "aucune idee",
      "pas d'idee", "je ne suis pas sur", "pas encore connu", "pas connu", "non connu", "inconnu", "inconnue",
      "pas encore defini", "pas encore determine", "pas encore confirme", "pas encore fixe", "a confirmer",
      "a verifier", "a determiner", "a preciser", "a definir", "en cours de verification", "en cours de validation",
      "je me renseigne", "nous nous renseignons", "je dois verifier", "je dois me renseigner", "je verifie",
      "nous verifions", "je vais verifier", "nous allons verifier", "je n'ai pas l'information",
      "pas l'information", "pas d'information", "don't know", "do not know", "dont know", "not sure", "unsure",
      "unknown", "not known", "to be confirmed", "tbc", "tbd", "to be determined", "to be defined",
      "to be checked", "need to check", "needs to be checked", "i'll check", "i will check", "we'll check",
      "we will check", "let me check", "checking internally", "no idea", "not decided", "no information",
      "don't have the information", "do not have the information"));

  /** The writer will answer later: a promise when a date goes with it. */
  static final Phrases PROMISE = new Phrases(List.of(
      "je reviens vers vous", "nous revenons vers vous", "on revient vers vous", "je reviendrai vers vous",
      "nous reviendrons vers vous", "revenir vers vous", "je vous reviens", "je vous repondrai",
      "nous vous repondrons", "vous repondre", "je vous confirme", "je vous confirmerai", "nous vous confirmerons",
      "vous confirmer", "je vous tiens au courant", "je vous tiens informe", "je vous redis", "reponse",
      "d'ici", "avant", "au plus tard", "get back to you", "come back to you", "get back", "answer by", "reply by",
      "respond by", "confirm by", "let you know", "will answer", "will confirm", "will reply", "answer",
      "by", "before", "no later than", "at the latest"));

  /** A line opening with one of these ends the writer's own text: a signature follows. */
  static final Phrases SIGN_OFF = new Phrases(List.of(
      "cordialement", "bien cordialement", "salutations", "bien a vous", "sinceres salutations",
      "meilleures salutations", "best regards", "kind regards", "regards", "warm regards", "best wishes",
      "cheers", "sent from my", "envoye de mon", "envoye depuis"));
}
