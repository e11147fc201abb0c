package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;

/**
 * Download names as RFC 6266 wants them: an ASCII {@code filename} that no quote, backslash or
 * line break can escape, and the real name in {@code filename*}, never a path.
 */
class DownloadNamesTest extends OnSharedServer {
  /** attachment; filename="<token chars>"; filename*=UTF-8''<attr-chars and %XX> */
  private final Pattern RFC_6266 =
      Pattern.compile("attachment; filename=\"([A-Za-z0-9._-]+)\"; filename\\*=UTF-8''((?:[A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-F]{2})+)");
  private final List<String> HOSTILE = List.of("offre \"spéciale\".pdf", "a\r\nSet-Cookie: x=1.pdf",
      "Offre été 日本.pdf", "../../etc/passwd", "..\\..\\windows\\win.ini", "C:\\Users\\x\\offre.pdf", "\"", "..",
      "back\\slash\".html", "semi;colon=1.txt", "percent%20.txt", "tab\there.pdf");

  @Test
  void every_hostile_name_gives_a_well_formed_header_whose_real_name_is_its_last_segment() {
    for (String name : HOSTILE) {
      String header = Downloads.attachment(name);
      Matcher parts = RFC_6266.matcher(header);
      assertThat(parts.matches()).as(name + " → " + header).isTrue();
      String real = URLDecoder.decode(parts.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
      assertThat(real).as(name).doesNotContain("/").doesNotContain("\\").doesNotContain("\"")
          .doesNotContain("\r").doesNotContain("\n").isEqualTo(OfferPages.safeName(name));
    }
  }

  @Test
  void accents_and_cjk_survive_in_filename_star_and_fall_back_to_ascii() {
    assertThat(Downloads.attachment("Offre été 日本.pdf")).isEqualTo(
        "attachment; filename=\"Offre_ete___.pdf\"; filename*=UTF-8''Offre%20%C3%A9t%C3%A9%20%E6%97%A5%E6%9C%AC.pdf");
  }

  @Test
  void the_original_of_a_stored_document_is_offered_under_its_name_in_both_forms() throws Exception {
    Offer offer = server.app.offers.create(NewOffer.of("Acme", "Fibre"));
    for (String name : HOSTILE) {
      StoredDocument doc = store(offer, name);
      HttpResponse<String> original = server.get("/documents/" + doc.id() + "/original");
      assertThat(original.statusCode()).isEqualTo(200);
      String header = original.headers().firstValue("Content-Disposition").orElseThrow();
      assertThat(RFC_6266.matcher(header).matches()).as(name + " → " + header).isTrue();
      assertThat(original.headers().map()).doesNotContainKey("set-cookie");
    }
  }

  private StoredDocument store(Offer offer, String name) {
    byte[] bytes = ("IPv6 : oui " + name).getBytes(StandardCharsets.UTF_8);
    String sha = server.app.contents.put(bytes, "text/plain");
    return server.app.documents.add(new NewDocument(offer.id(), sha, name, "t", "fr", List.of(new Page(1, "IPv6 : oui")),
        List.of(), null));
  }
}
