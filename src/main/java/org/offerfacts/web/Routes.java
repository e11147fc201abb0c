package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import org.offerfacts.app.App;

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

    // JSON API and its OpenAPI description (package api).
  }
}
