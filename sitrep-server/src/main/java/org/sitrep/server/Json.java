package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writing JSON answers and errors. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    static void send(Context ctx, JsonNode body) {
        ctx.contentType(TYPE).result(bytes(body));
    }

    static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one JSON value with a generator (no tree of nodes in between). */
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] write(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setCodec(MAPPER);
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", status);
        o.put("error", oneLine(message));
        ctx.status(status);
        send(ctx, o);
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "error";
        }
        String line = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
