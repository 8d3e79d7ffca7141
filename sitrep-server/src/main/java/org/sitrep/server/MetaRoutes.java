package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sitrep.store.EventStore;

/** What the API says about itself: its OpenAPI description, the store's counts, the page's settings. */
final class MetaRoutes {

    static final String OPENAPI_RESOURCE = "/org/sitrep/server/openapi.json";

    private final EventStore store;
    private final ServerOptions options;
    private final BearerToken token;
    private final byte[] openapi;

    MetaRoutes(EventStore store, ServerOptions options, BearerToken token) {
        this.store = store;
        this.options = options;
        this.token = token;
        try (InputStream in = MetaRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the classpath");
            }
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /openapi.json: the OpenAPI 3 description of this API. */
    void openapi(Context ctx) {
        Params.of(ctx);
        ctx.contentType(Json.TYPE).result(openapi);
    }

    /** GET /api/stats: rows of each table of the store. */
    void stats(Context ctx) {
        Params.of(ctx);
        EventStore.Counts c = store.counts();
        ObjectNode o = Views.object();
        o.put("backend", store.backend().name().toLowerCase(java.util.Locale.ROOT));
        o.put("articles", c.articles());
        o.put("mentions", c.mentions());
        o.put("events", c.events());
        o.put("actors", c.actors());
        o.put("places", c.places());
        o.put("control_periods", c.controlPeriods());
        Json.send(ctx, o);
    }

    /** GET /api/config: what the page needs to know (tile server, whether writes are on). */
    void config(Context ctx) {
        Params.of(ctx);
        ObjectNode o = Views.object();
        o.put("tiles", options.tiles());
        o.put("writable", token.configured());
        o.put("max_events", EventRoutes.MAX_LIMIT);
        Json.send(ctx, o);
    }
}
