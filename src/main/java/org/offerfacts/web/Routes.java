package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import org.offerfacts.app.App;
import org.offerfacts.search.DocumentPages;
import org.offerfacts.search.SearchPages;
import org.offerfacts.compare.ComparePages;
import org.offerfacts.compare.ProfilePages;

/** Every route of the app, in one list: pages first, then the JSON API. */
final class Routes {
  private Routes() {}

  static void install(RoutesConfig routes, App app) {
    AccountPages account = new AccountPages(app.accounts);
    routes.get("/login", account::loginForm);
    routes.post("/login", account::login);
    routes.post("/logout", account::logout);
    routes.get("/account", account::account);
    routes.get("/account/password", account::passwordForm);
    routes.post("/account/password", account::changePassword);
    routes.post("/account/tokens", account::createToken);
    routes.post("/account/tokens/{id}/revoke", account::revokeToken);
    AdminPages admin = new AdminPages(app.accounts);
    routes.get("/admin/users", admin::users);
    routes.post("/admin/users", admin::create);
    routes.post("/admin/users/{id}", admin::update);
    routes.get("/admin/audit", admin::audit);

    OfferPages offers = new OfferPages(app);
    routes.get("/", offers::home);
    routes.post("/offers", offers::create);
    routes.get("/offers/{id}", offers::show);
    routes.post("/offers/{id}/documents", offers::upload);
    routes.get("/documents/{id}/original", offers::original);
    VerifyPages verify = new VerifyPages(app);
    routes.get("/offers/{id}/facts/{attr}", verify::cell);
    routes.post("/offers/{id}/facts/{attr}/verify", verify::verify);
    routes.get("/facts/{id}/attachments/{sha}", verify::attachmentDownload);
    routes.get("/review", verify::review);
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
    org.offerfacts.sheet.ImportPages imports = new org.offerfacts.sheet.ImportPages(app);
    routes.get("/import", imports::form);
    routes.post("/import", imports::preview);
    routes.post("/import/confirm", imports::confirm);
    routes.post("/api/import", imports::api);
    routes.exception(org.offerfacts.sheet.SheetException.class, imports::unreadable);

    // Search and the document view (package search).
    SearchPages search = new SearchPages(app);
    routes.get("/search", search::page);
    routes.get("/api/search", search::api);
    routes.get("/documents/{id}", new DocumentPages(app)::show);

    // JSON API and its OpenAPI description (package api).
    org.offerfacts.api.VerifyApi verifyApi = new org.offerfacts.api.VerifyApi(app);
    routes.post("/api/offers/{id}/facts/{attr}/verify", verifyApi::verify);
    routes.get("/api/review", verifyApi::review);
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

    // Asking suppliers in writing (package ask).
    var asking = new org.offerfacts.ask.Asking(app, org.offerfacts.ask.MailConfig.fromEnv(System.getenv()));
    var ask = new org.offerfacts.ask.AskPages(app, asking);
    var send = new org.offerfacts.ask.SendPages(app, asking, ask);
    var replies = new org.offerfacts.ask.ReplyPages(app, asking, ask);
    var followUp = new org.offerfacts.ask.FollowUpPages(app, asking);
    var answers = new org.offerfacts.ask.AnswerPages(app, asking);
    var askApi = new org.offerfacts.ask.AskApi(app, asking);
    routes.get("/offers/{id}/ask", ask::compose);
    routes.post("/offers/{id}/ask", ask::create);
    routes.get("/offers/{id}/questions", ask::ofOffer);
    routes.get("/ask/lists/{id}", ask::show);
    routes.get("/ask/lists/{id}/questions.json", ask::exportJson);
    routes.post("/ask/lists/{id}/revoke", ask::revoke);
    routes.post("/ask/lists/{id}/link", send::newLink);
    routes.post("/ask/lists/{id}/eml", send::eml);
    routes.post("/ask/lists/{id}/send", send::smtp);
    routes.get("/ask/lists/{id}/reply", replies::form);
    routes.post("/ask/lists/{id}/reply", replies::read);
    routes.get("/ask/lists/{id}/replies/{reply}", replies::review);
    routes.post("/ask/lists/{id}/replies/{reply}/confirm", new org.offerfacts.ask.ReplyConfirmation(app, asking, ask)::confirm);
    routes.get("/ask/overdue", followUp::overdue);
    routes.get("/suppliers/answers", followUp::stats);
    routes.get("/answer/{token}", answers::show);
    routes.post("/answer/{token}", answers::submit);
    routes.post("/api/offers/{id}/question-lists", askApi::create);
    routes.get("/api/offers/{id}/question-lists", askApi::ofOffer);
    routes.get("/api/questions/overdue", askApi::overdue);
    // Share links (package share).
    var shareLinks = new org.offerfacts.share.ShareLinks(app);
    var sharePages = new org.offerfacts.share.SharePages(app, shareLinks);
    var sharesApi = new org.offerfacts.share.SharesApi(shareLinks);
    routes.get("/shares", sharePages::list);
    routes.post("/shares", sharePages::create);
    routes.post("/shares/{id}/revoke", sharePages::revoke);
    routes.get("/share/{token}", sharePages::open);
    routes.get("/api/shares", sharesApi::list);
    routes.post("/api/shares", sharesApi::create);
    routes.post("/api/shares/{id}/revoke", sharesApi::revoke);
  }
}
