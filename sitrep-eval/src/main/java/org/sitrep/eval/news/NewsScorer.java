package org.sitrep.eval.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.news.NewsGold.Event;
import org.sitrep.eval.news.NewsGold.Forbidden;
import org.sitrep.events.EventRecord;
import org.sitrep.geo.Distance;

/**
 * Scores the events emitted for one article against its exhaustive gold, by the rules of
 * {@code eval/news/README.md}: each emitted event matches at most one gold event and each gold event
 * at most one emitted event; required gold events are matched first, then optional ones, each time the
 * best match first (most fields agreeing). Emitted events matched to optional gold events are set
 * aside: precision = matched required / (emitted − matched optional), recall = matched required /
 * required.
 */
public final class NewsScorer {

    /** One emitted event matched to one gold event ({@code gold} indexes the article's events). */
    public record Match(int emitted, int gold, boolean optional, boolean nullDate, boolean nullPlace) {
    }

    /**
     * What became of one article's events.
     *
     * @param falsePositives emitted events matched to no gold event (duplicates among them)
     * @param duplicates     emitted events matched to none that would have matched an already-matched gold event
     * @param forbidden      emitted events placed within a forbidden place's radius
     */
    public record ArticleScore(NewsGold.Article article, List<EventRecord> emitted, List<Match> matches,
                               List<Integer> falsePositives, List<Integer> duplicates, List<Integer> forbidden,
                               List<Integer> missed) {

        public Counts counts() {
            int required = (int) article.required();
            int optional = article.events().size() - required;
            int matched = (int) matches.stream().filter(m -> !m.optional()).count();
            int matchedOptional = matches.size() - matched;
            int nullDates = (int) matches.stream().filter(m -> !m.optional() && m.nullDate()).count();
            int nullPlaces = (int) matches.stream().filter(m -> !m.optional() && m.nullPlace()).count();
            return new Counts(1, required, optional, emitted.size(), matched, matchedOptional, falsePositives.size(),
                    duplicates.size(), forbidden.size(), nullDates, nullPlaces);
        }
    }

    /** Figures over one article or summed over many. */
    public record Counts(int articles, int required, int optional, int emitted, int matched, int matchedOptional,
                         int falsePositives, int duplicates, int forbidden, int nullDates, int nullPlaces) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(articles + o.articles, required + o.required, optional + o.optional, emitted + o.emitted,
                    matched + o.matched, matchedOptional + o.matchedOptional, falsePositives + o.falsePositives,
                    duplicates + o.duplicates, forbidden + o.forbidden, nullDates + o.nullDates,
                    nullPlaces + o.nullPlaces);
        }

        /** Matched required over emitted events not set aside; 1 when nothing counts. */
        public double precision() {
            int counted = emitted - matchedOptional;
            return counted == 0 ? 1.0 : (double) matched / counted;
        }

        public double recall() {
            return required == 0 ? 1.0 : (double) matched / required;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String describe() {
            return String.format(Locale.ROOT,
                    "required %d, optional %d, emitted %d, matched %d (+%d optional), false positives %d "
                            + "(duplicates %d), in forbidden places %d, null date %d, null place %d; "
                            + "precision %.3f, recall %.3f, F1 %.3f",
                    required, optional, emitted, matched, matchedOptional, falsePositives, duplicates, forbidden,
                    nullDates, nullPlaces, precision(), recall(), f1());
        }
    }

    private NewsScorer() {
    }

    public static ArticleScore score(NewsGold.Article article, List<EventRecord> emitted) {
        List<Event> gold = article.events();
        boolean[] usedEmitted = new boolean[emitted.size()];
        boolean[] usedGold = new boolean[gold.size()];
        List<Match> matches = new ArrayList<>();
        for (boolean optional : new boolean[] {false, true}) {
            List<int[]> pairs = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (gold.get(g).optional() != optional) {
                    continue;
                }
                for (int e = 0; e < emitted.size(); e++) {
                    if (!usedEmitted[e] && matches(gold.get(g), emitted.get(e))) {
                        pairs.add(new int[] {agreement(gold.get(g), emitted.get(e)), e, g});
                    }
                }
            }
            pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
            for (int[] p : pairs) {
                if (usedEmitted[p[1]] || usedGold[p[2]]) {
                    continue;
                }
                usedEmitted[p[1]] = true;
                usedGold[p[2]] = true;
                Event g = gold.get(p[2]);
                EventRecord e = emitted.get(p[1]);
                matches.add(new Match(p[1], p[2], optional, g.date() != null && e.date() == null,
                        g.hasPlace() && e.place() == null));
            }
        }
        matches.sort(Comparator.comparingInt(Match::emitted));
        List<Integer> falsePositives = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        for (int e = 0; e < emitted.size(); e++) {
            if (usedEmitted[e]) {
                continue;
            }
            falsePositives.add(e);
            for (int g = 0; g < gold.size(); g++) {
                if (usedGold[g] && matches(gold.get(g), emitted.get(e))) {
                    duplicates.add(e);
                    break;
                }
            }
        }
        List<Integer> forbidden = new ArrayList<>();
        for (int e = 0; e < emitted.size(); e++) {
            EventRecord.PlaceRef p = emitted.get(e).place();
            if (p == null) {
                continue;
            }
            for (Forbidden f : article.forbidden()) {
                if (Distance.km(p.lat(), p.lon(), f.lat(), f.lon()) <= f.km()) {
                    forbidden.add(e);
                    break;
                }
            }
        }
        List<Integer> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!usedGold[g] && !gold.get(g).optional()) {
                missed.add(g);
            }
        }
        return new ArticleScore(article, emitted, matches, falsePositives, duplicates, forbidden, missed);
    }

    /** Whether an emitted event may stand for a gold event: every field the gold gives agrees or is null. */
    public static boolean matches(Event gold, EventRecord e) {
        if (e.cameo() == null || gold.cameo().stream().noneMatch(e.cameo()::startsWith)) {
            return false;
        }
        if (!actor(gold.source(), e.source()) || !actor(gold.target(), e.target())) {
            return false;
        }
        if (gold.date() != null && e.date() != null && !gold.date().equals(e.date())) {
            return false;
        }
        if (gold.hasPlace() && e.place() != null && !near(gold, e.place())) {
            return false;
        }
        return gold.modality() == null || gold.modality().equalsIgnoreCase(e.modality().label());
    }

    /**
     * Why an emitted event matched no gold event, by the one field that keeps it from matching some gold event
     * of its article: {@code duplicate} (it would match one already matched), {@code source none}, {@code source
     * differs}, {@code target none}, {@code target differs} (the other side agrees), {@code swapped}, {@code both sides} (the code, date and place fit a gold event, neither side does),
     * {@code date}, {@code code} (a gold event that gives a side), {@code place}, {@code modality}, else
     * {@code no such event}. A figure of what kind of error a false positive is, not of which one.
     */
    public static String reason(ArticleScore score, int emitted) {
        if (score.duplicates().contains(emitted)) {
            return "duplicate";
        }
        EventRecord e = score.emitted().get(emitted);
        List<Event> gold = score.article().events();
        String[] relaxed = {"sides", "date", "code", "place", "modality"};
        for (String field : relaxed) {
            boolean found = false;
            for (Event g : gold) {
                if (matchesBut(g, e, field)) {
                    if (!field.equals("sides")) {
                        return field;
                    }
                    if (e.source() != null && e.target() != null && actor(g.source(), e.target())
                            && actor(g.target(), e.source())) {
                        return "swapped";
                    }
                    if (actor(g.source(), e.source())) {
                        return e.target() == null ? "target none" : "target differs";
                    }
                    if (actor(g.target(), e.target())) {
                        return e.source() == null ? "source none" : "source differs";
                    }
                    found = true;
                }
            }
            if (found) {
                return "both sides";
            }
        }
        return "no such event";
    }

    private static boolean matchesBut(Event gold, EventRecord e, String field) {
        boolean code = e.cameo() != null && gold.cameo().stream().anyMatch(e.cameo()::startsWith);
        if (field.equals("code")) {
            code = !gold.source().isEmpty() || !gold.target().isEmpty();
        }
        if (!code) {
            return false;
        }
        if (!field.equals("sides") && (!actor(gold.source(), e.source()) || !actor(gold.target(), e.target()))) {
            return false;
        }
        if (!field.equals("date") && gold.date() != null && e.date() != null && !gold.date().equals(e.date())) {
            return false;
        }
        if (!field.equals("place") && gold.hasPlace() && e.place() != null && !near(gold, e.place())) {
            return false;
        }
        return field.equals("modality") || gold.modality() == null
                || gold.modality().equalsIgnoreCase(e.modality().label());
    }

    /** How many of the fields the gold gives the emitted event states and agrees on (not counting nulls). */
    static int agreement(Event gold, EventRecord e) {
        int n = 0;
        if (!gold.source().isEmpty() && e.source() != null) {
            n++;
        }
        if (!gold.target().isEmpty() && e.target() != null) {
            n++;
        }
        if (gold.date() != null && e.date() != null) {
            n++;
        }
        if (gold.hasPlace() && e.place() != null) {
            n++;
        }
        if (gold.modality() != null) {
            n++;
        }
        return n;
    }

    private static boolean near(Event gold, EventRecord.PlaceRef p) {
        return Distance.km(gold.lat(), gold.lon(), p.lat(), p.lon()) <= gold.km();
    }

    /** An empty list accepts any actor or none; otherwise one alternative is in the actor's text, id or code. */
    static boolean actor(List<String> accepted, EventRecord.Participant p) {
        if (accepted.isEmpty()) {
            return true;
        }
        if (p == null) {
            return false;
        }
        for (String a : accepted) {
            String needle = a.toLowerCase(Locale.ROOT);
            if (contains(p.text(), needle) || contains(p.id(), needle) || contains(p.cameo(), needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(needle);
    }
}
