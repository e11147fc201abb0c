package org.offerfacts.share;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A share link as its list shows it; the token itself is not here, only ever its digest.
 *
 * @param viewPath  the internal address of the same view ("/compare?offers=1,2", "/offers/3"), which needs a login
 * @param expiresOn the last day (UTC) the link works, or null for no end
 */
public record ShareLink(long id, String kind, String viewPath, String title, long createdBy, String creator,
    String createdAt, LocalDate expiresOn, String revokedAt, int openedCount, String lastOpenedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expired() {
    return expiresOn != null && LocalDate.now(ZoneOffset.UTC).isAfter(expiresOn);
  }

  /** Whether the link still opens. */
  public boolean live() {
    return !revoked() && !expired();
  }
}
