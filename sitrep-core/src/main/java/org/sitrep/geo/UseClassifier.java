package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Tells how a place name is used, from its neighbours and the dependency graph (enhanced++ UD, so that
 * conjuncts share their relations and prepositions show as relation subtypes):
 *
 * <ul>
 *   <li>{@link ToponymUse#DEMONYM}: the extractor found it as a demonym ("Syrian", "Iraqis");</li>
 *   <li>{@link ToponymUse#NON_TOPONYM}: it is part of a longer proper name: a title or another capitalised
 *       word stands right before it ("Mr. Jordan", "Air Zimbabwe") or a capitalised word that is no government
 *       noun right after it ("Jordan Peterson", "Texas Rangers");</li>
 *   <li>{@link ToponymUse#METONYMIC}: it stands for a government, team or other agent: the subject of an agent
 *       verb ("Washington said", "Moscow warned"), the object of a verb of addressing or targeting ("accused
 *       Russia"), the passive agent, "X" in "loyal to X", "talks between X and Y", "ties with X", "sanctions
 *       against X", "according to X", or the possessor or modifier of a government noun ("Syria's foreign
 *       ministry", "U.S. officials");</li>
 *   <li>{@link ToponymUse#LITERAL} otherwise ("fighting in Hama", "the Hama countryside").</li>
 * </ul>
 */
final class UseClassifier {

    private static final Set<String> READY_ADJECTIVES = Set.of("ready", "willing", "prepared", "determined", "keen",
            "eager", "unwilling", "reluctant", "committed", "responsible", "ally", "partner", "member", "party",
            "signatory", "supporter", "enemy", "able", "unable", "right", "wrong", "serious", "open", "confident",
            "concerned", "worried", "angry", "furious", "opposed", "interested", "aware", "sure", "happy", "satisfied");

    UseClassifier() {
    }

    ToponymUse classify(Candidate c, Graph g) {
        if (c.isDemonym()) {
            return ToponymUse.DEMONYM;
        }
        Sentence s = c.sentence;
        int first = c.span.startToken();
        int last = c.span.endToken() - 1;
        boolean subToken = c.start > s.token(first).start() || c.end < s.token(last).end();
        if (!subToken && partOfLongerName(c, s, first, last)) {
            return ToponymUse.NON_TOPONYM;
        }
        int h = g.head(first, last + 1);
        if (nextIsGovernmentNoun(s, last) && !subToken) {
            return ToponymUse.METONYMIC;
        }
        for (Dependency d : g.incoming(h)) {
            if (d.governor() < 0) {
                continue;
            }
            if (metonymic(d, s.token(d.governor()), g, h)) {
                return ToponymUse.METONYMIC;
            }
        }
        return ToponymUse.LITERAL;
    }

    private static boolean nextIsGovernmentNoun(Sentence s, int last) {
        if (last + 1 >= s.size()) {
            return false;
        }
        Token next = s.token(last + 1);
        String w = next.word().toLowerCase(Locale.ROOT);
        return next.isNoun() && Lexicon.GOVERNMENT_NOUNS.contains(w) && !Set.of("court", "police", "state", "central",
                "club", "team", "side", "security", "air", "trade", "foreign", "crown").contains(w)
                || (w.equals("foreign") && last + 2 < s.size() && s.token(last + 2).word().toLowerCase(Locale.ROOT)
                .matches("minister|ministry|secretary|office|affairs"));
    }

    private static boolean partOfLongerName(Candidate c, Sentence s, int first, int last) {
        if (first > 0) {
            Token prev = s.token(first - 1);
            String pw = prev.word().toLowerCase(Locale.ROOT).replace(".", "");
            if (Lexicon.PERSON_TITLES.contains(pw) && prev.isCapitalized()) {
                return true;
            }
            if (prev.isCapitalized() && prev.isProperNoun() && !Lexicon.PLACE_PREMODIFIERS.contains(pw)
                    && !(first - 1 == 0) && !isQuoteBefore(s, first - 1)) {
                return true;
            }
        }
        if (last + 1 < s.size()) {
            Token next = s.token(last + 1);
            String nw = next.word().toLowerCase(Locale.ROOT);
            if (next.isCapitalized() && next.isProperNoun() && !Lexicon.GEO_HEADS.contains(nw)
                    && !Lexicon.GOVERNMENT_NOUNS.contains(nw) && !Lexicon.CITY_WORDS.contains(nw)
                    && !isAllCaps(c.text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteBefore(Sentence s, int i) {
        if (i == 0) {
            return true;
        }
        String w = s.token(i - 1).word();
        return w.equals("\"") || w.equals("“") || w.equals("``") || w.equals("'") || w.equals("‘") || w.equals("(")
                || w.equals("-") || w.equals("—") || w.equals(":");
    }

    private static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letter = true;
                if (Character.isLowerCase(ch)) {
                    return false;
                }
            }
        }
        return letter && text.length() > 3;
    }

    private static boolean metonymic(Dependency d, Token gov, Graph g, int h) {
        String base = d.base();
        String sub = d.subtype();
        String lemma = gov.lemma();
        switch (base) {
            case "nsubj" -> {
                if ("pass".equals(sub)) {
                    return gov.isVerb() && Lexicon.TARGET_VERBS.contains(lemma);
                }
                if (gov.isVerb()) {
                    return Lexicon.AGENT_VERBS.contains(lemma) || g.hasChild(gov.index(), "ccomp");
                }
                return READY_ADJECTIVES.contains(lemma);
            }
            case "obj", "iobj" -> {
                return gov.isVerb() && Lexicon.TARGET_VERBS.contains(lemma);
            }
            case "obl", "nmod" -> {
                if (sub == null) {
                    return false;
                }
                if (sub.startsWith("agent") || sub.equals("by")) {
                    return gov.isVerb() && Lexicon.AGENT_VERBS.contains(lemma);
                }
                if (sub.equals("poss")) {
                    return Lexicon.GOVERNMENT_NOUNS.contains(gov.word().toLowerCase(Locale.ROOT));
                }
                if (sub.equals("to")) {
                    return Lexicon.TO_GOVERNMENT.contains(lemma) || Lexicon.TO_GOVERNMENT.contains(
                            gov.word().toLowerCase(Locale.ROOT));
                }
                if (sub.equals("between") || sub.equals("among") || sub.equals("with")) {
                    return Lexicon.RELATION_NOUNS.contains(gov.word().toLowerCase(Locale.ROOT))
                            || gov.isVerb() && Lexicon.WITH_VERBS.contains(lemma);
                }
                if (sub.equals("against")) {
                    return true;
                }
                if (sub.equals("according_to")) {
                    return true;
                }
                if (sub.equals("of")) {
                    return Lexicon.GOVERNMENT_NOUNS.contains(gov.word().toLowerCase(Locale.ROOT))
                            && !gov.word().equalsIgnoreCase("state");
                }
                if (sub.equals("for")) {
                    return Set.of("support", "backing", "sympathy", "aid").contains(lemma);
                }
                return false;
            }
            case "compound", "amod" -> {
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The dependencies of one sentence, indexed for the classifier. */
    static final class Graph {
        private final List<List<Dependency>> in;
        private final List<List<Dependency>> out;
        private final int[] basicHead;

        Graph(Sentence s) {
            int n = s.size();
            in = new ArrayList<>(n);
            out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.add(new ArrayList<>(2));
                out.add(new ArrayList<>(2));
            }
            for (Dependency d : s.enhanced()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    in.get(d.dependent()).add(d);
                }
                if (d.governor() >= 0 && d.governor() < n) {
                    out.get(d.governor()).add(d);
                }
            }
            basicHead = new int[n];
            java.util.Arrays.fill(basicHead, -1);
            for (Dependency d : s.basic()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    basicHead[d.dependent()] = d.governor();
                }
            }
        }

        /** The token of {@code [from, to)} whose basic head lies outside it (the last such one). */
        int head(int from, int to) {
            int h = to - 1;
            for (int i = to - 1; i >= from; i--) {
                int gov = basicHead[i];
                if (gov < from || gov >= to) {
                    h = i;
                    break;
                }
            }
            return h;
        }

        List<Dependency> incoming(int token) {
            return token >= 0 && token < in.size() ? in.get(token) : List.of();
        }

        boolean hasChild(int token, String rel) {
            for (Dependency d : out.get(token)) {
                if (d.base().equals(rel)) {
                    return true;
                }
            }
            return false;
        }
    }
}
