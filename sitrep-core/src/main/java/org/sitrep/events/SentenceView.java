package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.mentions.ActorMention;
import org.sitrep.mentions.Mentions;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** One sentence with its graph, and the actor and place mentions on each token. */
final class SentenceView {

    final Sentence sentence;
    final DepGraph graph;
    final Mentions mentions;
    private final ActorMention[] actorAt;
    private final Toponym[] placeAt;

    private final BitSet leftOut;
    private final boolean firstActor;
    /** The word classes the coder reads (sitrep.classes.txt and the user's). */
    final org.sitrep.dict.WordClasses classes;

    SentenceView(Sentence sentence, Mentions mentions) {
        this(sentence, mentions, new BitSet(), false, org.sitrep.dict.WordClasses.bundled());
    }

    /**
     * @param leftOut    tokens of comma clauses left out of coding
     * @param firstActor a phrase names the first actor in it ("Arnor's Elrond" → Arnor: TABARI's reading)
     *                   rather than the actor at its head
     */
    SentenceView(Sentence sentence, Mentions mentions, BitSet leftOut, boolean firstActor,
                 org.sitrep.dict.WordClasses classes) {
        this.classes = classes;
        this.leftOut = leftOut;
        this.firstActor = firstActor;
        this.sentence = sentence;
        this.graph = new DepGraph(sentence);
        this.mentions = mentions;
        this.actorAt = new ActorMention[sentence.size()];
        this.placeAt = new Toponym[sentence.size()];
        for (ActorMention m : mentions.actorsIn(sentence.index())) {
            if (leftOut.get(m.span().startToken())) {
                continue;
            }
            for (int i = m.span().startToken(); i < m.span().endToken(); i++) {
                actorAt[i] = m;
            }
        }
        for (Toponym t : mentions.placesIn(sentence.index())) {
            for (int i = t.span().startToken(); i < t.span().endToken() && i < placeAt.length; i++) {
                placeAt[i] = t;
            }
        }
    }

    /** Whether the token lies in a comma clause the options leave out of coding. */
    boolean isLeftOut(int token) {
        return leftOut.get(token);
    }

    ActorMention actorAt(int token) {
        return token >= 0 && token < actorAt.length ? actorAt[token] : null;
    }

    Toponym placeAt(int token) {
        return token >= 0 && token < placeAt.length ? placeAt[token] : null;
    }

    Toponym literalPlaceAt(int token) {
        Toponym t = placeAt(token);
        return t != null && t.use() == ToponymUse.LITERAL && t.place() != null ? t : null;
    }

    /**
     * A literal place that can say where an event happened: not an adjective ("near the Algerian
     * border" is not in Algeria), nor a country or first-level division narrowed by a word of
     * direction outside its name ("in south Lebanon", "at northern Israel": its centre is not where).
     */
    Toponym eventPlaceAt(int token) {
        Toponym t = literalPlaceAt(token);
        if (t == null) {
            return null;
        }
        int first = t.span().startToken();
        int last = t.span().endToken() - 1;
        if (first == last && sentence.token(first).pos().startsWith("JJ")) {
            return null;
        }
        String precision = t.place().precision();
        if (("country".equals(precision) || "admin1".equals(precision)) && first > 0) {
            Token before = sentence.token(first - 1);
            if (classes.has("REGION_QUALIFIERS", before.word()) || classes.has("REGION_QUALIFIERS", before.lemma())) {
                return null;
            }
        }
        return t;
    }

    /** The actor a noun phrase names: the mention on its head, else the one nearest its head in its phrase. */
    ActorMention actorOfPhrase(int head) {
        if (firstActor && !sentence.token(head).isVerb()) {
            BitSet core = graph.subtree(head, Coder.PHRASE_CUT);
            ActorMention first = null;
            for (int i = core.nextSetBit(0); i >= 0 && i <= head; i = core.nextSetBit(i + 1)) {
                ActorMention a = usable(actorAt(i));
                if (a == null || a == first) {
                    continue;
                }
                if (first == null) {
                    first = a;
                } else if (a.actor().cameo() != null && first.actor().cameo() != null
                        && a.actor().cameo().startsWith(first.actor().cameo())
                        && a.actor().cameo().length() > first.actor().cameo().length()) {
                    first = a; // "Dagolath's first Deputy Prime Minister": the country's office, DAGGOV
                }
            }
            if (first != null) {
                return first;
            }
        }
        ActorMention m = actorAt(head);
        if (m != null) {
            return usable(m);
        }
        if (sentence.token(head).isVerb()) {
            return null;
        }
        BitSet phrase = graph.subtree(head, Coder.PHRASE_CUT);
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            ActorMention a = actorAt(i);
            if (a == null || a.actor().cameo() == null && a.actor().id() == null) {
                continue;
            }
            // a possessor or a modifier of the head names whose it is; a noun after "of" names the owner too
            int d = Math.abs(graph.depth(i) - graph.depth(head)) * 10 + Math.abs(i - head);
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        if (best == null) {
            // "LaDonna Davis, a USCIS spokeswoman": the apposition says who the person is
            for (int c : graph.children(head, "appos")) {
                ActorMention a = actorAt(c);
                if (a == null) {
                    for (int i = graph.subtree(c, Coder.PHRASE_CUT).nextSetBit(0); i >= 0 && a == null;
                         i = graph.subtree(c, Coder.PHRASE_CUT).nextSetBit(i + 1)) {
                        a = actorAt(i);
                    }
                }
                if (usable(a) != null) {
                    return a;
                }
            }
        }
        return usable(best);
    }

    private static ActorMention usable(ActorMention m) {
        if (m == null) {
            return null;
        }
        return m.actor().cameo() == null && m.actor().id() == null ? null : m;
    }

    /**
     * The actor of a modifier the parser hung on the first of two conjoined nouns though it stands
     * after the second ("Ithilen's sheep and goats of Gondor": "of Gondor" ends the phrase the
     * second noun starts), for a conjunct that names no actor itself; else null.
     */
    private ActorMention sharedModifierActor(int head, int conjunct) {
        int end = graph.subtree(conjunct).previousSetBit(sentence.size());
        for (var d : graph.children(head)) {
            if (d.rel().startsWith("nmod:") && d.dependent() > end) {
                ActorMention a = actorOfPhrase(d.dependent());
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Every actor a noun phrase names, with conjoined phrases ("HTS and other groups"). */
    /** Relations by which an act named by a noun says who did it: "Israeli strikes", "the army's attack", "fire from". */
    private static final Set<String> DOER_OF_ACT = Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:agent",
            "nmod:from");

    /**
     * Who did what a subject names. A subject that names an act ("an air strike on a house in the camp", "a drone
     * attack on a police station") is done by its possessor, its modifiers or its "by"/"from" phrase, never by
     * whom it is on, of or against, nor by the place it is in; any other subject is its phrase's actors.
     */
    List<ActorMention> doersOfSubject(int subj) {
        if (!EventNouns.is(classes, sentence.token(subj))) {
            return actorsOfPhrase(subj);
        }
        List<ActorMention> out = new ArrayList<>();
        ActorMention own = usable(actorAt(subj));
        if (own != null) {
            out.add(own);
        }
        for (var d : graph.children(subj)) {
            if (DOER_OF_ACT.contains(d.rel())) {
                for (ActorMention m : actorsOfPhrase(d.dependent())) {
                    if (out.stream().noneMatch(x -> same(x, m))) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    List<ActorMention> actorsOfPhrase(int head) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention first = actorOfPhrase(head);
        if (first != null) {
            out.add(first);
            if ("context".equals(first.via()) && first.actor().id() != null) {
                // "the ambassadors of Arnor, Osgiliath and Gondor": the role for each country named
                String roles = org.sitrep.mentions.Actor.rolesOf(first.actor().cameo());
                for (var d : graph.children(first.head())) {
                    if (!d.rel().startsWith("nmod:")) {
                        continue;
                    }
                    for (int c : graph.children(d.dependent(), "conj")) {
                        ActorMention other = actorAt(c);
                        String country = other == null ? null : org.sitrep.mentions.Actor.countryOf(other.actor().cameo());
                        if (country != null && !roles.isEmpty()) {
                            var a = new org.sitrep.mentions.Actor(country + "_" + roles, country + roles,
                                    org.sitrep.mentions.Actor.kindOf(country + roles), null);
                            ActorMention composed = other.withActor(a, "context");
                            if (out.stream().noneMatch(x -> same(x, composed))) {
                                out.add(composed);
                            }
                        }
                    }
                }
            }
        }
        for (int c : graph.children(head, "conj")) {
            ActorMention m = actorOfPhrase(c) != null ? actorOfPhrase(c) : sharedModifierActor(head, c);
            if (m != null && out.stream().noneMatch(x -> same(x, m))) {
                out.add(m);
            }
        }
        if (first != null) {
            for (ActorMention m : listAround(first)) {
                if (out.stream().noneMatch(x -> same(x, m))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The actors listed with a mention, read off the words: "Mordor, Rohan, Fornost and Bree",
     * "Evil Mordor, the awful Fornost, and good Gondor" (articles and adjectives may stand before each).
     * A parse does not always join long lists; the words do.
     */
    List<ActorMention> listAround(ActorMention m) {
        List<ActorMention> out = new ArrayList<>();
        out.add(m);
        boolean conjunction = false;
        // forwards
        int k = m.span().endToken();
        while (true) {
            int j = k;
            boolean separated = false;
            while (j < sentence.size() && isSeparator(j)) {
                separated = true;
                conjunction |= !sentence.token(j).word().equals(",");
                j++;
            }
            while (j < sentence.size() && isModifier(j)) {
                j++;
            }
            ActorMention next = actorAt(j);
            if (!separated || next == null || next.span().startToken() != j || next.actor().cameo() == null) {
                break;
            }
            out.add(next);
            k = next.span().endToken();
        }
        // backwards
        int start = m.span().startToken();
        while (true) {
            int j = start - 1;
            while (j >= 0 && isModifier(j)) {
                j--;
            }
            boolean separated = false;
            while (j >= 0 && isSeparator(j)) {
                separated = true;
                conjunction |= !sentence.token(j).word().equals(",");
                j--;
            }
            while (j >= 0 && isModifier(j)) {
                j--;
            }
            ActorMention prev = actorAt(j);
            if (!separated || prev == null || prev.span().endToken() != j + 1 || prev.actor().cameo() == null) {
                break;
            }
            out.add(0, prev);
            start = prev.span().startToken();
        }
        // commas alone make no list ("the ranks of our forces, these groups"): an "and" or "or" must join it
        return conjunction ? out : List.of(m);
    }

    private boolean isSeparator(int i) {
        String w = sentence.token(i).word();
        return w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or");
    }

    private boolean isModifier(int i) {
        String pos = sentence.token(i).pos();
        return (pos.equals("DT") || pos.startsWith("JJ")) && actorAt(i) == null;
    }

    static boolean same(ActorMention a, ActorMention b) {
        if (a.actor().id() != null) {
            return a.actor().id().equals(b.actor().id());
        }
        return a == b;
    }
}
