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
                        if (format.covers(e)) {
                            out.println(EventJson.mapper().writeValueAsString(plover(e)));
                        }
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

    /**
     * A PLOVER record with the field names of the PLOVER specification's JSON data fields: {@code id},
     * {@code date}, {@code source} and {@code recipient} (lists of actor objects: {@code code},
     * {@code sector}, {@code actor_text}, {@code identifier_id}, {@code identifier_text}),
     * {@code event}, {@code mode} and {@code context} (lists), {@code event_loc} (a location object
     * with GeoNames' field names), {@code event_text}, {@code quad_code}, {@code text},
     * {@code text_info} and {@code coder}. sitrep's own fields follow ({@code cameo}, {@code modality},
     * {@code speaker}, {@code cited}, {@code confidence}). Unknown values are left out, as the
     * specification's optional fields are.
     */
    public static ObjectNode plover(EventRecord e) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("id", e.id());
        o.put("date", e.date() == null ? null : e.date().toString());
        ArrayNode source = o.putArray("source");
        if (e.source() != null) {
            source.add(ploverActor(e.source()));
        }
        if (e.target() != null) {
            o.putArray("recipient").add(ploverActor(e.target()));
        }
        ArrayNode event = o.putArray("event");
        if (e.plover() != null && e.plover().type() != null) {
            event.add(e.plover().type());
        }
        ArrayNode mode = o.putArray("mode");
        if (e.plover() != null && e.plover().mode() != null) {
            mode.add(e.plover().mode());
        }
        o.putArray("context");
        if (e.place() != null) {
            o.set("event_loc", ploverLocation(e.place()));
        }
        if (e.trigger() != null) {
            o.putArray("event_text").add(e.trigger());
        }
        Integer quad = e.plover() == null ? null : CodeTables.ploverQuad(e.plover().type());
        if (quad != null) {
            o.put("quad_code", quad);
        }
        if (e.evidence() != null) {
            o.put("text", e.evidence().text());
            ObjectNode ti = o.putObject("text_info");
            ti.put("sequence", e.evidence().sentence());
            ti.put("start", e.evidence().start());
            ti.put("end", e.evidence().end());
        }
        o.put("coder", "sitrep");
        o.put("cameo", e.cameo());
        o.put("modality", e.modality() == null ? null : e.modality().label());
        if (e.attribution() != null) {
            o.put("speaker", e.attribution().speaker());
            ArrayNode cited = o.putArray("cited");
            e.attribution().cited().forEach(cited::add);
        }
        o.put("confidence", e.confidence());
        return o;
    }

    /** A PLOVER actor object: the top-level (country) code, the sector, the text and sitrep's identifier. */
    static ObjectNode ploverActor(EventRecord.Participant p) {
        ObjectNode a = EventJson.mapper().createObjectNode();
        String code = EventTables.gdeltCode(p.cameo());
        String country = org.sitrep.mentions.Actor.countryOf(code);
        String top = country;
        String sector = code == null ? null : org.sitrep.mentions.Actor.rolesOf(code);
        if (top == null && code != null && code.length() >= 3 && TOP_LEVEL.contains(code.substring(0, 3))) {
            top = code.substring(0, 3);
            sector = code.substring(3);
        }
        if (top != null) {
            a.put("code", top);
        }
        if (sector != null && !sector.isEmpty()) {
            a.put("sector", sector);
        }
        if (p.text() != null) {
            a.put("actor_text", p.text());
        }
        if (p.id() != null) {
            a.put("identifier_id", p.id());
        }
        String name = EventTables.gdeltName(p);
        if (!name.isEmpty()) {
            a.put("identifier_text", name);
        }
        if (p.kind() != null) {
            a.put("kind", p.kind());
        }
        return a;
    }

    /** Codes that stand at the top of a CAMEO actor code in place of a country. */
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("IGO", "NGO", "MNC", "NGM", "UIS");

    /** A PLOVER location object: GeoNames' field names, plus the ISO alpha-3 code PLOVER adds ({@code cc3}). */
    static ObjectNode ploverLocation(EventRecord.PlaceRef p) {
        ObjectNode l = EventJson.mapper().createObjectNode();
        if (p.geonameid() != null) {
            l.put("geonameid", p.geonameid());
        }
        String name = p.name() != null ? p.name() : p.text();
        if (name != null) {
            l.put("name", name);
        }
        boolean located = p.geonameid() != null || p.lat() != 0.0 || p.lon() != 0.0;
        if (located) {
            l.put("latitude", p.lat());
            l.put("longitude", p.lon());
        }
        String fc = featureClass(p.precision());
        if (fc != null) {
            l.put("feature class", fc);
        }
        if (p.country() != null) {
            l.put("country code", p.country());
            CodeTables.Country c = CodeTables.country(p.country());
            if (c != null) {
                l.put("cc3", c.iso3());
            }
        }
        String admin1Code = "country".equals(p.precision()) ? null : Admin1Codes.geonamesCode(p);
        if (admin1Code != null) {
            l.put("admin1 code", admin1Code); // GeoNames' own code, for every country (GDELT's FIPS form aside)
        }
        if (p.admin1() != null) {
            l.put("admin1_name", p.admin1());
        }
        if (p.precision() != null) {
            l.put("precision", p.precision());
        }
        return l;
    }

    /** GeoNames' feature class of a place of this precision: A for countries and divisions, P for towns. */
    private static String featureClass(String precision) {
        if (precision == null) {
            return null;
        }
        return switch (precision) {
            case "country", "admin1", "admin2" -> "A";
            case "city" -> "P";
            default -> null;
        };
    }
}
