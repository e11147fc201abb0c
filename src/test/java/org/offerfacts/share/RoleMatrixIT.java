package org.offerfacts.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Role;
import org.offerfacts.web.TestServer;

/**
 * Who may do what, over the pages and the API, for every role: reading needs an account,
 * writing an editor, verifying a technician, user management an admin. Then the two ways a
 * credential stops working: a browser form without the session's CSRF token, a revoked token.
 */
class RoleMatrixIT {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "a long enough password";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  @TempDir static Path data;
  static TestServer server;
  static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

  /** One action and the least role that may do it. */
  record Action(String method, String path, String type, String body, Role least) {
    static Action get(String path, Role least) {
      return new Action("GET", path, null, null, least);
    }

    static Action form(String path, String body, Role least) {
      return new Action("POST", path, "application/x-www-form-urlencoded", body, least);
    }

    static Action json(String path, String body, Role least) {
      return new Action("POST", path, "application/json", body, least);
    }

    HttpRequest.Builder request() {
      String unique = body == null ? "" : body.replace("{n}", String.valueOf(SEQUENCE.incrementAndGet()));
      HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
      return type == null ? request.GET() : request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(unique));
    }
  }

  static final List<Action> ACTIONS = List.of(
      Action.get("/", Role.VIEWER),
      Action.get("/offers/1", Role.VIEWER),
      Action.get("/offers/1/facts/ipv6", Role.VIEWER),
      Action.get("/compare?offers=1,2", Role.VIEWER),
      Action.get("/search?q=port", Role.VIEWER),
      Action.get("/shares", Role.VIEWER),
      Action.get("/api/offers", Role.VIEWER),
      Action.get("/api/shares", Role.VIEWER),
      Action.form("/offers", "supplier=Matrix&name=Offer+{n}", Role.EDITOR),
      Action.json("/api/offers", "{\"supplier\": \"Matrix\", \"name\": \"Api {n}\"}", Role.EDITOR),
      Action.form("/profiles", "name=profile+{n}&clauses=ipv6:true", Role.EDITOR),
      Action.form("/shares", "offer=1", Role.EDITOR),
      Action.json("/api/shares", "{\"offer\": 2}", Role.EDITOR),
      // Reading the queue is a read (Access checks the method first); acting on it needs a technician.
      Action.get("/review", Role.TECHNICIAN),
      Action.form("/offers/1/facts/ipv6/verify", "value=true&note=checked+on+the+trial+line+{n}", Role.TECHNICIAN),
      Action.get("/admin/users", Role.ADMIN),
      Action.get("/admin/audit", Role.ADMIN),
      Action.form("/admin/users", "email=new{n}%40test.example&role=viewer", Role.ADMIN));

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
    for (Role role : Role.values()) TOKENS.put(role, server.tokenFor(role));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRoleDoesWhatItsRoleIncludesAndIsRefusedTheRest() throws Exception {
    for (Action action : ACTIONS) {
      for (Role role : Role.values()) {
        int status = server.send(action.request().header("Authorization", "Bearer " + TOKENS.get(role))).statusCode();
        String what = role.id() + " " + action.method() + " " + action.path() + " answered " + status;
        if (role.includes(action.least())) assertThat(status).as(what).isBetween(200, 399);
        else assertThat(status).as(what).isEqualTo(403);
      }
      int anonymous = server.anonymous(action.request()).statusCode();
      assertThat(anonymous).as("anonymous " + action.method() + " " + action.path()).isIn(303, 401);
    }
  }

  @Test
  void aBrowserSessionMustSendItsCsrfTokenToMakeOrRevokeALink() throws Exception {
    String email = "editor" + SEQUENCE.incrementAndGet() + "@test.example";
    server.app.accounts.users.create(email, Role.EDITOR, PASSWORD, false);
    String cookie = sessionCookie(email);
    int before = server.app.db.read().fetchCount(org.offerfacts.store.schema.Tables.SHARE_LINK);

    assertThat(withCookie(cookie, "/shares", "offer=1").statusCode()).isEqualTo(403);
    assertThat(server.app.db.read().fetchCount(org.offerfacts.store.schema.Tables.SHARE_LINK)).isEqualTo(before);

    String csrf = csrf(server.send(HttpRequest.newBuilder(server.uri("/offers/1")).header("Cookie", cookie)).body());
    HttpResponse<String> made = withCookie(cookie, "/shares", "offer=1&_csrf=" + csrf);
    assertThat(made.statusCode()).isEqualTo(201);
    String url = made.body().replaceAll("(?s).*class=\"share-url\" readonly value=\"([^\"]+)\".*", "$1");
    String path = url.substring(server.base.length());
    assertThat(server.anonymous(HttpRequest.newBuilder(server.uri(path))).statusCode()).isEqualTo(200);

    long id = Long.parseLong(made.body().replaceAll("(?s).*data-share=\"(\\d+)\".*", "$1"));
    assertThat(withCookie(cookie, "/shares/" + id + "/revoke", "").statusCode()).isEqualTo(403);
    assertThat(withCookie(cookie, "/shares/" + id + "/revoke", "_csrf=" + csrf).statusCode()).isEqualTo(303);
    assertThat(server.anonymous(HttpRequest.newBuilder(server.uri(path))).statusCode()).isEqualTo(410);
  }

  @Test
  void aRevokedApiTokenIsRefusedFromThenOn() throws Exception {
    String token = server.tokenFor(Role.EDITOR);
    HttpRequest.Builder list = HttpRequest.newBuilder(server.uri("/api/shares")).header("Authorization", "Bearer " + token);
    assertThat(server.send(list).statusCode()).isEqualTo(200);
    var user = server.app.accounts.tokens.authenticate(token).orElseThrow();
    long id = server.app.accounts.tokens.ofUser(user.id()).get(0).id();
    HttpResponse<String> revoked = server.send(HttpRequest.newBuilder(server.uri("/account/tokens/" + id + "/revoke"))
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/shares")).header("Authorization", "Bearer " + token))
        .statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> withCookie(String cookie, String path, String body) throws Exception {
    return server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String sessionCookie(String email) throws Exception {
    HttpResponse<String> login = server.anonymous(HttpRequest.newBuilder(server.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&next=/")));
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String csrf(String html) {
    Matcher token = CSRF.matcher(html);
    assertThat(token.find()).as("a form with _csrf").isTrue();
    return token.group(1);
  }
}
