package org.offerfacts.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's one JSON mapper, and how a request body becomes a {@link JsonBody}.
 *
 * <p>Responses are written in snake_case from camelCase records, so the API reads like the
 * issue's contract ({@code monthly_price}, {@code recorded_at}) while Java keeps its own names.
 * The mapper is the API's alone, not Javalin's: other parts' {@code ctx.json} output stays as
 * they wrote it. Requests are read as a tree and checked field by field in {@link JsonBody},
 * which refuses unknown fields: a client that misspells an optional field ("monthly_prize")
 * should hear about it, not lose the value silently. Duplicate keys are refused too, since two
 * readers of the same body could otherwise take different values.
 */
public final class ApiJson {
  /** Requests that create things are a few hundred bytes; anything past this is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(MAX_BODY_BYTES).maxNumberLength(40).build());
  }

  private ApiJson() {}

  /** Answers with {@code value} as JSON and this status. */
  static void write(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static void write(Context ctx, Object value) {
    write(ctx, 200, value);
  }

  /** The request's JSON object: 415 unless it says it is JSON, 413 past the cap, 400 unless it parses to an object. */
  static JsonBody body(Context ctx) {
    if (!isJson(ctx)) throw new UnsupportedMediaTypeResponse("send application/json");
    byte[] bytes = capped(ctx);
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new BadRequestResponse("malformed JSON: " + firstLine(e));
    }
    if (node == null || !node.isObject()) throw new BadRequestResponse("the body must be a JSON object");
    return new JsonBody(node);
  }

  static boolean isJson(Context ctx) {
    String type = ctx.contentType();
    if (type == null) return false;
    String base = type.split(";", 2)[0].strip();
    return base.equalsIgnoreCase("application/json");
  }

  private static byte[] capped(Context ctx) {
    if (ctx.contentLength() > MAX_BODY_BYTES) throw tooLarge();
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse("a JSON body may be at most " + MAX_BODY_BYTES / 1024 + " KiB");
  }

  /** Jackson's message without the location details and source excerpt it appends. */
  private static String firstLine(IOException e) {
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (message == null) return "cannot be read";
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
