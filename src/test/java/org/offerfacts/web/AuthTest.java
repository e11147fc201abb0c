package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.LoginThrottle;
import org.offerfacts.accounts.Role;

class AuthTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir Path data;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(data);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aStrangerIsSentToLoginAndBackToTheLinkedViewAfterwards() throws Exception {
    HttpResponse<String> asked = anonymousGet("/compare?offers=1,2&attrs=ipv6");
    assertThat(asked.statusCode()).isEqualTo(303);
    String location = asked.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/login?next=" + URLEncoder.encode("/compare?offers=1,2&attrs=ipv6", StandardCharsets.UTF_8));

    HttpResponse<String> login = login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD, "/compare?offers=1,2&attrs=ipv6");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/compare?offers=1,2&attrs=ipv6");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").startsWith(Auth.COOKIE + "=");
  }

  @Test
  void loginNeverRedirectsToAnotherSite() throws Exception {
    for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
      HttpResponse<String> login = login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD, next);
      assertThat(login.headers().firstValue("Location")).as(next).hasValue("/");
    }
  }

  @Test
  void aBrowserFormWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
    String cookie = sessionCookie(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    HttpResponse<String> withoutToken = server.send(form("/offers", "supplier=A&name=B").header("Cookie", cookie));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(server.app.offers.all()).isEmpty();

    String home = server.send(HttpRequest.newBuilder(server.uri("/")).header("Cookie", cookie)).body();
    Matcher token = CSRF.matcher(home);
    assertThat(token.find()).isTrue();
    HttpResponse<String> withToken = server.send(form("/offers", "supplier=A&name=B&_csrf=" + token.group(1))
        .header("Cookie", cookie));
    assertThat(withToken.statusCode()).isEqualTo(303);
    assertThat(server.app.offers.all()).hasSize(1);
  }

  @Test
  void wrongPasswordsAreThrottledPerAccount() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
      assertThat(login(TestServer.ADMIN_EMAIL, "wrong password " + i, "/").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD, "/");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void eachRoleDoesWhatItMayAndNoMore() throws Exception {
    String viewer = server.tokenFor(Role.VIEWER);
    String editor = server.tokenFor(Role.EDITOR);
    assertThat(server.send(HttpRequest.newBuilder(server.uri("/")).header("Authorization", "Bearer " + viewer)).statusCode())
        .isEqualTo(200);
    assertThat(server.send(form("/offers", "supplier=A&name=B").header("Authorization", "Bearer " + viewer)).statusCode())
        .isEqualTo(403);
    assertThat(server.send(form("/offers", "supplier=A&name=B").header("Authorization", "Bearer " + editor)).statusCode())
        .isEqualTo(303);
    assertThat(server.send(HttpRequest.newBuilder(server.uri("/admin/users")).header("Authorization", "Bearer " + editor))
        .statusCode()).isEqualTo(403);
    assertThat(server.get("/admin/users").body()).contains(TestServer.ADMIN_EMAIL);
  }

  @Test
  void theApiAnswers401WithoutOrWithARevokedToken() throws Exception {
    HttpResponse<String> none = server.anonymous(HttpRequest.newBuilder(server.uri("/api/offers")));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("\"error\"");

    var user = server.app.accounts.users.findByEmail(TestServer.ADMIN_EMAIL).orElseThrow();
    String token = server.app.accounts.tokens.create(user.id(), "to revoke");
    long id = server.app.accounts.tokens.ofUser(user.id()).get(0).id();
    assertThat(server.app.accounts.tokens.revoke(user.id(), id)).isTrue();
    HttpResponse<String> revoked = server.send(HttpRequest.newBuilder(server.uri("/")).header("Authorization", "Bearer " + token));
    assertThat(revoked.statusCode()).isEqualTo(401);
  }

  @Test
  void aOneTimePasswordMustBeReplacedAndTheNewPasswordEndsOtherSessions() throws Exception {
    server.app.accounts.users.create("new@test.example", Role.EDITOR, "one-time-pass-1", true);
    String first = sessionCookie("new@test.example", "one-time-pass-1");
    String second = sessionCookie("new@test.example", "one-time-pass-1");
    HttpResponse<String> home = server.send(HttpRequest.newBuilder(server.uri("/")).header("Cookie", first));
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location")).hasValue("/account/password");

    String page = server.send(HttpRequest.newBuilder(server.uri("/account/password")).header("Cookie", first)).body();
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).isTrue();
    HttpResponse<String> changed = server.send(form("/account/password",
        "current=one-time-pass-1&password=my+own+long+password&confirm=my+own+long+password&_csrf=" + token.group(1))
        .header("Cookie", first));
    assertThat(changed.statusCode()).isEqualTo(303);

    HttpResponse<String> other = server.send(HttpRequest.newBuilder(server.uri("/")).header("Cookie", second));
    assertThat(other.statusCode()).as("the other browser is signed out").isEqualTo(303);
    assertThat(other.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    assertThat(login("new@test.example", "my own long password", "/").statusCode()).isEqualTo(303);
  }

  @Test
  void theFirstStartCreatesAnAdminOnlyOnce() {
    // TestServer made one admin already: nobody else appears.
    server.app.accounts.ensureFirstAdmin(null, null);
    assertThat(server.app.accounts.users.all()).hasSize(1);
  }

  private HttpResponse<String> anonymousGet(String path) throws Exception {
    return server.anonymous(HttpRequest.newBuilder(server.uri(path)));
  }

  private HttpResponse<String> login(String email, String password, String next) throws Exception {
    return server.anonymous(form("/login", "email=" + enc(email) + "&password=" + enc(password) + "&next=" + enc(next)));
  }

  private String sessionCookie(String email, String password) throws Exception {
    String setCookie = login(email, password, "/").headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private HttpRequest.Builder form(String path, String body) {
    return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
