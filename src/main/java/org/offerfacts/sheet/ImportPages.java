package org.offerfacts.sheet;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.offerfacts.app.App;
import org.offerfacts.store.ContentStore;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;

/**
 * Importing a comparison sheet in two steps: the upload shows what would be recorded (nothing
 * is written but the bytes, kept under their SHA-256), the confirmation records it. The API
 * does both in one call, or only the first with {@code dry_run=1}.
 */
public final class ImportPages {
  private final App app;
  private final ImportPlanner planner;
  private final ImportWriter writer;

  public ImportPages(App app) {
    this.app = app;
    this.planner = new ImportPlanner(app.catalog);
    this.writer = new ImportWriter(app.documents);
  }

  /** The upload form, with the reason a previous upload failed, if any. */
  public record FormPage(String error) {}

  public record PreviewPage(ImportPlan plan, ValueFormat format) {}

  /** What the API answers: the plan, and what was written unless it was a dry run. */
  public record ApiAnswer(boolean dryRun, ImportPlan preview, ImportResult result) {}

  public void form(Context ctx) {
    render(ctx, "import.jte", new FormPage(null));
  }

  public void preview(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) throw new SheetException("no_file", "choose a CSV file to import");
    if (file.size() > CsvReader.MAX_BYTES) throw new SheetException("too_large", "the file is larger than 5 MiB", 5);
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes(CsvReader.MAX_BYTES + 1);
    }
    ImportOptions options = ImportOptions.of(ctx.formParam("status"), ctx.formParam("create_missing"), file.filename());
    CsvTable table = CsvReader.read(bytes);
    ImportPlan plan = planner.plan(table, app.contents.put(bytes, "text/csv"), options, app.offers.all());
    render(ctx, "importPreview.jte", new PreviewPage(plan, new ValueFormat(app.catalog, messages(ctx))));
  }

  public void confirm(Context ctx) {
    String sha = ctx.formParam("sha256");
    if (sha == null || !sha.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 must be 64 hex digits");
    byte[] bytes = app.contents.bytes(sha).orElseThrow(() -> new NotFoundResponse("no such sheet"));
    ImportOptions options = ImportOptions.of(ctx.formParam("status"), ctx.formParam("create_missing"),
        ctx.formParam("name"));
    CsvTable table = CsvReader.read(bytes);
    ImportResult result = writer.write(planner.plan(table, sha, options, app.offers.all()), options, table.text());
    ctx.redirect(result.compare() == null ? "/" : result.compare(), HttpStatus.SEE_OTHER);
  }

  /** POST /api/import?status=…&create_missing=1&name=…&dry_run=1 with the CSV as the body. */
  public void api(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("text/csv") && !type.startsWith("text/plain") && !type.startsWith("application/csv")) {
      ctx.status(415).json(java.util.Map.of("error", "send the sheet as text/csv", "status", 415));
      return;
    }
    if (ctx.contentLength() > CsvReader.MAX_BYTES) throw new SheetException("too_large", "the file is larger than 5 MiB", 5);
    byte[] bytes = ctx.bodyAsBytes();
    ImportOptions options = ImportOptions.of(ctx.queryParam("status"), ctx.queryParam("create_missing"),
        ctx.queryParam("name"));
    CsvTable table = CsvReader.read(bytes);
    boolean dryRun = "1".equals(ctx.queryParam("dry_run")) || "true".equals(ctx.queryParam("dry_run"));
    String sha = dryRun ? ContentStore.sha256(bytes) : app.contents.put(bytes, "text/csv");
    ImportPlan plan = planner.plan(table, sha, options, app.offers.all());
    ctx.json(new ApiAnswer(dryRun, plan, dryRun ? null : writer.write(plan, options, table.text())));
  }

  /** A sheet we cannot read goes back to the form with the reason, in the reader's language. */
  public void unreadable(SheetException e, Context ctx) {
    ctx.status(400);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(java.util.Map.of("error", e.getMessage(), "status", 400));
      return;
    }
    render(ctx, "import.jte", new FormPage(messages(ctx).t("import.error." + e.key(), e.args())));
    ctx.status(400);
  }

  private static void render(Context ctx, String template, Object page) {
    Messages words = messages(ctx);
    PageMeta meta = PageMeta.of(ctx, words.t("import.title"), words.t("import.description"));
    Templates.page(ctx, template, meta, page);
  }

  private static Messages messages(Context ctx) {
    return Messages.of(Language.of(ctx));
  }
}
