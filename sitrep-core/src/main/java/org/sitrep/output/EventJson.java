package org.sitrep.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;

/** Events as the JSON objects of the {@code sitrep code} contract (one per line in jsonl). */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(EventRecord e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("date_precision", e.datePrecision());
        o.put("date_basis", e.dateBasis());
        o.put("cameo", e.cameo());
        o.put("cameo_name", CameoTypes.description(e.cameo()));
        if (e.plover() == null) {
            o.putNull("plover");
        } else {
            ObjectNode p = o.putObject("plover");
            p.put("type", e.plover().type());
            p.put("mode", e.plover().mode());
        }
        if (e.acled() == null) {
            o.putNull("acled");
        } else {
            ObjectNode a = o.putObject("acled");
            a.put("event_type", e.acled().eventType());
            a.put("sub_event_type", e.acled().subEventType());
        }
        number(o, "fatalities", e.fatalities());
        number(o, "injured", e.injured());
        participant(o, "source", e.source());
        participant(o, "target", e.target());
        if (e.place() == null) {
            o.putNull("place");
        } else {
            EventRecord.PlaceRef p = e.place();
            ObjectNode n = o.putObject("place");
            n.put("text", p.text());
            n.put("id", p.id());
            if (p.geonameid() == null) {
                n.putNull("geonameid");
            } else {
                n.put("geonameid", p.geonameid());
            }
            n.put("name", p.name());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            n.put("country", p.country());
            n.put("admin1", p.admin1());
            n.put("precision", p.precision());
        }
        o.put("modality", e.modality().label());
        ObjectNode att = o.putObject("attribution");
        att.put("speaker", e.attribution().speaker());
        att.put("outlet", e.attribution().outlet());
        ArrayNode cited = att.putArray("cited");
        e.attribution().cited().forEach(cited::add);
        o.set("evidence", evidence(e.evidence()));
        ArrayNode support = o.putArray("support");
        e.support().forEach(s -> support.add(evidence(s)));
        o.put("trigger", e.trigger());
        o.put("confidence", e.confidence());
        o.put("coder_confidence", e.coderConfidence());
        if (e.judgement() != null) {
            ObjectNode j = o.putObject("judge");
            j.put("class", e.judgement().quad());
            j.put("p", e.judgement().probability());
            j.put("p_coded", e.judgement().codedProbability());
            if (!e.judgement().probabilities().isEmpty()) {
                ArrayNode probabilities = j.putArray("probabilities");
                e.judgement().probabilities().forEach(probabilities::add);
            }
        }
        return o;
    }

    private static void number(ObjectNode o, String name, Integer n) {
        if (n == null) {
            o.putNull(name);
        } else {
            o.put(name, n);
        }
    }

    private static void participant(ObjectNode o, String name, EventRecord.Participant p) {
        if (p == null) {
            o.putNull(name);
            return;
        }
        ObjectNode n = o.putObject(name);
        n.put("text", p.text());
        n.put("id", p.id());
        n.put("cameo", p.cameo());
        n.put("kind", p.kind());
    }

    private static ObjectNode evidence(EventRecord.Evidence ev) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", ev.doc());
        n.put("sentence", ev.sentence());
        n.put("start", ev.start());
        n.put("end", ev.end());
        n.put("text", ev.text());
        return n;
    }
}
