package org.sitrep.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

/**
 * When two tellings are the same event. Each rule has a name so that a decision can be explained
 * ({@link Match#reason()}). Two tellings are the same event when all of these hold:
 * <ol>
 *   <li><b>action</b>: their codes {@linkplain ActionClass#fit fit} (one action family, the same means
 *       or one unsaid), and both or neither announced rather than done;</li>
 *   <li><b>actors</b>: source matches source and target matches target, where an unknown actor
 *       matches any; two actors no dictionary knows match by the name their article gives them
 *       ({@link ActorNames}); for symmetric actions (fighting, meetings) the two sides may be swapped;</li>
 *   <li><b>place</b>: the same GeoNames place, or places within {@value #NEAR_KM} km, or one inside
 *       the country or province the other names, or one unknown; a telling whose sentence names no
 *       place is placed where its article is ({@link Telling#articlePlace()}): the place its other
 *       tellings name most; an article's place may join two tellings (anchor), never part them;</li>
 *   <li><b>date</b>: their date windows overlap: a day told in the text (or the story's day) is that
 *       day; a date taken from the report's own date is that day or one of the
 *       {@value #REPORT_DAYS} before (news tells of the last days); a week, month or year is the
 *       whole of it; an undated telling ("previously") is the week before its report; undated and
 *       unreported tellings only meet each other;</li>
 *   <li><b>anchor</b>: they share at least one known actor (an id or a name) or one known place; two
 *       tellings with neither actors nor place in common are never merged.</li>
 * </ol>
 */
public final class DedupRules {

    /** Places closer than this are one place (a city and its neighbourhoods). */
    public static final double NEAR_KM = 10.0;

    /** How many days before its report an event dated only by the report may have happened. */
    public static final int REPORT_DAYS = 3;

    /** The outcome of comparing two tellings. */
    public record Match(boolean same, int score, String reason) {
        static Match no(String reason) {
            return new Match(false, 0, reason);
        }

        /** Whether the tellings contradict each other (not merely share nothing). */
        public boolean conflict() {
            return !same && !reason.startsWith("anchor");
        }
    }

    /**
     * A telling with what its article adds: the names of its actors no dictionary knows, the article's
     * place when its sentence names none, and its date window.
     *
     * @param sourceName   the identity of the source by name ({@link ActorNames}), {@code null} for none
     * @param targetName   the same for the target
     * @param place        the telling's place, else its article's; {@code null} when neither is known
     * @param articlePlace whether {@code place} is the article's rather than the sentence's
     * @param window       the days the event may have happened on, {@code null} when nothing dates it
     */
    public record Telling(Report report, String sourceName, String targetName, EventRecord.PlaceRef place,
                          boolean articlePlace, LocalDate[] window) {
        public EventRecord record() {
            return report.record();
        }
    }

    /** What the articles of a set of tellings add to each: names and places. */
    public static final class Context {
        private final Map<String, String[]> names = new HashMap<>();
        private final Map<String, EventRecord.PlaceRef> articlePlaces = new HashMap<>();

        /** The context of the given tellings (all tellings of their articles should be among them). */
        public Context(Collection<Report> reports) {
            Map<String, List<Report>> byArticle = new TreeMap<>();
            for (Report r : reports) {
                byArticle.computeIfAbsent(Objects.toString(r.articleId(), "\u0000" + r.record().id()),
                        k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<Report>> e : byArticle.entrySet()) {
                names.putAll(ActorNames.of(e.getValue()));
                EventRecord.PlaceRef p = placeOfArticle(e.getValue());
                if (p != null) {
                    articlePlaces.put(e.getKey(), p);
                }
            }
            // a name that ends with another name given elsewhere is that name ("chargers jamal williams")
            java.util.Set<String> all = new java.util.TreeSet<>();
            names.values().forEach(n -> {
                for (String x : n) {
                    if (x != null) {
                        all.add(x);
                    }
                }
            });
            Map<String, String> shorter = new HashMap<>();
            for (String n : all) {
                String[] w = n.split(" ");
                for (int k = 1; k <= w.length - 2; k++) {
                    String suffix = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
                    if (all.contains(suffix)) {
                        shorter.put(n, suffix);
                    }
                }
            }
            if (!shorter.isEmpty()) {
                for (String[] n : names.values()) {
                    for (int i = 0; i < n.length; i++) {
                        if (n[i] != null && shorter.containsKey(n[i])) {
                            n[i] = shorter.get(n[i]);
                        }
                    }
                }
            }
        }

        /** A telling with what its article adds. */
        public Telling telling(Report r) {
            String[] n = names.getOrDefault(r.record().id(), new String[2]);
            EventRecord.PlaceRef own = r.record().place();
            boolean fromArticle = false;
            EventRecord.PlaceRef place = own;
            if (!known(own) && r.articleId() != null) {
                place = articlePlaces.get(r.articleId());
                fromArticle = place != null;
            }
            return new Telling(r, n[0], n[1], place, fromArticle, window(r.record(), r.published()));
        }

        /** The article's place of a telling, {@code null} when its article has none or its sentence names one. */
        public EventRecord.PlaceRef articlePlace(Report r) {
            return known(r.record().place()) || r.articleId() == null ? null : articlePlaces.get(r.articleId());
        }

        /** Compares two tellings in this context. */
        public Match compare(Report a, Report b) {
            return DedupRules.compare(telling(a), telling(b));
        }
    }

    /**
     * The place an article is about: the place finer than a province that its tellings name most
     * (more often than any other), {@code null} when none does.
     */
    static EventRecord.PlaceRef placeOfArticle(List<Report> article) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, EventRecord.PlaceRef> byKey = new HashMap<>();
        for (Report r : article) {
            EventRecord.PlaceRef p = r.record().place();
            if (!known(p) || coarse(p)) {
                continue;
            }
            String key = p.geonameid() != null ? "g" + p.geonameid() : "n" + placeName(p).toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            byKey.putIfAbsent(key, p);
        }
        String best = uniqueMost(counts);
        return best == null ? null : byKey.get(best);
    }

    private DedupRules() {
    }

    /** How specific a telling is; the most specific telling of an event seeds it. */
    public static int specificity(Report r) {
        EventRecord e = r.record();
        int s = 0;
        if (actorId(e.source()) != null) {
            s += 2;
        }
        if (actorId(e.target()) != null) {
            s += 1;
        }
        if (e.place() != null && e.place().geonameid() != null) {
            s += 2;
        } else if (placeName(e.place()) != null) {
            s += 1;
        }
        if (e.date() != null) {
            s += 1;
            if ("day".equals(precision(e))) {
                s += 1;
            }
            if ("text".equals(e.dateBasis())) {
                s += 1;
            }
        }
        if (e.cameo() != null && e.cameo().length() >= 3) {
            s += 1;
        }
        return s;
    }

    /** A telling that leaves its source or place unknown: it never picks between equally good events. */
    public static boolean partial(Telling t) {
        return actorId(t.record().source()) == null && t.sourceName() == null || t.place() == null;
    }

    /** Compares two tellings on their own (no article adds names or places). */
    public static Match compare(Report a, Report b) {
        return new Context(List.of(a, b)).compare(a, b);
    }

    /** Compares two tellings. */
    public static Match compare(Telling ta, Telling tb) {
        return compare(ta, tb, true);
    }

    /**
     * Compares two tellings; without {@code explain} the reason is only the name of the rule
     * ({@code action}, {@code actors}, {@code place}, {@code date}, {@code anchor}, {@code same}).
     */
    static Match compare(Telling ta, Telling tb, boolean explain) {
        EventRecord a = ta.record();
        EventRecord b = tb.record();
        String cls = ActionClass.of(a.cameo());
        if (cls == null || !ActionClass.fit(a.cameo(), b.cameo())) {
            return Match.no(explain ? "action: " + a.cameo() + " and " + b.cameo() + " are different actions" : "action");
        }
        if ((a.modality() == Modality.FUTURE) != (b.modality() == Modality.FUTURE)) {
            return Match.no("action: one is announced, the other done");
        }
        Side sa = new Side(a.source(), ta.sourceName()), ta2 = new Side(a.target(), ta.targetName());
        Side sb = new Side(b.source(), tb.sourceName()), tb2 = new Side(b.target(), tb.targetName());
        boolean direct = sa.fits(sb) && ta2.fits(tb2);
        boolean swapped = ActionClass.symmetric(a.cameo(), b.cameo()) && sa.fits(tb2) && ta2.fits(sb);
        if (!direct && !swapped) {
            return Match.no(explain ? "actors: " + sa + "→" + ta2 + " and " + sb + "→" + tb2 + " differ" : "actors");
        }
        PlaceFit place = placeFit(ta.place(), tb.place());
        if (place == PlaceFit.APART && (ta.articlePlace() || tb.articlePlace())) {
            place = PlaceFit.UNKNOWN; // an article's place may join two tellings, never part them
        }
        if (place == PlaceFit.APART) {
            return !explain ? Match.no("place") : Match.no("place: " + placeName(ta.place()) + (ta.articlePlace() ? " (article)" : "") + " and "
                    + placeName(tb.place()) + (tb.articlePlace() ? " (article)" : "") + " are apart");
        }
        LocalDate[] wa = ta.window();
        LocalDate[] wb = tb.window();
        if (wa == null || wb == null) {
            if (wa != wb) {
                return Match.no("date: one is dated, the other not");
            }
        } else if (wa[1].isBefore(wb[0]) || wb[1].isBefore(wa[0])) {
            return Match.no(explain ? "date: " + wa[0] + ".." + wa[1] + " and " + wb[0] + ".." + wb[1] + " do not overlap"
                    : "date");
        }
        boolean sameSource = direct ? sa.same(sb) : sa.same(tb2);
        boolean sameTarget = direct ? ta2.same(tb2) : ta2.same(sb);
        if (!sameSource && !sameTarget && place != PlaceFit.SAME) {
            return Match.no(explain ? "anchor: no known actor and no known place in common" : "anchor");
        }
        int score = 0;
        StringBuilder why = explain ? new StringBuilder("same ").append(cls) : null;
        if (sameSource) {
            score += 3;
            if (why != null) {
                why.append(", source ").append(sa);
            }
        }
        if (sameTarget) {
            score += 2;
            if (why != null) {
                why.append(", target ").append(ta2);
            }
        }
        boolean viaArticle = ta.articlePlace() || tb.articlePlace();
        if (place == PlaceFit.SAME) {
            score += viaArticle ? 1 : 2;
            if (why != null) {
                why.append(", place ").append(placeName(ta.place())).append(viaArticle ? " (article)" : "");
            }
        } else if (place == PlaceFit.INSIDE) {
            score += viaArticle ? 0 : 1;
            if (why != null) {
                why.append(", place ").append(placeName(ta.place())).append(" ~ ").append(placeName(tb.place()));
            }
        }
        if (Objects.equals(a.cameo(), b.cameo())) {
            score += 1;
        }
        if (a.date() != null && a.date().equals(b.date())) {
            score += 1;
            if (why != null) {
                why.append(", date ").append(a.date());
            }
        }
        return new Match(true, score, why == null ? "same" : why.toString());
    }

    /** One side of a telling: the participant and its name, when its article gives it one. */
    private record Side(EventRecord.Participant p, String name) {

        /** Whether two sides may be the same actor; an unknown one fits any. */
        boolean fits(Side o) {
            if (p == null || o.p == null) {
                return true;
            }
            if (name != null && o.name != null) {
                return name.equals(o.name);
            }
            String ix = actorId(p), iy = actorId(o.p);
            if (ix != null && iy != null && (name == null) == (o.name == null)) {
                return ix.equals(iy);
            }
            if (name != null || o.name != null) {
                return true; // a named person and an actor known only by a dictionary's agent word
            }
            return p.kind() == null || o.p.kind() == null || p.kind().equals(o.p.kind());
        }

        /** Whether two sides are known to be the same actor: one id or one name. */
        boolean same(Side o) {
            if (name != null && o.name != null) {
                return name.equals(o.name);
            }
            return DedupRules.same(actorId(p), actorId(o.p)) && (name == null) == (o.name == null);
        }

        @Override
        public String toString() {
            return name != null ? "\"" + name + "\"" : String.valueOf(actorId(p));
        }
    }

    enum PlaceFit { SAME, INSIDE, UNKNOWN, APART }

    static PlaceFit placeFit(EventRecord.PlaceRef a, EventRecord.PlaceRef b) {
        if (!known(a) || !known(b)) {
            return PlaceFit.UNKNOWN;
        }
        if (a.geonameid() != null && a.geonameid().equals(b.geonameid())) {
            return PlaceFit.SAME;
        }
        if (placeName(a) != null && placeName(a).equalsIgnoreCase(Objects.toString(placeName(b), ""))
                && (a.geonameid() == null || b.geonameid() == null || a.country() == null
                || a.country().equalsIgnoreCase(Objects.toString(b.country(), "")))) {
            return PlaceFit.SAME; // one name in one country: a city and its county, or a place told without id
        }
        if (hasCoordinates(a) && hasCoordinates(b) && km(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_KM
                && !coarse(a) && !coarse(b)) {
            return PlaceFit.SAME;
        }
        if (inside(a, b) || inside(b, a)) {
            return PlaceFit.INSIDE;
        }
        return PlaceFit.APART;
    }

    static boolean known(EventRecord.PlaceRef p) {
        return p != null && (p.geonameid() != null || placeName(p) != null);
    }

    /** Whether {@code fine} lies in {@code area}, a country or a first-level division. */
    private static boolean inside(EventRecord.PlaceRef area, EventRecord.PlaceRef fine) {
        if (area.country() == null || !area.country().equalsIgnoreCase(Objects.toString(fine.country(), ""))) {
            return false;
        }
        if ("country".equals(area.precision())) {
            return !"country".equals(fine.precision());
        }
        if ("admin1".equals(area.precision())) {
            return !"admin1".equals(fine.precision()) && !"country".equals(fine.precision())
                    && area.name() != null && fine.admin1() != null
                    && (area.name().equalsIgnoreCase(fine.admin1()) || fine.admin1().toLowerCase(Locale.ROOT)
                    .startsWith(area.name().toLowerCase(Locale.ROOT)));
        }
        return false;
    }

    static boolean coarse(EventRecord.PlaceRef p) {
        return "country".equals(p.precision()) || "admin1".equals(p.precision());
    }

    private static boolean hasCoordinates(EventRecord.PlaceRef p) {
        return p.lat() != 0.0 || p.lon() != 0.0;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.sitrep.geo.Distance.km(lat1, lon1, lat2, lon2);
    }

    /**
     * The days a telling's event may have happened on, {@code null} when nothing dates it.
     */
    public static LocalDate[] window(EventRecord e, org.sitrep.ingest.Published published) {
        LocalDate d = e.date();
        if (d == null) {
            if (published == null) {
                return null;
            }
            return new LocalDate[] {published.date().minusDays(7), published.date()};
        }
        switch (precision(e)) {
            case "week":
                return new LocalDate[] {d.minusDays(6), d.plusDays(6)};
            case "month":
                return new LocalDate[] {d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth())};
            case "year":
                return new LocalDate[] {d.withDayOfYear(1), d.with(TemporalAdjusters.lastDayOfYear())};
            default:
                return "report".equals(e.dateBasis()) ? new LocalDate[] {d.minusDays(REPORT_DAYS), d}
                        : new LocalDate[] {d, d};
        }
    }

    private static String precision(EventRecord e) {
        return e.datePrecision() == null ? "day" : e.datePrecision();
    }

    private static boolean same(String x, String y) {
        return x != null && x.equals(y);
    }

    static String actorId(EventRecord.Participant p) {
        return p == null || p.id() == null || p.id().isBlank() ? null : p.id();
    }

    static String placeName(EventRecord.PlaceRef p) {
        if (p == null) {
            return null;
        }
        if (p.name() != null && !p.name().isBlank()) {
            return p.name();
        }
        return p.text() == null || p.text().isBlank() ? null : p.text();
    }

    /** The key counted most, {@code null} when none is or two are counted most. */
    static String uniqueMost(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
                tie = false;
            } else if (e.getValue() == n) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
