package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.DepGraph;

/**
 * Whom or where an act is done to when its grammar does not say it outright: those it is given to help,
 * the place aid is given or forces are held in, the place a measure holds in, whom a joint act is done
 * with, and what a view is about. The coder calls these after it has looked at the verb's own objects.
 */
final class Targets {

    private Targets() {
    }

    /** Acts whose purpose may name whom they are for: appeals, offers, giving and aid (02x, 03x, 06x, 07x), and weighing them (01x). */
    static final Set<String> HELPED_ROOTS = Set.of("01", "02", "03", "06", "07");

    /** How a purpose hangs on the act it is the purpose of, or on the thing given. */
    private static final Set<String> PURPOSE_RELS = Set.of("advcl", "xcomp", "acl");

    /**
     * Whom an act of giving, sending or appealing is for, when its purpose is to help them ("sent
     * troops to help the army", "allocated funds to help people in the north", "earmarked aid to help
     * X cope with ..."; &HELPING_VERBS): the actor helped, else the phrase by its words; null when no purpose
     * says so.
     */
    static ActorMention helpedBy(SentenceView v, int i, int depth) {
        DepGraph g = v.graph;
        List<Integer> purposes = new ArrayList<>();
        if (depth == 0 && v.classes.has("HELPING_VERBS", g.token(i).lemma())
                && (g.head(i) < 0 || !v.classes.has("SENDING_VERBS", g.token(g.head(i)).lemma()))) {
            // "helped the country cope with ...": no object but the one helped (but "sent troops to X to
            // help the country ...": whom the sending is to, the purpose told as the sending)
            purposes.add(i);
        }
        for (int c : g.basicChildren(i)) {
            if (PURPOSE_RELS.contains(g.rel(c)) && g.token(c).isVerb() && c > i) {
                purposes.add(c);
            }
            if ((g.rel(c).equals("obj") || g.rel(c).startsWith("obl")) && c > i) {
                for (int a : g.basicChildren(c)) {
                    if (g.rel(a).equals("acl") && g.token(a).isVerb()) {
                        purposes.add(a); // "an appeal for $80 million to help ...", parsed on the thing given
                    }
                }
            }
        }
        for (int p : purposes) {
            if (!v.classes.has("HELPING_VERBS", g.token(p).lemma())) {
                if (depth < 1) {
                    ActorMention deeper = helpedBy(v, p, depth + 1); // "considering sending aid to help X"
                    if (deeper != null) {
                        return deeper;
                    }
                }
                continue;
            }
            List<Integer> helped = new ArrayList<>(g.children(p, "obj"));
            for (int x : g.basicChildren(p)) {
                if (g.rel(x).equals("xcomp") || g.rel(x).equals("ccomp")) {
                    helped.addAll(g.children(x, "nsubj")); // "to help Haiti cope", Haiti parsed as the subject of coping
                }
            }
            for (int h : helped) {
                if (!g.token(h).isNoun() || Coder.inTime(v.sentence, h)) {
                    continue;
                }
                ActorMention m = v.actorOfPhrase(h);
                return m != null ? m : UnknownActors.phrase(v, h);
            }
        }
        return null;
    }

    /** Material help and aid (06x, 07x): given where it is done when no one is named to receive it. */
    static final Set<String> AIDED_IN_PLACE = Set.of("06", "07");

    /**
     * Where material help or aid is given, deployed or served when no recipient is named ("peacekeepers
     * arrived in X", "soldiers served in X"): the place, an actor or the phrase by its words; else null.
     */
    static ActorMention placeAided(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<org.sitrep.nlp.Dependency> held = new ArrayList<>(g.children(i));
        List<Integer> things = new ArrayList<>(g.children(i, "obj"));
        things.addAll(g.children(i, "obl:in")); // "take part in peacekeeping operations in X"
        for (int o : things) {
            for (var d : g.children(o)) {
                if (d.rel().equals("nmod:in")) {
                    held.add(d); // "its forces in X"
                }
            }
        }
        for (var d : held) {
            int c = d.dependent();
            if ((d.rel().equals("obl:in") || d.rel().equals("nmod:in")) && c > i && !Coder.inTime(v.sentence, c) && areaLike(v, c)) {
                ActorMention m = v.actorOfPhrase(c);
                return m != null ? m : UnknownActors.phrase(v, c);
            }
        }
        return null;
    }

    /**
     * Where what a verb's "to" clause of purpose acts on is ("gave equipment to fight the epidemic in West
     * Africa"): the place helped; or null.
     */
    static ActorMention placeOfPurpose(SentenceView v, int i) {
        DepGraph g = v.graph;
        for (int c : g.basicChildren(i)) {
            if (!Coder.purposeClause(g, c)) {
                continue;
            }
            ActorMention m = placeAided(v, c);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Whether a token lies in a phrase of where the verb happens ("in western Iran", "at the border"). */
    static boolean whereOf(DepGraph g, int i, int k) {
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && Coder.PLACE_PREPS.contains(d.subtype()) && g.subtree(d.dependent()).get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom the verb's object (&JOINT_ACTIVITY_NOUNS) is done together with ("ended mediation efforts with the
     * truckers", "signed a deal with the union"): the actor, else the phrase by its words; null when the object
     * is no such thing.
     */
    static ActorMention jointPartner(SentenceView v, int i) {
        DepGraph g = v.graph;
        for (int o : g.children(i, "obj")) {
            if (!v.classes.has("JOINT_ACTIVITY_NOUNS", g.token(o).lemma())) {
                continue;
            }
            for (int w : g.children(o, "nmod:with")) {
                if (Coder.inTime(v.sentence, w)) {
                    continue;
                }
                ActorMention m = v.actorOfPhrase(w);
                return m != null ? m : UnknownActors.phrase(v, w);
            }
        }
        return null;
    }

    /** Whether an actor is the armed forces of a source's own country ("Australia" sending "troops", AUSMIL). */
    static boolean ownForces(ActorMention t, List<ActorMention> sources) {
        String code = t.actor().cameo();
        if (code == null || code.length() != 6 || !code.endsWith("MIL")) {
            return false;
        }
        return sources.stream().map(src -> src.actor().cameo())
                .anyMatch(c -> c != null && c.length() >= 3 && c.startsWith(code.substring(0, 3)));
    }

    /** Whether the targets found are all the sources themselves ("lifted its blockade", "sent its troops"). */
    static boolean onlyThemselves(List<ActorMention> targets, List<ActorMention> sources) {
        return !targets.isEmpty() && targets.stream().allMatch(t -> sources.stream().anyMatch(src -> SentenceView.same(src, t)));
    }

    /** How a measure is tied to the place it holds in: "a curfew in X", "a blockade of X", "a curfew on X". */
    private static final Set<String> AREA_PREPS = Set.of("in", "on", "of", "over", "across", "throughout", "for");

    /**
     * The place a measure (&AREA_MEASURES) the verb imposes, lifts or seeks holds in ("imposed a curfew in parts of X",
     * "lifted the state of emergency in four states", "lifted its blockade of X", "sought refuge in X"):
     * an actor, else the phrase by its words; null when the verb's object is no such measure or no place is said.
     */
    static ActorMention areaOfMeasure(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<Integer> things = new ArrayList<>(g.children(i, "obj"));
        things.addAll(g.children(i, "obl:to")); // "agreed to a ceasefire in X"
        for (int o : things) {
            List<Integer> measure = new ArrayList<>(List.of(o));
            if (!v.classes.has("AREA_MEASURES", g.token(o).lemma())) {
                measure.addAll(g.children(o, "nmod:of")); // "a state of emergency", but "a blockade of X"
            }
            measure.addAll(g.children(o, "compound")); // "curfew hours"
            if (measure.stream().noneMatch(m -> v.classes.has("AREA_MEASURES", g.token(m).lemma()))) {
                continue;
            }
            List<Integer> places = new ArrayList<>();
            for (int m : measure) {
                for (var d : g.children(m)) {
                    if (d.rel().startsWith("nmod:") && AREA_PREPS.contains(d.subtype()) && !measure.contains(d.dependent())) {
                        places.add(d.dependent());
                    }
                }
            }
            for (int a : g.children(o, "acl")) {
                for (var d : g.children(a)) {
                    if (d.rel().startsWith("obl:") && AREA_PREPS.contains(d.subtype())) {
                        places.add(d.dependent()); // "curfew hours imposed in some parts of X"
                    }
                }
            }
            for (var d : g.children(i)) {
                if (d.rel().startsWith("obl:") && AREA_PREPS.contains(d.subtype()) && !d.subtype().equals("of")) {
                    places.add(d.dependent());
                }
            }
            for (int c : places) {
                if (Coder.inTime(v.sentence, c) || !areaLike(v, c)) {
                    continue;
                }
                ActorMention m = v.actorOfPhrase(c);
                return m != null ? m : UnknownActors.phrase(v, c);
            }
        }
        return null;
    }

    /** Whether a phrase names a place: a name in it up to its head, or a common noun of places (&AREA_NOUNS). */
    private static boolean areaLike(SentenceView v, int k) {
        BitSet sub = v.graph.subtree(k, Coder.PHRASE_CUT);
        for (int j = sub.nextSetBit(0); j >= 0 && j <= k; j = sub.nextSetBit(j + 1)) {
            if (v.sentence.token(j).isProperNoun() || v.placeAt(j) != null) {
                return true;
            }
        }
        return v.classes.has("AREA_NOUNS", v.sentence.token(k).lemma())
                || v.sentence.token(k).pos().equals("CD") && v.graph.children(k, "nmod:of").stream()
                        .anyMatch(c -> v.classes.has("AREA_NOUNS", v.sentence.token(c).lemma())); // "four of its states"
    }

    /** How a view is tied to what it is about: "skeptical about", "pessimism over", "agree with", "condolences to". */
    private static final Set<String> VIEW_PREPS = Set.of("about", "of", "over", "on", "regarding", "with", "to", "in");

    /**
     * What a statement of a view (&VIEW_WORDS) is about: the phrase its word governs ("skeptical about the scheme",
     * "expressed pessimism over Alitalia's future", "agree with the NCAA"), else who its clause is
     * about ("voiced hope that the new government will help", "said it expects that most pupils
     * will ..."), an actor or the phrase by its words; null when the statement holds no such view.
     */
    static ActorMention viewConcerns(SentenceView v, int i, List<ActorMention> sources) {
        DepGraph g = v.graph;
        List<Integer> words = new ArrayList<>(List.of(i));
        for (int step = 0; step < 2; step++) {
            for (int k : List.copyOf(words)) {
                for (var d : g.children(k)) {
                    if ((d.rel().equals("ccomp") || d.rel().equals("xcomp") || d.rel().equals("obj") || d.rel().equals("dep"))
                            && !words.contains(d.dependent())) {
                        words.add(d.dependent());
                    }
                }
            }
        }
        for (int k : words) {
            if (!v.classes.has("VIEW_WORDS", v.sentence.token(k).lemma())) {
                continue;
            }
            List<Integer> holders = new ArrayList<>(List.of(k));
            if (g.rel(k).equals("obj") && g.head(k) >= 0) {
                holders.add(g.head(k)); // "expressed pessimism Friday over X": the parser hangs what it is over on the verb
            }
            if (g.rel(k).equals("dep") && g.head(k) >= 0 && g.token(g.head(k)).isVerb()) {
                // "expressed hopes the government will change": the parser hangs the view on the clause it holds
                for (int x : g.children(g.head(k), "nsubj")) {
                    return about(v, x, sources);
                }
            }
            for (int h : holders) {
                for (var d : g.children(h)) {
                    if ((d.rel().startsWith("nmod:") || d.rel().startsWith("obl:")) && VIEW_PREPS.contains(d.subtype())
                            && (!Coder.inTime(v.sentence, d.dependent()) || owned(g, d.dependent())) && (h == k || !d.subtype().equals("to") && !d.subtype().equals("with"))) {
                        return about(v, gerundObject(g, d.dependent()), sources);
                    }
                }
            }
            for (int h : holders) {
                for (var d : g.children(h)) {
                    if (d.rel().equals("ccomp") || h == k && d.rel().equals("acl") && v.sentence.token(d.dependent()).isVerb()) {
                        for (var e : g.children(d.dependent())) {
                            if (e.rel().equals("nsubj") || e.rel().equals("nsubj:pass")) {
                                return about(v, e.dependent(), sources);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** "the future of the economy", "the airline's future": a word of time whose owner makes it no date. */
    static boolean owned(DepGraph g, int k) {
        return g.children(k).stream().anyMatch(d -> d.rel().equals("nmod:of") || d.rel().startsWith("nmod:poss"));
    }

    /** "pessimism about bringing the standoff to an end": what the view is about is what the gerund acts on. */
    private static int gerundObject(DepGraph g, int k) {
        if (g.token(k).pos().equals("VBG")) {
            int o = g.child(k, "obj");
            if (o >= 0) {
                return o;
            }
        }
        return k;
    }

    /** What a view is about: the actor of its phrase, else (or when that is the one holding the view) the phrase by its words. */
    static ActorMention about(SentenceView v, int k, List<ActorMention> sources) {
        ActorMention m = v.actorOfPhrase(k);
        if (m != null && sources.stream().noneMatch(x -> SentenceView.same(x, m))) {
            return m;
        }
        return UnknownActors.phrase(v, k);
    }
}
