package org.offerfacts.load;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.offerfacts.crash.ApiClient;
import org.offerfacts.crash.OfferPdfs;

/**
 * One of the load test's users: uploads a PDF of its own, then reads what people read while
 * waiting for it (the comparison, a search, an offer's page), polling its job between reads,
 * until the job is done; again until the time is up.
 */
record LoadClient(int id, ApiClient api, List<Long> offers, long deadline, Tally tally, Set<Long> accepted)
    implements Runnable {
  static final List<String> KINDS = List.of("upload", "job poll", "compare", "search", "offer page");
  private static final List<String> SEARCHES = List.of("ipv6", "adresse ipv4 fixe", "conditions", "client engage");

  @Override
  public void run() {
    Random random = new Random(id);
    for (int n = 0; System.nanoTime() < deadline; n++) {
      try {
        long job = upload(n, random);
        while (job > 0 && System.nanoTime() < deadline && !finished(job)) read(random);
      } catch (Exception e) {
        tally.failed("client " + id, e);
        if (e instanceof InterruptedException) return;
      }
    }
  }

  private long upload(int n, Random random) throws Exception {
    long offer = offers.get(random.nextInt(offers.size()));
    byte[] pdf = OfferPdfs.distinct("load-" + id + "-" + n, 2);
    ApiClient.Answer answer = api.uploadPdf(offer, "client-" + id + "-" + n + ".pdf", pdf);
    tally.record("upload", answer.status(), 202, answer.nanos(), answer.body());
    if (answer.status() != 202) return -1;
    long job = answer.json().get("job").asLong();
    accepted.add(job);
    return job;
  }

  private boolean finished(long job) throws Exception {
    ApiClient.Answer answer = api.get("/api/jobs/" + job);
    tally.record("job poll", answer.status(), 200, answer.nanos(), answer.body());
    String state = answer.status() == 200 ? answer.json().get("state").asText() : "failed";
    return state.equals("done") || state.equals("failed");
  }

  private void read(Random random) throws Exception {
    String kind = KINDS.get(2 + random.nextInt(3));
    String path = switch (kind) {
      case "compare" -> "/compare?offers=" + String.join(",", offers.stream().map(String::valueOf).toList());
      case "search" -> "/search?q=" + java.net.URLEncoder.encode(SEARCHES.get(random.nextInt(SEARCHES.size())),
          java.nio.charset.StandardCharsets.UTF_8);
      default -> "/offers/" + offers.get(random.nextInt(offers.size()));
    };
    ApiClient.Answer answer = api.get(path);
    tally.record(kind, answer.status(), 200, answer.nanos(), answer.body());
  }
}
