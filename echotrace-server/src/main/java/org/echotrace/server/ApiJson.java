package org.echotrace.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.echotrace.model.InputProblem;
import org.echotrace.model.QuoteVariant;

/**
 * How the API writes JSON: the store's records ({@code SearchResults}, {@code Page}, {@code Edit}, {@code AddReport},
 * {@code Store.Stats}) with the analysis JSON's snake_case names ({@code firstSeen} → {@code first_seen},
 * {@code originConfidence} → {@code origin_confidence}), diff operations as {@code =}, {@code -}, {@code +} and
 * problem severities in lower case, as the analysis JSON writes them; the store's JSON nodes as they are. Nulls are
 * written (a missing date is {@code "published": null}, not an absent field). Thread-safe: the mapper is configured
 * once, then only used.
 */
final class ApiJson {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new SimpleModule("echotrace-api")
          .addSerializer(QuoteVariant.Op.class, new StdSerializer<>(QuoteVariant.Op.class) {
            @Override
            public void serialize(QuoteVariant.Op op, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeString(op.symbol());
            }
          })
          .addSerializer(InputProblem.Severity.class, new StdSerializer<>(InputProblem.Severity.class) {
            @Override
            public void serialize(InputProblem.Severity s, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeString(s.name().toLowerCase(Locale.ROOT));
            }
          }))
      .build();

  private ApiJson() {}

  /** Answers {@code value} as JSON with status 200. */
  static void send(Context ctx, Object value) {
    send(ctx, HttpStatus.OK, value);
  }

  static void send(Context ctx, HttpStatus status, Object value) {
    ctx.status(status).contentType(CONTENT_TYPE).result(bytes(value));
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
