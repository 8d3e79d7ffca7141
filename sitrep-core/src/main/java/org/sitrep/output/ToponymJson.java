package org.sitrep.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.geo.DocumentFocus;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;

/**
 * The geoparse output contract (DESIGN.md), shared by {@code sitrep geoparse} and {@code POST /api/geoparse}:
 * one object per place name with text, start, end (0-based character offsets, end exclusive), use, and for
 * literal and located uses geonameid, id, lat, lon, name, country, admin1, feature_code, precision, confidence
 * (null when unknown); and the article's focus.
 */
public final class ToponymJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ToponymJson() {
    }

    public static ObjectNode toJson(Toponym t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", t.text());
        o.put("start", t.start());
        o.put("end", t.end());
        o.put("use", t.use().label());
        Place p = t.place();
        boolean located = p != null && t.use() != ToponymUse.NON_TOPONYM;
        if (t.use() == ToponymUse.LITERAL || located) {
            if (located && p.geonameId() != null) {
                o.put("geonameid", p.geonameId());
            } else {
                o.putNull("geonameid");
            }
            o.put("id", located ? p.id() : null);
            if (located) {
                o.put("lat", p.lat());
                o.put("lon", p.lon());
                o.put("name", p.name());
                o.put("country", p.country());
                o.put("admin1", p.admin1());
                o.put("feature_code", p.featureCode());
                o.put("precision", p.precision());
            } else {
                for (String k : List.of("lat", "lon", "name", "country", "admin1", "feature_code", "precision")) {
                    o.putNull(k);
                }
            }
            o.put("confidence", Math.round(t.confidence() * 1000) / 1000.0);
        }
        return o;
    }

    /**
     * The focus as {@code {"country": ..., "state": ..., "city": ...}}, each {@code null} or an object with
     * country, admin1, mentions, score and, when the article names that place itself, its id, geonameid, name,
     * lat, lon, feature_code (else those are null).
     */
    public static ObjectNode toJson(DocumentFocus f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("country", level(f.country()));
        o.set("state", level(f.state()));
        o.set("city", level(f.city()));
        return o;
    }

    private static ObjectNode level(DocumentFocus.Focus f) {
        if (f == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        Place p = f.place();
        o.put("country", f.country());
        o.put("admin1", f.admin1());
        o.put("id", p == null ? null : p.id());
        if (p != null && p.geonameId() != null) {
            o.put("geonameid", p.geonameId());
        } else {
            o.putNull("geonameid");
        }
        o.put("name", p == null ? null : p.name());
        if (p == null) {
            o.putNull("lat");
            o.putNull("lon");
        } else {
            o.put("lat", p.lat());
            o.put("lon", p.lon());
        }
        o.put("feature_code", p == null ? null : p.featureCode());
        o.put("mentions", f.mentions());
        o.put("score", f.score());
        return o;
    }
}
