package org.sitrep.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.dedup.ActionClass;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

/**
 * Who controls each place since when, from the territory events: an actor that occupies, enters,
 * takes or retakes a place (CAMEO 192) gains it; an actor that withdraws or retreats from it (0874),
 * or that is driven out of it (the target of a 192), loses it.
 *
 * <p>Rules, per place, day by day in date order:
 * <ul>
 *   <li>events announced or denied (future, denied) are left out; claimed ones count with less weight;
 *       undated events and events whose actor is unknown cannot place a change and are left out;</li>
 *   <li>on a day someone gains the place, the strongest gainer (summed confidence, then name) holds
 *       it from that day; the holder until then (the current one, or, when none is known yet, the
 *       strongest loser that day) holds it until that day;</li>
 *   <li>on a day the current holder loses it and nobody is seen gaining it, its period ends and the
 *       place is held by nobody known;</li>
 *   <li>a gain by the current holder reinforces its period;</li>
 *   <li>a period's confidence combines its supporting events as independent evidence
 *       (1 - Π(1 - c)), lowered by a quarter when several actors claim the place the same day.</li>
 * </ul>
 */
public final class ControlTimeline {

    private static final double CLAIMED_WEIGHT = 0.6;

    private ControlTimeline() {
    }

    /** Whether an event can change who holds a place. */
    public static boolean territorial(Event e) {
        EventRecord h = e.head();
        return ActionClass.territorial(h.cameo()) && h.place() != null && placeKey(h.place()) != null
                && h.date() != null && h.modality() != Modality.FUTURE && h.modality() != Modality.DENIED;
    }

    /** The key of a place: its GeoNames id, else {@code name:} and its name in lower case. */
    public static String placeKey(EventRecord.PlaceRef p) {
        if (p == null) {
            return null;
        }
        if (p.geonameid() != null) {
            return p.geonameid().toString();
        }
        String name = p.name() != null ? p.name() : p.text();
        return name == null || name.isBlank() ? null : "name:" + name.strip().toLowerCase(Locale.ROOT);
    }

    /** The periods of control at every place the events name, by place key then in time order. */
    public static Map<String, List<ControlPeriod>> build(List<Event> events) {
        Map<String, List<Event>> byPlace = new TreeMap<>();
        for (Event e : events) {
            if (territorial(e)) {
                byPlace.computeIfAbsent(placeKey(e.head().place()), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<ControlPeriod>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Event>> en : byPlace.entrySet()) {
            List<ControlPeriod> periods = place(en.getKey(), en.getValue());
            if (!periods.isEmpty()) {
                out.put(en.getKey(), periods);
            }
        }
        return out;
    }

    private static final class Open {
        EventRecord.Participant who;
        LocalDate since;
        LocalDate until;
        String basis;
        double doubt = 1.0;
        double penalty = 1.0;
        final List<ControlPeriod.Evidence> evidence = new ArrayList<>();

        double confidence() {
            return Math.round(Math.min(0.99, (1.0 - doubt) * penalty) * 100) / 100.0;
        }
    }

    private static List<ControlPeriod> place(String key, List<Event> events) {
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        EventRecord.PlaceRef place = events.get(0).head().place();
        List<Open> done = new ArrayList<>();
        Open current = null;
        int i = 0;
        while (i < events.size()) {
            LocalDate day = events.get(i).date();
            Map<String, Double> gainWeight = new TreeMap<>();
            Map<String, Double> lossWeight = new TreeMap<>();
            Map<String, EventRecord.Participant> who = new LinkedHashMap<>();
            List<ControlPeriod.Evidence> gains = new ArrayList<>();
            List<ControlPeriod.Evidence> losses = new ArrayList<>();
            for (; i < events.size() && events.get(i).date().equals(day); i++) {
                Event e = events.get(i);
                EventRecord h = e.head();
                double w = weight(e);
                String src = id(h.source());
                if (h.cameo().startsWith("192")) {
                    if (src != null) {
                        gainWeight.merge(src, w, Double::sum);
                        who.putIfAbsent(src, h.source());
                        gains.add(evidence(e, "gained", src, w));
                    }
                    String tgt = id(h.target());
                    if (tgt != null && !tgt.equals(src)) {
                        lossWeight.merge(tgt, w, Double::sum);
                        who.putIfAbsent(tgt, h.target());
                        if (src == null) {
                            // a taking by someone is told once, as the taking; its loss is shown only when the
                            // taker is unknown
                            losses.add(evidence(e, "lost", tgt, w));
                        }
                    }
                } else if (src != null) { // 0874: withdraw, retreat, surrender
                    lossWeight.merge(src, w, Double::sum);
                    who.putIfAbsent(src, h.source());
                    losses.add(evidence(e, "lost", src, w));
                }
            }
            String gainer = strongest(gainWeight);
            String curId = current == null ? null : id(current.who);
            if (gainer != null && gainer.equals(curId)) {
                for (ControlPeriod.Evidence ev : gains) {
                    if (ev.actorId().equals(gainer)) {
                        current.evidence.add(ev);
                        current.doubt *= 1.0 - ev.confidence();
                    }
                }
                continue;
            }
            if (gainer != null) {
                // the holder until today
                if (current == null) {
                    String loser = strongest(without(lossWeight, gainer));
                    if (loser != null) {
                        Open held = new Open();
                        held.who = who.get(loser);
                        held.until = day;
                        held.basis = "held";
                        support(held, losses, loser, gains);
                        done.add(held);
                    }
                } else {
                    current.until = day;
                    for (ControlPeriod.Evidence ev : losses) {
                        if (ev.actorId().equals(curId)) {
                            current.evidence.add(ev);
                        }
                    }
                    done.add(current);
                }
                Open next = new Open();
                next.who = who.get(gainer);
                next.since = day;
                next.basis = "taken";
                String prev = current != null ? curId : strongest(without(lossWeight, gainer));
                for (ControlPeriod.Evidence ev : gains) {
                    if (ev.actorId().equals(gainer)) {
                        next.evidence.add(ev);
                        next.doubt *= 1.0 - ev.confidence();
                    }
                }
                for (ControlPeriod.Evidence ev : losses) {
                    if (prev != null && ev.actorId().equals(prev)) {
                        next.evidence.add(ev);
                        next.doubt *= 1.0 - ev.confidence();
                    }
                }
                if (gainWeight.size() > 1) {
                    next.penalty = 0.75;
                }
                current = next;
                continue;
            }
            // nobody gains: the holder (or, when none is known, the strongest loser) lets go
            if (current != null && lossWeight.containsKey(curId)) {
                current.until = day;
                for (ControlPeriod.Evidence ev : losses) {
                    if (ev.actorId().equals(curId)) {
                        current.evidence.add(ev);
                    }
                }
                done.add(current);
                current = null;
            } else if (current == null) {
                String loser = strongest(lossWeight);
                if (loser != null) {
                    Open held = new Open();
                    held.who = who.get(loser);
                    held.until = day;
                    held.basis = "held";
                    support(held, losses, loser, List.of());
                    done.add(held);
                }
            }
        }
        if (current != null) {
            done.add(current);
        }
        List<ControlPeriod> out = new ArrayList<>();
        for (int k = 0; k < done.size(); k++) {
            Open o = done.get(k);
            out.add(new ControlPeriod(key, place, k + 1, o.who, o.since, o.until, o.confidence(), o.basis, o.evidence));
        }
        return out;
    }

    private static void support(Open held, List<ControlPeriod.Evidence> losses, String loser,
                                List<ControlPeriod.Evidence> gains) {
        for (ControlPeriod.Evidence ev : losses) {
            if (ev.actorId().equals(loser)) {
                held.evidence.add(ev);
                held.doubt *= 1.0 - ev.confidence();
            }
        }
        for (ControlPeriod.Evidence ev : gains) {
            held.doubt *= 1.0 - ev.confidence() / 2; // someone else taking it says, more weakly, that it was held
        }
    }

    private static Map<String, Double> without(Map<String, Double> m, String key) {
        Map<String, Double> copy = new TreeMap<>(m);
        copy.remove(key);
        return copy;
    }

    /** The actor with the greatest weight; ties go to the first by name. */
    private static String strongest(Map<String, Double> weights) {
        String best = null;
        double w = -1;
        for (Map.Entry<String, Double> e : weights.entrySet()) { // sorted by name
            if (e.getValue() > w + 1e-9) {
                best = e.getKey();
                w = e.getValue();
            }
        }
        return best;
    }

    private static double weight(Event e) {
        double c = Math.max(0.0, Math.min(1.0, e.confidence()));
        return e.head().modality() == Modality.CLAIMED ? c * CLAIMED_WEIGHT : c;
    }

    private static ControlPeriod.Evidence evidence(Event e, String role, String actor, double w) {
        EventRecord h = e.head();
        return new ControlPeriod.Evidence(e.id(), role, e.date(), h.cameo(), actor, e.numSources(), w,
                h.evidence() == null ? null : h.evidence().text());
    }

    private static String id(EventRecord.Participant p) {
        if (p == null) {
            return null;
        }
        if (p.id() != null && !p.id().isBlank()) {
            return p.id();
        }
        return null;
    }
}
