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

/**
 * Folds the tellings of many articles into events: the same event told by several outlets becomes
 * one {@link Event} with all its reports; different events stay apart ({@link DedupRules}).
 *
 * <p>The result depends only on the set of tellings, never on the order they come in: tellings are
 * taken most specific first (then by confidence, date and id); each joins the event whose seed it matches best
 * or seeds a new one. A telling that leaves its source or place unknown and matches two events
 * equally well joins neither: it is kept as an event of its own rather than guessed. Tellings are
 * compared with an event's seed only, so that an event cannot drift day by day through a chain of
 * loosely matching reports.
 */
public final class Deduplicator {

    /** Reports of an event: earliest publication first, then by article, in the order the article tells them. */
    public static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing(Report::published, Comparator.nullsLast(Report.PUBLISHED_ORDER))
            .thenComparing(Report::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(r -> r.record().evidence() == null ? Integer.MAX_VALUE : r.record().evidence().sentence())
            .thenComparing(r -> r.record().id());

    /** The order tellings are clustered in: most specific first, then the likeliest to be right. */
    static final Comparator<Report> CANONICAL = Comparator
            .comparingInt((Report r) -> -DedupRules.specificity(r))
            .thenComparing(r -> -r.record().confidence())
            .thenComparing(r -> r.record().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.record().id());

    private static final class Cluster {
        final Report seed;
        final String actionClass;
        final int order;
        final List<Report> members = new ArrayList<>();

        Cluster(Report seed, int order) {
            this.seed = seed;
            this.actionClass = ActionClass.of(seed.record().cameo());
            this.order = order;
            members.add(seed);
        }
    }

    /** One decision, for explaining a clustering: which telling went where and why. */
    public record Decision(String recordId, String eventId, String reason) {
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
        // clusters indexed by action class and by every day of their seed's date window
        Map<String, Map<LocalDate, List<Cluster>>> byDay = new HashMap<>();
        Map<String, List<Cluster>> undated = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Report r : order) {
            String cls = ActionClass.of(r.record().cameo());
            LocalDate[] w = DedupRules.window(r.record(), r.published());
            Cluster best = null;
            int bestScore = -1;
            boolean tie = false;
            String reason = null;
            if (cls != null) {
                for (Cluster c : candidates(cls, w, byDay, undated)) {
                    DedupRules.Match m = DedupRules.compare(c.seed, r);
                    if (!m.same()) {
                        continue;
                    }
                    if (m.score() > bestScore) {
                        bestScore = m.score();
                        best = c;
                        reason = m.reason();
                        tie = false;
                    } else if (m.score() == bestScore) {
                        tie = true; // the earlier event stays the choice
                    }
                }
            }
            boolean ambiguous = best != null && tie && DedupRules.partial(r);
            if (ambiguous) {
                best = null;
            }
            if (best != null) {
                best.members.add(r);
                note(r, Event.idFor(best.seed.record().id()), reason);
                continue;
            }
            Cluster c = new Cluster(r, clusters.size());
            clusters.add(c);
            note(r, Event.idFor(r.record().id()), ambiguous
                    ? "seed: matches several events equally well (" + reason + "); kept apart rather than guessed"
                    : "seed");
            if (cls == null) {
                continue;
            }
            if (w == null) {
                undated.computeIfAbsent(cls, k -> new ArrayList<>()).add(c);
            } else {
                Map<LocalDate, List<Cluster>> days = byDay.computeIfAbsent(cls, k -> new HashMap<>());
                for (LocalDate d = w[0]; !d.isAfter(w[1]); d = d.plusDays(1)) {
                    days.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Event> events = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            events.add(Event.assemble(c.seed, c.members));
        }
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::id));
        return events;
    }

    private static Collection<Cluster> candidates(String cls, LocalDate[] w, Map<String, Map<LocalDate, List<Cluster>>> byDay,
                                                  Map<String, List<Cluster>> undated) {
        if (w == null) {
            return undated.getOrDefault(cls, List.of());
        }
        Map<LocalDate, List<Cluster>> days = byDay.get(cls);
        if (days == null) {
            return List.of();
        }
        Set<Cluster> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Cluster> out = new ArrayList<>();
        for (LocalDate d = w[0]; !d.isAfter(w[1]); d = d.plusDays(1)) {
            for (Cluster c : days.getOrDefault(d, List.of())) {
                if (seen.add(c)) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingInt(c -> c.order));
        return out;
    }

    private void note(Report r, String eventId, String reason) {
        if (decisions != null) {
            decisions.add(new Decision(r.record().id(), eventId, reason));
        }
    }
}
