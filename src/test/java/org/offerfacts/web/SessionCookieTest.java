package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The session cookie behind an HTTPS proxy (X-Forwarded-Proto: https) carries the __Host- prefix
 * with what the prefix demands (Secure, Path=/, no Domain); on plain HTTP it keeps its plain name,
 * which browsers accept there. Each scheme only honours its own name.
 */
class SessionCookieTest extends OnSharedServer {
  @Test
  void behind_https_the_cookie_is_host_prefixed_secure_on_the_root_path_without_domain() throws Exception {
    String setCookie = login(true);
    assertThat(setCookie).startsWith("__Host-offerfacts_session=").contains("; Secure").contains("; Path=/;")
        .contains("HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("domain=");
    assertThat(home(pair(setCookie), true).statusCode()).isEqualTo(200);
  }

  @Test
  void on_plain_http_the_cookie_keeps_its_plain_name_and_no_secure_flag() throws Exception {
    String setCookie = login(false);
    assertThat(setCookie).startsWith("offerfacts_session=").doesNotContain("Secure").doesNotContain("__Host-");
    assertThat(home(pair(setCookie), false).statusCode()).isEqualTo(200);
  }

  @Test
  void behind_https_a_cookie_without_the_prefix_is_not_a_session() throws Exception {
    String secret = pair(login(true)).substring("__Host-offerfacts_session=".length());
    HttpResponse<String> planted = home("offerfacts_session=" + secret, true);
    assertThat(planted.statusCode()).isEqualTo(303);
    assertThat(planted.headers().firstValue("Location").orElseThrow()).startsWith("/login");
  }

  @Test
  void logging_out_behind_https_clears_the_prefixed_cookie() throws Exception {
    String cookie = pair(login(true));
    String page = home(cookie, true).body();
    var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    HttpResponse<String> out = server.anonymous(HttpRequest.newBuilder(server.uri("/logout")).header("Cookie", cookie)
        .header("X-Forwarded-Proto", "https").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1))));
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("__Host-offerfacts_session=;")
        .contains("Max-Age=0").contains("Secure");
    assertThat(home(cookie, true).statusCode()).isEqualTo(303);
  }

  private String login(boolean https) throws Exception {
    String form = "email=" + URLEncoder.encode(TestServer.ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(TestServer.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&next=/";
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    if (https) request.header("X-Forwarded-Proto", "https");
    HttpResponse<String> response = server.anonymous(request);
    assertThat(response.statusCode()).isEqualTo(303);
    return response.headers().firstValue("Set-Cookie").orElseThrow();
  }

  private HttpResponse<String> home(String cookie, boolean https) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/")).header("Cookie", cookie);
    if (https) request.header("X-Forwarded-Proto", "https");
    return server.anonymous(request);
  }

  private String pair(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
