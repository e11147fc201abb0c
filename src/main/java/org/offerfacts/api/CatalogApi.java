package org.offerfacts.api;

import io.javalin.http.Context;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Category;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.LocalizedText;

/**
 * {@code GET /api/catalog}: what offerfacts can know about an offer (the attribute ids the other
 * endpoints use, their types and units) and the conditions a fact may carry. The reading rules
 * stay inside: they are the extractor's business, and large.
 */
public final class CatalogApi {
  private final CatalogView view;

  public CatalogApi(App app) {
    this.view = CatalogView.of(app.catalog);
  }

  record CatalogView(List<CategoryView> categories, List<AttributeView> attributes, List<ConditionView> conditions) {
    static CatalogView of(Catalog catalog) {
      return new CatalogView(
          catalog.categories().stream().map(CategoryView::of).toList(),
          catalog.attributes().stream().map(AttributeView::of).toList(),
          catalog.conditions().stream().map(ConditionView::of).toList());
    }
  }

  record CategoryView(String id, LocalizedText label) {
    static CategoryView of(Category c) {
      return new CategoryView(c.id(), c.label());
    }
  }

  /** @param values the allowed values of an enum, else empty; @param core one of the attributes every comparison holds */
  record AttributeView(String id, String category, String type, String unit, LocalizedText label,
      LocalizedText meaning, LocalizedText question, List<String> values, boolean core) {
    static AttributeView of(Attribute a) {
      return new AttributeView(a.id(), a.category(), a.type().id(), a.unit(), a.label(), a.meaning(), a.question(),
          a.enumValues(), a.core());
    }
  }

  /** @param negatesAvailability a boolean fact under it means "not available today" (e.g. planned) */
  record ConditionView(String id, LocalizedText label, boolean negatesAvailability) {
    static ConditionView of(Condition c) {
      return new ConditionView(c.id(), c.label(), c.negatesAvailability());
    }
  }

  public void show(Context ctx) {
    ApiJson.write(ctx, view);
  }
}
