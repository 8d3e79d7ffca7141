package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.dict.Words;
import org.sitrep.geo.Toponym;
import org.sitrep.mentions.ActorMention;

/**
 * Matches verb patterns against the words around a verb, the way TABARI and PETRARCH read them:
 * pattern words in order, with gaps unless joined by {@code _}; {@code $}, {@code +}, {@code %} on
 * actor mentions; synonym sets on their phrases.
 *
 * <p>Two synonym sets also match by meaning, because sitrep knows what the words refer to: a set
 * of settlements (holding CITY or TOWN) matches a place name the gazetteer resolves, and a set of
 * armed forces (holding ARMY or TROOPS) matches an actor whose role is armed (MIL, REB, INS, UAF,
 * IMG, SEP, COP); and a set of sums of money (holding MILLION or DOLLARS) matches an amount written
 * with a currency's sign ("€45m", "$3.6bn").
 */
final class PatternMatcher {

    /** What a match found: the code and the actors the pattern placed. */
    record Result(VerbPattern pattern, ActorMention source, ActorMention target, boolean compound,
                  boolean compoundAfter, boolean byLemma) {
    }

    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "IMG", "SEP", "COP");

    private final VerbDictionary verbs;
    private final boolean lemmas;

    PatternMatcher(VerbDictionary verbs, boolean lemmas) {
        this.verbs = verbs;
        this.lemmas = lemmas;
    }

    /** One token of a region: its position, word and lemma (upper case). */
    record Tok(int index, String word, String lemma, boolean preposition) {
    }

    static List<Tok> region(SentenceView v, List<Integer> indices) {
        return region(v, indices, Set.of());
    }

    /** The tokens of a region, those in {@code particles} read as words of the verb, not prepositions. */
    static List<Tok> region(SentenceView v, List<Integer> indices, Set<Integer> particles) {
        List<Tok> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            var t = v.sentence.token(i);
            if (t.pos().equals(",") || t.pos().equals(".") || t.pos().equals("``") || t.pos().equals("''")
                    || t.pos().equals("-LRB-") || t.pos().equals("-RRB-") || t.pos().equals(":")) {
                continue;
            }
            // a participle the parse makes a preposition ("following a fire", "including") is one
            boolean prep = (t.pos().equals("IN") || t.pos().equals("TO")
                    || t.pos().startsWith("VB") && v.graph.rel(i).equals("case")) && !t.lemma().equals("of")
                    && !t.lemma().equals("that") && !particles.contains(i);
            if (prep && v.sentence.measuresNumber(i)) {
                prep = false; // "more than 200 soldiers", "over 300 people": a number's measure, no preposition
            }
            out.add(new Tok(i, Words.norm(t.word()), Words.norm(t.lemma()), prep));
        }
        return out;
    }

    Result match(VerbPattern p, SentenceView v, List<Tok> before, List<Tok> after) {
        State st = new State();
        if (!p.before().isEmpty()) {
            List<Atom> atoms = atoms(p.before());
            st.freeStart = true; // words before the subject do not matter
            if (!matchFrom(atoms, 0, before, 0, false, st, v)) {
                return null;
            }
            if (p.verbJoined() && st.lastEnd != before.size()) {
                return null;
            }
        }
        if (!p.after().isEmpty()) {
            List<Atom> atoms = atoms(p.after());
            st.freeStart = false;
            if (!matchFrom(atoms, 0, after, 0, atoms.get(0).joined, st, v)) {
                return null;
            }
        }
        return new Result(p, st.source, st.target, st.compound, st.compoundAfter, st.byLemma);
    }

    /** A pattern element with braces folded into the joined flags. */
    private record Atom(VerbPattern.Kind kind, String value, boolean joined) {
    }

    private static List<Atom> atoms(List<VerbPattern.Element> elements) {
        List<Atom> out = new ArrayList<>();
        boolean inPhrase = false;
        boolean phraseStart = false;
        for (VerbPattern.Element e : elements) {
            switch (e.kind()) {
                case OPEN, CLOSE -> {
                }
                case PHRASE_OPEN -> {
                    inPhrase = true;
                    phraseStart = true;
                }
                case PHRASE_CLOSE -> inPhrase = false;
                default -> {
                    boolean joined = e.joined() || inPhrase && !phraseStart;
                    out.add(new Atom(e.kind(), e.value(), joined));
                    phraseStart = false;
                }
            }
        }
        return out;
    }

    private static final class State {
        ActorMention source;
        ActorMention target;
        boolean compound;
        int lastEnd;
        boolean freeStart;
        boolean compoundAfter;
        boolean byLemma;
    }

    private boolean matchFrom(List<Atom> atoms, int a, List<Tok> toks, int t, boolean firstJoined, State st, SentenceView v) {
        if (a == atoms.size()) {
            st.lastEnd = t;
            return true;
        }
        Atom atom = atoms.get(a);
        boolean joined = a == 0 ? firstJoined : atom.joined();
        if (atom.kind() == VerbPattern.Kind.SKIP) {
            // "^": pass over the next noun phrase (an actor or a run of nouns)
            int k = t;
            while (k < toks.size() && !isNominal(toks.get(k), v)) {
                k++;
            }
            if (k >= toks.size()) {
                return false;
            }
            ActorMention m = v.actorAt(toks.get(k).index());
            if (m != null) {
                while (k < toks.size() && v.actorAt(toks.get(k).index()) == m) {
                    k++;
                }
            } else {
                while (k < toks.size() && isNominal(toks.get(k), v)) {
                    k++;
                }
            }
            return matchFrom(atoms, a + 1, toks, k, false, st, v);
        }
        int last = joined ? Math.min(t, toks.size() - 1) : toks.size() - 1;
        for (int k = t; k <= last; k++) {
            if (k > t && toks.get(k - 1).preposition() && !isPreposition(atom) && !isActor(atom)
                    && !(a == 0 && st.freeStart)) {
                break; // a word of the object does not lie beyond a preposition the pattern does not name
            }
            int consumed = consume(atom, toks, k, v, st);
            if (consumed > 0) {
                ActorMention savedS = st.source;
                ActorMention savedT = st.target;
                boolean savedC = st.compound;
                boolean savedA = st.compoundAfter;
                if (matchFrom(atoms, a + 1, toks, k + consumed, false, st, v)) {
                    return true;
                }
                st.source = savedS;
                st.target = savedT;
                st.compound = savedC;
                st.compoundAfter = savedA;
            }
        }
        return false;
    }

    private static boolean isNominal(Tok t, SentenceView v) {
        return v.actorAt(t.index()) != null || v.sentence.token(t.index()).isNoun();
    }

    private static boolean isActor(Atom atom) {
        return atom.kind() == VerbPattern.Kind.SOURCE || atom.kind() == VerbPattern.Kind.TARGET
                || atom.kind() == VerbPattern.Kind.COMPOUND;
    }

    private static boolean isPreposition(Atom atom) {
        return atom.kind() == VerbPattern.Kind.WORD && PREPOSITIONS.contains(atom.value());
    }

    private static final Set<String> PREPOSITIONS = Set.of("ABOUT", "ABOVE", "ACROSS", "AFTER", "AGAINST", "ALONG",
            "AMONG", "AROUND", "AS", "AT", "BEFORE", "BEHIND", "BELOW", "BETWEEN", "BY", "DESPITE", "DURING", "FOR",
            "FROM", "IN", "INSIDE", "INTO", "NEAR", "OF", "OFF", "ON", "ONTO", "OUT", "OUTSIDE", "OVER", "PAST",
            "SINCE", "THROUGH", "TO", "TOWARD", "TOWARDS", "UNDER", "UNTIL", "UP", "UPON", "WITH", "WITHIN", "WITHOUT");

    /** How many tokens the atom takes at position k, 0 when it does not match there. */
    private int consume(Atom atom, List<Tok> toks, int k, SentenceView v, State st) {
        Tok tok = toks.get(k);
        switch (atom.kind()) {
            case WORD:
                if (tok.word().equals(atom.value())) {
                    return 1;
                }
                if (lemmas && tok.lemma().equals(atom.value())) {
                    st.byLemma = true;
                    return 1;
                }
                return 0;
            case SYNSET: {
                List<String> words = new ArrayList<>();
                List<String> lemmas = new ArrayList<>();
                for (int i = k; i < toks.size() && i < k + 8; i++) {
                    words.add(toks.get(i).word());
                    lemmas.add(toks.get(i).lemma());
                }
                int n = Math.max(verbs.matchSynset(atom.value(), words, 0),
                        this.lemmas ? verbs.matchSynset(atom.value(), lemmas, 0) : 0);
                if (n > 0) {
                    return n;
                }
                return semantic(atom.value(), toks, k, v);
            }
            case SOURCE, TARGET, COMPOUND: {
                ActorMention m = v.actorAt(tok.index());
                if (m == null || m.actor().cameo() == null && m.actor().id() == null) {
                    return 0;
                }
                if (atom.kind() == VerbPattern.Kind.SOURCE) {
                    st.source = m;
                } else if (atom.kind() == VerbPattern.Kind.TARGET) {
                    st.target = m;
                } else {
                    st.source = m;
                    st.target = m;
                    st.compound = true;
                    st.compoundAfter = !st.freeStart;
                }
                int n = 1;
                while (k + n < toks.size() && v.actorAt(toks.get(k + n).index()) == m) {
                    n++;
                }
                return n;
            }
            default:
                return 0;
        }
    }

    /**
     * Synonym sets of settlements match resolved places; sets of armed forces match armed actors;
     * sets of sums of money match a currency's sign before a number.
     */
    private int semantic(String synset, List<Tok> toks, int k, SentenceView v) {
        VerbDictionary.Synset s = verbs.synset(synset);
        if (s == null) {
            return 0;
        }
        int kinds = kinds(s);
        boolean settlements = (kinds & SETTLEMENTS) != 0;
        boolean forces = (kinds & FORCES) != 0;
        if (kinds == 0) {
            return 0;
        }
        int index = toks.get(k).index();
        if ((kinds & AMOUNTS) != 0) {
            // "€45m", "$3.6bn": an amount written with its currency's sign (which the parse may leave
            // out of the object: the number is enough, when the sign stands just before it)
            if (currency(v, index) && k + 1 < toks.size() && toks.get(k + 1).index() == index + 1
                    && v.sentence.token(index + 1).pos().equals("CD")) {
                return 2;
            }
            if (v.sentence.token(index).pos().equals("CD") && index > 0 && currency(v, index - 1)) {
                return 1;
            }
        }
        if (settlements) {
            Toponym t = v.literalPlaceAt(index);
            if (t != null && t.span().startToken() == index) {
                return span(toks, k, t.span().endToken());
            }
        }
        if (forces) {
            ActorMention m = v.actorAt(index);
            if (m != null && m.span().startToken() == index && m.actor().cameo() != null) {
                String code = m.actor().cameo();
                for (int i = 0; i + 3 <= code.length(); i += 3) {
                    if (ARMED.contains(code.substring(i, i + 3))) {
                        return span(toks, k, m.span().endToken());
                    }
                }
            }
        }
        return 0;
    }

    private static final int SETTLEMENTS = 1;
    private static final int FORCES = 2;
    private static final int AMOUNTS = 4;
    /** What each synset stands for, among settlements and armed forces (read once per synset). */
    private final java.util.Map<String, Integer> synsetKinds = new java.util.concurrent.ConcurrentHashMap<>();

    private int kinds(VerbDictionary.Synset s) {
        return synsetKinds.computeIfAbsent(s.name(), n -> (holds(s, "CITY") || holds(s, "TOWN") ? SETTLEMENTS : 0)
                | (holds(s, "ARMY") || holds(s, "TROOPS") ? FORCES : 0)
                | (holds(s, "MILLION") || holds(s, "DOLLARS") ? AMOUNTS : 0));
    }

    private static boolean currency(SentenceView v, int index) {
        var t = v.sentence.token(index);
        return t.pos().equals("$") || CURRENCY_SIGNS.contains(t.word());
    }

    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥", "US$");

    private static boolean holds(VerbDictionary.Synset s, String word) {
        for (List<String> p : s.phrases()) {
            if (p.size() == 1 && p.get(0).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int span(List<Tok> toks, int k, int endToken) {
        int n = 0;
        while (k + n < toks.size() && toks.get(k + n).index() < endToken) {
            n++;
        }
        return Math.max(n, 1);
    }
}
