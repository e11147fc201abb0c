package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.mailbox.MailboxConfig;
import org.offerfacts.mailbox.MailboxPoller;
import org.offerfacts.web.TestServer;

/** A supplier's e-mail reply read from a real IMAP mailbox (GreenMail) waits for review beside its list. */
class MailboxIntakeIT {
  @TempDir Path data;
  TestServer server;
  GreenMail greenMail;
  GreenMailUser mailbox;
  MailboxPoller poller;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.withDemo(data);
    greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    greenMail.start();
    mailbox = greenMail.setUser("replies@buyer.test", "replies", "s3cret");
    poller = new MailboxPoller(MailboxConfig.fromEnvironment(Map.of(
        "OFFERFACTS_IMAP_HOST", "127.0.0.1",
        "OFFERFACTS_IMAP_PORT", String.valueOf(greenMail.getImap().getPort()),
        "OFFERFACTS_IMAP_USER", "replies",
        "OFFERFACTS_IMAP_PASSWORD", "s3cret",
        "OFFERFACTS_IMAP_SSL", "false")).orElseThrow());
  }

  @AfterEach
  void stop() {
    greenMail.stop();
    server.close();
  }

  @Test
  void aReplyWithTheListsReferenceWaitsForReviewAndOthersAreLeftAside() throws Exception {
    long nordlink = AskFixture.offer(server, "Nordlink").id();
    AskFixture.Made list = AskFixture.list(server, nordlink, "{\"attributes\":[\"router_dmz\"],\"language\":\"fr\"}");
    mailbox.deliver(mail(AskFixture.replyEml("commercial@nordlink.example",
        "Re: [offerfacts " + list.reference() + "] Questions", "1. Non, pas de DMZ.", "note.txt", "text/plain", new byte[] {'x'})));
    mailbox.deliver(mail(AskFixture.replyEml("someone@elsewhere.example", "Lunch on Friday?", "Are you free?", "a.txt",
        "text/plain", new byte[] {'y'})));

    Asking asking = new Asking(server.app, MailConfig.fromEnv(Map.of()));
    assertThat(poller.poll(new MailboxIntake(asking))).isEqualTo(2);

    var pending = asking.replies.pending(list.listId());
    assertThat(pending).singleElement().satisfies(r -> assertThat(r.from()).contains("commercial@nordlink.example"));
    assertThat(server.app.facts.ofOffers(java.util.List.of(nordlink)))
        .as("nothing is recorded before a person confirms").noneMatch(f -> f.attribute().equals("router_dmz")
            && f.status() == org.offerfacts.store.FactStatus.SUPPLIER_STATED);

    assertThat(server.get("/offers/" + nordlink + "/questions").body()).contains("/replies/" + pending.get(0).id());
    HttpResponse<String> review = server.get("/ask/lists/" + list.listId() + "/replies/" + pending.get(0).id());
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    assertThat(review.body()).contains("pas de DMZ").contains("/replies/" + pending.get(0).id() + "/confirm");
  }

  @Test
  void anOfferForwardedWithItsTagIsReadIntoThatOfferWithItsAttachments() throws Exception {
    long azur = AskFixture.offer(server, "Azur").id();
    int before = server.app.documents.ofOffer(azur).size();
    mailbox.deliver(mail(AskFixture.replyEml("colleague@buyer.test", "TR: nouvelle grille [offre " + azur + "]",
        "Pour info, la fiche reçue ce matin.", "fiche-2.html", "text/html; charset=UTF-8",
        "<html lang=\"fr\"><body><table><tr><td>Mode bridge</td><td>Oui</td></tr></table></body></html>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    assertThat(poller.poll(new MailboxIntake(new Asking(server.app, MailConfig.fromEnv(Map.of()))))).isEqualTo(1);
    server.awaitJobs();

    assertThat(server.app.documents.ofOffer(azur)).hasSize(before + 2)
        .anySatisfy(d -> assertThat(d.source()).isEqualTo("forwarded.eml → fiche-2.html"));
  }

  private static MimeMessage mail(byte[] eml) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
  }
}
