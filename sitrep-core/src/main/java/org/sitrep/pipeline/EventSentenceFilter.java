package org.sitrep.pipeline;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.PhraseTrie;
import org.sitrep.dict.Words;
import org.sitrep.events.VerbCode;
import org.sitrep.events.EventCoder;
import org.sitrep.events.VerbDictionary;
import org.sitrep.events.VerbEntry;
import org.sitrep.events.VerbPattern;

/**
 * The fast path's cheap pass: from the words of a sentence alone (after tokenising and sentence
 * splitting, before tagging), whether the sentence can hold an event. Only sentences it keeps are
 * tagged and parsed.
 *
 * <p>It must not lose an event, so every test leans to keeping:
 * <ul>
 * <li><b>a trigger</b>: a word the coder could code. For each word, every lemma CoreNLP's
 *     lemmatiser could give it under any verb or noun tag is looked up, as well as the word as
 *     written, in the verb dictionary (its base forms and the irregular forms it lists; the regular
 *     inflections come from the lemmatiser) and among the event nouns ("fighting", "clashes",
 *     "attack"). A verb whose entries carry no code ("be", "[---]") counts only when a pattern of
 *     its block that sets one may match: its words are all in the sentence;</li>
 * <li><b>someone to do it</b>, unless the trigger can be coded without a source (material conflict:
 *     a verb whose own code is one, a pattern of its block coding one whose words are all in the
 *     sentence, an event noun): a capitalised word (a dictionary actor, a place, a name no dictionary knows), an
 *     agent phrase of the dictionaries ("police", "the army"), a pronoun or group noun the mentions
 *     stage resolves ("they", "these groups"). The first word of a sentence counts unless it is a
 *     function word ("The", "In") that starts no actor phrase.</li>
 * </ul>
 * Thread-safe; the look-ups of each thread are cached per word.
 */
public final class EventSentenceFilter {

    /** Why a sentence is kept or skipped. */
    public enum Verdict {
        /** A trigger that can be coded without a source (material conflict, an event noun). */
        KEEP_CONFLICT(true),
        /** A trigger and a possible actor. */
        KEEP(true),
        /** No word the coder could code. */
        NO_TRIGGER(false),
        /** A trigger, but nothing that could be its source. */
        NO_ACTOR(false);

        private final boolean keep;

        Verdict(boolean keep) {
            this.keep = keep;
        }

        public boolean keep() {
            return keep;
        }
    }

    /** The nouns that mark a generic armed group for the mentions stage. */
    static final Set<String> GROUP_NOUNS = Set.of("group", "faction", "organization", "organisation",
            "militia", "alliance", "coalition", "militant", "fighter", "jihadist", "insurgent", "rebel", "gunman");
    /** The pronouns the mentions stage resolves to actors. */
    static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "we", "our", "us",
            "itself", "themselves", "ours");
    /** Words that start a sentence without naming anyone (capitalised only because they start it). */
    static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "from", "with",
            "to", "of", "as", "after", "before", "during", "since", "until", "under", "over", "about", "and", "but",
            "or", "nor", "so", "yet", "however", "meanwhile", "also", "if", "when", "while", "although", "though",
            "because", "this", "that", "these", "those", "there", "here", "some", "many", "most", "all", "both",
            "each", "every", "no", "other", "such", "what", "which", "who", "how", "why", "where", "earlier",
            "later", "last", "next", "first", "then", "now", "today", "yesterday", "tomorrow", "according", "one",
            "two", "three", "more", "less", "few", "several", "another", "any", "his", "her", "he", "she",
            "i", "you", "my", "your", "was", "were", "is", "are", "be", "has", "have", "had", "will", "would",
            "could", "should", "may", "might", "can", "not", "only", "even", "still", "just", "further",
            "separately", "instead", "thus", "therefore", "overall");

    private static final String[] VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"};
    private static final String[] NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"};

    /** What verb entries can do in a sentence: bit 1 code, bit 2 code without a source. */
    private static final byte TRIGGER = 1;
    private static final byte SOURCELESS = 2;
    private static final int CACHE_LIMIT = 200_000;

    private final ActorDictionary actors;
    private final VerbDictionary verbs;
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
    private final ThreadLocal<Map<String, Word>> cache = ThreadLocal.withInitial(HashMap::new);

    public EventSentenceFilter(ActorDictionary actors, VerbDictionary verbs) {
        this.actors = Objects.requireNonNull(actors);
        this.verbs = Objects.requireNonNull(verbs);
    }

    public boolean keep(List<String> words) {
        return test(words).keep();
    }

    /** The verdict on a sentence given its tokens as written. */
    public Verdict test(List<String> words) {
        List<Word> infos = new ArrayList<>(words.size());
        Set<String> forms = new HashSet<>();
        for (String w : words) {
            Word info = word(w);
            infos.add(info);
            forms.addAll(info.forms());
        }
        java.util.function.BooleanSupplier actors = memo(() -> mayNameActor(words));
        Set<VerbEntry> seen = new HashSet<>();
        boolean trigger = false;
        for (Word info : infos) {
            if (info.eventNoun()) {
                return Verdict.KEEP_CONFLICT;
            }
            byte k = entries(info.entries(), forms, actors, seen);
            if ((k & SOURCELESS) != 0) {
                return Verdict.KEEP_CONFLICT;
            }
            trigger |= k != 0;
        }
        if (!trigger) {
            return Verdict.NO_TRIGGER;
        }
        return actors.getAsBoolean() ? Verdict.KEEP : Verdict.NO_ACTOR;
    }

    /**
     * The verdict on a tagged sentence: a trigger must now be tagged as the coder wants it (a verb
     * the verb dictionary knows by its word or lemma, an event noun or gerund); the actor test is
     * the same as {@link #test(List)}'s.
     */
    public Verdict test(List<String> words, List<String> tags, List<String> lemmas) {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            forms.add(Words.norm(words.get(i)));
            forms.add(Words.norm(lemmas.get(i)));
            String lemma = lemmas.get(i);
            int dash = lemma.lastIndexOf('-');
            if (dash > 0 && dash < lemma.length() - 1) {
                forms.add(Words.norm(lemma.substring(dash + 1))); // "cyber-attacks": an attack
            }
        }
        java.util.function.BooleanSupplier actors = memo(() -> mayNameActor(words));
        Set<VerbEntry> seen = new HashSet<>();
        boolean trigger = false;
        for (int i = 0; i < words.size(); i++) {
            String tag = tags.get(i);
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            String lemma = lemmas.get(i);
            if (tag.startsWith("VB")) {
                if (tag.equals("VBG") && (EventCoder.isEventNoun(lower, lower) || EventCoder.isEventNoun(lemma, lower))) {
                    return Verdict.KEEP_CONFLICT;
                }
                byte k = entries(lower, lemma, forms, actors, seen);
                if (k == 0 && i + 1 < words.size() && !tags.get(i + 1).startsWith("VB")) {
                    // "will not wire tap": the head of a phrase verb (WIRE_+TAP) tagged as a noun, as the coder reads it
                    k = entries(words.get(i + 1).toLowerCase(Locale.ROOT), lemmas.get(i + 1), forms, actors, seen);
                }
                if ((k & SOURCELESS) != 0) {
                    return Verdict.KEEP_CONFLICT;
                }
                trigger |= k != 0;
            } else if (tag.startsWith("NN") && EventCoder.isEventNoun(lemma, lower)) {
                return Verdict.KEEP_CONFLICT;
            }
        }
        if (!trigger) {
            return Verdict.NO_TRIGGER;
        }
        return actors.getAsBoolean() ? Verdict.KEEP : Verdict.NO_ACTOR;
    }

    /**
     * What verb entries can code in a sentence: an entry counts when the other words of its phrase
     * are there ("take place"); then its own code, or a pattern of its block that sets a code and
     * may match, makes it a trigger ({@link #TRIGGER}), and a material-conflict code one that needs
     * no source ({@link #SOURCELESS}).
     */
    private byte entries(List<VerbEntry> entries, Set<String> forms, java.util.function.BooleanSupplier actors,
                         Set<VerbEntry> seen) {
        byte k = 0;
        for (VerbEntry e : entries) {
            if (!seen.add(e) || !allPresent(e.before(), forms) || !allPresent(e.after(), forms)) {
                continue;
            }
            if (codes(e.code())) {
                k |= TRIGGER;
                if (sourceless(e.code())) {
                    return TRIGGER | SOURCELESS;
                }
            }
            for (VerbPattern p : e.block().patterns()) {
                if (!codes(p.code()) || (k & TRIGGER) != 0 && !sourceless(p.code())) {
                    continue;
                }
                if (mayMatch(p.before(), forms, actors) && mayMatch(p.after(), forms, actors)) {
                    k |= TRIGGER;
                    if (sourceless(p.code())) {
                        return TRIGGER | SOURCELESS;
                    }
                }
            }
        }
        return k;
    }

    /** What the entries of a word (as written, lower case) and of its lemma can code (see {@link #entries(List, Set, java.util.function.BooleanSupplier, Set)}). */
    private byte entries(String lowerWord, String lemma, Set<String> forms, java.util.function.BooleanSupplier actors,
                         Set<VerbEntry> seen) {
        return (byte) (entries(verbs.entries(lowerWord), forms, actors, seen) | entries(verbs.entries(lemma), forms, actors, seen));
    }

    private static boolean allPresent(List<String> lowerCaseWords, Set<String> forms) {
        for (String w : lowerCaseWords) {
            if (!forms.contains(Words.norm(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence has a pronoun the mentions stage resolves to an actor ("it", "their"). */
    public static boolean hasPronoun(List<String> words) {
        for (String w : words) {
            if (PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.function.BooleanSupplier memo(java.util.function.BooleanSupplier f) {
        Boolean[] known = {null};
        return () -> {
            if (known[0] == null) {
                known[0] = f.getAsBoolean();
            }
            return known[0];
        };
    }

    /** Whether some word could be (part of) an actor mention or a proper name. */
    boolean mayNameActor(List<String> words) {
        List<String> norm = null;
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (first < 0 && !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
                first = i;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(lower) || GROUP_NOUNS.contains(lower) || GROUP_NOUNS.contains(singular(lower))) {
                return true;
            }
            if (hasUpperCase(w)) {
                if (i != first || !OPENERS.contains(lower)) {
                    return true;
                }
                // "The", "In" opening the sentence: a name only if an actor phrase starts there
                if (norm == null) {
                    norm = normalised(words);
                }
                if (!actors.actors().all(norm, i).isEmpty()) {
                    return true;
                }
            }
        }
        if (norm == null) {
            norm = normalised(words);
        }
        for (int i = 0; i < norm.size(); i++) {
            if (actors.agents().startsWith(norm.get(i)) && !actors.agents().all(norm, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normalised(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(Words.norm(w));
        }
        return out;
    }

    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a word can be, whatever tag the tagger gives it: an event noun (or gerund), the verb
     * entries its spelling or any of its possible lemmas has, and the forms a dictionary phrase or
     * pattern can match it by (the word and its possible lemmas, upper case).
     */
    record Word(boolean eventNoun, List<VerbEntry> entries, Set<String> forms) {
    }

    Word word(String word) {
        Map<String, Word> c = cache.get();
        Word known = c.get(word);
        if (known != null) {
            return known;
        }
        Word w = classify(word);
        if (c.size() >= CACHE_LIMIT) {
            c.clear();
        }
        c.put(word, w);
        return w;
    }

    private Word classify(String word) {
        Set<String> forms = new HashSet<>();
        forms.add(Words.norm(word));
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(0)) && word.indexOf('_') < 0) {
            return new Word(false, List.of(), forms);
        }
        Morphology m = morphology.get();
        boolean noun = false;
        List<VerbEntry> entries = new ArrayList<>();
        if (word.indexOf('_') >= 0) {
            // "Dol_Amroth", "set_up": the lemmatiser treats such a token as a phrase; look at each part too
            for (String part : word.split("_+")) {
                if (!part.isEmpty() && !part.equals(word)) {
                    Word w = classify(part);
                    noun |= w.eventNoun();
                    addAll(entries, w.entries());
                    forms.addAll(w.forms());
                }
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        addAll(entries, verbs.entries(lower));
        noun |= EventCoder.isEventNoun(lower, lower);
        for (String tag : VERB_TAGS) {
            String lemma = m.lemma(word, tag).toLowerCase(Locale.ROOT);
            forms.add(Words.norm(lemma));
            addAll(entries, verbs.entries(lemma));
            noun |= tag.equals("VBG") && EventCoder.isEventNoun(lemma, lemma);
        }
        for (String tag : NOUN_TAGS) {
            String lemma = m.lemma(word, tag).toLowerCase(Locale.ROOT);
            forms.add(Words.norm(lemma));
            noun |= EventCoder.isEventNoun(lemma, lemma);
        }
        return new Word(noun, List.copyOf(entries), Set.copyOf(forms));
    }

    private static void addAll(List<VerbEntry> to, List<VerbEntry> more) {
        for (VerbEntry e : more) {
            if (!to.contains(e)) {
                to.add(e);
            }
        }
    }

    /**
     * Whether a pattern's elements on one side may match: each of its words is in the sentence (as
     * a word or a lemma), and each of its synonym sets has a phrase whose words are all there, or can
     * match by meaning (a set of settlements matches a place name, a set of forces an actor: only
     * where {@code actors} says the sentence may name one).
     */
    private boolean mayMatch(List<VerbPattern.Element> elements, Set<String> forms,
                             java.util.function.BooleanSupplier actors) {
        for (VerbPattern.Element e : elements) {
            if (e.kind() == VerbPattern.Kind.WORD && !forms.contains(e.value())) {
                return false;
            }
            if (e.kind() == VerbPattern.Kind.SYNSET && !synsetMayMatch(e.value(), forms, 0)
                    && !(semantic(e.value(), 0) && actors.getAsBoolean())) {
                return false;
            }
        }
        return true;
    }

    private boolean synsetMayMatch(String name, Set<String> forms, int depth) {
        VerbDictionary.Synset s = verbs.synset(name);
        if (s == null || depth > 4) {
            return false;
        }
        for (List<String> phrase : s.phrases()) {
            if (forms.containsAll(phrase)) {
                return true;
            }
        }
        for (String inc : s.includes()) {
            if (synsetMayMatch(inc, forms, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the coder may match a synonym set by meaning (places for settlements, actors for forces). */
    private boolean semantic(String name, int depth) {
        VerbDictionary.Synset s = verbs.synset(name);
        if (s == null || depth > 4) {
            return false;
        }
        for (List<String> phrase : s.phrases()) {
            for (String w : phrase) {
                if (w.equals("CITY") || w.equals("TOWN") || w.equals("ARMY") || w.equals("TROOPS")) {
                    return true;
                }
            }
        }
        for (String inc : s.includes()) {
            if (semantic(inc, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the coder codes with this code: a valid code with a primary code (not "[---]"). */
    private static boolean codes(VerbCode code) {
        return code.primary() != null && code.isValid();
    }

    /** Codes the coder keeps without a source: material conflict (14, 15, 17, 18, 19, 20). */
    private static boolean sourceless(VerbCode code) {
        return conflict(code.primary()) || conflict(code.secondary());
    }

    private static boolean conflict(String c) {
        return c != null && (c.startsWith("14") || c.startsWith("15") || c.startsWith("17") || c.startsWith("18")
                || c.startsWith("19") || c.startsWith("20"));
    }
}
