package org.offerfacts.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the API's description, an OpenAPI 3.1 document written by hand
 * in {@code src/main/resources/web/openapi.json}. A test holds it and the registered routes in
 * step in both directions.
 */
public final class OpenApiDocument {
  static final String RESOURCE = "web/openapi.json";
  private final byte[] bytes = load();

  public void show(Context ctx) {
    ctx.contentType("application/json").result(bytes);
  }

  static byte[] load() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
