package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.control.ControlPeriod;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.InputException;
import org.sitrep.output.EventJson;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep control}: who controls a place since when. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = {"Who has controlled a place since when, from the territory events in the store",
            "(occupy, enter, take or retake; withdraw or retreat), with the events behind each change",
            "and a confidence. PLACE is a GeoNames id or a name; --list names the places that have one."})
final class ControlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLACE", description = "A GeoNames id (170017) or a name (Hama).")
    String place;

    @Option(names = "--list", description = "List the places that have a control timeline.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws JsonProcessingException {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new UsageException("--format is text or json");
        }
        if (place == null && !list) {
            throw new UsageException("name a PLACE (a GeoNames id or a name), or give --list");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore es = store.openReadOnly()) {
            if (list) {
                for (String[] p : es.controlPlaces()) {
                    out.println(p[0] + "\t" + p[1]);
                }
                out.flush();
                return 0;
            }
            List<ControlPeriod> periods = es.control(place);
            if (periods.isEmpty()) {
                String known = es.controlPlaces().stream().limit(10).map(p -> p[1]).collect(Collectors.joining(", "));
                throw new InputException("no control timeline for '" + place + "'"
                        + (known.isEmpty() ? " (no territory events are stored)" : " (places with one: " + known + ")"));
            }
            if (f.equals("json")) {
                out.println(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(periods)));
            } else {
                text(periods, out);
            }
        }
        out.flush();
        return 0;
    }

    static void text(List<ControlPeriod> periods, PrintWriter out) {
        String key = null;
        for (ControlPeriod p : periods) {
            if (!p.placeKey().equals(key)) {
                key = p.placeKey();
                EventRecord.PlaceRef pl = p.place();
                out.println(pl.name() + (pl.geonameid() == null ? "" : " (GeoNames " + pl.geonameid())
                        + (pl.country() == null ? "" : ", " + pl.country())
                        + (pl.admin1() == null ? "" : ", " + pl.admin1()) + (pl.geonameid() == null ? "" : ")"));
            }
            EventRecord.Participant c = p.controller();
            String who = p.controllerId() + (c != null && c.kind() != null ? " (" + c.kind() + ")" : "");
            String span = (p.since() == null ? "before " + (p.until() == null ? "?" : p.until()) : "since " + p.since())
                    + (p.until() == null ? "" : p.since() == null ? "" : " until " + p.until());
            if (p.since() == null && p.until() != null) {
                span = "until " + p.until();
            }
            out.printf(Locale.ROOT, "  %-22s %-40s confidence %.2f (%s)%n", span, who, p.confidence(),
                    p.basis().equals("taken") ? "taken" : "held: known from losing it");
            for (ControlPeriod.Evidence ev : p.evidence()) {
                String text = ev.text() == null ? "" : ev.text().strip();
                if (text.length() > 110) {
                    text = text.substring(0, 107) + "...";
                }
                out.printf(Locale.ROOT, "      %s %-6s %-5s %-8s %d source%s  %s  \"%s\"%n", ev.date(), ev.role(), ev.cameo(),
                        ev.actorId(), ev.numSources(), ev.numSources() == 1 ? " " : "s", ev.eventId(), text);
            }
        }
    }

    static ArrayNode json(List<ControlPeriod> periods) {
        ArrayNode arr = EventJson.mapper().createArrayNode();
        for (ControlPeriod p : periods) {
            ObjectNode o = arr.addObject();
            o.put("place_key", p.placeKey());
            if (p.place().geonameid() == null) {
                o.putNull("geonameid");
            } else {
                o.put("geonameid", p.place().geonameid());
            }
            o.put("place", p.place().name());
            o.put("seq", p.seq());
            o.put("controller", p.controllerId());
            o.put("controller_cameo", p.controller() == null ? null : p.controller().cameo());
            o.put("controller_kind", p.controller() == null ? null : p.controller().kind());
            o.put("since", p.since() == null ? null : p.since().toString());
            o.put("until", p.until() == null ? null : p.until().toString());
            o.put("confidence", p.confidence());
            o.put("basis", p.basis());
            ArrayNode evs = o.putArray("events");
            for (ControlPeriod.Evidence ev : p.evidence()) {
                ObjectNode e = evs.addObject();
                e.put("event", ev.eventId());
                e.put("role", ev.role());
                e.put("date", ev.date() == null ? null : ev.date().toString());
                e.put("cameo", ev.cameo());
                e.put("actor", ev.actorId());
                e.put("num_sources", ev.numSources());
                e.put("confidence", ev.confidence());
                e.put("text", ev.text());
            }
        }
        return arr;
    }
}
