package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.control.ControlPeriod;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredPlace;

/** {@code /api/places}: places of the stored events, and who controls each since when. */
final class PlaceRoutes {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int EVENTS_SHOWN = 500;

    private final EventStore store;

    PlaceRoutes(EventStore store) {
        this.store = store;
    }

    /** GET /api/places: most events first; q= a GeoNames id or words of a name. */
    void list(Context ctx) {
        Params p = Params.of(ctx, "q", "limit");
        int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        ArrayNode out = Views.array();
        store.places(p.text("q"), limit).forEach(pl -> out.add(Views.place(pl)));
        ObjectNode body = Views.object();
        body.put("count", out.size());
        body.set("places", out);
        Json.send(ctx, body);
    }

    /**
     * GET /api/places/{place}: a place (its id: GeoNames id or country/division code; or its name), its control timeline and its events
     * (the event filters apply; the first 500).
     */
    void one(Context ctx) {
        Params p = Params.of(ctx, "actor", "cameo", "plover", "acled", "from", "to", "modality", "min_sources",
                "min_confidence");
        String key = placeKey(ctx);
        List<ControlPeriod> control = store.control(key);
        ObjectNode place = find(key).map(Views::place).orElse(null);
        if (place == null && !control.isEmpty()) {
            place = fromControl(control.get(0).place());
        }
        if (place == null) {
            throw ApiException.notFound("no place '" + key + "' in the stored events");
        }
        String selector = place.path("id").isTextual() ? place.get("id").asText()
                : place.path("geonameid").isNumber() ? place.get("geonameid").asText() : key;
        EventQuery q = EventRoutes.query(p).withPlace(selector).withLimit(EVENTS_SHOWN + 1);
        List<Event> events = new ArrayList<>();
        store.eventHeads(q, events::add);
        ObjectNode body = Views.object();
        body.set("place", place);
        body.set("control", Views.control(control));
        ArrayNode evs = body.putArray("events");
        events.stream().limit(EVENTS_SHOWN).forEach(e -> evs.add(Views.summary(e)
                .put("evidence", e.head().evidence() == null ? null : e.head().evidence().text())));
        body.put("events_truncated", events.size() > EVENTS_SHOWN);
        Json.send(ctx, body);
    }

    /** GET /api/places/{place}/control: who controlled the place from when to when, with the events behind it. */
    void control(Context ctx) {
        Params.of(ctx);
        String key = placeKey(ctx);
        List<ControlPeriod> periods = store.control(key);
        if (periods.isEmpty() && find(key).isEmpty()) {
            throw ApiException.notFound("no place '" + key + "' in the stored events");
        }
        ObjectNode body = Views.object();
        body.put("place", key);
        body.set("control", Views.control(periods));
        Json.send(ctx, body);
    }

    private static String placeKey(Context ctx) {
        String key = ctx.pathParam("place").strip();
        if (key.isEmpty() || key.length() > Params.MAX_TEXT || key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.notFound("no such place");
        }
        return key;
    }

    /**
     * The place of that id (a GeoNames id, or the GeoNames code of a country or division: {@code CN}, {@code SY.10}),
     * or of that name (the name it is known by first, then one it was given).
     */
    private Optional<StoredPlace> find(String key) {
        List<StoredPlace> found = store.places(key, MAX_LIMIT);
        Optional<StoredPlace> byId = found.stream().filter(pl -> key.equals(pl.id())).findFirst();
        if (byId.isPresent() || key.matches("\\d{1,12}")) {
            return byId;
        }
        String k = key.toLowerCase(Locale.ROOT);
        return found.stream().filter(pl -> pl.name() != null && pl.name().toLowerCase(Locale.ROOT).equals(k)).findFirst()
                .or(() -> found.stream().filter(pl -> pl.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(k)))
                        .findFirst());
    }

    private static ObjectNode fromControl(EventRecord.PlaceRef ref) {
        return Views.place(ref);
    }
}
