package org.offerfacts.crash;

import java.io.IOException;
import java.net.Socket;
import java.util.Random;

/** The moments of an upload at which the kill tests stop the server. */
enum UploadKill {
  /** Part of the multipart body sent, the rest never comes: the server is reading the request. */
  DURING_THE_BODY,
  /** The 202 has just come back: the bytes and the queued job must be there after the restart. */
  RIGHT_AFTER_ACCEPT,
  /** The job has started: the reader process is parsing, or the results are being stored. */
  WHILE_THE_JOB_READS;

  /**
   * Uploads {@code pdf} and kills the server at this moment, a random part of the way in.
   *
   * @return the job id the server accepted, or -1 when the kill came before the answer
   */
  long uploadAndKill(ApiClient api, long offer, byte[] pdf, String name, Random random, Kill kill)
      throws IOException, InterruptedException {
    switch (this) {
      case DURING_THE_BODY -> {
        try (Socket half = api.startUpload(offer, name, pdf, (int) (pdf.length * (0.1 + 0.8 * random.nextDouble())))) {
          ServerProcess.sleep(random.nextInt(200));
          kill.now();
        }
        return -1;
      }
      case RIGHT_AFTER_ACCEPT -> {
        long job = accepted(api.uploadPdf(offer, name, pdf));
        kill.now();
        return job;
      }
      default -> {
        long job = accepted(api.uploadPdf(offer, name, pdf));
        while (api.get("/api/jobs/" + job).json().get("state").asText().equals("queued")) ServerProcess.sleep(5);
        ServerProcess.sleep(random.nextInt(1500));
        kill.now();
        return job;
      }
    }
  }

  /** What the test does to the server; it also notes the processes the server had started. */
  interface Kill {
    void now() throws InterruptedException;
  }

  private static long accepted(ApiClient.Answer answer) {
    if (answer.status() != 202) throw new AssertionError("upload answered " + answer.status() + ": " + answer.body());
    return answer.json().get("job").asLong();
  }
}
