package org.offerfacts.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.offerfacts.app.App;
import org.offerfacts.store.Job;

/** {@code GET /api/jobs/{id}}: how far the reading of one upload or URL has come. */
public final class JobsApi {
  private final App app;

  public JobsApi(App app) {
    this.app = app;
  }

  /**
   * A job as the API shows it.
   *
   * @param state    queued, running, done or failed
   * @param done     pages read so far, of {@code total} (0 until the document is opened)
   * @param error    why it failed, in plain words; null otherwise
   * @param document the stored document once done
   */
  record JobView(long id, long offer, String source, String state, int done, int total, String error, Long document,
      String createdAt, String finishedAt) {
    static JobView of(Job j) {
      return new JobView(j.id(), j.offerId(), j.source(), j.state().id(), j.done(), j.total(), j.error(), j.documentId(),
          j.createdAt(), j.finishedAt());
    }
  }

  public void show(Context ctx) {
    Job job = app.jobs.find(PathIds.id(ctx)).orElseThrow(() -> new NotFoundResponse("no job " + ctx.pathParam("id")));
    if (!job.finished()) ctx.header("Cache-Control", "no-store");
    ApiJson.write(ctx, JobView.of(job));
  }
}
