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
    org.offerfacts.sheet.ImportPages imports = new org.offerfacts.sheet.ImportPages(app);
    routes.get("/import", imports::form);
    routes.post("/import", imports::preview);
    routes.post("/import/confirm", imports::confirm);
    routes.post("/api/import", imports::api);
    routes.exception(org.offerfacts.sheet.SheetException.class, imports::unreadable);

    // Search and the document view (package search).

    // JSON API and its OpenAPI description (package api).
  }
}
