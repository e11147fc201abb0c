package org.offerfacts.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;

/** Requirement profiles: the list, and saving a new one, after which the comparison judges every offer by it. */
public final class ProfilePages {
  static final int MAX_NAME = 100;
  static final int MAX_CLAUSES_TEXT = 2000;

  private final App app;
  private final ProfileStore profiles;
  private final ClauseMatcher matcher;

  public ProfilePages(App app) {
    this.app = app;
    this.profiles = new ProfileStore(app.db);
    this.matcher = new ClauseMatcher(app.catalog);
  }

  /** GET /profiles. */
  public void list(Context ctx) {
    show(ctx, "", "", null);
  }

  /** POST /profiles. */
  public void create(Context ctx) {
    String name = text(ctx.formParam("name"));
    String clauses = text(ctx.formParam("clauses"));
    try {
      if (name.isEmpty() || name.length() > MAX_NAME) throw new IllegalArgumentException("a profile needs a name of 1 to " + MAX_NAME + " characters");
      if (clauses.length() > MAX_CLAUSES_TEXT) throw new IllegalArgumentException("the requirements are longer than " + MAX_CLAUSES_TEXT + " characters");
      List<Clause> parsed = Clause.parseAll(clauses, CompareQuery.MAX_CLAUSES);
      if (parsed.isEmpty()) throw new IllegalArgumentException("a profile needs at least one requirement, e.g. ipv6:true");
      parsed.forEach(matcher::check);
      RequirementProfile profile = profiles.create(name, parsed);
      ctx.redirect("/compare?profile=" + profile.id(), HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException e) {
      show(ctx, name, clauses, e.getMessage());
      ctx.status(HttpStatus.BAD_REQUEST);
    }
  }

  private void show(Context ctx, String name, String clauses, String error) {
    Messages messages = PageMeta.of(ctx, "", "").messages();
    ClauseText words = new ClauseText(app.catalog, new ValueFormat(app.catalog, messages), messages);
    List<ProfilesPage.Line> lines = profiles.all().stream().map(p -> new ProfilesPage.Line(p.name(), p.written(),
        p.clauses().stream().map(words::of).toList(), "/compare?profile=" + p.id())).toList();
    PageMeta meta = PageMeta.of(ctx, messages.t("profiles.title"), messages.t("profiles.description"));
    Templates.page(ctx, "profiles.jte", meta, new ProfilesPage(lines, name, clauses, error));
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
