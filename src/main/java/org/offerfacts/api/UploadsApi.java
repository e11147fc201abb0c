package org.offerfacts.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.store.Job;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Uploads;

/**
 * {@code POST /api/offers/{id}/documents}: files (multipart field {@code file}, several allowed)
 * or a URL (JSON {@code {"url": …}}) become background jobs; the answer is 202 with their ids.
 * URLs are only checked for form here: whether their address may be reached is decided by the
 * safe fetcher when the job runs, on the address the name resolves to then, and a refusal
 * ends the job as failed with the fetcher's reason.
 */
public final class UploadsApi {
  private final App app;

  public UploadsApi(App app) {
    this.app = app;
  }

  public void add(Context ctx) {
    Offer offer = OffersApi.find(app, ctx);
    List<Job> jobs;
    if (ctx.isMultipartFormData()) jobs = files(ctx, offer);
    else if (ApiJson.isJson(ctx)) jobs = List.of(url(ctx, offer));
    else throw new UnsupportedMediaTypeResponse("send multipart/form-data with files in the field file, or application/json with a url");
    jobs.forEach(app.runner::submit);
    Map<String, Object> answer = new LinkedHashMap<>();
    if (jobs.size() == 1) answer.put("job", jobs.get(0).id());
    answer.put("jobs", jobs.stream().map(Job::id).toList());
    ctx.header("Location", "/api/jobs/" + jobs.get(0).id());
    ApiJson.write(ctx, 202, answer);
  }

  /** Every file is checked before any is queued (see {@link Uploads}), so a refused request leaves nothing behind. */
  private List<Job> files(Context ctx, Offer offer) {
    List<Uploads.Upload> files = Uploads.read(ctx, "file", app.config.maxUploadBytes());
    if (files.isEmpty()) throw new BadRequestResponse("no file in the multipart field file");
    return files.stream().map(f -> app.jobs.queueUpload(offer.id(), f.name(), f.bytes(), f.mediaType())).toList();
  }

  private Job url(Context ctx, Offer offer) {
    JsonBody body = ApiJson.body(ctx).allowOnly(Set.of("url"));
    String url = body.url("url");
    if (url == null) throw new BadRequestResponse("url is required");
    return app.jobs.queueUrl(offer.id(), url);
  }
}
