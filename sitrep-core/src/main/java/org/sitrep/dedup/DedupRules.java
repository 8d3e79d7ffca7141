package org.sitrep.dedup;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

/**
 * When two tellings are the same event. Each rule has a name so that a decision can be explained
 * ({@link Match#reason()}). Two tellings are the same event when all of these hold:
 * <ol>
 *   <li><b>action</b>: the same {@link ActionClass} (CAMEO root, with territory, air strikes,
 *       blockades and withdrawals set apart), and both or neither announced rather than done;</li>
 *   <li><b>actors</b>: source matches source and target matches target, where an unknown actor
 *       matches any; for symmetric actions (fighting, meetings) the two sides may be swapped;</li>
 *   <li><b>place</b>: the same GeoNames place, or places within {@value #NEAR_KM} km, or one inside
 *       the country or province the other names, or one unknown;</li>
 *   <li><b>date</b>: their date windows overlap: a day told in the text is that day; a date taken
 *       from the report's own date is that day or the one before; a week, month or year is the
 *       whole of it; an undated telling ("previously") is the week before its report; undated and
 *       unreported tellings only meet each other;</li>
 *   <li><b>anchor</b>: they share at least one known actor or one known place; two tellings with
 *       neither actors nor place in common are never merged.</li>
 * </ol>
 */
public final class DedupRules {

    /** Places closer than this are one place (a city and its neighbourhoods). */
    public static final double NEAR_KM = 10.0;

    /** The outcome of comparing a telling with an event's seed. */
    public record Match(boolean same, int score, String reason) {
        static Match no(String reason) {
            return new Match(false, 0, reason);
        }
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
    public static boolean partial(Report r) {
        return actorId(r.record().source()) == null || r.record().place() == null;
    }

    /** Compares a telling with the seed of an event. */
    public static Match compare(Report seed, Report r) {
        EventRecord a = seed.record();
        EventRecord b = r.record();
        String cls = ActionClass.of(a.cameo());
        if (cls == null || !cls.equals(ActionClass.of(b.cameo()))) {
            return Match.no("action: " + a.cameo() + " and " + b.cameo() + " are different actions");
        }
        if ((a.modality() == Modality.FUTURE) != (b.modality() == Modality.FUTURE)) {
            return Match.no("action: one is announced, the other done");
        }
        String sa = actorId(a.source()), ta = actorId(a.target());
        String sb = actorId(b.source()), tb = actorId(b.target());
        boolean direct = fits(a.source(), b.source()) && fits(a.target(), b.target());
        boolean swapped = ActionClass.symmetric(cls) && fits(a.source(), b.target()) && fits(a.target(), b.source());
        if (!direct && !swapped) {
            return Match.no("actors: " + sa + "→" + ta + " and " + sb + "→" + tb + " differ");
        }
        PlaceFit place = placeFit(a.place(), b.place());
        if (place == PlaceFit.APART) {
            return Match.no("place: " + placeName(a.place()) + " and " + placeName(b.place()) + " are apart");
        }
        LocalDate[] wa = window(a, seed.published());
        LocalDate[] wb = window(b, r.published());
        if (wa == null || wb == null) {
            if (wa != wb) {
                return Match.no("date: one is dated, the other not");
            }
        } else if (wa[1].isBefore(wb[0]) || wb[1].isBefore(wa[0])) {
            return Match.no("date: " + wa[0] + ".." + wa[1] + " and " + wb[0] + ".." + wb[1] + " do not overlap");
        }
        boolean sharedActor = direct && (same(sa, sb) || same(ta, tb)) || swapped && (same(sa, tb) || same(ta, sb));
        if (!sharedActor && place != PlaceFit.SAME) {
            return Match.no("anchor: no known actor and no known place in common");
        }
        int score = 0;
        StringBuilder why = new StringBuilder("same ").append(cls);
        if (direct ? same(sa, sb) : same(sa, tb)) {
            score += 3;
            why.append(", source ").append(sa);
        }
        if (direct ? same(ta, tb) : same(ta, sb)) {
            score += 2;
            why.append(", target ").append(ta);
        }
        if (place == PlaceFit.SAME) {
            score += 2;
            why.append(", place ").append(placeName(a.place()));
        } else if (place == PlaceFit.INSIDE) {
            score += 1;
            why.append(", place ").append(placeName(a.place())).append(" ~ ").append(placeName(b.place()));
        }
        if (Objects.equals(a.cameo(), b.cameo())) {
            score += 1;
        }
        if (a.date() != null && a.date().equals(b.date())) {
            score += 1;
            why.append(", date ").append(a.date());
        }
        return new Match(true, score, why.toString());
    }

    enum PlaceFit { SAME, INSIDE, UNKNOWN, APART }

    static PlaceFit placeFit(EventRecord.PlaceRef a, EventRecord.PlaceRef b) {
        if (!known(a) || !known(b)) {
            return PlaceFit.UNKNOWN;
        }
        if (a.geonameid() != null && a.geonameid().equals(b.geonameid())) {
            return PlaceFit.SAME;
        }
        if ((a.geonameid() == null || b.geonameid() == null) && placeName(a) != null
                && placeName(a).equalsIgnoreCase(Objects.toString(placeName(b), ""))) {
            return PlaceFit.SAME;
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

    private static boolean known(EventRecord.PlaceRef p) {
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

    private static boolean coarse(EventRecord.PlaceRef p) {
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
                return "report".equals(e.dateBasis()) ? new LocalDate[] {d.minusDays(1), d} : new LocalDate[] {d, d};
        }
    }

    private static String precision(EventRecord e) {
        return e.datePrecision() == null ? "day" : e.datePrecision();
    }

    /**
     * Whether two participants may be the same actor: an unknown one fits any; two known actors fit
     * when they are the same; an actor named without an id ("civilians") fits one with an id only
     * when their kinds do not differ.
     */
    private static boolean fits(EventRecord.Participant x, EventRecord.Participant y) {
        if (x == null || y == null) {
            return true;
        }
        String ix = actorId(x), iy = actorId(y);
        if (ix != null && iy != null) {
            return ix.equals(iy);
        }
        return x.kind() == null || y.kind() == null || x.kind().equals(y.kind());
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
}
