package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.dict.WordClasses;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The numbers a sentence reports killed and injured, read from its dependencies: the victims of a verb
 * of killing (&amp;KILLING_VERBS: its object, or its passive subject), the subject of a verb of dying or of
 * "dead" (&amp;DYING_WORDS), "killed/shot dead/stabbed to death", the figure of a death toll
 * (&amp;DEATH_TOLL_NOUNS), a count of the dead ("a dozen dead", "claimed 12 lives"), and the same for the
 * injured (&amp;INJURING_VERBS). A group of victims counts as the sum of its parts ("two soldiers and a
 * civilian": 3; "a woman and her son": 2); a part with no figure ("dozens of residents", "people") makes the
 * count unknown. Several figures for the dead: the lowest (ACLED's conservative rule). A phrase saying no
 * one died (&amp;NO_DEATHS: "no casualties") gives 0. What the sentence does not say stays {@code null}.
 */
final class Casualties {

    /** The dead and the injured a sentence reports ({@code null}: not said). */
    record Count(Integer dead, Integer injured) {
        static final Count NONE = new Count(null, null);
    }

    private Casualties() {
    }

    static Count of(Sentence s, WordClasses words) {
        DepGraph g = new DepGraph(s);
        Integer dead = null;
        Integer injured = null;
        boolean sawDeathCue = false;
        boolean sawInjuryCue = false;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String word = t.word().toLowerCase(Locale.ROOT);
            Integer n = null;
            boolean death = false;
            boolean injury = false;
            if (words.has("KILLING_VERBS", lemma) && t.isVerb()) {
                death = true;
                n = victims(g, i);
            } else if (words.has("INJURING_VERBS", lemma) && t.isVerb()) {
                injury = true;
                n = victims(g, i);
            } else if ((lemma.equals("dead") || lemma.equals("death")) && mannerOfKilling(g, i) >= 0) {
                death = true;
                n = victims(g, mannerOfKilling(g, i));
            } else if (words.has("DYING_WORDS", lemma) || words.has("DYING_WORDS", word)) {
                death = true;
                n = dying(g, i);
            } else if (words.has("DEATH_TOLL_NOUNS", lemma)) {
                death = true;
                n = toll(g, i);
            } else if (lemma.equals("life") && word.equals("lives")) {
                death = lostOrClaimed(g, i);
                n = death ? lives(g, i) : null;
            }
            if (death) {
                sawDeathCue = true;
                if (n != null) {
                    dead = dead == null ? n : Math.min(dead, n);
                }
            } else if (injury) {
                sawInjuryCue = true;
                if (n != null) {
                    injured = injured == null ? n : Math.min(injured, n);
                }
            }
        }
        String text = " " + words(s) + " ";
        if (dead == null && containsAny(text, words, "NO_DEATHS")) {
            dead = 0;
        }
        if (injured == null && containsAny(text, words, "NO_INJURIES")) {
            injured = 0;
        }
        return dead == null && injured == null ? Count.NONE : new Count(dead, injured);
    }

    /** The sentence's words, lower case, one space apart, and its lemmas after them. */
    private static String words(Sentence s) {
        StringBuilder w = new StringBuilder();
        StringBuilder l = new StringBuilder();
        for (Token t : s.tokens()) {
            w.append(t.word().toLowerCase(Locale.ROOT)).append(' ');
            l.append(t.lemma().toLowerCase(Locale.ROOT)).append(' ');
        }
        return w + "| " + l;
    }

    private static boolean containsAny(String text, WordClasses words, String cls) {
        for (String phrase : words.get(cls)) {
            if (text.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb "dead" or "death" tells the manner of ("shot dead", "stabbed to death", "beat two thieves to
     * death"), or -1.
     */
    private static int mannerOfKilling(DepGraph g, int i) {
        int h = g.head(i);
        if (h < 0 || !g.token(h).isVerb()) {
            return -1;
        }
        String rel = g.rel(i);
        String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("dead") && (rel.startsWith("xcomp") || rel.startsWith("advmod") || rel.startsWith("obj")
                || rel.startsWith("compound:prt") || rel.startsWith("advcl"))) {
            return g.token(h).lemma().equalsIgnoreCase("leave") ? -1 : h;
        }
        if (lemma.equals("death") && rel.startsWith("obl") && g.hasChild(i, "case", "to")) {
            return h;
        }
        return -1;
    }

    /** The victims of a verb of killing or injuring: its object, else its passive subject. */
    private static Integer victims(DepGraph g, int verb) {
        List<Integer> objs = g.children(verb, "obj");
        if (objs.isEmpty()) {
            objs = g.children(verb, "nsubj:pass");
        }
        if (objs.isEmpty() && g.rel(verb).equals("conj") && g.head(verb) >= 0 && g.token(g.head(verb)).isVerb()) {
            objs = g.children(g.head(verb), "obj");
        }
        if (objs.isEmpty()) {
            return null;
        }
        return count(g, objs.get(0));
    }

    /** Who died, or was dead: the subject, "left three dead", "a dozen dead", "three people dead". */
    private static Integer dying(DepGraph g, int i) {
        List<Integer> subj = g.children(i, "nsubj");
        if (!subj.isEmpty()) {
            return count(g, subj.get(0));
        }
        Token t = g.token(i);
        int h = g.head(i);
        if (h >= 0 && g.token(h).lemma().equalsIgnoreCase("leave")) {
            List<Integer> objs = g.children(h, "obj");
            if (!objs.isEmpty()) {
                return count(g, objs.get(0));
            }
        }
        Integer own = numberOf(g, i);
        if (own != null) {
            return own;
        }
        if (h >= 0 && (g.rel(i).startsWith("amod") || g.rel(i).startsWith("acl")) && g.token(h).isNoun()) {
            return count(g, h);
        }
        return null;
    }

    /** The figure a death toll reaches: "rose to 40", "stands at 40", "the toll is 40", "a toll of 40". */
    private static Integer toll(DepGraph g, int i) {
        Integer own = numberOf(g, i);
        if (own != null) {
            return own;
        }
        for (int n : g.children(i, "nmod")) {
            Integer v = number(g, n);
            if (v != null) {
                return v;
            }
        }
        int h = g.head(i);
        if (h < 0) {
            return null;
        }
        if (g.token(h).pos().equals("CD")) {
            return number(g, h);
        }
        for (String rel : new String[] {"obl", "obj", "xcomp"}) {
            for (int n : g.children(h, rel)) {
                Integer v = number(g, n);
                if (v == null) {
                    v = numberOf(g, n);
                }
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Whether "lives" is what is lost or claimed: "lost their lives", "claimed 12 lives". */
    private static boolean lostOrClaimed(DepGraph g, int i) {
        int h = g.head(i);
        if (h < 0) {
            return false;
        }
        String v = g.token(h).lemma().toLowerCase(Locale.ROOT);
        return v.equals("lose") || v.equals("claim");
    }

    private static Integer lives(DepGraph g, int i) {
        int h = g.head(i);
        Integer own = numberOf(g, i);
        if (own != null) {
            return own;
        }
        if (g.token(h).lemma().equalsIgnoreCase("lose")) {
            List<Integer> subj = g.children(h, "nsubj");
            return subj.isEmpty() ? null : count(g, subj.get(0));
        }
        return null;
    }

    /**
     * How many people a noun phrase stands for, with its conjuncts: its number ("34", "at least 34 people",
     * "a dozen passengers", "both of them"), else one for a singular noun or "him"/"her"; {@code null} when a
     * part gives no figure.
     */
    static Integer count(DepGraph g, int head) {
        List<Integer> parts = new ArrayList<>();
        parts.add(head);
        parts.addAll(g.children(head, "conj"));
        int sum = 0;
        for (int p : parts) {
            Integer v = one(g, p);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    private static Integer one(DepGraph g, int i) {
        Token t = g.token(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        Integer v = number(g, i);
        if (v != null) {
            return v;
        }
        v = numberOf(g, i);
        if (v != null) {
            return v;
        }
        if (w.equals("both")) {
            return 2;
        }
        if (w.equals("him") || w.equals("her") || w.equals("himself") || w.equals("herself")) {
            return 1;
        }
        if (g.hasChild(i, "det", "no") || w.equals("none") || w.equals("nobody") || w.equals("no-one")) {
            return 0;
        }
        if (g.hasChild(i, "det", "a") || g.hasChild(i, "det", "an")) {
            return 1;
        }
        if (t.pos().equals("NN") || t.pos().equals("NNP")) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            return lemma.equals("people") || lemma.equals("dozen") ? null : 1;
        }
        return null;
    }

    /** The number a noun is counted with ("34 people", "a dozen passengers"), or {@code null}. */
    private static Integer numberOf(DepGraph g, int i) {
        for (int n : g.children(i, "nummod")) {
            Integer v = number(g, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The value of a number token ("34", "1,200", "twelve", "dozen"), or {@code null} for any other word. */
    static Integer number(DepGraph g, int i) {
        Token t = g.token(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.pos().equals("CD") && !w.equals("dozen")) {
            return null;
        }
        try {
            Number n = edu.stanford.nlp.ie.NumberNormalizer.wordToNumber(w);
            if (n == null || n.doubleValue() < 0 || n.doubleValue() > 1_000_000 || n.doubleValue() != Math.rint(n.doubleValue())) {
                return null;
            }
            int v = n.intValue();
            int mod = g.child(i, "compound");
            if (mod >= 0 && mod != i) {
                Integer m = number(g, mod);
                if (m != null && m > 0) {
                    v = v * m > 0 && v >= 100 ? v * m : v + m;
                }
            }
            return v;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
