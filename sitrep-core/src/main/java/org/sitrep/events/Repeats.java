package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.geo.Distance;
import org.sitrep.mentions.Actor;

/**
 * Folds an article's repeats: one happening told several times is one event, the other tellings its
 * support. In order:
 * <ol>
 *   <li>one act word, one event: the records one trigger gives with one code, whatever sides it names;</li>
 *   <li>casualties told without who caused them ("two soldiers were killed") are the outcome of the attack
 *       the article tells with its doer, the same day, in that sentence or before it;</li>
 *   <li>records that agree in everything.</li>
 * </ol>
 * The first two judge as an analyst would and run with worthiness on; the last always runs. (Folding
 * the same kind of act by the same side told again in a later sentence was tried: with places often
 * unknown it joined distinct happenings more often than it joined retellings.)
 */
final class Repeats {

    /** How far apart two places may lie for one happening, in km. */
    static final double SAME_PLACE_KM = 50;

    private Repeats() {
    }

    static List<EventRecord> fold(List<EventRecord> records, boolean judged) {
        if (judged) {
            records = oneActOneEvent(records);
            records = casualties(records);
        }
        return identical(records);
    }

    // ------------------------------------------------------------------ one act word, one event

    /**
     * One word of one sentence tells one act, however many sides it names: the records a trigger gives
     * with one code ("Austria, Slovakia and Greece declined", "declared an emergency, with hospitals and
     * security forces on alert", "X and Y traded fire" both ways) become one, whose sides name them all.
     */
    static List<EventRecord> oneActOneEvent(List<EventRecord> records) {
        Map<String, List<EventRecord>> acts = new LinkedHashMap<>();
        for (EventRecord r : records) {
            acts.computeIfAbsent(r.evidence().sentence() + "|" + r.trigger() + "|" + r.cameo() + "|" + r.modality(),
                    k -> new ArrayList<>()).add(r);
        }
        List<EventRecord> out = new ArrayList<>();
        for (List<EventRecord> g : acts.values()) {
            EventRecord first = g.get(0);
            if (g.size() == 1) {
                out.add(first);
                continue;
            }
            List<EventRecord.Participant> sources = new ArrayList<>();
            List<EventRecord.Participant> targets = new ArrayList<>();
            for (EventRecord r : g) {
                boolean swapped = sources.stream().anyMatch(x -> same(x, r.target()))
                        && targets.stream().anyMatch(x -> same(x, r.source()));
                if (swapped) {
                    continue; // "X and Y traded fire": Y on X is X on Y told back
                }
                add(sources, r.source());
                add(targets, r.target());
            }
            targets.removeIf(t -> sources.stream().anyMatch(x -> same(x, t)) && sources.size() > 1);
            out.add(first.withSides(group(sources), group(targets)));
        }
        return out;
    }

    private static void add(List<EventRecord.Participant> list, EventRecord.Participant p) {
        if (p != null && list.stream().noneMatch(x -> same(x, p))) {
            list.add(p);
        }
    }

    static boolean same(EventRecord.Participant a, EventRecord.Participant b) {
        return a != null && b != null && (a.id() != null ? a.id().equals(b.id()) && Objects.equals(a.cameo(), b.cameo())
                : b.id() == null && a.text().equalsIgnoreCase(b.text()));
    }

    /** Several sides as one participant: their words joined ("Austria, Slovakia and Greece"), the first's actor. */
    private static EventRecord.Participant group(List<EventRecord.Participant> sides) {
        if (sides.isEmpty()) {
            return null;
        }
        if (sides.size() == 1) {
            return sides.get(0);
        }
        List<String> texts = sides.stream().map(EventRecord.Participant::text).distinct().toList();
        String text = texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
        EventRecord.Participant first = sides.get(0);
        return new EventRecord.Participant(text, first.id(), first.cameo(), first.kind());
    }

    // ------------------------------------------------------------------ casualties

    /**
     * An act of violence told without its doer ("two of its soldiers were killed", "30 troops were killed
     * or injured in the attack") is the outcome of an attack the article tells with its doer: the nearest
     * one the same day, in the same sentence or before it, whose doer is not the side hurt. It becomes
     * that attack's support (its victims the attack's target when it names none).
     */
    static List<EventRecord> casualties(List<EventRecord> records) {
        List<EventRecord> out = new ArrayList<>(records);
        for (EventRecord hurt : records) {
            if (hurt.source() != null || !hurt.violent() || hurt.modality() != Modality.ASSERTED) {
                continue;
            }
            EventRecord attack = null;
            for (EventRecord a : out) {
                if (a == hurt || a.source() == null || !a.violent() || a.modality() == Modality.FUTURE
                        || a.evidence().sentence() > hurt.evidence().sentence() || !sameDay(a, hurt)
                        || !nearby(a, hurt) || sameSide(a.source(), hurt.target())) {
                    continue;
                }
                if (attack == null || a.evidence().sentence() > attack.evidence().sentence()) {
                    attack = a;
                }
            }
            if (attack != null) {
                EventRecord merged = merge(attack, hurt);
                out.set(indexOf(out, attack), merged);
                out.remove(indexOf(out, hurt));
            }
        }
        return out;
    }

    private static boolean sameDay(EventRecord a, EventRecord b) {
        return a.date() == null || b.date() == null || a.date().equals(b.date());
    }

    private static boolean nearby(EventRecord a, EventRecord b) {
        return a.place() == null || b.place() == null
                || Distance.km(a.place().lat(), a.place().lon(), b.place().lat(), b.place().lon()) <= SAME_PLACE_KM;
    }

    /**
     * Whether two participants are one side: the same actor, the same words, or a country and one of
     * its own agencies ("Iran" and "Iranian troops").
     */
    static boolean sameSide(EventRecord.Participant a, EventRecord.Participant b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.id() != null && a.id().equals(b.id()) || a.text().equalsIgnoreCase(b.text())) {
            return true;
        }
        String ca = a.cameo() == null ? null : Actor.countryOf(a.cameo());
        String cb = b.cameo() == null ? null : Actor.countryOf(b.cameo());
        return ca != null && ca.equals(cb) && (a.cameo().equals(ca) || b.cameo().equals(cb));
    }

    /**
     * {@code into} with {@code other} as one more telling: its evidence as support, and the target,
     * place and speaker {@code into} lacks.
     */
    private static EventRecord merge(EventRecord into, EventRecord other) {
        List<EventRecord.Evidence> support = new ArrayList<>(into.support());
        for (EventRecord.Evidence ev : withOwn(other)) {
            if (ev.sentence() != into.evidence().sentence() && support.stream().noneMatch(x -> x.sentence() == ev.sentence())) {
                support.add(ev);
            }
        }
        EventRecord m = into.withSupport(support);
        if (m.target() == null && other.target() != null && other.target().cameo() != null
                && !sameSide(m.source(), other.target())) {
            m = m.withSides(m.source(), other.target());
        }
        if (m.place() == null && other.place() != null) {
            m = m.withPlace(other.place());
        }
        if (m.attribution().speaker() == null && other.attribution().speaker() != null) {
            m = m.withSpeaker(other.attribution().speaker());
        }
        return m;
    }

    private static List<EventRecord.Evidence> withOwn(EventRecord r) {
        List<EventRecord.Evidence> all = new ArrayList<>();
        all.add(r.evidence());
        all.addAll(r.support());
        return all;
    }

    private static int indexOf(List<EventRecord> list, EventRecord e) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == e) {
                return k;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ identical records

    /** Records that agree in code, sides, place, day and modality are one event, the best-supported telling kept. */
    static List<EventRecord> identical(List<EventRecord> records) {
        Map<String, List<EventRecord>> groups = new LinkedHashMap<>();
        for (EventRecord r : records) {
            groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        List<EventRecord> out = new ArrayList<>();
        for (List<EventRecord> g : groups.values()) {
            EventRecord best = g.stream().max(Comparator.comparingDouble(EventRecord::confidence)
                    .thenComparing(r -> -r.evidence().sentence())).orElseThrow();
            List<EventRecord.Evidence> support = new ArrayList<>(best.support());
            for (EventRecord r : g) {
                for (EventRecord.Evidence ev : withOwn(r)) {
                    if (r != best && ev.sentence() != best.evidence().sentence()
                            && support.stream().noneMatch(e -> e.sentence() == ev.sentence())) {
                        support.add(ev);
                    }
                }
            }
            EventRecord folded = support.isEmpty() ? best : best.withSupport(support);
            if (best.attribution().speaker() == null) {
                // told in the outlet's voice here and by a speaker elsewhere: name the speaker
                for (EventRecord r : g) {
                    if (r.attribution().speaker() != null) {
                        folded = folded.withSpeaker(r.attribution().speaker());
                        break;
                    }
                }
            }
            out.add(folded);
        }
        out.sort(Comparator.comparingInt((EventRecord r) -> r.evidence().sentence()).thenComparing(EventRecord::cameo));
        return out;
    }

    private static String key(EventRecord r) {
        return String.join("|", r.cameo(), who(r.source()), who(r.target()),
                r.place() == null ? "-" : Objects.toString(r.place().geonameid(), r.place().name()),
                Objects.toString(r.date(), "-"), told(r.modality()));
    }

    /** What was done is one happening whether the outlet tells it or a side claims it. */
    private static String told(Modality m) {
        return m == Modality.CLAIMED ? Modality.ASSERTED.name() : m.name();
    }

    private static String who(EventRecord.Participant p) {
        if (p == null) {
            return "-";
        }
        return p.id() != null ? p.id() : p.text().toLowerCase(Locale.ROOT);
    }
}
