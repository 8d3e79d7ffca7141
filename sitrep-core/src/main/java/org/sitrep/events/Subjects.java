package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.mentions.ActorMention;
import org.sitrep.mentions.Quote;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Who does what a verb tells, and who says it: the verb's subjects (its own, those of the verb it is
 * coordinated with or that controls it, the noun it describes: "forces defending the city"), the subject
 * of a noun said of someone ("X is the largest donor"), the noun phrase before a verb the parse left with
 * no subject, the speaker a pronoun stands for ("The ELN said it will release ..."), and whether and by
 * what words a subject is the speaker of a statement.
 */
final class Subjects {

    /** Relations that leave a speaker's phrase ("X and Y said" keeps both). */
    private static final Set<String> SPEAKER_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "appos",
            "advcl", "ccomp", "dep", "csubj");

    private Subjects() {
    }

    /**
     * The verb's subjects: its own (enhanced graph: also those of controlled verbs), else those of
     * the verb it is coordinated with or that controls it, else the noun it modifies.
     */
    static List<Integer> of(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<Integer> out = new ArrayList<>();
        for (var d : g.children(i)) {
            String r = d.rel();
            if ((r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("nsubj:pass") || r.equals("nsubj:pass:xsubj"))
                    && !Coder.inTime(v.sentence, d.dependent())) {
                out.add(d.dependent()); // but not "Thursday", a day the parser took for who acts
            }
        }
        if (out.size() > 1) {
            // a name the parser split between two subjects ("Gollum centre of a row between Radagast
            // the Brown called": "Brown" ends a name that starts in the first subject's phrase) is
            // part of that phrase, not a subject of its own
            List<Integer> own = out.stream().filter(x -> g.head(x) == i && g.rel(x).startsWith("nsubj")).toList();
            for (int x : own) {
                ActorMention a = v.actorAt(x);
                if (a != null && own.stream().anyMatch(y -> y != x && g.subtree(y).get(a.span().startToken()))) {
                    out.remove(Integer.valueOf(x));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int seen = 0;
        int h = i;
        while (seen++ < 6) {
            String rel = g.rel(h);
            int up = g.head(h);
            if (up < 0) {
                break;
            }
            // "accused Israel of bombing", "blamed the rebels for shelling", "charged him with killing": the one
            // accused or blamed did it, not the accuser (but "repelled the attack by killing 20": the doer)
            int object = objectControlled(g, h, rel, up);
            if (object >= 0) {
                out.add(object);
                return out;
            }
            // ", killing five civilians": a participle of result, also when the parser leaves it a bare "dep"
            if (rel.startsWith("conj") || rel.equals("xcomp")
                    || rel.startsWith("advcl") && (infinitive(g, h) || g.token(h).pos().equals("VBG"))
                    || rel.equals("dep") && g.token(h).pos().equals("VBG") && g.token(up).pos().startsWith("VB")
                    && !v.classes.has("SPEECH_VERBS", g.token(up).lemma())) {
                for (var d : g.children(up)) {
                    if (d.rel().startsWith("nsubj")) {
                        out.add(d.dependent());
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
                h = up;
                continue;
            }
            if (rel.equals("acl")) {
                List<Integer> said = ofPredicate(v, up);
                if (!said.isEmpty() && g.token(h).pos().equals("VBG")) {
                    return new ArrayList<>(said); // "X is the largest donor, providing ...": X provides
                }
                out.add(up);
                return out;
            }
            break;
        }
        return out;
    }

    /** Prepositions by which a gerund tells what the object of the verb before it did: "accused X of doing". */
    private static final java.util.Set<String> OBJECT_CONTROL = java.util.Set.of("of", "for", "with");

    /**
     * The object of the verb that governs a gerund in "of", "for" or "with" ("accused Israel of bombing"): the one
     * who did what the gerund says; -1 when the gerund is not so governed.
     */
    static int objectControlled(DepGraph g, int gerund, String rel, int up) {
        if (!(rel.startsWith("advcl") || rel.startsWith("obl")) || !g.token(gerund).pos().equals("VBG")
                || !g.token(up).pos().startsWith("VB")) {
            return -1;
        }
        boolean marked = false;
        for (var d : g.children(gerund)) {
            if ((d.rel().equals("case") || d.rel().equals("mark"))
                    && OBJECT_CONTROL.contains(g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                marked = true;
            }
        }
        return marked ? g.child(up, "obj") : -1;
    }

    /**
     * When the graph gives a verb no subject (a misparse of a long sentence): the noun phrase that
     * ends right before the verb and its auxiliaries ("military units in Hama have withdrawn").
     */
    static int leftOf(SentenceView v, int verb) {
        Sentence s = v.sentence;
        DepGraph g = v.graph;
        int k = verb - 1;
        while (k >= 0) {
            Token t = s.token(k);
            String rel = g.rel(k);
            if (rel.startsWith("aux") || rel.equals("advmod") || t.pos().equals("RB") || t.pos().equals("MD")) {
                k--;
                continue;
            }
            int modal = Clauses.semiModalStart(v, k);
            if (modal >= 0) {
                k = modal - 1; // "is about to restore", "are set to resume": the subject stands before "be"
                continue;
            }
            break;
        }
        if (k < 0) {
            return -1;
        }
        Token end = s.token(k);
        if (!end.isNoun() && !end.pos().startsWith("PRP")) {
            return -1;
        }
        int j = k;
        for (int steps = 0; steps < 6; steps++) {
            int up = g.head(j);
            String rel = g.rel(j);
            if (up < 0 || up > j || !s.token(up).isNoun()
                    || !(rel.startsWith("nmod") || rel.equals("compound") || rel.equals("amod") || rel.equals("nummod"))) {
                break;
            }
            j = up;
        }
        return j;
    }

    /** The first of a chain of coordinated verbs ("withdrawn" for "taken" in "have withdrawn and taken"). */
    static int firstConjunct(DepGraph g, int i) {
        int h = i;
        for (int steps = 0; steps < 6 && g.rel(h).startsWith("conj") && g.head(h) >= 0; steps++) {
            h = g.head(h);
        }
        return h;
    }

    /** An infinitive clause ("about to restore"): no subordinator but "to". */
    private static boolean infinitive(DepGraph g, int verb) {
        List<Integer> marks = g.children(verb, "mark");
        // "in order to complain", "on Thursday to complain" (a day parsed as the subject): a "to" makes it one
        return marks.isEmpty() || marks.stream().anyMatch(m -> g.token(m).lemma().equals("to"));
    }

    /**
     * The subjects a noun is said of when it is a predicate: "X is the largest donor", "X remains one
     * of the donors", "X has become a supplier"; empty otherwise.
     */
    static List<Integer> ofPredicate(SentenceView v, int noun) {
        DepGraph g = v.graph;
        if (noun < 0 || !g.token(noun).isNoun()) {
            return List.of();
        }
        int n = noun;
        if (g.rel(n).startsWith("nmod") && g.head(n) >= 0
                && Set.of("one", "some", "among").contains(g.token(g.head(n)).lemma())) {
            n = g.head(n); // "one of the largest donors"
        }
        if (g.child(n, "cop") >= 0) {
            return plain(g, n);
        }
        if ((g.rel(n).equals("obj") || g.rel(n).equals("xcomp")) && g.head(n) >= 0
                && v.classes.has("COPULAR_VERBS", g.token(g.head(n)).lemma())) {
            return plain(g, g.head(n));
        }
        return List.of();
    }

    /** The active subjects of a predicate ("nsubj" only, not the passive or controlled ones). */
    static List<Integer> plain(DepGraph g, int predicate) {
        List<Integer> out = new ArrayList<>();
        for (var d : g.children(predicate)) {
            if (d.rel().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * The subject of the verb of saying whose reported clause a verb stands in, when the verb's
     * subject is a pronoun of &SPEAKER_PRONOUNS no mention resolves ("The ELN said it will release ..."), or -1.
     */
    static int speakerOfPronoun(SentenceView v, int verb, int subject) {
        DepGraph g = v.graph;
        if (!g.token(subject).pos().equals("PRP")
                || !v.classes.has("SPEAKER_PRONOUNS", g.token(subject).word())) {
            return -1;
        }
        int h = verb;
        for (int steps = 0; steps < 4; steps++) {
            int up = g.head(h);
            String rel = g.rel(h);
            if (up < 0) {
                return -1;
            }
            if (rel.equals("ccomp") && v.classes.has("SPEECH_VERBS", g.token(up).lemma())) {
                for (var d : g.children(up)) {
                    if (d.rel().equals("nsubj") && d.dependent() != subject && !g.token(d.dependent()).pos().startsWith("PRP")) {
                        return d.dependent();
                    }
                }
                return -1;
            }
            if (!(rel.startsWith("conj") || rel.equals("xcomp"))) {
                return -1;
            }
            h = up;
        }
        return -1;
    }

    /** Who a speaker's phrase names: its actors, else the name no dictionary knows; empty when neither. */
    static List<org.sitrep.mentions.ActorMention> speakerActors(SentenceView v, int speaker) {
        List<org.sitrep.mentions.ActorMention> out = new java.util.ArrayList<>(v.actorsOfPhrase(speaker));
        if (out.isEmpty()) {
            org.sitrep.mentions.ActorMention named = UnknownActors.name(v, speaker);
            if (named != null) {
                out.add(named);
            }
        }
        return out;
    }

    /** Whether the act's subject is a pronoun standing for the speaker of the verb of saying that reports it. */
    static boolean saidOfItself(SentenceView v, int speech, int act) {
        List<Integer> subjects = of(v, act);
        if (subjects.size() != 1) {
            return false;
        }
        int speaker = speakerOfPronoun(v, act, subjects.get(0));
        return speaker >= 0 && v.graph.head(speaker) == speech;
    }

    /** A speaker is a person or body: an actor, a pronoun, a proper name or a noun of a group or office (&BODY_NOUNS). */
    static boolean plausibleSpeaker(SentenceView v, int subj) {
        Token t = v.sentence.token(subj);
        if (v.actorAt(subj) != null || t.pos().startsWith("PRP") || t.isProperNoun()) {
            return true;
        }
        return v.actorOfPhrase(subj) != null || v.classes.has("BODY_NOUNS", t.lemma())
                || Set.of("source", "statement", "report", "witness", "resident", "army", "military", "police")
                        .contains(t.lemma());
    }

    /** "The agency", "the LetUsSpeak movement": a common noun naming a body or an office (&BODY_NOUNS). */
    static boolean bodyOrOffice(SentenceView v, int subj) {
        Token t = v.sentence.token(subj);
        return t.isNoun() && !t.isProperNoun() && v.classes.has("BODY_NOUNS", t.lemma());
    }

    /** "…, officials said": a speech verb after what it reports says whose account it is, no act of its own. */
    static boolean attribution(DepGraph g, int verb) {
        for (int c : g.basicChildren(verb)) {
            if ((g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")) && c < verb) {
                return true;
            }
        }
        return g.head(verb) >= 0 && g.head(verb) < verb && g.rel(verb).equals("parataxis");
    }

    /**
     * How the record names a speaker: the phrase of the subject of a verb of saying ("the Syrian
     * Observatory for Human Rights"), or for a pronoun the speaker of the quote it attributes.
     */
    static String speakerText(SentenceView v, int subj) {
        Sentence s = v.sentence;
        Token t = s.token(subj);
        if (t.pos().startsWith("PRP")) {
            // "“…,” it added": the speaker of the quote the pronoun attributes
            Quote attributed = null;
            for (Quote q : v.mentions.quotes()) {
                if (q.end() <= t.start() && q.end() >= s.start()) {
                    attributed = q;
                }
            }
            if (attributed != null && attributed.speaker() != null) {
                return clean(attributed.speaker());
            }
            Quote around = v.mentions.quoteAt(t.start());
            if (around != null && around.speaker() != null) {
                return clean(around.speaker());
            }
            ActorMention m = v.actorAt(subj);
            return m != null && m.actor().name() != null ? m.actor().name() : t.word();
        }
        BitSet phrase = v.graph.subtree(subj, SPEAKER_CUT);
        int from = phrase.nextSetBit(0);
        int to = phrase.previousSetBit(s.size());
        return clean(s.span(from, to + 1));
    }

    /** A speaker's words without a leading "the". */
    static String clean(String speaker) {
        String t = speaker.strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) {
            t = t.substring(4);
        }
        return t;
    }
}
