package org.offerfacts.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.StoredDocument;

/** {@code GET /api/documents/{id}}: a document's metadata, and its text with {@code ?text=1}. */
public final class DocumentsApi {
  private final App app;

  public DocumentsApi(App app) {
    this.app = app;
  }

  /**
   * A document as the API shows it.
   *
   * @param original where its bytes download (always as an attachment)
   * @param text     its pages' text when asked for, else null
   */
  record DocumentView(long id, long offer, String source, int version, String title, String language, int pages,
      List<String> warnings, String sha256, String fetchedAt, String createdAt, String original, List<PageText> text) {
    static DocumentView of(StoredDocument d) {
      return new DocumentView(d.id(), d.offerId(), d.source(), d.version(), d.title(), d.language(), d.pages(),
          d.warnings(), d.sha256(), d.fetchedAt(), d.createdAt(), "/documents/" + d.id() + "/original", null);
    }

    DocumentView withText(List<PageText> pages) {
      return new DocumentView(id, offer, source, version, title, language, this.pages, warnings, sha256, fetchedAt,
          createdAt, original, pages);
    }
  }

  /** One page's text; fact evidence offsets ({@code start}, {@code end}) count from its first character. */
  record PageText(int page, String text) {}

  public void show(Context ctx) {
    boolean withText = flag(ctx.queryParam("text"));
    StoredDocument doc = app.documents.find(PathIds.id(ctx))
        .orElseThrow(() -> new NotFoundResponse("no document " + ctx.pathParam("id")));
    DocumentView view = DocumentView.of(doc);
    if (withText) view = view.withText(app.documents.pages(doc.id()).stream().map(DocumentsApi::pageText).toList());
    ApiJson.write(ctx, view);
  }

  private static PageText pageText(Page page) {
    return new PageText(page.number(), page.text());
  }

  private static boolean flag(String value) {
    if (value == null || value.equals("0") || value.equalsIgnoreCase("false")) return false;
    if (value.equals("1") || value.equalsIgnoreCase("true")) return true;
    throw new BadRequestResponse("text must be 1 or 0");
  }
}
