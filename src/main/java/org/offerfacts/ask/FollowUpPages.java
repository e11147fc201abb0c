package org.offerfacts.ask;

import io.javalin.http.Context;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;

/** Across suppliers: the questions past their date, and who answers in writing, how fast. */
public final class FollowUpPages {
  private final App app;
  private final Asking asking;

  public FollowUpPages(App app, Asking asking) {
    this.app = app;
    this.asking = asking;
  }

  public record OverduePage(List<Overdue> questions, ValueFormat format) {}

  public record StatsPage(List<SupplierStats> suppliers) {}

  public void overdue(Context ctx) {
    List<QuestionList> lists = asking.lists.all();
    List<Overdue> late = Overdue.of(lists, asking.lists.questionsOf(lists, Asking.today()), app.offers.all());
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, words.t("ask.overdue.title"), words.t("ask.overdue.description"));
    Templates.page(ctx, "askOverdue.jte", meta, new OverduePage(late, new ValueFormat(app.catalog, meta.messages())));
  }

  public void stats(Context ctx) {
    List<QuestionList> lists = asking.lists.all();
    List<SupplierStats> stats = SupplierStats.of(lists, asking.lists.questionsOf(lists, Asking.today()), app.offers.all(),
        Asking.today());
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, words.t("ask.stats.title"), words.t("ask.stats.description"));
    Templates.page(ctx, "askStats.jte", meta, new StatsPage(stats));
  }
}
