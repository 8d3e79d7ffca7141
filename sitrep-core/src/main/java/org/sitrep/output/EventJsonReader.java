package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

/**
 * Reads events back from the JSON of the {@code sitrep code} contract ({@link EventJson}).
 * Missing fields are {@code null}; PLOVER and ACLED types are derived from the CAMEO code when
 * the object does not give them.
 */
public final class EventJsonReader {

    private EventJsonReader() {
    }

    public static EventRecord parse(String json) {
        try {
            return fromJson(EventJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed event JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static EventRecord fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("an event is a JSON object");
        }
        String cameo = text(o, "cameo");
        EventRecord.Participant source = participant(o.get("source"));
        EventRecord.Participant target = participant(o.get("target"));
        EventRecord.Plover plover;
        JsonNode p = o.get("plover");
        if (p != null && p.isObject()) {
            plover = new EventRecord.Plover(text(p, "type"), text(p, "mode"));
        } else {
            plover = CameoTypes.plover(cameo);
        }
        EventRecord.Acled acled;
        JsonNode a = o.get("acled");
        if (a != null && a.isObject()) {
            acled = new EventRecord.Acled(text(a, "event_type"), text(a, "sub_event_type"));
        } else {
            acled = CameoTypes.acled(cameo, source == null ? null : source.kind(), target == null ? null : target.kind());
        }
        EventRecord.PlaceRef place = null;
        JsonNode pl = o.get("place");
        if (pl != null && pl.isObject()) {
            JsonNode g = pl.get("geonameid");
            Long geonameid = g == null || g.isNull() ? null : g.asLong();
            String id = text(pl, "id");
            place = new EventRecord.PlaceRef(text(pl, "text"), geonameid,
                    text(pl, "name"), pl.path("lat").asDouble(0.0), pl.path("lon").asDouble(0.0),
                    text(pl, "country"), text(pl, "admin1"), text(pl, "precision"),
                    id != null ? id : geonameid == null ? null : geonameid.toString());
        }
        JsonNode att = o.get("attribution");
        List<String> cited = new ArrayList<>();
        String speaker = null;
        String outlet = null;
        if (att != null && att.isObject()) {
            speaker = text(att, "speaker");
            outlet = text(att, "outlet");
            att.path("cited").forEach(n -> cited.add(n.asText()));
        }
        String doc = text(o, "doc");
        EventRecord.Evidence evidence = evidence(o.get("evidence"), doc);
        if (doc == null && evidence != null) {
            doc = evidence.doc();
        }
        List<EventRecord.Evidence> support = new ArrayList<>();
        for (JsonNode s : o.path("support")) {
            support.add(evidence(s, doc));
        }
        String modality = text(o, "modality");
        LocalDate date = null;
        String d = text(o, "date");
        if (d != null) {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad event date '" + d + "'");
            }
        }
        return new EventRecord(text(o, "id"), doc, date, text(o, "date_precision"), text(o, "date_basis"), cameo,
                plover, acled, source, target, place,
                modality == null ? Modality.ASSERTED : Modality.valueOf(modality.toUpperCase(Locale.ROOT)),
                new EventRecord.Attribution(speaker, outlet, cited), evidence, support, text(o, "trigger"),
                o.path("confidence").asDouble(0.5), o.path("coder_confidence").asDouble(o.path("confidence").asDouble(0.5)),
                judgement(o.get("judge")), count(o, "fatalities"), count(o, "injured"));
    }

    /** A count of people ({@code null} when absent or null); a negative or fractional one is refused. */
    private static Integer count(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
            throw new IllegalArgumentException("bad " + name + " '" + n + "': a whole number of people, or null");
        }
        return n.asInt();
    }

    private static EventRecord.Judgement judgement(JsonNode j) {
        if (j == null || !j.isObject() || !j.path("class").isInt()) {
            return null;
        }
        List<Double> probabilities = new java.util.ArrayList<>();
        j.path("probabilities").forEach(x -> probabilities.add(x.asDouble()));
        return new EventRecord.Judgement(j.path("class").asInt(), j.path("p").asDouble(), j.path("p_coded").asDouble(),
                probabilities);
    }

    private static EventRecord.Evidence evidence(JsonNode e, String doc) {
        if (e == null || !e.isObject()) {
            return null;
        }
        String d = text(e, "doc");
        return new EventRecord.Evidence(d == null ? doc : d, e.path("sentence").asInt(0), e.path("start").asInt(0),
                e.path("end").asInt(0), text(e, "text"));
    }

    private static EventRecord.Participant participant(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return new EventRecord.Participant(text(n, "text"), text(n, "id"), text(n, "cameo"), text(n, "kind"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
