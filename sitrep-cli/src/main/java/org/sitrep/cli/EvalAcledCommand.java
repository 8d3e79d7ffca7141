package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.eval.acled.AcledEvaluation;
import org.sitrep.eval.acled.AcledNotes;
import org.sitrep.events.EventRecord;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval acled}: ACLED-coded notes, one article each, scored on the main event's type. */
@Command(name = "acled", mixinStandardHelpOptions = true,
        description = {"Code each ACLED-coded note (date<TAB>text<TAB>event_type<TAB>sub_event_type<TAB>fatalities;",
            "examples/acled/notes.tsv) as one article of its day, take its main event (the event with an ACLED",
            "type of highest confidence, the first in the text on ties) and print, for the tune (odd data lines)",
            "and check (even) halves: accuracy of the event type, sub-type and fatalities (where the note gives",
            "them), per type and sub-type, the share of notes with no ACLED-typed event, and the confusion table."})
final class EvalAcledCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--notes", required = true, paramLabel = "FILE", description = "The notes table.")
    Path notes;

    @Option(names = "--half", paramLabel = "tune|check|all", defaultValue = "all",
            description = "Which notes to code (default ${DEFAULT-VALUE}).")
    String half;

    @Option(names = "--failures", description = "List the notes of the tune half whose type, sub-type or fatalities differ.")
    boolean failures;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Dictionaries of your own, as 'sitrep code' reads them.")
    Path dictionaries;

    @Override
    public Integer call() throws IOException {
        AcledNotes.Half only = switch (half.toLowerCase(Locale.ROOT)) {
            case "all" -> null;
            case "tune" -> AcledNotes.Half.TUNE;
            case "check" -> AcledNotes.Half.CHECK;
            default -> throw new UsageException("--half must be tune, check or all, not '" + half + "'");
        };
        List<AcledNotes.Note> all = AcledNotes.read(notes).stream().filter(n -> only == null || n.half() == only).toList();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipelines.standard(dictionaries, err);
        List<AcledEvaluation.Result> results = new AcledEvaluation(pipeline).code(all, n -> { });
        PrintWriter w = spec.commandLine().getOut();
        for (AcledNotes.Half h : AcledNotes.Half.values()) {
            List<AcledEvaluation.Result> in = results.stream().filter(r -> r.note().half() == h).toList();
            if (!in.isEmpty()) {
                print(w, h.name().toLowerCase(Locale.ROOT), AcledEvaluation.summarize(in));
            }
        }
        if (failures) {
            w.println("failures (tune half):");
            for (AcledEvaluation.Result r : results) {
                if (r.note().half() == AcledNotes.Half.TUNE && (!r.subTypeRight()
                        || r.note().fatalities() != null && !r.note().fatalities().equals(r.fatalities()))) {
                    w.printf("line %d: %s | want %s / %s / %s | got %s / %s / %s%n", r.note().line(), r.note().text(),
                            r.note().eventType(), r.note().subEventType(), r.note().fatalities(), r.eventType(),
                            r.subEventType(), r.fatalities());
                    for (EventRecord e : r.events()) {
                        w.printf("    %s %s %s -> %s conf %.2f dead %s \"%s\"%n", e.cameo(),
                                e.acled() == null ? "-" : e.acled().subEventType(), who(e.source()), who(e.target()),
                                e.confidence(), e.fatalities(), e.trigger());
                    }
                }
            }
        }
        w.flush();
        return 0;
    }

    private static String who(EventRecord.Participant p) {
        return p == null ? "-" : p.text() + "[" + p.kind() + "]";
    }

    private static void print(PrintWriter w, String name, AcledEvaluation.Summary s) {
        w.printf("%s (%d notes): event_type %s, sub_event_type %s, fatalities exact %s, no ACLED-typed event %s%n",
                name, s.notes(), s.eventType().describe(), s.subEventType().describe(), s.fatalities().describe(),
                s.untyped().describe());
        w.println("  by event type:");
        s.byType().forEach((k, v) -> w.printf("    %-40s %s%n", k, v.describe()));
        w.println("  by sub-event type:");
        s.bySubType().forEach((k, v) -> w.printf("    %-75s %s%n", k, v.describe()));
        w.println("  confusion (rows: notes' event type; columns: main event's):");
        TreeSet<String> cols = new TreeSet<>();
        s.confusion().values().forEach(m -> cols.addAll(m.keySet()));
        List<String> c = new ArrayList<>(cols);
        StringBuilder head = new StringBuilder(String.format("    %-28s", ""));
        for (String col : c) {
            head.append(String.format(" %10s", abbreviate(col)));
        }
        w.println(head);
        for (Map.Entry<String, Map<String, Integer>> row : s.confusion().entrySet()) {
            StringBuilder line = new StringBuilder(String.format("    %-28s", abbreviate(row.getKey())));
            for (String col : c) {
                line.append(String.format(" %10d", row.getValue().getOrDefault(col, 0)));
            }
            w.println(line);
        }
    }

    private static String abbreviate(String type) {
        return switch (type) {
            case "Explosions/Remote violence" -> "Explosions";
            case "Violence against civilians" -> "VAC";
            case "Strategic developments" -> "Strategic";
            default -> type;
        };
    }
}
