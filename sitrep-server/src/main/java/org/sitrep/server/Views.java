package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.control.ControlPeriod;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.output.EventJson;
import org.sitrep.output.EventStreamWriter;
import org.sitrep.store.MapPoint;
import org.sitrep.store.StoredActor;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredPlace;

/** The JSON the API answers with. Unknown values are {@code null}, never guessed. */
final class Views {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Characters of article text (of the same paragraph) shown on each side of an evidence sentence. */
    static final int CONTEXT = 280;

    private Views() {
    }

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode array() {
        return F.arrayNode();
    }

    /** An event for lists and the map: what, who, where, when, how well told; no reports. */
    static ObjectNode summary(Event ev) {
        EventRecord h = ev.head();
        ObjectNode o = F.objectNode();
        o.put("id", ev.id());
        o.put("date", day(h.date()));
        o.put("date_precision", h.datePrecision());
        o.put("cameo", h.cameo());
        o.put("cameo_name", CameoTypes.description(h.cameo()));
        o.put("plover", h.plover() == null ? null : h.plover().type());
        o.put("plover_mode", h.plover() == null ? null : h.plover().mode());
        o.put("acled", h.acled() == null ? null : h.acled().eventType());
        o.put("acled_sub", h.acled() == null ? null : h.acled().subEventType());
        o.put("fatalities", h.fatalities());
        o.put("injured", h.injured());
        o.set("source", actor(h.source()));
        o.set("target", actor(h.target()));
        ObjectNode where = place(h.place());
        if (where != null) {
            where.put("basis", ev.placeBasis()); // "text", or "article" when no telling names a place
        }
        o.set("place", where);
        o.put("modality", h.modality() == null ? null : h.modality().label());
        o.put("speaker", h.attribution() == null ? null : h.attribution().speaker());
        o.put("num_mentions", ev.numMentions());
        o.put("num_sources", ev.numSources());
        o.put("num_articles", ev.numArticles());
        o.put("confidence", ev.confidence());
        return o;
    }

    /** The columns of {@code view=map}: one short array per event, in this order. */
    static final List<String> MAP_COLUMNS = List.of("id", "date", "lat", "lon", "plover", "cameo", "place",
            "place_name", "source", "target", "modality", "num_sources");

    /** The head of a page of events: how many, the limit, where it starts, whether more follow and from where. */
    private static void pageHead(JsonGenerator g, int count, int limit, int offset, boolean truncated) throws IOException {
        g.writeNumberField("count", count);
        g.writeNumberField("limit", limit);
        g.writeNumberField("offset", offset);
        g.writeBooleanField("truncated", truncated);
        if (truncated) {
            g.writeNumberField("next_offset", offset + count);
        } else {
            g.writeNullField("next_offset");
        }
    }

    /** A page of events as summaries, or with {@code full} in the export contract with every report. */
    static byte[] eventPage(List<Event> events, int limit, int offset, boolean truncated, boolean full) {
        return Json.write(g -> {
            g.writeStartObject();
            pageHead(g, events.size(), limit, offset, truncated);
            g.writeArrayFieldStart("events");
            for (Event e : events) {
                g.writeTree(full ? full(e) : summary(e));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * A page of events as compact rows for the map: {@code columns}, {@code rows} (located events
     * only: the map cannot show the others; {@code unlocated} counts them) and {@code cameo_names}.
     * Written straight from the points, without a tree of nodes.
     */
    static byte[] mapPage(List<MapPoint> points, int limit, int offset, boolean truncated) {
        return Json.write(g -> {
            g.writeStartObject();
            pageHead(g, points.size(), limit, offset, truncated);
            g.writeArrayFieldStart("columns");
            for (String c : MAP_COLUMNS) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            int unlocated = 0;
            java.util.TreeSet<String> cameos = new java.util.TreeSet<>();
            for (MapPoint m : points) {
                if (!m.located()) {
                    unlocated++;
                    continue;
                }
                g.writeStartArray();
                g.writeString(m.id());
                g.writeString(day(m.date()));
                g.writeNumber(m.lat());
                g.writeNumber(m.lon());
                g.writeString(m.plover());
                g.writeString(m.cameo());
                g.writeString(m.placeKey());
                g.writeString(m.placeName());
                g.writeString(m.source());
                g.writeString(m.target());
                g.writeString(m.modality());
                g.writeNumber(m.numSources());
                g.writeEndArray();
                if (m.cameo() != null) {
                    cameos.add(m.cameo());
                }
            }
            g.writeEndArray();
            g.writeNumberField("unlocated", unlocated);
            g.writeObjectFieldStart("cameo_names");
            for (String c : cameos) {
                g.writeStringField(c, CameoTypes.description(c));
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** The export contract of an event ({@code sitrep events --format jsonl}) with its reports. */
    static ObjectNode full(Event ev) {
        return EventStreamWriter.json(ev);
    }

    /**
     * One event with every telling of it: the coded record, the article it comes from, and each
     * sentence it rests on with the article text around it.
     */
    static ObjectNode detail(Event ev, Map<String, StoredArticle> articles) {
        ObjectNode o = full(ev);
        o.set("place", place(ev.head().place()));
        ArrayNode mentions = o.putArray("mentions");
        for (Report r : ev.reports()) {
            EventRecord rec = r.record();
            ObjectNode m = mentions.addObject();
            ObjectNode coded = EventJson.toJson(rec);
            coded.set("place", place(rec.place()));
            m.set("record", coded);
            StoredArticle a = articles.get(r.articleId());
            ObjectNode art = m.putObject("article");
            art.put("id", r.articleId());
            art.put("title", a == null ? null : a.title());
            art.put("url", r.url());
            art.put("outlet", r.outlet());
            art.put("published", r.published() == null ? null : r.published().toString());
            ArrayNode cited = art.putArray("cited");
            (a != null ? a.cited() : rec.attribution() == null ? List.<String>of() : rec.attribution().cited())
                    .forEach(cited::add);
            ArrayNode sentences = m.putArray("sentences");
            if (rec.evidence() != null) {
                sentences.add(sentence("evidence", rec.evidence(), a));
            }
            for (EventRecord.Evidence s : rec.support()) {
                sentences.add(sentence("support", s, a));
            }
        }
        return o;
    }

    private static ObjectNode sentence(String role, EventRecord.Evidence ev, StoredArticle a) {
        ObjectNode s = F.objectNode();
        s.put("role", role);
        s.put("sentence", ev.sentence());
        s.put("start", ev.start());
        s.put("end", ev.end());
        String text = a == null ? null : a.text();
        boolean inText = text != null && ev.start() >= 0 && ev.start() <= ev.end() && ev.end() <= text.length();
        s.put("text", ev.text() != null ? ev.text() : inText ? text.substring(ev.start(), ev.end()) : null);
        if (inText) {
            // the rest of its paragraph (a line of the text), at most CONTEXT characters each side
            int para = text.lastIndexOf('\n', Math.max(0, ev.start() - 1)) + 1;
            int paraEnd = text.indexOf('\n', ev.end());
            int from = Math.max(para, ev.start() - CONTEXT);
            int to = Math.min(paraEnd < 0 ? text.length() : paraEnd, ev.end() + CONTEXT);
            s.put("before", (from > para ? "…" : "") + text.substring(from, ev.start()));
            s.put("after", text.substring(ev.end(), to) + (to < (paraEnd < 0 ? text.length() : paraEnd) ? "…" : ""));
        } else {
            s.putNull("before");
            s.putNull("after");
        }
        return s;
    }

    static ObjectNode actor(StoredActor a) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("cameo", a.cameo());
        o.put("kind", a.kind());
        ArrayNode names = o.putArray("aliases");
        a.names().forEach(names::add);
        o.put("mentions", a.mentions());
        o.put("events", a.events());
        o.put("first_seen", day(a.firstSeen()));
        o.put("last_seen", day(a.lastSeen()));
        return o;
    }

    static ObjectNode place(StoredPlace p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("geonameid", p.geonameid());
        o.put("name", p.name());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("precision", p.precision());
        ArrayNode names = o.putArray("names");
        p.names().forEach(names::add);
        o.put("events", p.events());
        return o;
    }

    /** A place as an event names it; coordinates are {@code null} when the place is not a known one. */
    static ObjectNode place(EventRecord.PlaceRef p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("text", p.text());
        o.put("id", p.id());
        o.put("geonameid", p.geonameid());
        o.put("name", p.name());
        boolean located = p.geonameid() != null || p.lat() != 0.0 || p.lon() != 0.0;
        o.put("lat", located ? p.lat() : null);
        o.put("lon", located ? p.lon() : null);
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("precision", p.precision());
        return o;
    }

    static ObjectNode actor(EventRecord.Participant p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("text", p.text());
        o.put("cameo", p.cameo());
        o.put("kind", p.kind());
        return o;
    }

    /** Who held a place from when to when, and the events behind each change. */
    static ArrayNode control(List<ControlPeriod> periods) {
        ArrayNode arr = F.arrayNode();
        for (ControlPeriod p : periods) {
            ObjectNode o = arr.addObject();
            o.put("seq", p.seq());
            o.put("place_key", p.placeKey());
            o.set("controller", actor(p.controller()));
            o.put("since", day(p.since()));
            o.put("until", day(p.until()));
            o.put("confidence", p.confidence());
            o.put("basis", p.basis());
            ArrayNode evs = o.putArray("evidence");
            for (ControlPeriod.Evidence ev : p.evidence()) {
                ObjectNode e = evs.addObject();
                e.put("event", ev.eventId());
                e.put("role", ev.role());
                e.put("date", day(ev.date()));
                e.put("cameo", ev.cameo());
                e.put("cameo_name", CameoTypes.description(ev.cameo()));
                e.put("actor", ev.actorId());
                e.put("num_sources", ev.numSources());
                e.put("confidence", ev.confidence());
                e.put("text", ev.text());
            }
        }
        return arr;
    }

    static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
