package org.offerfacts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.api.ApiCalls.error;
import static org.offerfacts.api.ApiCalls.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OffersApiTest extends OnFreshServer {
  @Test
  void an_offer_posted_as_json_is_created_with_its_location_and_listed_with_every_field() throws Exception {
    HttpResponse<String> created = server.postJson("/api/offers", """
        {"supplier": "Fibreval", "name": "Fibre Pro", "kind": "fibre", "url": "https://fibreval.example/pro",
         "monthly_price": 49.9, "notes": "quote of <b>May</b>"}""");

    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/offers/" + id);
    JsonNode offer = json(server.get("/api/offers")).get("offers").get(0);
    assertThat(offer.get("id").asLong()).isEqualTo(id);
    assertThat(offer.get("supplier").asText()).isEqualTo("Fibreval");
    assertThat(offer.get("monthly_price").decimalValue()).isEqualByComparingTo("49.90");
    assertThat(offer.get("notes").asText()).isEqualTo("quote of <b>May</b>");
    assertThat(offer.get("documents").asInt()).isZero();
    JsonNode detail = json(server.get("/api/offers/" + id));
    assertThat(detail.get("offer").get("url").asText()).isEqualTo("https://fibreval.example/pro");
    assertThat(detail.get("documents").isArray()).isTrue();
    assertThat(detail.get("jobs").isArray()).isTrue();
  }

  @Test
  void posting_the_same_supplier_and_name_again_answers_200_with_the_same_id() throws Exception {
    long first = ApiCalls.createOffer(server, "Acme", "Fibre");
    HttpResponse<String> again = server.postJson("/api/offers", "{\"supplier\": \"Acme\", \"name\": \"Fibre\"}");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("id").asLong()).isEqualTo(first);
    assertThat(server.app.offers.all()).hasSize(1);
  }

  @Test
  void malformed_json_is_a_400_that_says_so() throws Exception {
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", "), 400)).startsWith("malformed JSON");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\"} trailing"), 400)).startsWith("malformed JSON");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"supplier\": \"B\", \"name\": \"x\"}"), 400))
        .contains("supplier");
    assertThat(error(server.postJson("/api/offers", "[1, 2]"), 400)).contains("JSON object");
    assertThat(error(server.postJson("/api/offers", ""), 400)).isNotBlank();
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void wrong_types_are_refused_rather_than_coerced() throws Exception {
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": 42, \"name\": \"x\"}"), 400))
        .isEqualTo("supplier must be a string");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": [\"x\"]}"), 400))
        .isEqualTo("name must be a string");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"monthly_price\": \"49.90\"}"), 400))
        .isEqualTo("monthly_price must be a number");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"monthly_price\": -1}"), 400))
        .contains("at least 0");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"monthly_price\": 1.005}"), 400))
        .contains("two decimals");
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void missing_unknown_and_too_long_fields_are_named_in_the_400() throws Exception {
    assertThat(error(server.postJson("/api/offers", "{\"name\": \"Fibre\"}"), 400)).isEqualTo("supplier is required");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"  \", \"name\": \"Fibre\"}"), 400))
        .isEqualTo("supplier is required");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"monthly_prize\": 3}"), 400))
        .contains("unknown field(s) monthly_prize");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"" + "a".repeat(201) + "\", \"name\": \"x\"}"), 400))
        .isEqualTo("supplier is longer than 200 characters");
    assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"notes\": \"" + "n".repeat(4001) + "\"}"), 400))
        .isEqualTo("notes is longer than 4000 characters");
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void an_offer_page_that_is_not_http_is_refused() throws Exception {
    for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "https://a b"}) {
      assertThat(error(server.postJson("/api/offers", "{\"supplier\": \"A\", \"name\": \"x\", \"url\": \"" + url + "\"}"), 400))
          .as(url).isEqualTo("url must be an http:// or https:// address");
    }
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void a_body_that_is_not_json_is_a_415_and_one_past_the_cap_a_413() throws Exception {
    assertThat(error(server.postForm("/api/offers", "supplier=A&name=B"), 415)).contains("application/json");
    String huge = "{\"supplier\": \"A\", \"name\": \"B\", \"notes\": \"" + "x".repeat(ApiJson.MAX_BODY_BYTES) + "\"}";
    assertThat(error(server.postJson("/api/offers", huge), 413)).contains("64 KiB");
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void unknown_or_malformed_ids_are_404_json() throws Exception {
    assertThat(error(server.get("/api/offers/999"), 404)).isEqualTo("no offer 999");
    assertThat(error(server.get("/api/offers/abc"), 404)).contains("no such id");
    assertThat(error(server.get("/api/offers/999/facts"), 404)).isEqualTo("no offer 999");
    assertThat(error(server.get("/api/jobs/0"), 404)).contains("no such id");
    assertThat(error(server.get("/api/jobs/12345678901234567890"), 404)).contains("no such id");
    assertThat(error(server.get("/api/documents/5"), 404)).isEqualTo("no document 5");
    assertThat(error(server.postJson("/api/offers/7/documents", "{\"url\": \"https://example.com/\"}"), 404))
        .isEqualTo("no offer 7");
  }

  @Test
  void a_post_from_another_site_is_refused_with_a_json_403() throws Exception {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/offers"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{\"supplier\": \"A\", \"name\": \"B\"}")));
    error(response, 403);
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void the_catalog_lists_every_core_attribute_with_its_type_and_unit_and_the_conditions() throws Exception {
    JsonNode catalog = json(server.get("/api/catalog"));
    JsonNode gtr = null;
    for (JsonNode a : catalog.get("attributes")) if (a.get("id").asText().equals("sla_gtr_hours")) gtr = a;
    assertThat(gtr).isNotNull();
    assertThat(gtr.get("type").asText()).isEqualTo("number");
    assertThat(gtr.get("unit").asText()).isNotBlank();
    assertThat(gtr.get("label").get("fr").asText()).isNotBlank();
    assertThat(gtr.get("core").asBoolean()).isTrue();
    assertThat(catalog.get("attributes").findValuesAsText("id")).contains("ipv6", "access_technology", "commitment_months");
    assertThat(catalog.get("conditions").findValuesAsText("id")).contains("on_request");
    assertThat(catalog.get("categories").size()).isPositive();
    assertThat(catalog.get("attributes").get(0).has("rules")).isFalse();
  }
}
