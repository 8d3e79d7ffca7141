package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.sitrep.events.EventRecord;

/** Writes events in one of the {@link ExportFormat}s. */
public final class EventWriter {

    private EventWriter() {
    }

    public static void write(List<EventRecord> events, ExportFormat format, PrintWriter out) {
        try {
            switch (format) {
                case JSONL -> {
                    for (EventRecord e : events) {
                        out.println(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                    }
                }
                case PLOVER -> {
                    for (EventRecord e : events) {
                        out.println(EventJson.mapper().writeValueAsString(plover(e)));
                    }
                }
                case GEOJSON -> out.println(EventJson.mapper().writeValueAsString(geojson(events)));
                default -> {
                    // the tables: each event told once, as in one article before deduplication
                    EventStreamWriter w = new EventStreamWriter(format, out);
                    for (EventRecord e : events) {
                        w.write(org.sitrep.dedup.Event.single(org.sitrep.dedup.Report.of(e)));
                    }
                    w.close();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** A GeoJSON FeatureCollection: a point per event at its place, the event's fields as properties. */
    public static ObjectNode geojson(List<EventRecord> events) {
        ObjectNode fc = EventJson.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventRecord e : events) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            if (e.place() == null) {
                f.putNull("geometry");
            } else {
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                g.putArray("coordinates").add(e.place().lon()).add(e.place().lat());
            }
            f.set("properties", EventJson.toJson(e));
        }
        return fc;
    }

    /** A PLOVER-style record: event type and mode, actors with their roles, location, provenance. */
    public static ObjectNode plover(EventRecord e) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("event_id", e.id());
        o.put("event_date", e.date() == null ? null : e.date().toString());
        o.put("event_type", e.plover() == null ? null : e.plover().type());
        o.put("event_mode", e.plover() == null ? null : e.plover().mode());
        o.put("event_text", e.evidence().text());
        o.put("cameo", e.cameo());
        actor(o, "source", e.source());
        actor(o, "target", e.target());
        if (e.place() == null) {
            o.putNull("location");
        } else {
            ObjectNode l = o.putObject("location");
            l.put("name", e.place().name());
            if (e.place().geonameid() == null) {
                l.putNull("geonameid");
            } else {
                l.put("geonameid", e.place().geonameid());
            }
            l.put("lat", e.place().lat());
            l.put("lon", e.place().lon());
            l.put("country", e.place().country());
            l.put("admin1", e.place().admin1());
        }
        o.put("modality", e.modality().label());
        o.put("speaker", e.attribution().speaker());
        o.put("outlet", e.attribution().outlet());
        ArrayNode cited = o.putArray("cited");
        e.attribution().cited().forEach(cited::add);
        o.put("story_id", e.doc());
        o.put("sentence", e.evidence().sentence());
        return o;
    }

    private static void actor(ObjectNode o, String role, EventRecord.Participant p) {
        o.put(role + "_actor", p == null ? null : p.id());
        o.put(role + "_cameo", p == null ? null : p.cameo());
        o.put(role + "_kind", p == null ? null : p.kind());
        o.put(role + "_text", p == null ? null : p.text());
    }
}
