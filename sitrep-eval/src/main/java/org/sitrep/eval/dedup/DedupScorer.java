package org.sitrep.eval.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.dedup.DedupRules;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.EventRecord;

/**
 * The measure of {@code eval/dedup/README.md}, on the events of one store: coverage, split, pairwise
 * recall and wrongful merges, per half of the set, and why each pair of tellings of one gold event
 * from two articles was kept apart (the first rule of {@link DedupRules} the two tellings fail).
 */
public final class DedupScorer {

    /** Why two tellings of one gold event sit in two stored events, by the rule they fail. */
    public static final List<String> REASONS = List.of("no shared actor id or place", "different action class",
            "date windows apart", "actors differ", "places apart", "announced vs done", "tellings match, events not");

    /** One telling of a gold event: the stored event it sits in and the report. */
    public record Telling(Event event, Report report, String doc) {
    }

    /** A pair of tellings of one gold event from two articles kept in two stored events. */
    public record Apart(Telling a, Telling b, String category, String reason) {
    }

    /** What the store made of one gold event. */
    public record GoldResult(DedupSet.GoldEvent gold, List<Event> stored, List<Telling> tellings, int pairs,
                             int together, List<Apart> apart) {
    }

    /** A stored event told by two or more articles; {@code wrong} when its tellings belong to two gold events or topics. */
    public record Merged(Event event, Set<String> docs, Set<String> gold, Set<Integer> topics, boolean wrong) {
    }

    /** The figures of one half (or of the whole set). */
    public record Figures(int gold, int covered, int multiReported, int storedForMulti, int pairs, int together,
                          int multiArticleEvents, int wrongful, Map<String, Integer> apart) {

        /** Stored events per gold event told by two or more articles (and found), NaN when there is none. */
        public double split() {
            return multiReported == 0 ? Double.NaN : (double) storedForMulti / multiReported;
        }

        public double pairwiseRecall() {
            return pairs == 0 ? Double.NaN : (double) together / pairs;
        }

        public double wrongfulShare() {
            return multiArticleEvents == 0 ? 0.0 : (double) wrongful / multiArticleEvents;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "coverage %d/%d, split %.2f (%d stored for %d events), pairwise recall %.3f (%d/%d), "
                            + "wrongful merges %.1f%% (%d/%d)", covered, gold, split(), storedForMulti, multiReported,
                    pairwiseRecall(), together, pairs, 100 * wrongfulShare(), wrongful, multiArticleEvents));
            int apartTotal = apart.values().stream().mapToInt(Integer::intValue).sum();
            if (apartTotal > 0) {
                sb.append("\n    kept apart:");
                for (String r : REASONS) {
                    int n = apart.getOrDefault(r, 0);
                    if (n > 0) {
                        sb.append(String.format(Locale.ROOT, " %s %d%%;", r, Math.round(100.0 * n / apartTotal)));
                    }
                }
                sb.setLength(sb.length() - 1);
            }
            return sb.toString();
        }
    }

    /** The whole result: per gold event, per merged stored event, and figures per half. */
    public record Result(List<GoldResult> gold, List<Merged> merged, Map<DedupSet.Half, Figures> halves, Figures all) {
    }

    private DedupScorer() {
    }

    /**
     * Scores the stored events against the set.
     *
     * @param set    the set; its mentions' offsets must be offsets into the stored texts
     * @param events every stored event, with its reports
     * @param docOf  the set's article id of a report, {@code null} for an article not in the set
     */
    public static Result score(DedupSet set, List<Event> events, Function<Report, String> docOf) {
        Map<String, Integer> topicOf = new HashMap<>();
        set.articles().forEach(a -> topicOf.put(a.doc(), a.topic()));
        // the tellings of each article
        Map<String, List<Telling>> byDoc = new HashMap<>();
        for (Event e : events) {
            for (Report r : e.reports()) {
                String doc = docOf.apply(r);
                if (doc != null) {
                    byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Telling(e, r, doc));
                }
            }
        }
        List<Report> all = new ArrayList<>();
        events.forEach(e -> all.addAll(e.reports()));
        DedupRules.Context context = new DedupRules.Context(all);
        List<GoldResult> results = new ArrayList<>();
        Map<String, Set<String>> goldOfTelling = new HashMap<>(); // record id -> gold ids whose mention it holds
        Map<String, Set<String>> fittingGoldOfTelling = new HashMap<>();
        for (DedupSet.GoldEvent g : set.events()) {
            Map<String, Telling> tellings = new LinkedHashMap<>();
            for (DedupSet.Mention m : g.mentions()) {
                for (Telling t : byDoc.getOrDefault(m.doc(), List.of())) {
                    if (!holds(t.report().record(), m)) {
                        continue;
                    }
                    goldOfTelling.computeIfAbsent(t.report().record().id(), k -> new TreeSet<>()).add(g.id());
                    if (g.fits(t.event().cameo())) {
                        fittingGoldOfTelling.computeIfAbsent(t.report().record().id(), k -> new TreeSet<>()).add(g.id());
                        tellings.putIfAbsent(t.report().record().id(), t);
                    }
                }
            }
            List<Telling> ts = new ArrayList<>(tellings.values());
            Map<String, Event> stored = new LinkedHashMap<>();
            ts.forEach(t -> stored.putIfAbsent(t.event().id(), t.event()));
            int pairs = 0, together = 0;
            List<Apart> apart = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                for (int j = i + 1; j < ts.size(); j++) {
                    Telling a = ts.get(i), b = ts.get(j);
                    if (a.doc().equals(b.doc())) {
                        continue;
                    }
                    pairs++;
                    if (a.event().id().equals(b.event().id())) {
                        together++;
                    } else {
                        DedupRules.Match m = context.compare(a.report(), b.report());
                        String reason = m.same() ? "tellings match (" + m.reason() + "); their events part on: "
                                + conflict(context, a.event(), b.event()) : m.reason();
                        apart.add(new Apart(a, b, m.same() ? REASONS.get(6) : category(m.reason()), reason));
                    }
                }
            }
            results.add(new GoldResult(g, new ArrayList<>(stored.values()), ts, pairs, together, apart));
        }
        List<Merged> merged = new ArrayList<>();
        for (Event e : events) {
            Set<String> docs = new TreeSet<>();
            Set<Integer> topics = new TreeSet<>();
            Set<String> gold = new TreeSet<>();
            List<Set<String>> perTelling = new ArrayList<>();
            List<String> tellingDocs = new ArrayList<>();
            for (Report r : e.reports()) {
                String doc = docOf.apply(r);
                if (doc == null) {
                    continue;
                }
                docs.add(doc);
                Integer t = topicOf.get(doc);
                if (t != null) {
                    topics.add(t);
                }
                Set<String> gs = fittingGoldOfTelling.getOrDefault(r.record().id(),
                        goldOfTelling.getOrDefault(r.record().id(), Set.of()));
                gold.addAll(gs);
                perTelling.add(gs);
                tellingDocs.add(doc);
            }
            if (docs.size() < 2) {
                continue;
            }
            boolean wrong = topics.size() > 1;
            for (int i = 0; i < perTelling.size() && !wrong; i++) {
                for (int j = i + 1; j < perTelling.size() && !wrong; j++) {
                    if (tellingDocs.get(i).equals(tellingDocs.get(j))) {
                        continue;
                    }
                    Set<String> x = perTelling.get(i), y = perTelling.get(j);
                    if (!x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
                        wrong = true;
                    }
                }
            }
            merged.add(new Merged(e, docs, gold, topics, wrong));
        }
        Map<DedupSet.Half, Figures> halves = new LinkedHashMap<>();
        for (DedupSet.Half h : DedupSet.Half.values()) {
            halves.put(h, figures(set, results, merged, h));
        }
        return new Result(results, merged, halves, figures(set, results, merged, null));
    }

    private static Figures figures(DedupSet set, List<GoldResult> results, List<Merged> merged, DedupSet.Half half) {
        int gold = 0, covered = 0, multi = 0, storedForMulti = 0, pairs = 0, together = 0;
        Map<String, Integer> apart = new TreeMap<>();
        for (GoldResult r : results) {
            if (half != null && set.half(r.gold().topic()) != half) {
                continue;
            }
            gold++;
            if (r.stored().isEmpty()) {
                continue;
            }
            covered++;
            if (r.gold().docs().size() >= 2 && !r.gold().multiDay()) {
                multi++;
                storedForMulti += r.stored().size();
            }
            pairs += r.pairs();
            together += r.together();
            r.apart().forEach(a -> apart.merge(a.category(), 1, Integer::sum));
        }
        int multiArticle = 0, wrongful = 0;
        for (Merged m : merged) {
            if (half != null && (m.topics().isEmpty() || set.half(m.topics().iterator().next()) != half)) {
                continue;
            }
            multiArticle++;
            if (m.wrong()) {
                wrongful++;
            }
        }
        return new Figures(gold, covered, multi, storedForMulti, pairs, together, multiArticle, wrongful, apart);
    }

    /** The first contradiction between a telling of one event and a telling of the other, or why they did not meet. */
    private static String conflict(DedupRules.Context context, Event a, Event b) {
        for (Report x : a.reports()) {
            for (Report y : b.reports()) {
                DedupRules.Match m = context.compare(x, y);
                if (m.conflict()) {
                    return m.reason();
                }
            }
        }
        return "nothing contradicts: a telling fitting two events equally well joined neither";
    }

    /** Whether a telling's evidence or support sentences hold a mention. */
    static boolean holds(EventRecord r, DedupSet.Mention m) {
        List<EventRecord.Evidence> spans = new ArrayList<>();
        if (r.evidence() != null) {
            spans.add(r.evidence());
        }
        spans.addAll(r.support());
        for (EventRecord.Evidence s : spans) {
            if (m.start() >= s.start() && m.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The reason a rule of {@link DedupRules} gives, as one of {@link #REASONS}. */
    public static String category(String reason) {
        if (reason == null) {
            return REASONS.get(6);
        }
        if (reason.startsWith("anchor")) {
            return REASONS.get(0);
        }
        if (reason.startsWith("action: one is announced")) {
            return REASONS.get(5);
        }
        if (reason.startsWith("action")) {
            return REASONS.get(1);
        }
        if (reason.startsWith("date")) {
            return REASONS.get(2);
        }
        if (reason.startsWith("actors")) {
            return REASONS.get(3);
        }
        if (reason.startsWith("place")) {
            return REASONS.get(4);
        }
        return REASONS.get(6);
    }

    /** The set's article ids, in the order given, of the reports of an event. */
    public static Set<String> docs(Event e, Function<Report, String> docOf) {
        Set<String> out = new LinkedHashSet<>();
        e.reports().forEach(r -> {
            String d = docOf.apply(r);
            if (d != null) {
                out.add(d);
            }
        });
        return out;
    }
}
