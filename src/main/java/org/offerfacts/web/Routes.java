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
    var apiOffers = new org.offerfacts.api.OffersApi(app);
    routes.get("/api/openapi.json", new org.offerfacts.api.OpenApiDocument()::show);
    routes.get("/api/catalog", new org.offerfacts.api.CatalogApi(app)::show);
    routes.get("/api/offers", apiOffers::list);
    routes.post("/api/offers", apiOffers::create);
    routes.get("/api/offers/{id}", apiOffers::show);
    routes.get("/api/offers/{id}/facts", new org.offerfacts.api.FactsApi(app)::list);
    routes.post("/api/offers/{id}/documents", new org.offerfacts.api.UploadsApi(app)::add);
    routes.get("/api/documents/{id}", new org.offerfacts.api.DocumentsApi(app)::show);
    routes.get("/api/jobs/{id}", new org.offerfacts.api.JobsApi(app)::show);
  }
}
