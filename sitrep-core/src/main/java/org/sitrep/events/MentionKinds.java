package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.Token;

/**
 * What kind of participant a mention names, which decides whether it can take part in an act as the
 * coder reads it: one who can act (an actor a dictionary knows, a proper name, a noun of people or
 * groups), someone or somewhere an act can be done to, territory, a thing, a weapon or a vehicle of
 * war, a means of violence and the side it belongs to ("an Israeli raid"), and where a weapon was aimed.
 * The word classes it reads are the sentence's ({@link SentenceView#classes}).
 */
final class MentionKinds {

    /** Relations by which a noun of an act or a weapon names whose it is: "Israeli raid", "Russia's missiles". */
    private static final Set<String> OWNER_RELS = Set.of("amod", "compound", "nmod:poss", "dep", "nmod:by", "nmod:of");

    private MentionKinds() {
    }

    /**
     * Whether a mention can be one who acts: an actor a dictionary knows, a proper name, or a phrase
     * headed by a noun of people or groups (&AGENT_NOUNS); not a thing, a weapon, an aim or a date.
     */
    static boolean agent(SentenceView v, ActorMention m) {
        if (m.actor().cameo() != null || m.actor().id() != null) {
            return true; // "Turkish warplanes": the dictionaries make them the force that flies them
        }
        Token h = v.sentence.token(m.head());
        if (h.pos().startsWith("PRP")) {
            return false; // a pronoun no one was found for
        }
        if (h.isProperNoun() || UnknownActors.acronym(h)) {
            return true;
        }
        return v.classes.has("AGENT_NOUNS", h.lemma()) || v.classes.has("AGENT_NOUNS", h.word());
    }

    /**
     * Whether the act a code names can be done to the target: acts on people need someone
     * (&CODES_TAKING_PEOPLE), acts on people or places need someone or somewhere
     * (&CODES_TAKING_SOMEONE_OR_SOMEWHERE); other codes take anything.
     */
    static boolean takes(SentenceView v, String code, ActorMention target) {
        boolean people = false;
        boolean someoneOrSomewhere = false;
        for (int n = code.length(); n >= 2; n--) {
            String prefix = code.substring(0, n);
            people |= v.classes.has("CODES_TAKING_PEOPLE", prefix);
            someoneOrSomewhere |= v.classes.has("CODES_TAKING_SOMEONE_OR_SOMEWHERE", prefix);
        }
        if (!people && !someoneOrSomewhere) {
            return true;
        }
        if (someone(v, target)) {
            return true;
        }
        return !people && somewhere(v, target);
    }

    /** Whether a mention names someone: an actor, a person by name or pronoun, or a noun of people or groups. */
    static boolean someone(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return agent(v, m) || h.pos().startsWith("PRP");
    }

    /**
     * Whether a mention names somewhere: a place name, a settlement, a facility or a vehicle, at its
     * head or in its phrase ("parts of the capital").
     */
    private static boolean somewhere(SentenceView v, ActorMention m) {
        for (int k = m.span().startToken(); k < m.span().endToken(); k++) {
            Token t = v.sentence.token(k);
            if (v.placeAt(k) != null) {
                return true;
            }
            for (String w : List.of(t.lemma(), t.word())) {
                if (v.classes.has("FACILITIES", w) || v.classes.has("PLATFORMS", w)
                        || v.classes.has("SETTLEMENT_NOUNS", w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the phrase headed at {@code head} names a thing: no actor, person, group, weapon or act of violence. */
    static boolean thing(SentenceView v, int head) {
        Token h = v.sentence.token(head);
        if (!h.isNoun() || h.isProperNoun() || v.actorOfPhrase(head) != null || v.placeAt(head) != null) {
            return false;
        }
        ActorMention m = UnknownActors.phrase(v, head);
        return m != null && !agent(v, m) && !means(v, m);
    }

    /**
     * Whether a mention names people taken, not a place: someone at the head of the phrase acted on ("23 pirates",
     * "two soldiers"), neither a modifier of something else ("army positions") nor a place, a settlement or a
     * facility.
     */
    static boolean capturedPeople(SentenceView v, ActorMention m) {
        String rel = v.graph.rel(m.head());
        return (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.equals("conj")) && someone(v, m)
                && !v.sentence.token(m.head()).pos().startsWith("PRP") && !territory(v, m)
                && !v.sentence.token(m.head()).isProperNoun();
    }

    /** Whether a mention names territory: a place name, a settlement or a facility in its phrase (not a vehicle). */
    static boolean territory(SentenceView v, ActorMention m) {
        for (int k = m.span().startToken(); k < m.span().endToken(); k++) {
            Token t = v.sentence.token(k);
            if (v.placeAt(k) != null || v.classes.has("FACILITIES", t.lemma())
                    || v.classes.has("SETTLEMENT_NOUNS", t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention names a means of violence: a weapon, a vehicle of war, an act ("the strikes killed"). */
    /**
     * Whether a mention names property rather than territory or people: a weapon or a vehicle
     * ("armoured vehicles", "tankers", whatever an agent dictionary makes of them), or a thing that is
     * neither someone nor somewhere.
     */
    static boolean property(SentenceView v, ActorMention m) {
        if (territory(v, m)) {
            return false;
        }
        return weapon(v, m) || platform(v, m) || !someone(v, m);
    }

    static boolean means(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return weapon(v, m) || platform(v, m) || EventNouns.is(v.classes, h)
                || v.classes.has("VIOLENT_HAPPENINGS", h.lemma()) || v.classes.has("VIOLENT_HAPPENINGS", h.word());
    }

    /** Whether a mention's head is a weapon ("rounds of rockets", "a Mi-35 helicopter"). */
    static boolean weapon(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return v.classes.has("WEAPONS", h.lemma()) || v.classes.has("WEAPONS", h.word());
    }

    /** Whether a mention's head is a vehicle that carries weapons or people ("a Mi-35 helicopter", "the ship"). */
    private static boolean platform(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return v.classes.has("PLATFORMS", h.lemma()) || v.classes.has("PLATFORMS", h.word());
    }

    /** The actor or place a weapon was aimed at: after "at", "on", "against", "into" or "toward" on the verb. */
    static ActorMention aimedAt(SentenceView v, int verb) {
        for (org.sitrep.nlp.Dependency d : v.graph.children(verb)) {
            if (d.rel().startsWith("obl:")
                    && Set.of("at", "on", "against", "into", "toward", "towards").contains(d.subtype())) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                if (m != null && !weapon(v, m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The side a means of violence belongs to: the actor that modifies a noun of an act of violence
     * or of a weapon ("an Israeli raid", "Pakistani shelling", "a Russian missile"); null when none does.
     */
    static ActorMention meansActor(SentenceView v, int noun) {
        Token t = v.sentence.token(noun);
        boolean means = EventNouns.is(v.classes, t) || t.pos().equals("VBG") && EventNouns.codeOf(v.classes, t) != null
                || v.classes.has("WEAPONS", t.lemma()) || v.classes.has("WEAPONS", t.word())
                || v.classes.has("PLATFORMS", t.lemma()) || v.classes.has("PLATFORMS", t.word());
        if (!means) {
            return null;
        }
        for (org.sitrep.nlp.Dependency d : v.graph.children(noun)) {
            if (!OWNER_RELS.contains(d.rel())) {
                continue;
            }
            ActorMention m = v.actorAt(d.dependent());
            if (m != null && m.actor().cameo() != null) {
                return m;
            }
        }
        return null;
    }
}
