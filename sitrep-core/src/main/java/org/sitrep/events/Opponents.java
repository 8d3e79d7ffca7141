package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.mentions.Actor;
import org.sitrep.mentions.ActorMention;
import org.sitrep.mentions.Mentions;

/**
 * Who a fight is fought against when the sentence does not say. An act of war (CAMEO 19) whose object is a
 * place or a facility ("entered the city of Aleppo", "stormed the outpost") or that names no one it is done to
 * ("the rebels attacked at dawn") is done to the one side its doer fights in the article: the other side of
 * the article's acts of war by that doer when they name one opponent only; else, within one country, a
 * state's forces fight the armed group the article names (when it names one), and an armed group fights the
 * forces of its country the article names. With two candidates or none, the target stays as told; the place
 * stays the event's place.
 */
final class Opponents {

    private Opponents() {
    }

    static List<EventRecord> assign(List<EventRecord> records, Mentions mentions) {
        Map<String, List<EventRecord.Participant>> fought = new LinkedHashMap<>();
        for (EventRecord r : records) {
            if (r.violent() && known(r.source()) && known(r.target()) && !Repeats.sameSide(r.source(), r.target())
                    && r.modality() != Modality.FUTURE) {
                add(fought, r.source().id(), r.target());
                add(fought, r.target().id(), r.source());
            }
        }
        List<EventRecord> out = new ArrayList<>(records.size());
        for (EventRecord r : records) {
            boolean open = "19".equals(r.root()) && (r.target() == null || Records.PLACE.equals(r.target().kind()));
            EventRecord.Participant other = open && known(r.source()) ? opponent(r.source(), fought, mentions) : null;
            out.add(other == null ? r : r.withSides(r.source(), other));
        }
        return out;
    }

    private static EventRecord.Participant opponent(EventRecord.Participant side,
                                                    Map<String, List<EventRecord.Participant>> fought,
                                                    Mentions mentions) {
        List<EventRecord.Participant> theirs = fought.get(side.id());
        if (theirs != null) {
            return theirs.size() == 1 ? theirs.get(0) : null;
        }
        String country = Actor.countryOf(side.cameo());
        boolean state = state(Actor.rolesOf(side.cameo()));
        boolean armed = armedNonState(Actor.rolesOf(side.cameo()));
        if (!state && !armed) {
            return null;
        }
        List<EventRecord.Participant> candidates = new ArrayList<>();
        for (ActorMention m : mentions.actors()) {
            Actor a = m.actor();
            if (a.id() == null || a.cameo() == null || a.id().equals(side.id())) {
                continue;
            }
            String roles = Actor.rolesOf(a.cameo());
            String theirCountry = Actor.countryOf(a.cameo());
            boolean fits = state ? armedNonState(roles) && (theirCountry == null || theirCountry.equals(country))
                    : roles.startsWith("MIL") && country != null && country.equals(theirCountry);
            if (fits && candidates.stream().noneMatch(x -> x.id().equals(a.id()))) {
                candidates.add(new EventRecord.Participant(m.text(), a.id(), a.cameo(), a.kind()));
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static boolean state(String roles) {
        return roles.startsWith("MIL") || roles.startsWith("GOV") || roles.startsWith("COP");
    }

    private static boolean armedNonState(String roles) {
        return Actor.armedNonStateRoles(roles);
    }

    /** A side a dictionary knows with a code: one that can be fought. */
    private static boolean known(EventRecord.Participant p) {
        return p != null && p.id() != null && p.cameo() != null;
    }

    private static void add(Map<String, List<EventRecord.Participant>> fought, String side, EventRecord.Participant other) {
        List<EventRecord.Participant> list = fought.computeIfAbsent(side, k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> Repeats.sameSide(x, other))) {
            list.add(other);
        }
    }
}
