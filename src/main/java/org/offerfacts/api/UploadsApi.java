package org.offerfacts.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.store.Job;
import org.offerfacts.store.Offer;
import org.offerfacts.web.OfferPages;

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

  public void add(Context ctx) throws IOException {
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

  /** Every file is checked before any is queued, so a refused request leaves nothing behind. */
  private List<Job> files(Context ctx, Offer offer) throws IOException {
    List<UploadedFile> files = parts(ctx);
    if (files.isEmpty()) throw new BadRequestResponse("no file in the multipart field file");
    for (UploadedFile file : files) {
      if (file.size() == 0) throw new BadRequestResponse(OfferPages.safeName(file.filename()) + " is empty");
      if (file.size() > app.config.maxUploadBytes()) {
        throw new ContentTooLargeResponse(OfferPages.safeName(file.filename()) + " is larger than the upload limit of "
            + mebibytes(app.config.maxUploadBytes()));
      }
    }
    List<Job> jobs = new ArrayList<>();
    for (UploadedFile file : files) {
      byte[] bytes;
      try (InputStream in = file.content()) {
        bytes = in.readAllBytes();
      }
      jobs.add(app.jobs.queueUpload(offer.id(), OfferPages.safeName(file.filename()), bytes, file.contentType()));
    }
    return jobs;
  }

  /**
   * Jetty refuses a body that is not valid multipart with a ServletException, which reaches Java
   * undeclared through Javalin's Kotlin: it is the client's mistake, so a 400, not a 500.
   */
  private static List<UploadedFile> parts(Context ctx) {
    try {
      return ctx.uploadedFiles("file");
    } catch (HttpResponseException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof ServletException || e instanceof IOException || e instanceof IllegalStateException) {
        throw new BadRequestResponse("the multipart body cannot be read");
      }
      throw e;
    }
  }

  private static String mebibytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }

  private Job url(Context ctx, Offer offer) {
    JsonBody body = ApiJson.body(ctx).allowOnly(Set.of("url"));
    String url = body.url("url");
    if (url == null) throw new BadRequestResponse("url is required");
    return app.jobs.queueUrl(offer.id(), url);
  }
}
