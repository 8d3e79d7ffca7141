package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;
import org.sitrep.output.EventStreamWriter;
import org.sitrep.output.ExportFormat;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep events}: query the store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Query the events in the store by actor, place or bounding box, type and dates.",
            "Prints one line per event (--format table, the default) or one JSON object per event with",
            "every report of it (--format jsonl)."})
final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or jsonl.")
    String format;

    @Override
    public Integer call() {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("jsonl")) {
            throw new UsageException("--format is table or jsonl (sitrep export writes the other formats)");
        }
        var q = query.query();
        PrintWriter out = spec.commandLine().getOut();
        int[] n = {0};
        try (EventStore es = store.openReadOnly()) {
            if (f.equals("jsonl")) {
                EventStreamWriter w = new EventStreamWriter(ExportFormat.JSONL, out);
                es.events(q, e -> {
                    w.write(e);
                    n[0]++;
                });
                w.close();
            } else {
                es.events(q, e -> {
                    out.println(line(e));
                    n[0]++;
                });
                spec.commandLine().getErr().println(n[0] + " event" + (n[0] == 1 ? "" : "s"));
            }
        }
        out.flush();
        return 0;
    }

    /** One event as a line of the table: line breaks and tabs inside its texts are written as \\n, \\r, \\t. */
    static String line(Event e) {
        EventRecord h = e.head();
        String who = escape(actor(h.source()) + " -> " + actor(h.target()));
        String where = escape(h.place() == null ? "-" : (h.place().name() != null ? h.place().name() : h.place().text())
                + (h.place().geonameid() == null ? "" : " (" + h.place().geonameid() + ")"));
        return String.format(Locale.ROOT, "%-10s  %-5s %-8s %-30s %-24s %-8s %2d src %2d art  %.2f  %s",
                h.date() == null ? "undated" : h.date(), h.cameo(), h.plover() == null ? "-" : h.plover().type(),
                who, where, h.modality() == null ? "-" : h.modality().label(), e.numSources(), e.numArticles(),
                e.confidence(), e.id());
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String actor(EventRecord.Participant p) {
        if (p == null) {
            return "-";
        }
        return p.id() != null ? p.id() : p.text() != null ? p.text() : "?";
    }
}
