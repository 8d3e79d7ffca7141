package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.EventRecord;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MapPoint;
import org.sitrep.store.StoredArticle;

/** {@code /api/events}: events by actor, place, box, type, dates and modality; one event with its provenance. */
final class EventRoutes {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;
    static final int MAX_FULL_LIMIT = 200;

    private final EventStore store;
    private final ResponseCache cache;

    EventRoutes(EventStore store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** The largest offset accepted (paging further is better done with narrower filters). */
    static final int MAX_OFFSET = 10_000_000;

    /**
     * GET /api/events: the events a query selects, date order, as summaries; view=full gives the
     * export contract with every report, view=map compact rows for the page's map. limit and
     * offset page through them: a page that is not the last says where the next one starts.
     */
    void list(Context ctx) {
        Params p = Params.of(ctx, "actor", "place", "bbox", "cameo", "plover", "acled", "from", "to", "modality",
                "min_sources", "min_confidence", "limit", "offset", "view");
        String key = ResponseCache.key("events", ctx.queryParamMap());
        byte[] cached = cache.get(key);
        if (cached != null) {
            ctx.contentType(Json.TYPE).result(cached);
            return;
        }
        long generation = cache.generation();
        String view = p.oneOf("view", "summary", "full", "map");
        boolean full = "full".equals(view);
        int limit = p.integer("limit", 1, full ? MAX_FULL_LIMIT : MAX_LIMIT, full ? MAX_FULL_LIMIT : DEFAULT_LIMIT);
        int offset = p.integer("offset", 0, MAX_OFFSET, 0);
        EventQuery q = query(p).withLimit(limit + 1).withOffset(offset);
        byte[] bytes;
        if ("map".equals(view)) {
            // the lean projection: a few columns per event, no reports, written as they come
            List<MapPoint> points = new ArrayList<>();
            store.mapPoints(q, points::add);
            boolean truncated = points.size() > limit;
            bytes = Views.mapPage(truncated ? points.subList(0, limit) : points, limit, offset, truncated);
        } else {
            List<Event> events = new ArrayList<>();
            if (full) {
                store.events(q, events::add);
            } else {
                store.eventHeads(q, events::add);
            }
            boolean truncated = events.size() > limit;
            List<Event> shown = truncated ? events.subList(0, limit) : events;
            bytes = Views.eventPage(shown, limit, offset, truncated, full);
        }
        cache.put(key, bytes, generation);
        ctx.contentType(Json.TYPE).result(bytes);
    }

    /** GET /api/events/{id}: one event, every telling of it, each sentence it rests on in its article. */
    void one(Context ctx) {
        Params.of(ctx);
        String id = Ids.check(ctx.pathParam("id"), "event");
        Event ev = store.event(id).orElseThrow(() -> ApiException.notFound("no event '" + id + "'"));
        Map<String, StoredArticle> articles = new LinkedHashMap<>();
        for (Report r : ev.reports()) {
            articles.computeIfAbsent(r.articleId(), a -> store.article(a).orElse(null));
        }
        Json.send(ctx, Views.detail(ev, articles));
    }

    /** The store query of the filter parameters (shared with the place view). */
    static EventQuery query(Params p) {
        LocalDate from = p.day("from");
        LocalDate to = p.day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return new EventQuery(p.text("actor"), p.text("place"), p.bbox("bbox"),
                p.matching("cameo", "\\d{1,4}", "a CAMEO code or prefix of 1 to 4 digits"),
                p.matching("plover", "[A-Za-z_]{1,40}", "a PLOVER event type such as ASSAULT"),
                p.text("acled"), from, to, p.oneOf("modality", "asserted", "claimed", "future", "denied"),
                p.integer("min_sources", 0, 100_000, null), null)
                .withMinConfidence(p.fraction("min_confidence", EventRecord.DEFAULT_MIN_CONFIDENCE));
    }
}
