package org.sitrep.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashSet;
import org.sitrep.events.EventRecord;

/**
 * Folds the tellings of many articles into events: the same event told by several outlets becomes
 * one {@link Event} with all its reports; different events stay apart ({@link DedupRules}).
 *
 * <p>Tellings are joined pair by pair, the best matching pair first: every pair of tellings that
 * {@link DedupRules} holds to be the same event is a link, and links are taken by score (then by the
 * tellings' canonical order: most specific first, then confidence, date and id); a link joins the
 * events of its two tellings when no telling of the one contradicts a telling of the other (other
 * action, other actors, a place apart, a date window apart). So a telling is compared with the whole
 * event, not only with its first telling, and an event cannot drift day by day through a chain of
 * loosely matching reports (every two tellings of an event have overlapping date windows). The
 * result depends only on the set of tellings, never on the order they come in. A telling that leaves
 * its source or place unknown and matches two events that cannot be one equally well joins neither:
 * it is kept as an event of its own rather than guessed. The most specific telling of an event seeds it.
 */
public final class Deduplicator {

    /** Reports of an event: earliest publication first, then by article, in the order the article tells them. */
    public static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing(Report::published, Comparator.nullsLast(Report.PUBLISHED_ORDER))
            .thenComparing(Report::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(r -> r.record().evidence() == null ? Integer.MAX_VALUE : r.record().evidence().sentence())
            .thenComparing(r -> r.record().id());

    /** The order tellings are taken in: most specific first, then the likeliest to be right. */
    static final Comparator<Report> CANONICAL = Comparator
            .comparingInt((Report r) -> -DedupRules.specificity(r))
            .thenComparing(r -> -r.record().confidence())
            .thenComparing(r -> r.record().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.record().id())
            .thenComparing(Report::articleId, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Places closer than {@link DedupRules#NEAR_KM} fall in one of the 3 x 3 grid cells of this size (degrees). */
    private static final double CELL = 0.2;

    private static final LocalDate UNDATED = LocalDate.MIN;

    /** One decision, for explaining a clustering: which telling went where and why. */
    public record Decision(String recordId, String eventId, String reason) {
    }

    private record Link(int a, int b, int score) {
    }

    private static final class Cluster {
        final int id;
        final List<Integer> members;

        Cluster(int id, List<Integer> members) {
            this.id = id;
            this.members = members;
        }
    }

    private final List<Decision> decisions;

    public Deduplicator() {
        this(false);
    }

    /** @param explain keep the reason of every decision ({@link #decisions()}) */
    public Deduplicator(boolean explain) {
        this.decisions = explain ? new ArrayList<>() : null;
    }

    public List<Decision> decisions() {
        return decisions == null ? List.of() : Collections.unmodifiableList(decisions);
    }

    /** The events the tellings tell, ordered by date (undated last), then id. */
    public List<Event> cluster(Collection<Report> reports) {
        List<Report> order = new ArrayList<>(reports);
        order.sort(CANONICAL);
        DedupRules.Context context = new DedupRules.Context(order);
        int n = order.size();
        DedupRules.Telling[] tellings = new DedupRules.Telling[n];
        for (int i = 0; i < n; i++) {
            tellings[i] = context.telling(order.get(i));
        }
        List<Link> links = links(tellings);
        links.sort(Comparator.comparingInt((Link l) -> -l.score()).thenComparingInt(Link::a).thenComparingInt(Link::b));
        // the best score of each telling's links, and its partners at that score
        int[] best = new int[n];
        Arrays.fill(best, -1);
        Map<Integer, List<Integer>> bestPartners = new HashMap<>();
        for (Link l : links) {
            for (int side = 0; side < 2; side++) {
                int x = side == 0 ? l.a() : l.b(), y = side == 0 ? l.b() : l.a();
                if (l.score() > best[x]) {
                    best[x] = l.score();
                    bestPartners.put(x, new ArrayList<>(List.of(y)));
                } else if (l.score() == best[x]) {
                    bestPartners.get(x).add(y);
                }
            }
        }
        Cluster[] of = new Cluster[n];
        int ids = 0;
        for (int i = 0; i < n; i++) {
            of[i] = new Cluster(ids++, new ArrayList<>(List.of(i)));
        }
        Set<Long> apart = new HashSet<>();
        String[] reason = new String[n];
        boolean[] ambiguous = new boolean[n];
        for (Link l : links) {
            Cluster ca = of[l.a()], cb = of[l.b()];
            if (ca == cb || ambiguous[l.a()] || ambiguous[l.b()]) {
                continue;
            }
            if (!compatible(ca, cb, tellings, apart)) {
                continue;
            }
            // a partial telling, alone still, that fits two events that cannot be one equally well joins neither
            boolean stop = false;
            for (int side = 0; side < 2 && !stop; side++) {
                int x = side == 0 ? l.a() : l.b();
                Cluster other = side == 0 ? cb : ca;
                if (of[x].members.size() > 1 || l.score() < best[x] || !DedupRules.partial(tellings[x])) {
                    continue;
                }
                for (int y : bestPartners.getOrDefault(x, List.of())) {
                    Cluster cy = of[y];
                    if (cy != other && cy != of[x] && !compatible(cy, other, tellings, apart)) {
                        ambiguous[x] = true;
                        reason[x] = decisions == null ? "" : "seed: matches several events equally well ("
                                + why(tellings, l) + "); kept apart rather than guessed";
                        stop = true;
                        break;
                    }
                }
            }
            if (stop) {
                continue;
            }
            List<Integer> members = new ArrayList<>(ca.members.size() + cb.members.size());
            members.addAll(ca.members);
            members.addAll(cb.members);
            Cluster merged = new Cluster(ids++, members);
            for (int m : members) {
                of[m] = merged;
            }
            if (reason[l.a()] == null) {
                reason[l.a()] = decisions == null ? "" : why(tellings, l);
            }
            if (reason[l.b()] == null) {
                reason[l.b()] = decisions == null ? "" : why(tellings, l);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        Set<Cluster> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            if (seen.add(of[i])) {
                clusters.add(of[i]);
            }
        }
        List<Event> events = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            List<Integer> ms = new ArrayList<>(c.members);
            Collections.sort(ms);
            Report seed = order.get(ms.get(0));
            List<Report> members = new ArrayList<>();
            for (int m : ms) {
                members.add(order.get(m));
            }
            Event e = Event.assemble(seed, members, context::articlePlace);
            events.add(e);
            if (decisions != null) {
                for (int m : ms) {
                    String why = m == ms.get(0) ? (ambiguous[m] ? reason[m] : "seed")
                            : reason[m] != null ? reason[m] : "joined with the event";
                    decisions.add(new Decision(order.get(m).record().id(), e.id(), why));
                }
            }
        }
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::id));
        return events;
    }

    private static String why(DedupRules.Telling[] tellings, Link l) {
        return DedupRules.compare(tellings[l.a()], tellings[l.b()]).reason();
    }

    /** Whether two events may be one: no telling of the one contradicts a telling of the other. */
    private static boolean compatible(Cluster a, Cluster b, DedupRules.Telling[] tellings, Set<Long> apart) {
        long key = a.id < b.id ? ((long) a.id << 32) | b.id : ((long) b.id << 32) | a.id;
        if (apart.contains(key)) {
            return false;
        }
        for (int x : a.members) {
            for (int y : b.members) {
                if (DedupRules.compare(tellings[x], tellings[y], false).conflict()) {
                    apart.add(key);
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every pair of tellings that are the same event by the rules. Only tellings of one action family
     * that share a day of their date windows and an actor or a place (what the anchor rule asks) are compared.
     */
    private static List<Link> links(DedupRules.Telling[] tellings) {
        Map<String, Map<LocalDate, Map<String, List<Integer>>>> index = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Set<Integer> compared = new HashSet<>();
        for (int i = 0; i < tellings.length; i++) {
            compared.clear();
            DedupRules.Telling t = tellings[i];
            String family = ActionClass.of(t.record().cameo());
            if (family == null) {
                continue;
            }
            Map<LocalDate, Map<String, List<Integer>>> days = index.computeIfAbsent(family, k -> new HashMap<>());
            List<LocalDate> span = days(t.window());
            List<String> own = keys(t, false);
            List<String> look = keys(t, true);
            for (LocalDate d : span) {
                Map<String, List<Integer>> byKey = days.get(d);
                if (byKey == null) {
                    continue;
                }
                for (String k : look) {
                    for (int j : byKey.getOrDefault(k, List.of())) {
                        if (!compared.add(j)) {
                            continue;
                        }
                        DedupRules.Match m = DedupRules.compare(tellings[j], t, false);
                        if (m.same()) {
                            links.add(new Link(j, i, m.score()));
                        }
                    }
                }
            }
            for (LocalDate d : span) {
                Map<String, List<Integer>> byKey = days.computeIfAbsent(d, k -> new HashMap<>());
                for (String k : own) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
        }
        return links;
    }

    private static List<LocalDate> days(LocalDate[] w) {
        if (w == null) {
            return List.of(UNDATED);
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = w[0]; !d.isAfter(w[1]); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /**
     * What a telling may share with another: its actors' ids and names, its place's id and name, and
     * the grid cell of its coordinates (with the cells around it when looking up).
     */
    private static List<String> keys(DedupRules.Telling t, boolean lookup) {
        List<String> out = new ArrayList<>();
        EventRecord r = t.record();
        for (EventRecord.Participant p : new EventRecord.Participant[] {r.source(), r.target()}) {
            String id = DedupRules.actorId(p);
            if (id != null) {
                out.add("a:" + id);
            }
        }
        if (t.sourceName() != null) {
            out.add("n:" + t.sourceName());
        }
        if (t.targetName() != null) {
            out.add("n:" + t.targetName());
        }
        EventRecord.PlaceRef p = t.place();
        if (p != null) {
            if (p.geonameid() != null) {
                out.add("g:" + p.geonameid());
            }
            String name = DedupRules.placeName(p);
            if (name != null) {
                out.add("p:" + name.toLowerCase(java.util.Locale.ROOT));
            }
            if ((p.lat() != 0.0 || p.lon() != 0.0) && !DedupRules.coarse(p)) {
                long cy = (long) Math.floor(p.lat() / CELL), cx = (long) Math.floor(p.lon() / CELL);
                if (lookup) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (long dx = -1; dx <= 1; dx++) {
                            out.add("c:" + (cy + dy) + ":" + (cx + dx));
                        }
                    }
                } else {
                    out.add("c:" + cy + ":" + cx);
                }
            }
        }
        return out;
    }
}
