package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import org.offerfacts.app.App;
import org.offerfacts.compare.ComparePages;
import org.offerfacts.compare.ProfilePages;

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
    ComparePages compare = new ComparePages(app);
    ProfilePages profiles = new ProfilePages(app);
    routes.get("/compare", compare::page);
    routes.get("/compare/email", compare::email);
    routes.get("/compare.csv", compare::csv);
    routes.get("/compare.json", compare::json);
    routes.get("/profiles", profiles::list);
    routes.post("/profiles", profiles::create);
    routes.get("/api/compare", compare::api);

    // Spreadsheet import (package sheet).

    // Search and the document view (package search).

    // JSON API and its OpenAPI description (package api).
  }
}
