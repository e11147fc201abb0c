package org.offerfacts.ask;

import java.time.LocalDate;

/**
 * A numbered list of questions sent to the supplier of one offer.
 *
 * @param reference   what e-mail subjects carry so that replies find their list ("Q-12")
 * @param messageId   the Message-ID of the first e-mail, which replies name in In-Reply-To
 * @param linkExpires after this day the supplier's page answers 410
 */
public record QuestionList(long id, long offerId, String language, LocalDate due, String reference, String messageId,
    LocalDate linkExpires, boolean revoked, String sentAt, String sentHow, String createdBy, String createdAt) {

  /** "[offerfacts Q-12]", the tag put in every subject. */
  public String subjectTag() {
    return "[offerfacts " + reference + "]";
  }

  public LocalDate sentDate() {
    return LocalDate.parse((sentAt != null ? sentAt : createdAt).substring(0, 10));
  }

  public boolean linkLive(LocalDate today) {
    return !revoked && !today.isAfter(linkExpires);
  }
}
