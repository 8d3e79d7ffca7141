package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.mentions.Actor;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/**
 * Participants no dictionary knows, taken by their own words: a new actor coded by the words of its
 * phrase ("Gryffindor's head Minerva McGonagall" → "GRYFFINDOR HEAD MINERVA MCGONAGALL"), a proper name
 * with no code ("the BCFL"), or a noun phrase as written ("a 35-year-old inmate"). The coder takes
 * them when the dictionaries name no one where the grammar says someone acts or is acted on.
 */
final class UnknownActors {

    private UnknownActors() {
    }

    /** Relations that leave the phrase a new actor is named by ("Gryffindor's head Minerva McGonagall" stays whole). */
    private static final Set<String> NEW_ACTOR_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "conj", "cc",
            "advcl", "ccomp", "csubj");

    /**
     * A noun phrase no dictionary knows, coded by its own words when short enough: "Gryffindor's head
     * Minerva McGonagall" → "GRYFFINDOR HEAD MINERVA MCGONAGALL" (possessive marks and punctuation left out),
     * when it has no more than {@code maxWords} words.
     */
    static ActorMention newActor(SentenceView v, int head, int maxWords) {
        Token h = v.sentence.token(head);
        if (!h.isNoun()) {
            return null;
        }
        BitSet phrase = v.graph.subtree(head, NEW_ACTOR_CUT);
        for (int c : v.graph.basicChildren(head)) {
            if (v.graph.rel(c).equals("case")) {
                phrase.clear(c); // "for the Ministry of Magic": the phrase, not its preposition
            }
        }
        List<String> words = new ArrayList<>();
        int from = phrase.nextSetBit(0);
        int to = phrase.previousSetBit(v.sentence.size());
        for (int k = from; k <= to; k++) {
            if (!phrase.get(k)) {
                continue;
            }
            Token t = v.sentence.token(k);
            if (t.pos().equals("POS") || !Character.isLetterOrDigit(t.word().charAt(0))) {
                continue;
            }
            words.add(t.word().toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty() || words.size() > maxWords) {
            return null;
        }
        String code = "\"" + String.join(" ", words) + "\"";
        org.sitrep.nlp.TokenSpan span = new org.sitrep.nlp.TokenSpan(v.sentence.index(), from, to + 1);
        return new ActorMention(span, head, v.sentence.token(from).start(), v.sentence.token(to).end(),
                v.sentence.span(from, to + 1), new Actor(null, code, null, null), "new");
    }

    /** TABARI's target when no dictionary knows one: the new actor of the first noun phrase after the verb. */
    static ActorMention firstAfter(SentenceView v, List<PatternMatcher.Tok> after, int maxWords) {
        for (PatternMatcher.Tok t : after) {
            Token tok = v.sentence.token(t.index());
            if (tok.isNoun()) {
                // the head of the noun phrase this noun belongs to
                int h = t.index();
                while (v.graph.head(h) >= 0 && v.sentence.token(v.graph.head(h)).isNoun()
                        && (v.graph.rel(h).equals("compound") || v.graph.rel(h).startsWith("nmod"))
                        && v.graph.head(h) > t.index() - 1) {
                    h = v.graph.head(h);
                }
                return newActor(v, h, maxWords);
            }
        }
        return null;
    }

    /** A proper name no dictionary knows: the actor as written, with no code. */
    static ActorMention name(SentenceView v, int head) {
        Token h = v.sentence.token(head);
        if (!(h.isProperNoun() || acronym(h))
                || v.placeAt(head) != null && v.placeAt(head).use() != org.sitrep.geo.ToponymUse.NON_TOPONYM) {
            return null;
        }
        int from = head;
        int to = head;
        for (int c : v.graph.basicChildren(head)) {
            String r = v.graph.rel(c);
            if (r.equals("compound") || r.equals("flat") || r.startsWith("flat") || r.equals("nmod:poss") || r.equals("amod")) {
                BitSet sub = v.graph.subtree(c);
                from = Math.min(from, sub.nextSetBit(0));
                to = Math.max(to, sub.previousSetBit(v.sentence.size()));
            }
        }
        org.sitrep.nlp.TokenSpan span = new org.sitrep.nlp.TokenSpan(v.sentence.index(), from, to + 1);
        return new ActorMention(span, head, v.sentence.token(from).start(), v.sentence.token(to).end(),
                v.sentence.span(from, to + 1), new Actor(null, null, null, null), "unknown");
    }

    /** A noun written in capitals, a name's short form the tagger may take for a common noun ("The BCFL said"). */
    static boolean acronym(Token t) {
        String w = t.word();
        return t.isNoun() && w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A noun phrase as a participant no dictionary knows: its head noun with what depends on it,
     * but not its clauses, appositions, coordinated phrases or dates; {@code null} for a phrase
     * that is a date, a pronoun or no noun.
     */
    static ActorMention phrase(SentenceView v, int head) {
        Sentence s = v.sentence;
        Token h = s.token(head);
        boolean owned = Targets.owned(v.graph, head); // "the future of the economy": no date
        boolean partOf = h.pos().equals("CD") && !v.graph.children(head, "nmod:of").isEmpty(); // "four of the states"
        if (!h.isNoun() && !partOf || Coder.inTime(s, head) && !owned) {
            return null;
        }
        BitSet phrase = v.graph.subtree(head, Coder.PHRASE_CUT);
        for (int c : v.graph.basicChildren(head)) {
            if (v.graph.rel(c).equals("case")) {
                phrase.clear(c);
            }
        }
        for (TimeExpression t : s.times()) {
            boolean age = t.text().toLowerCase(Locale.ROOT).endsWith("old"); // "a 40-year-old inmate": an age, no date
            if (!age && !(owned && t.startToken() <= head && head < t.endToken())) {
                phrase.clear(t.startToken(), t.endToken());
            }
        }
        int from = head;
        while (from > 0 && phrase.get(from - 1)) {
            from--;
        }
        int to = head;
        while (to + 1 < s.size() && phrase.get(to + 1)) {
            to++;
        }
        while (to > head && (!Character.isLetterOrDigit(s.token(to).word().charAt(0))
                || s.token(to).pos().equals("IN") || s.token(to).pos().equals("TO"))) {
            to--; // "efforts with the truckers on [Thursday]": the date is cut, so is what led it
        }
        org.sitrep.nlp.TokenSpan span = new org.sitrep.nlp.TokenSpan(s.index(), from, to + 1);
        return new ActorMention(span, head, s.token(from).start(), s.token(to).end(), s.span(from, to + 1),
                new Actor(null, null, null, null), "unknown");
    }
}
