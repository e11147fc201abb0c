package org.offerfacts.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnprocessableContentResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.MediaTypes;

/**
 * The files of a multipart upload (the offer page's form and the API alike), each checked before
 * any is queued, so that a refused request leaves nothing behind: a body that cannot be parsed
 * is a 400, a file over the limit a 413, a file whose bytes are no document we read a 415 (the
 * type comes from the content; name and declared type only break ties between text formats).
 * Whether a PDF needs a password is only known once a parser opens it, which happens in the
 * reader's process: such a file is accepted and its job fails with that reason.
 */
public final class Uploads {
  /** A file that passed: its name made safe, its bytes, and the type its bytes show. */
  public record Upload(String name, byte[] bytes, String mediaType) {}

  private Uploads() {}

  /** The files in {@code field}; a part without name and bytes (no file chosen) is skipped. */
  public static List<Upload> read(Context ctx, String field, long maxBytes) {
    List<Upload> uploads = new ArrayList<>();
    for (UploadedFile file : parts(ctx, field, maxBytes)) {
      String name = OfferPages.safeName(file.filename());
      if (file.size() == 0 && (file.filename() == null || file.filename().isBlank())) continue;
      if (file.size() == 0) throw new BadRequestResponse(name + " is empty");
      if (file.size() > maxBytes) {
        throw new ContentTooLargeResponse(name + " is larger than the upload limit of " + describe(maxBytes));
      }
      byte[] bytes = bytes(file);
      uploads.add(new Upload(name, bytes, detect(name, bytes, file.contentType())));
    }
    return uploads;
  }

  /** A form field of a multipart request, read with the same failure mapping as the files. */
  public static String field(Context ctx, String name) {
    try {
      return ctx.formParam(name);
    } catch (Exception e) {
      throw refusal(e);
    }
  }

  private static String describe(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }

  /** Jetty stops a file at the limit before its name reaches us: the message names the limit. */
  private static List<UploadedFile> parts(Context ctx, String field, long maxBytes) {
    if (!ctx.isMultipartFormData()) return List.of();
    try {
      return ctx.uploadedFiles(field);
    } catch (Exception e) {
      RuntimeException refusal = refusal(e);
      if (refusal instanceof ContentTooLargeResponse) {
        throw new ContentTooLargeResponse("a file is larger than the upload limit of " + describe(maxBytes));
      }
      throw refusal;
    }
  }

  private static RuntimeException refusal(Exception e) {
    HttpResponseException answer = MultipartFailure.answerFor(e);
    if (answer != null) return answer;
    return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
  }

  private static byte[] bytes(UploadedFile file) {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BadRequestResponse(OfferPages.safeName(file.filename()) + " could not be read from the request");
    }
  }

  private static String detect(String name, byte[] bytes, String declared) {
    try {
      return MediaTypes.detect(bytes, declared, name);
    } catch (IngestException e) {
      String message = name + ": " + e.getMessage();
      switch (e.reason()) {
        case UNSUPPORTED_TYPE -> throw new UnsupportedMediaTypeResponse(message);
        case MALFORMED -> throw new BadRequestResponse(message);
        default -> throw new UnprocessableContentResponse(message);
      }
    }
  }
}
