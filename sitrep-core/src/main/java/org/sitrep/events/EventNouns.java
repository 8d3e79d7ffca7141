package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.dict.WordClasses;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Events told by a noun rather than a verb: which nouns are events and their codes ("fighting" 190,
 * "air strikes" 195, "a general strike" 143, "war games" 150), when the noun is coded as an event of its
 * own (a verb tells it happened or who did it: "fighting continued", "X launched attacks"; its phrase
 * names the sides: "clashes between X and Y"), whether exercises are a show of force or joint, and a
 * noun of giving said of someone ("X is the largest donor"), which is that side giving aid.
 */
final class EventNouns {

    /** The word classes that list event nouns, one a CAMEO code: {@code &EVENT_NOUNS_190}. */
    static final String CLASS_PREFIX = "EVENT_NOUNS_";

    /** Each set of word classes' event nouns and their codes, read from it once. */
    private static final Map<WordClasses, Map<String, String>> NOUNS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final CodingOptions options;
    private final Consumer<String> trace;

    /** Codes with these options, saying why on {@code trace} when the coder traces. */
    EventNouns(CodingOptions options, Consumer<String> trace) {
        this.options = options;
        this.trace = trace;
    }

    /** Whether a token is an event noun ({@link #codeOf(WordClasses, Token)}). */
    static boolean is(WordClasses classes, Token t) {
        return codeOf(classes, t) != null;
    }

    /** The code of an event noun: "fighting", "clashes", and compounds such as "cyber-attacks", "air-strikes". */
    static String codeOf(WordClasses classes, Token t) {
        return codeOf(classes, t.lemma(), t.word());
    }

    /**
     * The code of an event noun by its lemma and its word as written (see {@link #codeOf(WordClasses, Token)}):
     * the code of the class &EVENT_NOUNS_<code> that lists it.
     */
    static String codeOf(WordClasses classes, String lemma, String word) {
        Map<String, String> nominal = NOUNS.computeIfAbsent(classes, EventNouns::nouns);
        String code = nominal.get(lemma);
        if (code == null) {
            code = nominal.get(word.toLowerCase(Locale.ROOT));
        }
        int dash = lemma.lastIndexOf('-');
        if (code == null && dash > 0 && dash < lemma.length() - 1) {
            code = nominal.get(lemma.substring(dash + 1));
        }
        return code;
    }

    /** The event nouns of a set of word classes and their codes (the first class in name order among two). */
    private static Map<String, String> nouns(WordClasses classes) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : new java.util.TreeSet<>(classes.names())) {
            if (name.startsWith(CLASS_PREFIX)) {
                String code = name.substring(CLASS_PREFIX.length());
                for (String w : classes.get(name)) {
                    out.putIfAbsent(w, code);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** Whether a noun (lemma or word) may be coded with no verb of the dictionaries: war games, donors (&DONOR_NOUNS). */
    static boolean mayCode(org.sitrep.dict.WordClasses classes, String w) {
        String one = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        return w.equals("game") || one.equals("game") || classes.has("DONOR_NOUNS", w) || classes.has("DONOR_NOUNS", one);
    }

    /** "war games": an exercise named in two words. */
    static boolean warGame(DepGraph g, int n) {
        return g.token(n).lemma().equals("game") && g.children(n).stream()
                .anyMatch(d -> d.rel().equals("compound") && g.token(d.dependent()).lemma().equals("war"));
    }

    /** Whether the verb's object is an event noun other than an exercise ("stepped up attacks"). */
    static boolean objectIsEventNoun(SentenceView v, int i) {
        for (int o : v.graph.children(i, "obj")) {
            Token t = v.sentence.token(o);
            if (is(v.classes, t) && !v.classes.has("EXERCISE_NOUNS", t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event noun as the event: "fighting continued in Hama", "X launched attacks", "clashes between X
     * and Y", "the militias responsible for the attacks", "held joint military exercises". Coded when a
     * verb tells it happened or who did it, or its phrase names the sides; its place and time are the
     * clause's.
     */
    void code(SentenceView v, int n, List<EventRecord> out) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        String code = codeOf(v.classes, s.token(n));
        if (code == null && warGame(g, n)) {
            code = "150";
        }
        if ("killing".equals(s.token(n).lemma()) && (g.hasChild(n, "amod", "mass") || g.hasChild(n, "compound", "mass"))) {
            code = "202"; // mass killings
        }
        if ("strike".equals(s.token(n).lemma())) {
            code = strikeCode(v, n, code);
        }
        String rel = g.rel(n);
        int gov = g.head(n);
        if (rel.startsWith("nmod") && g.hasChild(n, "case", "of") && gov >= 0
                && v.classes.has("ROUND_NOUNS", s.token(gov).lemma())) {
            rel = g.rel(gov); // "began a new round of joint exercises": the round is what was begun
            gov = g.head(gov);
        }
        boolean anchored = false;
        List<ActorMention> sources = new ArrayList<>();
        List<ActorMention> targets = new ArrayList<>();
        int clauseVerb = gov;
        if (gov >= 0 && rel.startsWith("nsubj") && v.classes.has("OCCURRENCE_VERBS", s.token(gov).lemma())
                && !Clauses.hasNegation(v, gov)) {
            anchored = true; // "fighting continues", "clashes erupted", "fighting took place"
        } else if (gov >= 0 && rel.equals("nsubj:pass") && v.classes.has("EXECUTION_VERBS", s.token(gov).lemma())) {
            // "the exercise was staged by X and Y"
            for (int a : g.children(gov, "obl:agent")) {
                sources.addAll(v.actorsOfPhrase(a));
            }
            anchored = !sources.isEmpty();
        } else if (gov >= 0 && g.hasChild(n, "case", "for") && s.token(gov).lemma().equals("responsible")) {
            // "X is responsible for mass killings", "the militias responsible for the attacks": X did them
            List<Integer> doers = new ArrayList<>();
            if (g.child(gov, "cop") >= 0) {
                doers.addAll(Subjects.plain(g, gov));
            } else if (g.rel(gov).equals("amod") && g.head(gov) >= 0) {
                doers.add(g.head(gov));
            }
            for (int d : doers) {
                sources.addAll(v.actorsOfPhrase(d));
            }
            if (sources.isEmpty() && options.namedUnknowns() && !doers.isEmpty()
                    && !s.token(doers.get(0)).pos().startsWith("PRP")) {
                ActorMention named = UnknownActors.phrase(v, doers.get(0)); // "Kony and the LRA are responsible for"
                if (named != null) {
                    sources.add(named);
                }
            }
            anchored = !sources.isEmpty();
        } else if (gov >= 0 && rel.equals("obj") && v.classes.has("EXECUTION_VERBS", s.token(gov).lemma())) {
            anchored = true; // "X launched attacks"
            List<Integer> subjs = Subjects.of(v, gov);
            for (int subj : subjs) {
                sources.addAll(v.actorsOfPhrase(subj));
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjs.size() == 1 && !Coder.isPassive(g, gov)
                    && !s.token(subjs.get(0)).pos().startsWith("PRP")) {
                ActorMention named = UnknownActors.phrase(v, subjs.get(0)); // "Pakistan-based groups launched cyber warfare"
                if (named != null) {
                    sources.add(named);
                }
            }
        }
        for (var d : g.children(n)) {
            // a gerund ("Fighting between ...") takes obl where a noun takes nmod
            String r = d.rel().startsWith("obl:") ? "nmod:" + d.rel().substring(4) : d.rel();
            if (r.equals("nmod:between") || r.equals("nmod:among")) {
                List<ActorMention> sides = v.actorsOfPhrase(d.dependent());
                if (!sides.isEmpty()) {
                    anchored = true;
                    if (sources.isEmpty()) {
                        sources.add(sides.get(0));
                    } else if (targets.isEmpty() && !SentenceView.same(sources.get(0), sides.get(0))) {
                        targets.add(sides.get(0));
                    }
                    for (int k = 1; k < sides.size() && targets.isEmpty(); k++) {
                        targets.add(sides.get(k));
                    }
                }
            } else if (r.equals("nmod:poss") || r.equals("nmod:by")) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                if (m != null && sources.isEmpty()) {
                    sources.add(m);
                    // "X's attack killed ...", "attacks by X were repelled": an argument of a verb
                    anchored |= rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl");
                }
            } else if (r.equals("nmod:against") || r.equals("nmod:on") || r.equals("nmod:upon")) {
                ActorMention m = !Coder.isPlaceOnly(v, d.dependent()) ? v.actorOfPhrase(d.dependent()) : null;
                if (m == null && options.namedUnknowns()) {
                    m = UnknownActors.phrase(v, d.dependent()); // "air strikes against the rebel-held enclave"
                }
                if (m != null && targets.isEmpty()) {
                    targets.add(m);
                }
            } else if ((r.equals("acl") || r.equals("acl:relcl"))
                    && v.classes.has("EXECUTION_VERBS", s.token(d.dependent()).lemma())) {
                for (int a : g.children(d.dependent(), "obl:by")) {
                    sources.addAll(v.actorsOfPhrase(a));
                }
                for (int a : g.children(d.dependent(), "obl:agent")) {
                    sources.addAll(v.actorsOfPhrase(a));
                }
                if (!sources.isEmpty()) {
                    anchored = true;
                }
            }
        }
        if (targets.isEmpty() && gov >= 0 && rel.equals("obj") && v.classes.has("EXECUTION_VERBS", s.token(gov).lemma())) {
            for (var d : g.children(gov)) {
                // "launched airstrikes on PKK targets" with "on ..." hung on the verb: what the attacks are on
                if (targets.isEmpty()
                        && (d.rel().equals("obl:against") || d.rel().equals("obl:on") || d.rel().equals("obl:upon"))) {
                    ActorMention m = !Coder.isPlaceOnly(v, d.dependent()) ? v.actorOfPhrase(d.dependent()) : null;
                    if (m == null && options.namedUnknowns()) {
                        m = UnknownActors.phrase(v, d.dependent());
                    }
                    if (m != null) {
                        targets.add(m);
                    }
                }
            }
        }
        boolean exercise = v.classes.has("EXERCISE_NOUNS", s.token(n).lemma()) || warGame(g, n);
        if (exercise) {
            // "began a joint military exercise": only as the object of a verb of doing, and not "exercise restraint"
            if (!(gov >= 0 && v.classes.has("EXECUTION_VERBS", s.token(gov).lemma())
                    && (rel.equals("obj") || rel.startsWith("obl") || rel.equals("nsubj:pass")))) {
                return;
            }
            boolean military = g.children(n).stream().anyMatch(d -> Set.of("military", "naval", "joint", "war", "air")
                    .contains(s.token(d.dependent()).lemma()));
            boolean joint = g.children(n).stream().anyMatch(d -> s.token(d.dependent()).lemma().equals("joint"))
                    || !targets.isEmpty() || sources.size() > 1;
            if (!military && !joint) {
                return;
            }
            code = joint ? "062" : "150";
            anchored = true;
            if (joint && targets.isEmpty() && sources.size() > 1) {
                targets.add(sources.get(1)); // "the armies of A and B held joint exercises": A with B
            }
        }
        if (!anchored) {
            return;
        }
        // other clauses' verbs decide modality and speakers for the noun
        int anchor = clauseVerb >= 0 ? clauseVerb : n;
        Clauses.Clause c = Clauses.clause(v, anchor, options);
        if (c.negated || c.conditional) {
            return;
        }
        EventPlaces.Placed where = EventPlaces.placeOfNominal(v, n, anchor);
        if (sources.isEmpty() && where == null) {
            return;
        }
        String primary = c.future && options.futureCodes() ? CameoTypes.futureCode(code) : code;
        ActorMention src = sources.isEmpty() ? null : sources.get(0);
        ActorMention tgt = targets.isEmpty() ? null : targets.get(0);
        if (src != null && tgt != null && SentenceView.same(src, tgt)) {
            tgt = null;
        }
        double conf = 0.45 + (src != null ? 0.1 : 0) + (tgt != null ? 0.05 : 0) + (where != null ? 0.05 : 0);
        Records.emit(v, n, primary, src, tgt, where, c, conf, out);
    }

    /** A hunger strike (142) or a strike of workers (143); otherwise the code given (an air strike). */
    private static String strikeCode(SentenceView v, int n, String code) {
        DepGraph g = v.graph;
        if (g.hasChild(n, "compound", "hunger") || g.hasChild(n, "amod", "hunger")) {
            return "142";
        }
        for (var d : g.children(n)) {
            if (!(d.rel().equals("compound") || d.rel().equals("amod") || d.rel().startsWith("nmod:poss"))) {
                continue;
            }
            String l = g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (v.classes.has("LABOUR_STRIKE", l) || l.endsWith("-day") || l.endsWith("-hour") || l.endsWith("-week")) {
                return "143";
            }
        }
        return code;
    }

    /**
     * A predicate noun of giving: "The United States remains the largest donor of humanitarian
     * assistance in Iraq" is the United States giving aid (070; 073 or 072 as the aid is named),
     * to whom the noun's "to", "in" or "for" names.
     */
    void codeDonor(SentenceView v, int n, List<EventRecord> out) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        List<Integer> subjects = Subjects.ofPredicate(v, n);
        if (subjects.isEmpty()) {
            return;
        }
        List<ActorMention> sources = new ArrayList<>();
        for (int subj : subjects) {
            sources.addAll(v.actorsOfPhrase(subj));
        }
        if (sources.isEmpty()) {
            return;
        }
        String code = "070";
        ActorMention target = null;
        BitSet phrase = g.subtree(n, Coder.PHRASE_CUT);
        for (int k = phrase.nextSetBit(n + 1); k >= 0; k = phrase.nextSetBit(k + 1)) {
            String lemma = s.token(k).lemma();
            if (lemma.equals("humanitarian") || lemma.equals("relief")) {
                code = "073";
            } else if (lemma.equals("military") && code.equals("070")) {
                code = "072";
            }
        }
        for (int k = phrase.nextSetBit(n + 1); k >= 0 && target == null; k = phrase.nextSetBit(k + 1)) {
            // "donor to Sudan", "donor of aid to Syria", "donor in Iraq"
            if (g.rel(k).startsWith("nmod") && (g.hasChild(k, "case", "to") || g.hasChild(k, "case", "in")
                    || g.hasChild(k, "case", "for"))) {
                target = v.actorOfPhrase(k);
            }
        }
        int anchor = g.child(n, "cop") >= 0 || g.head(n) < 0 ? n : g.head(n);
        Clauses.Clause c = Clauses.clause(v, anchor, options);
        if (c.negated || c.conditional) {
            return;
        }
        EventPlaces.Placed where = EventPlaces.placeOfNominal(v, n, anchor);
        ActorMention src = sources.get(0);
        if (target != null && SentenceView.same(src, target)) {
            target = null;
        }
        trace.accept("s" + s.index() + " '" + s.token(n).word() + "' donor said of " + src.text() + " -> " + code);
        Records.emit(v, n, code, src, target, where, c, 0.5 + (target != null ? 0.05 : 0), out);
    }
}
