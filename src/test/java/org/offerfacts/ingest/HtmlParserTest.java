package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

  private final HtmlParser parser = new HtmlParser();

  private IngestedDocument parse(String html) throws IngestException {
    return parse(html.getBytes(StandardCharsets.UTF_8), null);
  }

  private IngestedDocument parse(byte[] html, String declaredType) throws IngestException {
    return parser.parse(new DocumentSource("https://acme.example/offre", "offre", declaredType, html), IngestLimits.DEFAULT);
  }

  private String text(String html) throws IngestException {
    return parse(html).text().pages().get(0).text();
  }

  @Test
  void navigation_scripts_styles_and_cookie_banner_are_left_out() throws Exception {
    String html = """
        <html><head><title>Fibre Pro</title><style>p { color: red }</style></head><body>
        <nav><a href="/">Accueil</a> <a href="/mobile">Mobile</a></nav>
        <div class="cookie-banner">Nous utilisons des cookies.</div>
        <ul class="breadcrumb"><li>Accueil</li><li>Offres</li></ul>
        <div role="navigation">Menu principal</div>
        <p>Débit symétrique de 1 Gbit/s.</p>
        <script>var tracking = "débit fantôme";</script>
        <noscript>Activez JavaScript</noscript>
        <footer>© Acme Telecom – mentions légales</footer>
        </body></html>""";

    assertThat(text(html)).isEqualTo("Débit symétrique de 1 Gbit/s.");
  }

  @Test
  void headings_paragraphs_and_list_items_each_get_their_own_line() throws Exception {
    String html = """
        <body><h1>Offre Fibre</h1><p>Une offre pour les entreprises.</p>
        <h2>Inclus</h2><ul><li>Routeur  fourni</li><li>IP fixe</li></ul><p>Sans engagement.</p></body>""";

    assertThat(text(html)).isEqualTo("""
        Offre Fibre

        Une offre pour les entreprises.

        Inclus

        - Routeur fourni
        - IP fixe

        Sans engagement.""");
  }

  @Test
  void inline_elements_do_not_break_lines_and_br_does() throws Exception {
    String html = "<p>Débit <strong>1&nbsp;Gbit/s</strong> <em>garanti</em>,<br>latence <a href='#'>&lt; 5 ms</a>.</p>";

    assertThat(text(html)).isEqualTo("Débit 1 Gbit/s garanti,\nlatence < 5 ms.");
  }

  @Test
  void table_rows_become_one_line_with_cells_joined_by_bars() throws Exception {
    String html = """
        <table><tr><th>Caractéristique</th><th>Valeur</th></tr>
        <tr><td>IPv6</td><td><p>Oui</p></td></tr>
        <tr><td>Débit</td><td>1 Gbit/s<br>symétrique</td></tr></table>""";

    assertThat(text(html).lines()).containsExactly("Caractéristique | Valeur", "IPv6 | Oui", "Débit | 1 Gbit/s symétrique");
  }

  @Test
  void definition_list_pairs_become_term_bar_definition() throws Exception {
    String html = "<dl><dt>Engagement</dt><dd>12 mois</dd><dt>Frais de mise en service</dt><dd>Offerts</dd></dl>";

    assertThat(text(html).lines()).containsExactly("Engagement | 12 mois", "Frais de mise en service | Offerts");
  }

  @Test
  void the_single_article_is_the_main_content_and_keeps_its_own_header() throws Exception {
    String html = """
        <body><header><h1>Acme Telecom</h1></header>
        <div class="promo">Promo mobile -50 %</div>
        <article><header><h1>Fibre Entreprise</h1></header><p>Débit garanti 500 Mbit/s.</p></article>
        </body>""";

    assertThat(text(html)).isEqualTo("Fibre Entreprise\n\nDébit garanti 500 Mbit/s.");
  }

  @Test
  void a_small_lone_article_beside_the_offer_is_not_taken_for_the_main_content() throws Exception {
    String offer = "<p>" + "Le débit garanti est de 500 Mbit/s symétriques sur fibre dédiée. ".repeat(3) + "</p>";
    String html = "<body><h1>Fibre Entreprise</h1>" + offer
        + "<article><p>« Très satisfait » – un client</p></article></body>";

    String text = text(html);

    assertThat(text).startsWith("Fibre Entreprise\n\nLe débit garanti").endsWith("« Très satisfait » – un client");
  }

  @Test
  void preformatted_text_keeps_its_lines() throws Exception {
    assertThat(text("<pre>Débit   : 1 Gbit/s\nLatence : 5 ms</pre>")).isEqualTo("Débit   : 1 Gbit/s\nLatence : 5 ms");
  }

  @Test
  void charset_comes_from_the_meta_declaration_of_a_latin1_page() throws Exception {
    byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le débit est garanti.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(parse(latin1, null).text().pages().get(0).text()).isEqualTo("Le débit est garanti.");
  }

  @Test
  void meta_http_equiv_declaration_wins_over_the_declared_content_type() throws Exception {
    byte[] cp1252 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "</head><body><p>L’accès coûte 30 €.</p></body></html>").getBytes(Charset.forName("windows-1252"));

    String text = parse(cp1252, "text/html; charset=UTF-8").text().pages().get(0).text();

    assertThat(text).isEqualTo("L’accès coûte 30 €.");
  }

  @Test
  void declared_content_type_charset_is_used_when_the_page_declares_none() throws Exception {
    byte[] cp1252 = "<p>Préavis d’un mois.</p>".getBytes(Charset.forName("windows-1252"));

    assertThat(parse(cp1252, "text/html; charset=windows-1252").text().pages().get(0).text()).isEqualTo("Préavis d’un mois.");
  }

  @Test
  void byte_order_mark_wins_over_a_wrong_meta_declaration() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("<meta charset=\"iso-8859-1\"><p>Débit</p>".getBytes(StandardCharsets.UTF_8));

    assertThat(parse(bytes.toByteArray(), null).text().pages().get(0).text()).isEqualTo("Débit");
  }

  @Test
  void a_hundred_thousand_nested_elements_do_not_overflow_the_stack() throws Exception {
    String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Texte tout au fond.</p>"
        + "</div>".repeat(100_000) + "<p>Texte après.</p></body></html>";

    String text = text(html);

    assertThat(text).contains("Texte tout au fond.").endsWith("Texte après.");
  }

  @Test
  void elements_nested_deeper_than_the_limit_keep_their_text_at_the_limit() throws Exception {
    IngestLimits shallow = new IngestLimits(1_000_000, 10, 1_000_000, 8, 5);
    byte[] html = ("<body>" + "<div>".repeat(30) + "<p>Débit garanti au fond.</p>" + "</div>".repeat(30)
        + "<p>Suite.</p></body>").getBytes(StandardCharsets.UTF_8);

    String text = parser.parse(new DocumentSource("d.html", "d.html", null, html), shallow).text().pages().get(0).text();

    assertThat(text).isEqualTo("Débit garanti au fond.\n\nSuite.");
  }

  @Test
  void page_larger_than_the_html_limit_is_refused_as_too_large() {
    IngestLimits small = new IngestLimits(1_000_000, 10, 50, 512, 5);
    byte[] html = "<p>Une page un peu trop longue pour la limite.</p>".repeat(3).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(new DocumentSource("p.html", "p.html", null, html), small))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE));
  }

  @Test
  void title_comes_from_the_title_element_else_from_the_first_h1() throws Exception {
    assertThat(parse("<title> Offre  Pro </title><h1>Autre</h1>").title()).isEqualTo("Offre Pro");
    assertThat(parse("<h1>Fibre <b>Pro</b></h1><h1>Second</h1>").title()).isEqualTo("Fibre Pro");
    assertThat(parse("<p>rien</p>").title()).isNull();
  }

  @Test
  void language_is_read_from_html_lang_when_french_or_english() throws Exception {
    assertThat(parse("<html lang=\"fr-FR\"><p>x</p></html>").language()).isEqualTo("fr");
    assertThat(parse("<html lang=\"EN\"><p>x</p></html>").language()).isEqualTo("en");
    assertThat(parse("<html lang=\"de\"><p>x</p></html>").language()).isNull();
    assertThat(parse("<p>x</p>").language()).isNull();
  }

  @Test
  void page_without_text_warns_that_scripts_are_not_run() throws Exception {
    IngestedDocument document = parse("<html><body><div id=\"app\"></div><script>render()</script></body></html>");

    assertThat(document.text().pages().get(0).text()).isEmpty();
    assertThat(document.text().warnings()).containsExactly(HtmlParser.NO_TEXT_WARNING);
  }

  @Test
  void html_body_of_a_mail_is_read_the_same_way() throws Exception {
    assertThat(HtmlParser.textOf("<div>Bonjour,</div><div>ci-joint l'offre.</div>", IngestLimits.DEFAULT))
        .isEqualTo("Bonjour,\nci-joint l'offre.");
  }
}
