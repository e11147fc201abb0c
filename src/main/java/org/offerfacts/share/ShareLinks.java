package org.offerfacts.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.offerfacts.accounts.AuditLog;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.Secrets;
import org.offerfacts.accounts.User;
import org.offerfacts.app.App;
import org.offerfacts.compare.CompareQuery;
import org.offerfacts.compare.Comparer;
import org.offerfacts.compare.Comparison;
import org.offerfacts.compare.ProfileStore;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoreException;

/**
 * Making, opening, listing and revoking read-only links. A link is a random 256-bit token of
 * which only the digest is kept, pointing at a view frozen when it was made.
 */
public final class ShareLinks {
  /** A frozen view larger than this is refused: narrow the comparison instead. */
  static final int MAX_SNAPSHOT_CHARS = 2_000_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final App app;
  private final ShareStore store;
  private final Comparer comparer;
  private final AuditLog audit;

  public ShareLinks(App app) {
    this.app = app;
    this.store = new ShareStore(app.db);
    this.comparer = new Comparer(app.catalog, app.offers, app.documents, app.facts, new ProfileStore(app.db));
    this.audit = app.accounts.audit;
  }

  /** A new link; the token is in here once and nowhere else afterwards. */
  public record Made(long id, String token) {
    public String path() {
      return "/share/" + token;
    }
  }

  /** What opening a token finds: the link, its view as it was, and the cells that changed since. */
  public record Opened(ShareLink link, Snapshot snapshot, Changes changes) {}

  /** A link to a comparison view, given as its address ("/compare?offers=1,2", or the full permalink). */
  public Made shareComparison(User who, String view, LocalDate expiresOn) {
    CompareQuery query = ViewAddress.comparison(view);
    return make(who, "compare", query.href("/compare"), query, expiresOn);
  }

  /** A link to one offer: its facts as the offer's one-column comparison shows them. */
  public Made shareOffer(User who, long offerId, LocalDate expiresOn) {
    app.offers.find(offerId).orElseThrow(() -> new IllegalArgumentException("there is no offer #" + offerId));
    CompareQuery query = CompareQuery.parse(java.util.Map.of("offers", List.of(String.valueOf(offerId))));
    return make(who, "offer", "/offers/" + offerId, query, expiresOn);
  }

  private Made make(User who, String kind, String viewPath, CompareQuery query, LocalDate expiresOn) {
    if (expiresOn != null && expiresOn.isBefore(LocalDate.now(ZoneOffset.UTC))) {
      throw new IllegalArgumentException("the expiry date " + expiresOn + " is already past");
    }
    Comparison comparison = comparer.compare(query);
    if (comparison.offers().isEmpty()) throw new IllegalArgumentException("this view shows no offer: nothing to share");
    String snapshot = write(Snapshot.of(comparison, Clock.now()));
    if (snapshot.length() > MAX_SNAPSHOT_CHARS) throw new IllegalArgumentException("this view is too large to share: choose fewer offers or attributes");
    String title = title(comparison.offers());
    String token = Secrets.random();
    long id = app.db.write(tx -> {
      long made = ShareStore.insert(tx, Secrets.digest(token), kind, viewPath, title, snapshot, who.id(), expiresOn);
      AuditLog.record(tx, who.id(), "share.create", "share " + made, viewPath + (expiresOn == null ? "" : " until " + expiresOn));
      return made;
    });
    return new Made(id, token);
  }

  /**
   * The link behind a token. Unknown tokens (and text that cannot be a token) answer 404, spent
   * ones (revoked, expired) 410, both with the same words whatever the reason.
   */
  public Opened open(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) throw new NotFoundResponse("no such link");
    ShareStore.Found found = store.byDigest(Secrets.digest(token)).orElseThrow(() -> new NotFoundResponse("no such link"));
    if (!found.link().live()) throw new LinkGone();
    store.opened(found.link().id());
    Snapshot snapshot = read(found.snapshotJson());
    return new Opened(found.link(), snapshot, Changes.since(snapshot, app.facts.ofOffers(snapshot.offerIds())));
  }

  /** The links a user may see: their own, and everybody's for an admin. */
  public List<ShareLink> visibleTo(User who) {
    return store.madeBy(who.role().includes(Role.ADMIN) ? null : who.id());
  }

  /** Revokes a link its maker or an admin names; any other id is "not found", mine or nobody's alike. */
  public ShareLink revoke(User who, long id) {
    ShareLink link = store.byId(id).filter(l -> l.createdBy() == who.id() || who.role().includes(Role.ADMIN))
        .orElseThrow(() -> new NotFoundResponse("no such share link"));
    if (store.revoke(id)) audit.record(who.id(), "share.revoke", "share " + id, link.viewPath());
    return store.byId(id).orElseThrow();
  }

  /** An expiry date as a form or a client writes it ("2026-12-31"); null when none is given. */
  public static LocalDate expiry(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("expires: '" + text + "' should be a date such as 2026-12-31");
    }
  }

  private static String title(List<Offer> offers) {
    String labels = String.join(" · ", offers.stream().map(Offer::label).toList());
    return labels.length() > 200 ? labels.substring(0, 199) + "…" : labels;
  }

  private static String write(Snapshot snapshot) {
    try {
      return JSON.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot could not be written as JSON", e);
    }
  }

  static Snapshot read(String json) {
    try {
      return JSON.readValue(json, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored snapshot is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
