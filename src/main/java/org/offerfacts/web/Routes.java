package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import org.offerfacts.app.App;
import org.offerfacts.search.DocumentPages;
import org.offerfacts.search.SearchPages;

/** Every route of the app, in one list: pages first, then the JSON API. */
final class Routes {
  private Routes() {}

  static void install(RoutesConfig routes, App app) {
    OfferPages offers = new OfferPages(app);
    routes.get("/", offers::home);
    routes.post("/offers", offers::create);
    routes.get("/offers/{id}", offers::show);
    routes.post("/offers/{id}/documents", offers::upload);
    routes.get("/documents/{id}/original", offers::original);
    routes.get("/health", ctx -> ctx.result("ok"));

    // Comparison, requirements and exports (package compare).

    // Spreadsheet import (package sheet).

    // Search and the document view (package search).
    SearchPages search = new SearchPages(app);
    routes.get("/search", search::page);
    routes.get("/api/search", search::api);
    routes.get("/documents/{id}", new DocumentPages(app)::show);

    // JSON API and its OpenAPI description (package api).
  }
}
