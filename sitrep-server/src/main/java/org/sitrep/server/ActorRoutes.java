package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredActor;

/** {@code /api/actors}: the actors of the stored events with every name they were given. */
final class ActorRoutes {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final EventStore store;

    ActorRoutes(EventStore store) {
        this.store = store;
    }

    /** GET /api/actors: most events first; q= an id or words of one of its names. */
    void list(Context ctx) {
        Params p = Params.of(ctx, "q", "limit");
        int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        ArrayNode out = Views.array();
        store.actors(p.text("q"), limit).forEach(a -> out.add(Views.actor(a)));
        ObjectNode body = Views.object();
        body.put("count", out.size());
        body.set("actors", out);
        Json.send(ctx, body);
    }

    /** GET /api/actors/{id}: one actor by id (case-insensitive). */
    void one(Context ctx) {
        Params.of(ctx);
        String id = Ids.check(ctx.pathParam("id"), "actor");
        List<StoredActor> found = store.actors(id, MAX_LIMIT);
        StoredActor a = found.stream().filter(x -> x.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no actor '" + id + "'"));
        Json.send(ctx, Views.actor(a));
    }
}
