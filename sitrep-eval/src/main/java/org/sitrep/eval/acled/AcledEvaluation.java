package org.sitrep.eval.acled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.Published;
import org.sitrep.pipeline.Pipeline;

/**
 * Codes each ACLED-coded note as one article dated by the note's day, picks the note's main event and
 * compares its ACLED type, sub-type and fatalities with the note's.
 *
 * <p>The main event is the event with an ACLED type of highest confidence, the first in the text on ties
 * (whatever its confidence: the threshold of {@code sitrep code} is not applied).
 */
public final class AcledEvaluation {

    /** What the pipeline made of one note: its main event, or {@code null} when no event has an ACLED type. */
    public record Result(AcledNotes.Note note, EventRecord main, List<EventRecord> events) {

        public String eventType() {
            return main == null ? null : main.acled().eventType();
        }

        public String subEventType() {
            return main == null ? null : main.acled().subEventType();
        }

        public Integer fatalities() {
            return main == null ? null : main.fatalities();
        }

        public boolean typeRight() {
            return note.eventType().equals(eventType());
        }

        public boolean subTypeRight() {
            return typeRight() && Objects.equals(note.subEventType(), subEventType());
        }
    }

    private final Pipeline pipeline;

    public AcledEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<Result> code(List<AcledNotes.Note> notes, Consumer<AcledNotes.Note> progress) {
        Ingest ingest = new Ingest();
        List<Result> out = new ArrayList<>();
        for (AcledNotes.Note n : notes) {
            Article a = ingest.read(n.text().getBytes(StandardCharsets.UTF_8), "note-" + n.line())
                    .withPublished(new Published(n.date(), null));
            List<EventRecord> events = pipeline.code(a);
            out.add(new Result(n, main(events), events));
            progress.accept(n);
        }
        return out;
    }

    /** The event with an ACLED type of highest confidence, the first in the text on ties; {@code null} for none. */
    public static EventRecord main(List<EventRecord> events) {
        return events.stream().filter(e -> e.acled() != null && e.acled().eventType() != null)
                .min(Comparator.comparingDouble((EventRecord e) -> -e.confidence())
                        .thenComparingInt(e -> e.evidence() == null ? Integer.MAX_VALUE : e.evidence().start()))
                .orElse(null);
    }

    /** Right and total counts. */
    public record Score(int right, int total) {
        public double share() {
            return total == 0 ? 0 : (double) right / total;
        }

        Score plus(boolean ok) {
            return new Score(right + (ok ? 1 : 0), total + 1);
        }

        public String describe() {
            return String.format(Locale.ROOT, "%.3f (%d/%d)", share(), right, total);
        }
    }

    /** The figures of a set of results. */
    public record Summary(int notes, Score eventType, Score subEventType, Score fatalities, Score untyped,
                          Map<String, Score> byType, Map<String, Score> bySubType,
                          Map<String, Map<String, Integer>> confusion) {
    }

    public static Summary summarize(List<Result> results) {
        Score type = new Score(0, 0);
        Score sub = new Score(0, 0);
        Score dead = new Score(0, 0);
        Score untyped = new Score(0, 0);
        Map<String, Score> byType = new TreeMap<>();
        Map<String, Score> bySub = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (Result r : results) {
            type = type.plus(r.typeRight());
            sub = sub.plus(r.subTypeRight());
            untyped = untyped.plus(r.main() == null);
            if (r.note().fatalities() != null) {
                dead = dead.plus(r.note().fatalities().equals(r.fatalities()));
            }
            byType.merge(r.note().eventType(), new Score(0, 0).plus(r.typeRight()),
                    (x, y) -> new Score(x.right() + y.right(), x.total() + y.total()));
            String gs = r.note().eventType() + ": " + r.note().subEventType();
            bySub.merge(gs, new Score(0, 0).plus(r.subTypeRight()),
                    (x, y) -> new Score(x.right() + y.right(), x.total() + y.total()));
            confusion.computeIfAbsent(r.note().eventType(), k -> new TreeMap<>())
                    .merge(r.eventType() == null ? "(none)" : r.eventType(), 1, Integer::sum);
        }
        return new Summary(results.size(), type, sub, dead, untyped, byType, bySub, confusion);
    }
}
