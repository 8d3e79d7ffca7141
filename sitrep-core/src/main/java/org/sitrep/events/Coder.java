package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.ActorMention;
import org.sitrep.mentions.Mentions;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/**
 * The rule coder over one sentence's dependency graph: finds the verbs (and event nouns) the
 * dictionaries code, their source and target actors, the pattern that sets the code, where and
 * when, who says so, and how (asserted, claimed, future, denied). What it asks on the way is decided
 * beside it: who acts and speaks ({@link Subjects}), participants no dictionary knows
 * ({@link UnknownActors}), what kind of participant a mention is ({@link MentionKinds}), events told by
 * nouns ({@link EventNouns}), whom or where an act is done to ({@link Targets}), where it happened
 * ({@link EventPlaces}), how its clause tells it ({@link Clauses}), and the records made ({@link Records}).
 */
final class Coder {

    /** Relations that leave a noun phrase: its relative clauses, appositions, coordinated phrases. */
    static final Set<String> PHRASE_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "appos", "conj", "cc",
            "advcl", "ccomp", "dep", "csubj");
    /** Relations that leave a clause: other clauses and coordinated verbs. */
    private static final Set<String> CLAUSE_CUT = Set.of("ccomp", "parataxis", "advcl", "conj", "cc", "csubj",
            "punct", "dep", "acl:relcl", "mark");
    private static final Set<String> TARGET_PREPS = Set.of("against", "on", "upon", "at", "with", "to", "toward",
            "towards", "into", "over", "through", "for");
    static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "outside", "around", "into",
            "from", "across", "within", "throughout", "on", "to", "toward", "towards", "outside_of", "in_front_of",
            "against", "through", "of");
    /** How the act weighed hangs on the verb weighing it ("considering sending aid", parsed as any of these). */
    private static final Set<String> WEIGHED_ACT = Set.of("xcomp", "ccomp", "acl", "obj");
    private final VerbDictionary verbs;
    private final Discards discards;
    private final PatternMatcher matcher;
    private final CodingOptions options;
    private final org.sitrep.dict.WordClasses classes;
    private final EventWorthiness worth;
    private final EventNouns nouns;

    Coder(VerbDictionary verbs, Discards discards, org.sitrep.dict.WordClasses words, CodingOptions options) {
        this.verbs = verbs;
        this.discards = discards;
        this.matcher = new PatternMatcher(verbs, options.patternLemmas());
        this.options = options;
        this.classes = words;
        this.worth = new EventWorthiness(words);
        this.nouns = new EventNouns(options, this::trace);
    }

    List<EventRecord> code(Mentions mentions) {
        return code(mentions, null);
    }

    /** Codes an article; when {@code trace} is not null, says there why each verb was coded as it was. */
    List<EventRecord> code(Mentions mentions, List<String> trace) {
        this.trace.set(trace);
        try {
            return codeAll(mentions);
        } finally {
            this.trace.remove();
        }
    }

    private final ThreadLocal<List<String>> trace = new ThreadLocal<>();

    private void trace(String line) {
        List<String> t = trace.get();
        if (t != null) {
            t.add(line);
        }
    }

    private List<EventRecord> codeAll(Mentions mentions) {
        Article article = mentions.doc().article();
        List<EventRecord> out = new ArrayList<>();
        if (discards.storyDiscard(article.text()) != null) {
            return out;
        }
        for (Sentence s : mentions.doc().sentences()) {
            if (discards.sentenceDiscard(s.text()) != null) {
                continue;
            }
            SentenceView v = new SentenceView(s, mentions, leftOut(s, options.commas()), options.linearTargets(), classes);
            int before = out.size();
            Map<EventRecord, Integer> triggers = new java.util.IdentityHashMap<>();
            for (Token t : s.tokens()) {
                if (v.isLeftOut(t.index())) {
                    continue;
                }
                int n = out.size();
                if (t.isVerb() || nounAsPredicate(v.graph, t)) {
                    codeVerb(v, t.index(), out);
                } else if (t.isNoun() && (EventNouns.is(v.classes, t) || EventNouns.warGame(v.graph, t.index()))) {
                    nouns.code(v, t.index(), out);
                } else if (t.isNoun() && classes.has("DONOR_NOUNS", t.lemma())) {
                    nouns.codeDonor(v, t.index(), out);
                }
                for (int k = n; k < out.size(); k++) {
                    triggers.put(out.get(k), t.index());
                }
            }
            if (options.transformations()) {
                transform(v, out.subList(before, out.size()), triggers);
            }
            if (options.worthiness()) {
                intentions(v, out.subList(before, out.size()), triggers);
            }
            if (options.transformations() || options.worthiness()) {
                purposes(v, out.subList(before, out.size()), triggers);
            }
            if (options.namedUnknowns()) {
                documentActs(v, out.subList(before, out.size()), triggers);
            }
            if (options.worthiness()) {
                worth.judge(v, out.subList(before, out.size()), triggers);
            }
            if (options.requireDyad()) {
                out.subList(before, out.size()).removeIf(e -> e.source() == null || e.target() == null);
            }
        }
        return out;
    }

    /**
     * CAMEO's transformations of reported violence (the ones its verb dictionary lists at its end):
     * a speaker who says or claims that it attacked someone claims responsibility (015, speaker →
     * victim); a speaker who says someone else attacked accuses the attacker (112, speaker →
     * attacker). The reported attack stays an event of its own.
     */
    private void transform(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        List<EventRecord> added = new ArrayList<>();
        List<EventRecord> replaced = new ArrayList<>();
        for (EventRecord said : events) {
            Integer t1 = triggers.get(said);
            if (t1 == null || said.source() == null || !classes.has("SPEECH_VERBS", v.sentence.token(t1).lemma())) {
                continue;
            }
            for (EventRecord act : events) {
                Integer t2 = triggers.get(act);
                if (t2 == null || t2.equals(t1) || !reportedBy(v.graph, t1, t2) || act.source() == null
                        || !act.violent()) {
                    continue;
                }
                boolean own = act.source().id() != null && act.source().id().equals(said.source().id())
                        || Subjects.saidOfItself(v, t1, t2); // "the protesters claimed that they had attacked ..."

                String code = own ? "015" : "112";
                EventRecord.Participant target = own ? act.target() : act.source();
                double conf = Math.min(said.confidence(), act.confidence());
                added.add(withTrigger(triggers, t1, withCode(said, code, target, conf, v.sentence.token(t1).index())));
                replaced.add(said);
            }
        }
        events.removeIf(e -> replaced.stream().anyMatch(r -> r == e)); // the statement is now what it says
        for (EventRecord a : added) {
            events.add(a);
        }
    }

    /**
     * What an act was done for is no act done ("deployed at railway stations to stop attacks", "shelled the
     * town to drive the rebels out"): the aim in a clause of purpose led by "to" is left out, unless it is
     * the same kind of act as the one done for it ("fought battles to repel the attack": one act, told
     * twice), or the act done for it is a meeting or a sending, whose purpose is what was done (see
     * {@link #purposes}).
     */
    private static void intentions(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        DepGraph g = v.graph;
        List<EventRecord> aims = new ArrayList<>();
        for (EventRecord act : events) {
            Integer t = triggers.get(act);
            if (t == null || !g.rel(t).startsWith("advcl") || !g.hasChild(t, "mark", "to") || act.root() == null) {
                continue;
            }
            int done = g.head(t);
            if (done < 0 || !g.token(done).isVerb() || v.classes.has("SENDING_VERBS", g.token(done).lemma())) {
                continue;
            }
            boolean kept = false;
            for (EventRecord other : events) {
                Integer t1 = triggers.get(other);
                if (t1 != null && t1 == done && ("04".equals(other.root()) || act.root().equals(other.root()))) {
                    kept = true;
                }
            }
            if (!kept) {
                aims.add(act);
            }
        }
        events.removeIf(e -> aims.stream().anyMatch(a -> a == e));
    }

    /**
     * A meeting held for a purpose the dictionaries code ("summoned the ambassador to complain about
     * ...", "met the minister to protest"): the purpose is the act, done by the one who summoned or met,
     * to the one summoned or met. The meeting itself is no event of its own then.
     */
    private static void purposes(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        DepGraph g = v.graph;
        List<EventRecord> meetings = new ArrayList<>();
        List<EventRecord> replaced = new ArrayList<>();
        List<EventRecord> added = new ArrayList<>();
        for (EventRecord meet : events) {
            Integer t1 = triggers.get(meet);
            if (t1 == null || !"04".equals(meet.root()) && !v.classes.has("SENDING_VERBS", g.token(t1).lemma())) {
                continue;
            }
            boolean sent = !"04".equals(meet.root());
            for (EventRecord act : events) {
                Integer t2 = triggers.get(act);
                if (t2 == null || t2.equals(t1) || g.head(t2) != t1 || act.root() == null
                        || !purposeClause(g, t2) || act.root().equals("04") || act.root().equals("01")
                        || act.root().equals("02")) {
                    continue;
                }
                meetings.add(meet);
                // the one who summons does what the summons is for, to the one summoned (the graph may
                // make the one summoned the subject of the purpose: "summoned the envoy to complain")
                EventRecord.Participant src = meet.source() != null ? meet.source() : act.source();
                EventRecord.Participant t = meet.target() != null ? meet.target() : act.target();
                if (sent) {
                    // "sent experts to investigate the attacks": the sender does it, to whom it is done; but
                    // "sent troops to X to help fight ...", "sent a team to X to investigate a collision":
                    // help goes to, and a thing no actor is looked into in, where they are sent
                    boolean toSender = meet.target() != null && (act.target() == null || act.target().id() == null
                            || v.classes.has("HELPING_VERBS", g.token(t2).lemma()));
                    t = toSender ? meet.target() : act.target();
                }
                if (src != act.source() || t != act.target()) {
                    replaced.add(act);
                    added.add(withTrigger(triggers, t2, new EventRecord(Records.id(act.id(), act.cameo(),
                            src == null ? null : src.id(), t == null ? null : t.id()), act.doc(), act.date(),
                            act.datePrecision(), act.dateBasis(), act.cameo(), act.plover(),
                            CameoTypes.acled(act.cameo(), src == null ? null : src.kind(), t == null ? null : t.kind()),
                            src, t, act.place(), act.modality(), act.attribution(), act.evidence(),
                            act.support(), act.trigger(), act.confidence())));
                }
            }
        }
        events.removeIf(e -> meetings.stream().anyMatch(m -> m == e) || replaced.stream().anyMatch(r -> r == e));
        events.addAll(added);
    }

    /** A record made in place of another, with the other's trigger. */
    private static EventRecord withTrigger(Map<EventRecord, Integer> triggers, Integer trigger, EventRecord r) {
        if (trigger != null) {
            triggers.put(r, trigger);
        }
        return r;
    }

    /**
     * "approved a resolution criticizing the government", "issued a statement condemning the attack":
     * the act the document carries is the event, done by its author; publishing it is no statement of its own.
     */
    private static void documentActs(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        DepGraph g = v.graph;
        List<EventRecord> published = new ArrayList<>();
        for (EventRecord said : events) {
            Integer t1 = triggers.get(said);
            if (t1 == null || said.root() == null || !said.root().equals("01")) {
                continue;
            }
            for (int doc : g.children(t1, "obj")) {
                if (!v.classes.has("DOCUMENT_NOUNS", g.token(doc).lemma())) {
                    continue;
                }
                for (EventRecord act : events) {
                    Integer t2 = triggers.get(act);
                    if (t2 != null && act != said && act.root() != null && !act.root().equals("01")
                            && actOfDocument(v, t2) == doc) {
                        published.add(said);
                    }
                }
            }
        }
        events.removeIf(e -> published.stream().anyMatch(p -> p == e));
    }

    /** The document whose act a verb is ("a report accusing", "a resolution criticizing ... and calling"), or -1. */
    private static int actOfDocument(SentenceView v, int verb) {
        DepGraph g = v.graph;
        int h = verb;
        for (int steps = 0; steps < 4 && g.head(h) >= 0; steps++) {
            String rel = g.rel(h);
            if (rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.equals("dep") && g.token(h).pos().equals("VBG")) {
                int doc = g.head(h);
                return v.classes.has("DOCUMENT_NOUNS", g.token(doc).lemma()) ? doc : -1;
            }
            if (!rel.startsWith("conj")) {
                return -1;
            }
            h = g.head(h);
        }
        return -1;
    }

    /**
     * "X called Y to apologize": a telephone call whose purpose is a courtesy, not an appeal to Y to act
     * ("called Y to resign" and "called on Y to" stay appeals).
     */
    static boolean phoneCall(SentenceView v, int verb) {
        DepGraph g = v.graph;
        if (!g.token(verb).lemma().equals("call") || g.child(verb, "obj") < 0
                || verb + 1 < g.size() && Set.of("on", "upon", "for").contains(g.token(verb + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int c : g.basicChildren(verb)) {
            if (purposeClause(g, c) && v.classes.has("COURTESY_VERBS", g.token(c).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a verb of calling names someone ("called the ambassador a stupid guy": "guy"; "called the
     * minister nasty": "nasty"): a second object or a predicate with no "to"; -1 when it names no one so.
     */
    private static int nameCalled(SentenceView v, int verb) {
        DepGraph g = v.graph;
        if (!g.token(verb).lemma().equals("call")) {
            return -1;
        }
        List<Integer> objects = g.children(verb, "obj");
        if (objects.size() >= 2) {
            int second = objects.get(objects.size() - 1);
            int named = g.child(second, "amod");
            return named >= 0 && v.classes.has("INSULTS", g.token(named).lemma()) ? named : second;
        }
        for (int x : g.children(verb, "xcomp")) {
            String pos = g.token(x).pos();
            if (!g.hasChild(x, "mark", "to") && (pos.startsWith("JJ") || pos.startsWith("NN"))) {
                return x;
            }
        }
        return -1;
    }

    /** A clause of purpose or complement led by "to": "summoned the envoy to complain", "sent experts to investigate". */
    static boolean purposeClause(DepGraph g, int verb) {
        String r = g.rel(verb);
        return (r.equals("xcomp") || r.startsWith("advcl")) && g.hasChild(verb, "mark", "to");
    }

    /** Whether the act is what the verb of saying reports: its complement, or coordinated with it. */
    private static boolean reportedBy(DepGraph g, int speech, int act) {
        int h = act;
        for (int steps = 0; steps < 4 && h >= 0; steps++) {
            int up = g.head(h);
            String rel = g.rel(h);
            if (up == speech) {
                return rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("dep");
            }
            if (!(rel.startsWith("conj") || rel.equals("xcomp"))) {
                return false;
            }
            h = up;
        }
        return false;
    }

    private static EventRecord withCode(EventRecord e, String code, EventRecord.Participant target, double conf, int trigger) {
        return new EventRecord(Records.id(e.id(), code, target == null ? null : target.id()), e.doc(), e.date(),
                e.datePrecision(), e.dateBasis(), code, CameoTypes.plover(code), CameoTypes.acled(code,
                e.source() == null ? null : e.source().kind(), target == null ? null : target.kind()),
                e.source(), target, null, e.modality(), e.attribution(), e.evidence(), List.of(), e.trigger(), conf);
    }

    /**
     * The tokens of comma-delimited clauses the options leave out. The items of a list ("Mordor,
     * Rohan, Fornost and Bree") are not clauses: a segment holding a noun coordinated with one
     * outside it stays.
     */
    static BitSet leftOut(Sentence s, CodingOptions.Commas c) {
        return leftOut(s, c, new DepGraph(s));
    }

    static BitSet leftOut(Sentence s, CodingOptions.Commas c, DepGraph g) {
        BitSet out = new BitSet(s.size());
        if (c.max() <= 0 && c.bmax() <= 0 && c.emax() <= 0) {
            return out;
        }
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        for (Token t : s.tokens()) {
            if (t.word().equals(",")) {
                segments.add(new int[] {start, t.index()});
                start = t.index() + 1;
            }
        }
        int end = s.size();
        while (end > start && s.token(end - 1).pos().equals(".")) {
            end--;
        }
        segments.add(new int[] {start, end});
        if (segments.size() < 2) {
            return out;
        }
        for (int k = 0; k < segments.size(); k++) {
            int[] seg = segments.get(k);
            int words = 0;
            for (int i = seg[0]; i < seg[1]; i++) {
                String pos = s.token(i).pos();
                if (!pos.equals("``") && !pos.equals("''") && !pos.equals(".") && !pos.equals(":")) {
                    words++;
                }
            }
            int min = k == 0 ? c.bmin() : k == segments.size() - 1 ? c.emin() : c.min();
            int max = k == 0 ? c.bmax() : k == segments.size() - 1 ? c.emax() : c.max();
            if (max > 0 && words >= min && words <= max && !listItem(s, g, seg) && !holdsRoot(g, seg)) {
                out.set(seg[0], seg[1]);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ verbs

    private void codeVerb(SentenceView v, int i, List<EventRecord> out) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        Token tok = s.token(i);
        String rel = g.rel(i);
        if (rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop")
                || rel.equals("acl") && !(tok.pos().equals("VBG") && Subjects.ofPredicate(v, g.head(i)).size() > 0)
                        && !(options.namedUnknowns() && actOfDocument(v, i) >= 0) && !predicateMisread(g, i)
                || rel.equals("amod")) {
            // auxiliaries, and participles that describe a noun ("forces defending the government"); but
            // what the noun a subject is said to be does, the subject does ("X is the largest donor, providing
            // ..."), and what a document does, its author does ("a statement condemning the attack")
            return;
        }
        if (tok.pos().equals("VBG") && (g.child(i, "case") >= 0 && !transitiveGerund(g, i) || rel.startsWith("nsubj")
                || rel.equals("obj"))) {
            if (EventNouns.is(v.classes, tok)) {
                nouns.code(v, i, out); // "in fighting inside the city": a gerund used as a noun
            }
            return;
        }
        if (classes.has("CONTROL_VERBS", tok.lemma()) && hasVerbalComplement(v, i) && !requestObject(v, i)
                && !thingOffered(v, i)) {
            return; // "managed to penetrate", "decided to withdraw": the complement carries the event
        }
        if (hearsay(v, i) && !options.hearsayAsStatement()) {
            return; // "are reported to have attacked": no one named said it; the attack is the event
        }
        List<VerbEntry> candidates = entriesFor(v, i);
        int nominal = options.futureCodes() ? lightObject(v, i) : -1;
        if (nominal >= 0) {
            // "announced a suspension of aid": the act is the noun's verb, its object what follows the noun
            candidates = nominalEntries(s.token(nominal));
        }
        if (candidates.isEmpty()) {
            return;
        }
        VerbEntry entry = candidates.get(0);
        List<Integer> subjects = Subjects.of(v, i);
        if (classes.has("OCCURRENCE_VERBS", tok.lemma()) && subjects.stream().anyMatch(x -> EventNouns.is(v.classes, s.token(x)))) {
            return; // "fighting continued in Hama": the noun is the event, coded with this verb's place
        }
        if (classes.has("EXECUTION_VERBS", tok.lemma()) && EventNouns.objectIsEventNoun(v, i)) {
            return; // "stepped up attacks", "intensified its bombardment": the noun is the event
        }
        boolean passive = isPassive(g, i);
        boolean guessed = false;
        if (subjects.isEmpty() && !passive) {
            int left = Subjects.leftOf(v, Subjects.firstConjunct(g, i));
            if (left >= 0) {
                subjects = List.of(left);
                guessed = true;
            }
        }
        List<PatternMatcher.Tok> before = PatternMatcher.region(v, options.linearTargets() ? linearPreRegion(v, i)
                : preRegion(v, i, subjects));
        List<Integer> afterTokens = nominal >= 0 ? afterNoun(v, nominal) : postRegion(v, i, entry);
        Set<Integer> particles = options.linearTargets() ? Set.of() : particles(v, i, entry);
        if (passive && !options.linearTargets() && nominal < 0) {
            afterTokens = passiveObject(v, i, subjects, afterTokens); // "sanctions were lifted": what was lifted
        }
        List<PatternMatcher.Tok> after = PatternMatcher.region(v, afterTokens, particles);
        // every pattern of every entry for the verb: the most specific match wins, a match on the
        // words as written before one on lemmas, the earlier entry among equals
        PatternMatcher.Result found = null;
        VerbCode fallback = null;
        String fallbackSource = null;
        int words = entry.before().size() + entry.after().size();
        boolean saying = options.worthiness() && classes.has("ATTRIBUTION", v.sentence.token(i).lemma());
        for (VerbEntry e : candidates) {
            if (e.before().size() + e.after().size() < words) {
                break; // a longer verb phrase ("take place") rules out the single verb
            }
            for (VerbPattern p : e.block().patterns()) {
                if (saying && !e.block().appliesTo(p, e.verb())) {
                    continue; // "- * ATTACK [190] # REPORT" is not read into "says ... attacks"
                }
                if (!p.code().isValid() || found != null && p.specificity() < found.pattern().specificity()) {
                    continue; // "[+++]", "[xxy]": not a code; or less specific than a match already found
                }
                PatternMatcher.Result r = matcher.match(p, v, before, after);
                if (r != null && (found == null || p.specificity() > found.pattern().specificity()
                        || found.byLemma() && !r.byLemma())) {
                    found = r;
                }
            }
            if (e.code().isValid()) {
                if (fallbackSource == null) {
                    fallback = e.code(); // the first dictionary's word for the bare verb...
                    fallbackSource = e.block().source();
                } else if (fallback.primary() == null && !e.block().source().equals(fallbackSource)) {
                    fallback = e.code(); // ...unless it gives no code and another dictionary does
                    fallbackSource = e.block().source();
                }
            }
        }
        if (nominal < 0 && classes.has("AID_AMOUNT_VERBS", tok.lemma()) && !isPassive(g, i)
                && (found == null || found.pattern().code().primary() == null || !found.pattern().code().primary().startsWith("07"))
                && amountIn(v, afterTokens)) {
            // "announced €60 million in humanitarian assistance", "provides €45m support for ...": an
            // amount of aid made public or given is the aid itself, coded as giving it
            PatternMatcher.Result aid = aidGiven(v, before, after);
            if (aid != null) {
                found = aid;
            }
        }
        if (nominal < 0 && found == null && (fallback == null || fallback.primary() == null)
                && options.futureCodes() && classes.has("RETURNING_VERBS", tok.lemma()) && thingReturned(v, i) >= 0) {
            // "returned a stolen painting to its owner", "returned to Peru eight artifacts": a thing
            // given back is property returned, whoever it goes to
            fallback = new VerbCode("0842", null);
        }
        boolean phone = options.namedUnknowns() && phoneCall(v, i);
        final PatternMatcher.Result hit = phone ? null : found;
        VerbCode code = hit != null ? hit.pattern().code() : fallback != null ? fallback : VerbCode.NULL;
        if (phone) {
            code = new VerbCode("041", null); // "called Erdogan to apologize": a telephone call, for what it was for
        }
        int epithet = options.namedUnknowns() && hit == null ? nameCalled(v, i) : -1;
        if (epithet >= 0) {
            // "called the ambassador a stupid guy", "called the minister nasty": naming someone, no telephone
            // call; an insult is a denunciation, anything else a comment
            code = new VerbCode(classes.has("INSULTS", g.token(epithet).lemma()) ? "111" : "010", null);
        }
        trace("s" + s.index() + " '" + tok.word() + "' " + entry.block().source() + " block " + entry.block().name()
                + (hit == null ? " no pattern" : " pattern line " + hit.pattern().line()) + " -> "
                + (code.primary() == null ? "no code" : code.primary()) + "; subjects "
                + subjects.stream().map(x -> s.token(x).word()).toList() + (guessed ? " (guessed)" : ""));
        if (code.primary() == null) {
            return;
        }
        if (purposeOfSameAct(v, i, code.primary())) {
            return; // "fought battles to repel attacks": one fight, told by the governing verb
        }
        int obliged = -1;
        if (options.futureCodes() && code.primary() != null
                && (classes.has("SPEECH_VERBS", tok.lemma()) && code.primary().startsWith("01") || code.primary().equals("010"))) {
            obliged = obligedClause(v, i);
            if (obliged >= 0) {
                code = new VerbCode("100", null); // "said the government must ensure security": a demand
            } else {
                String mood = moodOfClause(v, i);
                if (mood != null) {
                    code = new VerbCode(mood, null); // "said he is pessimistic that ...": a comment of that mood
                }
            }
        }
        if (options.futureCodes() && code.primary() != null && code.primary().startsWith("03")
                && classes.has("AGREEING_VERBS", tok.lemma()) && agreesThat(g, i)) {
            code = new VerbCode("019", null); // "agreed with the Senate that ... should": accord on a view
        }
        int protest = -1;
        if (options.namedUnknowns() && code.primary() != null && code.primary().startsWith("02")) {
            protest = protestCalledFor(v, i); // coded as the callers' protest once they are known
        }
        Clauses.Clause c = Clauses.clause(v, i, options);
        if (c.hearsay && options.hearsayAsStatement()) {
            return; // "is said to be about to restore ties": the saying is coded, with its subject as source
        }
        String undone = code.primary(); // the act before a refusal of it: "failed to reach agreement" is about an agreement
        if (c.refused && !c.conditional && options.futureCodes() && (hit == null || !negationIn(hit.pattern()))
                && CameoTypes.refusalCode(code.primary()) != null) {
            // "will not lift the ban", "refused to release them": the refusal is the event (12x)
            code = new VerbCode(CameoTypes.refusalCode(code.primary()), null);
            c.negated = false;
            c.future = false;
            if (c.modality == Modality.FUTURE) {
                c.modality = Modality.ASSERTED;
            }
        }
        if (c.conditional || c.negated && (hit == null || !negationIn(hit.pattern()))) {
            return; // a negated act is no event, unless a pattern codes the negation itself
        }
        if (classes.has("SPEECH_VERBS", tok.lemma()) && !subjects.isEmpty() && Subjects.plausibleSpeaker(v, subjects.get(0))) {
            c.speaker = Subjects.speakerText(v, subjects.get(0)); // who makes a statement is its speaker
        }
        List<ActorMention> sources = new ArrayList<>();
        List<ActorMention> targets = new ArrayList<>();
        if (hit != null && hit.source() != null) {
            sources.add(hit.source());
        }
        if (hit != null && hit.target() != null) {
            targets.add(hit.target());
        }
        boolean agentless = passive && g.child(i, "obl:agent") < 0 && g.child(i, "obl:by") < 0;
        boolean subjectActs = !passive || agentless && options.agentlessPassiveSubjectActs();
        int doc = options.namedUnknowns() ? actOfDocument(v, i) : -1;
        if (sources.isEmpty() && doc >= 0) {
            // "put out a report accusing the army": the report's author accuses
            int poss = g.child(doc, "nmod:poss");
            if (poss >= 0) {
                sources.addAll(v.actorsOfPhrase(poss));
            } else if (g.rel(doc).equals("obj") && g.head(doc) >= 0) {
                for (int subj : Subjects.of(v, g.head(doc))) {
                    sources.addAll(v.actorsOfPhrase(subj));
                    if (sources.isEmpty()) {
                        ActorMention named = UnknownActors.name(v, subj);
                        if (named != null) {
                            sources.add(named);
                        }
                    }
                }
            }
        }
        if (sources.isEmpty()) {
            if (!subjectActs) {
                for (int a : g.children(i, "obl:agent")) {
                    sources.addAll(v.actorsOfPhrase(a));
                }
                for (int a : g.children(i, "obl:by")) {
                    sources.addAll(v.actorsOfPhrase(a));
                }
                if (agentless && classes.has("EXPELLING_VERBS", tok.lemma())) {
                    // "inspectors have been expelled from North Korea": the country they were put out of
                    for (int a : g.children(i, "obl:from")) {
                        sources.addAll(v.actorsOfPhrase(a));
                    }
                }
            } else {
                int speaker = options.worthiness() && subjects.size() == 1
                        ? Subjects.speakerOfPronoun(v, i, subjects.get(0)) : -1;
                if (speaker >= 0) {
                    // "The CSP-PSD announced that they had captured ...": the pronoun is the one who announces,
                    // whoever the article named last
                    sources.addAll(Subjects.speakerActors(v, speaker));
                }
                for (int subj : speaker >= 0 && !sources.isEmpty() ? List.<Integer>of() : subjects) {
                    for (ActorMention m : v.doersOfSubject(subj)) {
                        if (sources.stream().noneMatch(x -> SentenceView.same(x, m))) {
                            sources.add(m);
                        }
                    }
                }
            }
            if (sources.isEmpty() && options.newActorLength() > 0 && !subjects.isEmpty()) {
                ActorMention made = UnknownActors.newActor(v, subjects.get(0), options.newActorLength());
                if (made != null) {
                    sources.add(made);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && !subjects.isEmpty()) {
                ActorMention named = UnknownActors.name(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && !subjectActs) {
                // "was returned to Egypt by ICE officials": an agent no dictionary knows, by its words
                for (int a : g.children(i, "obl:agent")) {
                    ActorMention named = UnknownActors.name(v, a);
                    if (named == null && hit != null) {
                        named = UnknownActors.phrase(v, a);
                    }
                    if (named != null) {
                        sources.add(named);
                    }
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && hit != null && subjects.size() == 1
                    && !classes.has("SPEECH_VERBS", tok.lemma()) && !s.token(subjects.get(0)).pos().startsWith("PRP")
                    && !EventNouns.is(v.classes, s.token(subjects.get(0))) && hit.pattern().before().stream()
                            .noneMatch(e -> e.kind() == VerbPattern.Kind.WORD || e.kind() == VerbPattern.Kind.SYNSET)) {
                // "Musicians have lifted a boycott": a pattern names the act; whoever did it, by their words
                // (but "talks would resume", "- TALKS *": what the pattern names before the verb is no one)
                ActorMention named = UnknownActors.phrase(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && subjects.size() == 1
                    && isVerbal(code.primary()) && Subjects.bodyOrOffice(v, subjects.get(0)) && !Subjects.attribution(g, i)) {
                // "The agency said it is skeptical": a body no dictionary knows, by its words
                ActorMention named = UnknownActors.phrase(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && g.head(i) >= 0
                    && classes.has("SENDING_VERBS", s.token(g.head(i)).lemma()) && purposeClause(g, i)) {
                // "France sent experts to investigate": those sent act for the one who sent them
                for (int subj : Subjects.of(v, g.head(i))) {
                    sources.addAll(v.actorsOfPhrase(subj));
                }
            }
            if (sources.isEmpty() && options.worthiness() && passive && isMaterialConflict(code.primary())) {
                // "killed by Pakistani shelling", "killed in an Israeli raid": who used the means used it
                for (org.sitrep.nlp.Dependency d : g.children(i)) {
                    ActorMention user = d.rel().startsWith("obl") ? MentionKinds.meansActor(v, d.dependent()) : null;
                    if (user != null && sources.isEmpty()) {
                        sources.add(user);
                    }
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && subjects.size() == 1) {
                // "The ELN has said it will release ...": the pronoun is the speaker
                int speaker = Subjects.speakerOfPronoun(v, i, subjects.get(0));
                if (speaker >= 0) {
                    sources.addAll(Subjects.speakerActors(v, speaker));
                }
            }
        }
        if (targets.isEmpty()) {
            if (!subjectActs) {
                for (int subj : subjects) {
                    targets.addAll(v.actorsOfPhrase(subj));
                }
                if (targets.isEmpty() && options.namedUnknowns() && !subjects.isEmpty()) {
                    ActorMention unknown = UnknownActors.phrase(v, subjects.get(0)); // "the journalist was arrested"
                    if (unknown != null) {
                        targets.add(unknown);
                    }
                }
            } else if (options.linearTargets()) {
                ActorMention first = firstActorAfter(v, after, sources);
                if (first != null) {
                    List<ActorMention> all = v.actorsOfPhrase(first.head());
                    targets.addAll(all.isEmpty() ? List.of(first) : all);
                } else if (options.newActorLength() > 0) {
                    ActorMention made = UnknownActors.firstAfter(v, after, options.newActorLength());
                    if (made != null) {
                        targets.add(made);
                    }
                }
            } else {
                boolean withdrawn = code.primary().startsWith("166") && classes.has("WITHDRAWING_VERBS", tok.lemma());
                ActorMention moved = isTransfer(code.primary()) || withdrawn ? destination(v, i) : null;
                if (withdrawn && moved != null && "unknown".equals(moved.via()) && !s.token(moved.head()).isProperNoun()
                        && v.placeAt(moved.head()) == null) {
                    moved = null; // "withdrew peacekeepers from another position", "from the region": no one named
                }
                ActorMention partner = moved != null ? moved : Targets.jointPartner(v, i);
                ActorMention first = partner != null ? partner : targetOf(v, i, 0);
                ActorMention done = first != null && isMaterialConflict(code.primary()) ? unknownObject(v, i, hit) : null;
                // "tortured an inmate to death in western Iran": the one force is used on, not the actor of where
                ActorMention t = done != null && Targets.whereOf(g, i, first.head()) ? done : first;
                boolean ownSent = moved == null && t != null && isTransfer(code.primary()) && Targets.ownForces(t, sources);
                if (ownSent) {
                    // "offered to send troops to help the army": the doer's own forces are what is sent, not whom to
                } else if (t != null) {
                    targets.addAll(v.actorsOfPhrase(t.head()));
                    if (targets.stream().noneMatch(x -> SentenceView.same(x, t))) {
                        targets.add(0, t);
                    }
                } else if (options.namedUnknowns()) {
                    ActorMention unknown = unknownTarget(v, i, hit, code.primary());
                    if (unknown != null) {
                        targets.add(unknown);
                    }
                }
            }
        }
        if (targets.isEmpty() && options.namedUnknowns() && subjectActs && !options.linearTargets() && g.head(i) >= 0
                && classes.has("SENDING_VERBS", s.token(g.head(i)).lemma()) && purposeClause(g, i)) {
            // "sent officials to Qatar to investigate a report": what those sent do, they do where they are sent
            ActorMention there = destination(v, g.head(i));
            if (there != null && sources.stream().noneMatch(x -> SentenceView.same(x, there))) {
                targets.add(there);
            }
        }
        if (targets.isEmpty() && options.namedUnknowns() && subjectActs && !options.linearTargets()
                && Targets.HELPED_ROOTS.contains(code.primary().substring(0, 2))) {
            ActorMention helped = Targets.helpedBy(v, i, 0); // "sent aid to help flood victims": whom it is given to help
            if (helped != null && sources.stream().noneMatch(x -> SentenceView.same(x, helped))) {
                targets.add(helped);
            }
        }
        boolean thingGiven = targets.size() == 1 && "unknown".equals(targets.get(0).via())
                && g.children(i, "obj").stream().anyMatch(o -> o == targets.get(0).head()
                        || g.children(o, "conj").contains(targets.get(0).head())); // "made available hospital equipment"
        if ((targets.isEmpty() || thingGiven || Targets.onlyThemselves(targets, sources)) && options.namedUnknowns() && subjectActs
                && !options.linearTargets() && Targets.AIDED_IN_PLACE.contains(code.primary().substring(0, 2))) {
            ActorMention aided = Targets.placeAided(v, i); // "peacekeepers arrived in X", "soldiers served in X": the place aided
            if (aided == null) {
                aided = Targets.placeOfPurpose(v, i); // "gave equipment to fight the epidemic in X"
            }
            final ActorMention place = aided;
            if (place != null && sources.stream().noneMatch(x -> SentenceView.same(x, place))) {
                targets.clear();
                targets.add(place);
            }
        }
        boolean standDown = code.primary().equals("0356") || code.primary().startsWith("087");
        if ((code.primary().startsWith("15") || standDown) && options.namedUnknowns() && subjectActs && !options.linearTargets()
                && targets.stream().allMatch(t -> sources.stream().anyMatch(src -> SentenceView.same(src, t))
                        || g.possessedByPronoun(t.head()))) {
            // "strengthened its forces in X": a show of force is to where the forces are; so is laying
            // down arms or surrendering ("will lay down their arms in X")
            ActorMention where = Targets.placeAided(v, i);
            if (where != null && sources.stream().noneMatch(x -> SentenceView.same(x, where))) {
                targets.clear();
                targets.add(where);
            }
        }
        if ((targets.isEmpty() || Targets.onlyThemselves(targets, sources) || targets.size() == 1 && "unknown".equals(targets.get(0).via())
                && classes.has("AREA_MEASURES", s.token(targets.get(0).head()).lemma()))
                && options.namedUnknowns() && subjectActs && !options.linearTargets()) {
            // "imposed a curfew in parts of the city", "agreed to a ceasefire in X": the place it holds in, not the measure
            ActorMention area = Targets.areaOfMeasure(v, i);
            if (area != null && sources.stream().noneMatch(x -> SentenceView.same(x, area))) {
                targets.clear();
                targets.add(area);
            }
        }
        if (obliged >= 0 && targets.isEmpty()) {
            // who must act is whom the demand is made of
            for (var d : g.children(obliged)) {
                if (d.rel().startsWith("nsubj") && targets.isEmpty()) {
                    targets.addAll(v.actorsOfPhrase(d.dependent()));
                    if (targets.isEmpty() && options.namedUnknowns()) {
                        ActorMention unknown = UnknownActors.phrase(v, d.dependent());
                        if (unknown != null) {
                            targets.add(unknown);
                        }
                    }
                }
            }
        }
        if (targets.isEmpty() && tok.lemma().equals("call")) {
            // "called on the government to release ...", parsed as a clause marked by "on": whom it is called on
            for (int x : g.children(i, "advcl")) {
                if (!g.hasChild(x, "mark", "on") || !targets.isEmpty()) {
                    continue;
                }
                for (var d : g.children(x)) {
                    if (d.rel().equals("nsubj") && targets.isEmpty()) {
                        targets.addAll(v.actorsOfPhrase(d.dependent()));
                        ActorMention unknown = targets.isEmpty() && options.namedUnknowns()
                                ? UnknownActors.phrase(v, d.dependent()) : null;
                        if (unknown != null) {
                            targets.add(unknown);
                        }
                    }
                }
            }
        }
        if (targets.isEmpty() && code.primary().startsWith("014")) {
            for (int x : g.basicChildren(i)) {
                if (!s.token(x).isVerb() || !WEIGHED_ACT.contains(g.rel(x))) {
                    continue;
                }
                // "is considering sending aid to North Korea": whom the act weighed would be done to
                ActorMention moved = targets.isEmpty() ? destination(v, x) : null;
                ActorMention t = moved != null ? moved : targets.isEmpty() ? targetOf(v, x, 0) : null;
                if (t != null && sources.stream().noneMatch(src -> SentenceView.same(src, t))) {
                    targets.add(t);
                }
            }
        }
        if (targets.isEmpty() && options.namedUnknowns() && code.primary().startsWith("01")) {
            ActorMention about = Targets.viewConcerns(v, i, sources); // "said it is skeptical about the scheme": what the view is of
            if (about != null && sources.stream().noneMatch(x -> SentenceView.same(x, about))) {
                targets.add(about);
            }
        }
        if (code.primary().startsWith("10") && (targets.isEmpty() || Targets.onlyThemselves(targets, sources))
                && options.namedUnknowns() && subjectActs) {
            // "reiterated its demand that the US ease sanctions": whom the demand is made of
            for (int o : g.children(i, "obj")) {
                if (!classes.has("REQUEST_NOUNS", s.token(o).lemma())) {
                    continue;
                }
                for (var d : g.children(o)) {
                    if (!d.rel().equals("ccomp") && !d.rel().equals("acl")) {
                        continue;
                    }
                    for (int x : g.children(d.dependent(), "nsubj")) {
                        ActorMention m = v.actorOfPhrase(x);
                        ActorMention made = m != null ? m : UnknownActors.phrase(v, x);
                        if (made != null && sources.stream().noneMatch(src -> SentenceView.same(src, made))) {
                            targets.clear();
                            targets.add(made);
                        }
                    }
                }
            }
        }
        if (code.primary().startsWith("08") && targets.size() == 1 && "unknown".equals(targets.get(0).via())
                && classes.has("REQUEST_NOUNS", s.token(targets.get(0).head()).lemma())) {
            // "conceded to the demands of the truck drivers": those whose demands are met are yielded to
            ActorMention asker = askerOf(v, targets.get(0).head());
            if (asker != null && sources.stream().noneMatch(x -> SentenceView.same(x, asker))) {
                targets.set(0, asker);
            }
        }
        if (protest >= 0) {
            code = new VerbCode("141", null); // "called on supporters to join a rally against ...": the callers' protest
            targets.clear(); // not those called on to join, but what the protest is against
            ActorMention against = protestedAgainst(v, protest);
            if (against != null) {
                targets.add(against);
            }
        }
        trace("    sources " + sources.stream().map(m -> m.text() + "=" + m.actor().cameo()).toList() + " targets "
                + targets.stream().map(m -> m.text() + "=" + m.actor().cameo()).toList());
        boolean compound = hit != null && hit.compound();
        if (!compound && (targets.isEmpty() || Targets.onlyThemselves(targets, sources))) {
            boolean possessive = !targets.isEmpty() && targets.stream().allMatch(t -> s.token(t.head()).pos().equals("PRP$"));
            targets.clear(); // "their meeting": the sources themselves are no target
            if (possessive && subjectActs && options.namedUnknowns() && !options.linearTargets()) {
                // "expressed its condolences to the families": the one it is said to, no dictionary knowing them
                ActorMention unknown = unknownTarget(v, i, hit, code.primary());
                if (unknown != null && sources.stream().noneMatch(src -> SentenceView.same(src, unknown))) {
                    targets.add(unknown);
                }
            }
        }
        if (options.worthiness()) {
            // a thing, a weapon, a case or an aim acts on no one and is acted on by no one as a side
            boolean thingActs = sources.stream().anyMatch(m -> !MentionKinds.agent(v, m) && !MentionKinds.means(v, m));
            sources.removeIf(m -> !MentionKinds.agent(v, m));
            if (sources.isEmpty() && passive && isMaterialConflict(code.primary())) {
                for (int a : g.children(i, "obl:agent")) {
                    thingActs |= MentionKinds.thing(v, a);
                }
                for (int a : g.children(i, "obl:by")) {
                    thingActs |= MentionKinds.thing(v, a);
                }
            }
            if (thingActs && sources.isEmpty() && isMaterialConflict(code.primary())) {
                // "hard hit by Japanese trade", "the crisis crushed the market": no violence when a thing does it
                trace("    no event: a thing does " + code.primary());
                return;
            }
            if (targets.removeIf(m -> MentionKinds.weapon(v, m)) && targets.isEmpty()) {
                ActorMention aimed = MentionKinds.aimedAt(v, i); // "launched rockets at northern Israel": where they were aimed
                if (aimed != null && sources.stream().noneMatch(x -> SentenceView.same(x, aimed))) {
                    targets.add(aimed);
                }
            }
        }
        if (nominal >= 0 && sources.isEmpty()) {
            return; // what someone announced needs the one who announced it
        }
        boolean statement = classes.has("SPEECH_VERBS", tok.lemma()) && code.primary().startsWith("01");
        if (sources.isEmpty() && (statement || !isMaterialConflict(code.primary()))
                && !(agentless && !subjectActs && !targets.isEmpty() && isMaterialAct(code.primary()))) {
            return; // but "the fishermen have been freed": a material act done to someone named, by someone unsaid
        }
        // a phrase no dictionary knows is no one acted on when it is a day ("on Sunday") or, but for what is said
        // of it ("claimed responsibility for the attack"), an act ("fighting")
        final boolean said = code.primary().startsWith("01");
        targets.removeIf(t -> t.actor().id() == null && t.actor().cameo() == null
                && ((inTime(s, t.head()) || org.sitrep.nlp.TimeCues.weekday(s.token(t.head()).word()))
                        && s.token(t.head()).isProperNoun() || !said && EventNouns.is(v.classes, s.token(t.head()))
                        || timeOrAmount(v, t.head())));
        final String coded = code.primary();
        if (options.worthiness() && !targets.isEmpty() && targets.stream().noneMatch(t -> MentionKinds.takes(v, coded, t))) {
            trace("    no event: " + code.primary() + " is not done to " + targets.get(0).text());
            return; // "released lists of questions", "gave a speech": the verb in a sense the dictionary lacks
        }
        if (options.worthiness() && code.primary().startsWith("192") && !targets.isEmpty()
                && targets.stream().allMatch(t -> MentionKinds.property(v, t))) {
            // "captured armoured vehicles and tankers": property seized, no territory taken
            code = new VerbCode("171", null);
        }
        if (options.worthiness() && code.primary().startsWith("192") && !targets.isEmpty() && !purposeClause(g, i)
                && targets.stream().allMatch(t -> MentionKinds.capturedPeople(v, t))) {
            // "the navy captured 23 pirates": people seized are detained, no territory taken
            code = new VerbCode("173", null);
        }
        EventPlaces.Placed where = EventPlaces.placeOf(v, i, subjects);
        String primary = c.future && options.futureCodes() ? CameoTypes.futureCode(code.primary()) : code.primary();
        double conf = 0.55 + (hit != null ? 0.15 : 0) + (where != null ? 0.05 : 0)
                + (!sources.isEmpty() && "dictionary".equals(sources.get(0).via()) ? 0.1 : 0)
                - (!sources.isEmpty() && "descriptor".equals(sources.get(0).via()) ? 0.1 : 0)
                - (guessed && !sources.isEmpty() ? 0.15 : 0);
        if (hit != null && hit.compound() && hit.compoundAfter()) {
            // "* WITH %": each actor of the compound is a target of the subject
            targets.clear();
            targets.addAll(v.actorsOfPhrase(hit.target().head()));
            sources.removeIf(x -> x == hit.target());
            if (sources.isEmpty()) {
                for (int subj : subjects) {
                    sources.addAll(v.actorsOfPhrase(subj));
                }
            }
        } else if (hit != null && hit.compound()) {
            // "% *": the actors of the compound act on each other: "A and B agreed"
            List<ActorMention> group = v.actorsOfPhrase(hit.source().head());
            if (group.size() > 1) {
                for (ActorMention a : group) {
                    for (ActorMention b : group) {
                        if (a != b && !SentenceView.same(a, b)) {
                            Records.emit(v, i, primary, a, b, where, c, conf, out);
                        }
                    }
                }
                return;
            }
        }
        if ((targets.isEmpty() || targets.stream().allMatch(t -> "unknown".equals(t.via()) && v.actorAt(t.head()) == null))
                && sources.size() > 1 && !statement && coordinated(v, sources) && isCooperation(undone)) {
            // "The United Kingdom and the European Union have agreed a trade agreement": a thing
            // agreed on is no actor; the two act on each other
            targets.clear();
        }
        if (targets.isEmpty() && sources.size() > 1 && !statement && coordinated(v, sources)
                && !primary.startsWith("14") && !primary.startsWith("15")
                && (!options.worthiness() || classes.has("RECIPROCAL", v.sentence.token(i).lemma()))) {
            // "Gondor and Osgiliath renewed ties": each acts on the other (but those who protest or show
            // force together, "police and soldiers remained on alert", do it side by side)
            for (ActorMention a : sources) {
                for (ActorMention b : sources) {
                    if (a != b && !SentenceView.same(a, b)) {
                        Records.emit(v, i, primary, a, b, where, c, conf, out);
                    }
                }
            }
            return;
        }
        List<ActorMention> srcs = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
        List<ActorMention> tgts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (ActorMention src : srcs) {
            for (ActorMention tgt : tgts) {
                if (src != null && tgt != null && SentenceView.same(src, tgt)) {
                    continue; // no actor acts on itself
                }
                Records.emit(v, i, primary, src, tgt, where, c, conf, out);
                if (code.secondary() != null && src != null && tgt != null && !"unknown".equals(tgt.via())) {
                    String second = c.future && options.futureCodes() ? CameoTypes.futureCode(code.secondary()) : code.secondary();
                    Records.emit(v, i, second, tgt, src, where, c, conf - 0.1, out);
                }
            }
        }
    }

    /** The clause with the sentence's main verb is never left out ("Theoden, the king of Rohan, condemned Mordor"). */
    private static boolean holdsRoot(DepGraph g, int[] seg) {
        for (int i = seg[0]; i < seg[1]; i++) {
            if (g.head(i) < 0 && g.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean listItem(Sentence s, DepGraph g, int[] seg) {
        for (int i = seg[0]; i < seg[1]; i++) {
            int h = g.head(i);
            if (s.token(i).isNoun() && g.rel(i).startsWith("conj") && h >= 0 && (h < seg[0] || h >= seg[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether actors are coordinated ("Gondor and Osgiliath"), not merely two subjects of a misparse. */
    private static boolean coordinated(SentenceView v, List<ActorMention> actors) {
        List<ActorMention> list = v.listAround(actors.get(0));
        for (ActorMention a : actors.subList(1, actors.size())) {
            boolean linked = list.stream().anyMatch(x -> SentenceView.same(x, a));
            for (var d : v.graph.parents(a.head())) {
                linked |= d.rel().startsWith("conj") && d.governor() == actors.get(0).head();
            }
            for (var d : v.graph.parents(actors.get(0).head())) {
                linked |= d.rel().startsWith("conj") && d.governor() == a.head();
            }
            if (!linked) {
                return false;
            }
        }
        return true;
    }

    /** Whether a pattern names a negation ("NOT *", "&NEGATVAUXVRB *"): then it codes the negated act. */
    private boolean negationIn(VerbPattern p) {
        for (List<VerbPattern.Element> side : List.of(p.before(), p.after())) {
            for (VerbPattern.Element e : side) {
                if (e.kind() == VerbPattern.Kind.WORD && classes.has("NEGATIONS", e.value())) {
                    return true;
                }
                if (e.kind() == VerbPattern.Kind.SYNSET && verbs.synset(e.value()) != null) {
                    for (List<String> phrase : verbs.synset(e.value()).phrases()) {
                        if (phrase.stream().anyMatch(w -> classes.has("NEGATIONS", w))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Acts of words (CAMEO 01–05, 10–13): statements, appeals, intents, consultations, demands, rejections, threats. */
    private static boolean isVerbal(String code) {
        return code.startsWith("0") && code.compareTo("06") < 0 || code.compareTo("10") >= 0 && code.compareTo("14") < 0;
    }

    /** Cooperation, verbal or material (CAMEO 03–08). */
    private static boolean isCooperation(String code) {
        return code.compareTo("03") >= 0 && code.compareTo("09") < 0;
    }

    /** Material acts (CAMEO 06–08, 15–20): what an agentless passive tells happened, whoever did it. */
    private static boolean isMaterialAct(String code) {
        return code.startsWith("06") || code.startsWith("07") || code.startsWith("08") || isMaterialConflict(code)
                && !code.startsWith("14");
    }

    private static boolean isMaterialConflict(String code) {
        return code.startsWith("14") || code.startsWith("15") || code.startsWith("17") || code.startsWith("18")
                || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * The dictionary entries for a verb whose other words are there, longest verb phrase first
     * ("take place" before "take"), later dictionaries first among equals.
     */
    private List<VerbEntry> entriesFor(SentenceView v, int i) {
        Sentence s = v.sentence;
        Token tok = s.token(i);
        List<VerbEntry> entries = entriesOf(tok);
        List<VerbEntry> out = new ArrayList<>();
        for (VerbEntry e : entries) {
            if (followedBy(s, i, e.after()) && precededBy(s, i, e.before())) {
                out.add(e);
            }
        }
        if (entries.isEmpty() && i + 1 < s.size() && !s.token(i + 1).pos().startsWith("VB")) {
            // "will not wire tap the links": the tagger made the verb the first word and the head of the
            // dictionary's phrase (WIRE_+TAP) a noun; the phrase is the verb
            // (precededBy checks that this word ends the words before the head)
            for (VerbEntry e : entriesOf(s.token(i + 1))) {
                if (!e.before().isEmpty() && precededBy(s, i + 1, e.before()) && followedBy(s, i + 1, e.after())) {
                    out.add(e);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.before().size() + b.after().size(), a.before().size() + a.after().size()));
        return out;
    }

    /**
     * The verb entries of a token: by the word as written first (a dictionary may give "left" a
     * block of its own apart from "leave"), then by its lemma.
     */
    private List<VerbEntry> entriesOf(Token tok) {
        List<VerbEntry> entries = new ArrayList<>(verbs.entries(tok.word().toLowerCase(Locale.ROOT)));
        for (VerbEntry e : verbs.entries(tok.lemma())) {
            if (!entries.contains(e)) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static boolean followedBy(Sentence s, int i, List<String> words) {
        int k = i + 1;
        for (String w : words) {
            // a particle or object may stand between ("set the prisoners free" is rare; allow one word)
            boolean found = false;
            for (int j = k; j < Math.min(s.size(), k + 2); j++) {
                if (s.token(j).lemma().equals(w) || s.token(j).word().toLowerCase(Locale.ROOT).equals(w)) {
                    k = j + 1;
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean precededBy(Sentence s, int i, List<String> words) {
        for (int n = 0; n < words.size(); n++) {
            int j = i - words.size() + n;
            if (j < 0 || !s.token(j).lemma().equals(words.get(n)) && !s.token(j).word().toLowerCase(Locale.ROOT).equals(words.get(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words a pattern reads as a passive verb's object: its subject's core ("UN sanctions against
     * Iran were lifted": the sanctions), then the words after the verb.
     */
    private static List<Integer> passiveObject(SentenceView v, int i, List<Integer> subjects, List<Integer> after) {
        java.util.TreeSet<Integer> core = new java.util.TreeSet<>();
        for (int subj : subjects) {
            if (subj < i && v.graph.rel(subj).equals("nsubj:pass")) {
                BitSet b = v.graph.subtree(subj, CORE_CUT);
                for (int k = b.nextSetBit(0); k >= 0 && k < i; k = b.nextSetBit(k + 1)) {
                    core.add(k);
                }
            }
        }
        if (core.isEmpty()) {
            return after;
        }
        List<Integer> out = new ArrayList<>(core);
        out.addAll(after);
        return out;
    }

    /**
     * A word the tagger took for a noun but the parse made the predicate of the sentence, with a
     * subject and an object of its own and no determiner: "Germany and UNICEF hand over 30 vehicles",
     * "Kenya bans imports of maize" (a headline's verb in the present, tagged NN or NNS).
     */
    static boolean nounAsPredicate(DepGraph g, Token t) {
        if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !g.rel(t.index()).equals("root")) {
            return false;
        }
        int i = t.index();
        int subj = g.child(i, "nsubj");
        int obj = g.child(i, "obj");
        return subj >= 0 && subj < i && obj > i && g.child(i, "det") < 0 && g.child(i, "case") < 0
                && g.child(i, "nmod:poss") < 0 && g.child(i, "amod") < 0 && g.child(i, "cop") < 0;
    }

    /**
     * The direct object of an active verb of giving back when it names a thing, not people ("returned
     * a looted statue", "returned to Peru eight artifacts"); or -1.
     */
    private static int thingReturned(SentenceView v, int i) {
        if (isPassive(v.graph, i)) {
            return -1;
        }
        for (int o : v.graph.children(i, "obj")) {
            Token t = v.sentence.token(o);
            if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !v.classes.has("NOT_RETURNED", t.lemma())
                    && v.actorAt(o) == null && !EventNouns.is(v.classes, t)) {
                return o;
            }
        }
        return -1;
    }

    /** The verb whose patterns read what is given ("provide"). */
    private static final String GIVING = "provide";

    /** Whether the words after a verb hold an amount of money ("$46 million", "€60 million", "2 billion euros"). */
    private static boolean amountIn(SentenceView v, List<Integer> tokens) {
        for (int k : tokens) {
            Token t = v.sentence.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("$") || v.classes.has("CURRENCIES", w) || v.classes.has("CURRENCIES", t.lemma())) {
                return true;
            }
            if (t.pos().equals("CD") && k > 0 && v.sentence.token(k - 1).pos().equals("$")) {
                return true; // "€45m support": the sign may hang outside the object in the parse
            }
        }
        return false;
    }

    /** The patterns of giving matched on these words: what kind of aid is given, if any. */
    private PatternMatcher.Result aidGiven(SentenceView v, List<PatternMatcher.Tok> before, List<PatternMatcher.Tok> after) {
        PatternMatcher.Result best = null;
        for (VerbEntry e : verbs.entries(GIVING)) {
            for (VerbPattern p : e.block().patterns()) {
                if (!p.code().isValid() || p.code().primary() == null || !p.code().primary().startsWith("07")) {
                    continue;
                }
                PatternMatcher.Result r = matcher.match(p, v, before, after);
                if (r != null && (best == null || p.specificity() > best.pattern().specificity()
                        || p.specificity() == best.pattern().specificity() && kind(p) > kind(best.pattern()))) {
                    best = r; // the aid named by its kind (military, humanitarian) before money, money before aid
                }
            }
        }
        return best;
    }

    private static int kind(VerbPattern p) {
        String c = p.code().primary();
        return c.equals("072") || c.equals("073") ? 2 : c.equals("071") ? 1 : 0;
    }

    /** Nouns of action and their verbs. */
    private static final Map<String, String> NOMINALISATIONS = Map.ofEntries(
            Map.entry("suspension", "suspend"), Map.entry("release", "release"), Map.entry("cessation", "cease"),
            Map.entry("reduction", "reduce"), Map.entry("withdrawal", "withdraw"), Map.entry("resumption", "resume"),
            Map.entry("expulsion", "expel"), Map.entry("imposition", "impose"), Map.entry("lifting", "lift"),
            Map.entry("easing", "ease"), Map.entry("delivery", "deliver"), Map.entry("donation", "donate"),
            Map.entry("provision", "provide"), Map.entry("extension", "extend"), Map.entry("closure", "close"),
            Map.entry("restoration", "restore"), Map.entry("evacuation", "evacuate"), Map.entry("return", "return"),
            Map.entry("transfer", "transfer"), Map.entry("allocation", "allocate"), Map.entry("cancellation", "cancel"),
            Map.entry("postponement", "postpone"), Map.entry("removal", "remove"), Map.entry("relaxation", "relax"),
            Map.entry("termination", "terminate"), Map.entry("halt", "halt"), Map.entry("freeze", "freeze"),
            Map.entry("cut", "cut"), Map.entry("severance", "sever"), Map.entry("recognition", "recognize"),
            Map.entry("pardon", "pardon"), Map.entry("reopening", "reopen"), Map.entry("closing", "close"),
            Map.entry("expansion", "expand"), Map.entry("arrest", "arrest"), Map.entry("deportation", "deport"),
            Map.entry("repatriation", "repatriate"), Map.entry("dispatch", "dispatch"),
            Map.entry("increase", "increase"), Map.entry("deployment", "deploy"));

    /**
     * The noun of action a light verb takes as its object ("announced a suspension of aid", "ordered
     * the release of the prisoners"), when the dictionaries know the noun's verb; or -1.
     */
    private int lightObject(SentenceView v, int i) {
        if (!classes.has("LIGHT_VERBS", v.sentence.token(i).lemma())) {
            return -1;
        }
        for (int o : v.graph.children(i, "obj")) {
            Token t = v.sentence.token(o);
            if (t.isNoun() && NOMINALISATIONS.containsKey(t.lemma()) && !nominalEntries(t).isEmpty()) {
                return o;
            }
        }
        return -1;
    }

    /** The single-word verb entries of a noun of action's verb. */
    private List<VerbEntry> nominalEntries(Token noun) {
        String verb = NOMINALISATIONS.get(noun.lemma());
        if (verb == null) {
            return List.of();
        }
        return verbs.entries(verb).stream().filter(e -> !e.isMultiword()).toList();
    }

    /** The words of a noun's phrase after it: what the act it names is done to ("of aid to Egypt"). */
    private static List<Integer> afterNoun(SentenceView v, int n) {
        BitSet sub = v.graph.subtree(n, PHRASE_CUT);
        for (var d : v.graph.children(n)) {
            if (d.rel().startsWith("nmod") && d.dependent() > n) {
                // "an increase in aid", "the release of prisoners": the noun's first complement is its object
                for (int c : v.graph.children(d.dependent(), "case")) {
                    if (Set.of("of", "in").contains(v.sentence.token(c).lemma())) {
                        sub.clear(c);
                    }
                }
                break;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int k = sub.nextSetBit(n + 1); k >= 0; k = sub.nextSetBit(k + 1)) {
            out.add(k);
        }
        return out;
    }

    /**
     * A phrase verb's own particles after it: words of the verb, not prepositions that end its object
     * ("taken in thousands of refugees").
     */
    private static Set<Integer> particles(SentenceView v, int i, VerbEntry entry) {
        if (entry.after().isEmpty()) {
            return Set.of();
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (String w : entry.after()) {
            for (int k = i + 1; k < Math.min(v.sentence.size(), i + 3); k++) {
                Token t = v.sentence.token(k);
                if (t.lemma().equals(w) || t.word().toLowerCase(Locale.ROOT).equals(w)) {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A gerund after a preposition that takes an object of its own is a verb ("by donating medical
     * supplies", "after releasing the prisoners"), not a noun ("in fighting inside the city").
     */
    private static boolean transitiveGerund(DepGraph g, int i) {
        return g.child(i, "obj") >= 0 && g.child(i, "det") < 0 && !g.rel(i).startsWith("nmod");
    }

    static boolean isPassive(DepGraph g, int i) {
        return g.child(i, "nsubj:pass") >= 0 || g.child(i, "aux:pass") >= 0;
    }

    /**
     * A past verb the parser read as a participle describing the noun before it, in a sentence it left
     * with no verb ("The government, the parties and the Taliban on Thursday condemned the decision"
     * parsed as "the Taliban [who were] condemned"): a participle with a direct object is no passive,
     * and a sentence headed by a noun has its predicate there.
     */
    static boolean predicateMisread(DepGraph g, int i) {
        String pos = g.token(i).pos();
        if (!(pos.equals("VBN") || pos.equals("VBD")) || g.child(i, "obj") < 0) {
            return false;
        }
        int h = g.head(i);
        for (int steps = 0; steps < 4 && h >= 0 && g.rel(h).startsWith("conj"); steps++) {
            h = g.head(h);
        }
        return h >= 0 && g.head(h) < 0 && g.token(h).isNoun();
    }

    /** "X is said to V", "are reported to have V-ed": a passive verb of saying or belief with a verbal complement. */
    static boolean hearsay(SentenceView v, int i) {
        return v.classes.has("HEARSAY_VERBS", v.graph.token(i).lemma()) && isPassive(v.graph, i) && hasVerbalComplement(v, i);
    }

    /** Who made a request, demand or offer ("the demands of the truck drivers", "by protesters"); null when unsaid. */
    private static ActorMention askerOf(SentenceView v, int request) {
        for (var d : v.graph.children(request)) {
            if (d.rel().equals("nmod:of") || d.rel().equals("nmod:by") || d.rel().equals("nmod:from")
                    || d.rel().startsWith("nmod:poss")) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                return m != null ? m : UnknownActors.phrase(v, d.dependent());
            }
        }
        return null;
    }

    /** Whether the verb's object is a request, to which a following "to" clause belongs ("refused a request to visit"). */
    static boolean requestObject(SentenceView v, int i) {
        int o = v.graph.child(i, "obj");
        return o >= 0 && v.classes.has("REQUEST_NOUNS", v.graph.token(o).lemma());
    }

    /**
     * Whether the verb's object is a thing, given or promised, whose purpose its "to" clause tells ("offered
     * military assistance to Turkey to assist ..."): then the verb is the act, not the clause (but "wants
     * the government to resign": an actor asked to act).
     */
    private static boolean thingOffered(SentenceView v, int i) {
        DepGraph g = v.graph;
        int o = g.child(i, "obj");
        return o >= 0 && g.token(o).isNoun() && !EventNouns.is(v.classes, g.token(o)) && v.actorAt(o) == null
                && g.children(i, "xcomp").stream().allMatch(x -> x > o);
    }

    private static boolean hasVerbalComplement(SentenceView v, int i) {
        DepGraph g = v.graph;
        for (int x : g.children(i, "xcomp")) {
            if (g.token(x).isVerb()) {
                return true;
            }
        }
        // "decided on Thursday to ease": a phrase of time between a verb of deciding and its complement
        // can make the parser hang the infinitive on it as a clause of purpose; with no object of its
        // own, the verb's "to" clause is still its complement
        if (!v.classes.has("DECIDING_VERBS", g.token(i).lemma()) || g.child(i, "obj") >= 0) {
            return false;
        }
        for (int x : g.children(i, "advcl:to")) {
            if (g.token(x).pos().equals("VB") && g.child(x, "aux") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause a verb of saying reports as an obligation of someone other than the speaker
     * ("said Sudanese authorities must ensure security", "says intervention must be avoided"), or -1.
     */
    private static int obligedClause(SentenceView v, int speech) {
        DepGraph g = v.graph;
        List<Integer> clauses = new ArrayList<>(g.children(speech, "ccomp"));
        clauses.addAll(g.children(speech, "dep"));
        for (int x : clauses) {
            boolean must = g.children(x).stream().anyMatch(d -> d.rel().equals("aux")
                    && v.classes.has("OBLIGATION_AUX", g.token(d.dependent()).word()));
            int subj = -1;
            for (var d : g.children(x)) {
                if (d.rel().startsWith("nsubj")) {
                    subj = d.dependent();
                }
            }
            if (subj < 0 && g.rel(x).equals("dep") && g.child(speech, "obj") >= 0 && g.child(speech, "obj") < x) {
                subj = g.child(speech, "obj"); // "Russia says Israel must end ...", parsed with Israel as the object
            }
            if (must && subj >= 0 && !g.token(subj).pos().startsWith("PRP")) {
                return x;
            }
        }
        return -1;
    }

    /** "agree (with X) that ...": what is agreed is a view, a clause, and not an act to do. */
    private static boolean agreesThat(DepGraph g, int verb) {
        if (g.child(verb, "ccomp") >= 0) {
            return true;
        }
        for (int d : g.children(verb, "dep")) {
            for (int m : g.basicChildren(d)) {
                if (m < d && g.token(m).lemma().equals("that")) {
                    return true; // the same clause, left by the parser as a "dep" led by "that"
                }
            }
        }
        for (int with : g.children(verb, "obl:with")) {
            if (g.child(with, "ccomp") >= 0 || g.child(with, "acl:relcl") >= 0) {
                return true; // "agree with X, who told ...", "agree with X that ...", parsed under X
            }
        }
        return false;
    }

    /**
     * The mood a speaker says he is in about what comes ("says he is pessimistic that ...",
     * "said it was confident of ..."): 012 for a pessimistic comment, 013 for an optimistic one,
     * 030 for a commitment.
     */
    private static String moodOfClause(SentenceView v, int speech) {
        DepGraph g = v.graph;
        for (int x : g.children(speech, "ccomp")) {
            Token t = g.token(x);
            String word = t.word().toLowerCase(Locale.ROOT);
            boolean stated = t.pos().startsWith("JJ") && g.child(x, "cop") >= 0
                    || word.equals("committed") && (g.child(x, "cop") >= 0 || g.child(x, "aux:pass") >= 0);
            if (!stated) {
                continue;
            }
            if (g.children(x).stream().anyMatch(d -> d.rel().equals("advmod")
                    && v.classes.has("NEGATIONS", g.token(d.dependent()).word()))) {
                return null; // "not optimistic": leave it a plain statement
            }
            if (v.classes.has("PESSIMISM", word)) {
                return "012";
            }
            if (v.classes.has("OPTIMISM", word)) {
                return "013";
            }
            if (word.equals("committed")) {
                return "030"; // "said it is committed to opening up the economy": an intent to cooperate
            }
        }
        return null;
    }

    /** Prepositions whose object is what an act is done to or with ("sanctions on X", "talks with X"). */
    private static final Set<String> AFFECTED_PREPS = Set.of("against", "on", "upon", "at", "with", "to", "toward",
            "towards", "into");

    /** Prepositions whose object is what a named thing done is about ("responsibility for", "concern about"). */
    private static final Set<String> CONCERNED_PREPS = Set.of("for", "about", "over", "regarding");

    /**
     * What an act is done to when no dictionary knows it ("detained several suspects", "attacked
     * the final rebel-held city", "imposed sanctions on Abkhazia"): the verb's object, unless the
     * pattern that coded the verb names the object's word (then it is the thing done: "sanctions"),
     * else the object of a preposition of contact. Its words and no code.
     */
    private ActorMention unknownTarget(SentenceView v, int i, PatternMatcher.Result hit, String code) {
        DepGraph g = v.graph;
        List<Integer> candidates = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (int o : g.children(i, "obj")) {
            if (hit == null || !namesWord(hit.pattern(), v.sentence.token(o))) {
                candidates.add(o);
            } else {
                named.add(o);
            }
        }
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && AFFECTED_PREPS.contains(d.subtype())) {
                candidates.add(d.dependent());
            }
        }
        candidates.addAll(smallClauseObjects(v, i));
        for (int o : g.children(i, "obj")) {
            for (var d : g.children(o)) {
                if (d.rel().startsWith("nmod:") && !candidates.contains(o) && (AFFECTED_PREPS.contains(d.subtype())
                        || CONCERNED_PREPS.contains(d.subtype()))) {
                    // "imposed sanctions on Abkhazia" parsed inside the object; "claimed responsibility for
                    // the attack", "expressed condolences over the earthquake": what the thing done concerns
                    candidates.add(d.dependent());
                }
            }
        }
        for (int o : g.children(i, "obj")) {
            for (int a : g.children(o, "acl")) {
                for (var d : g.children(a)) {
                    if (d.rel().startsWith("obl:") && IMPOSED_PREPS.contains(d.subtype()) && !candidates.contains(d.dependent())) {
                        candidates.add(d.dependent()); // "lifted a travel ban imposed on Chadian citizens"
                    }
                }
            }
        }
        for (int o : g.children(i, "obj")) {
            if (classes.has("CLAIM_NOUNS", g.token(o).lemma())) {
                for (var d : g.children(o)) {
                    if ((d.rel().equals("nmod:from") || d.rel().equals("nmod:by")) && !candidates.contains(d.dependent())) {
                        candidates.add(d.dependent()); // "rejected accusations from a local TD": who made them
                    }
                }
            }
        }
        if (code != null && (code.compareTo("18") >= 0 || code.startsWith("171") || code.startsWith("173")
                || code.startsWith("174") || code.startsWith("175") || code.startsWith("084") || code.startsWith("166"))) {
            candidates.addAll(named); // coercion, force and release are done to what they name: "detained suspects"
        }
        boolean entering = code != null && (code.startsWith("192") || code.startsWith("087"));
        for (int c : candidates) {
            Token t = v.sentence.token(c);
            boolean bare = v.graph.children(c).stream().allMatch(d -> d.rel().equals("det") || d.rel().equals("case"));
            if (entering && (v.literalPlaceAt(c) != null || v.classes.has("SETTLEMENT_NOUNS", t.lemma()) && EventPlaces.isDefinite(v, c) && bare)) {
                continue; // "entered Hama", "took the city": where it happened, told as its place (but "shell
                          // Bagram", "cancelled a visit to Paris", "sanctions on Abkhazia": the place is what it is done to)
            }
            ActorMention m = UnknownActors.phrase(v, c);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The verb's object when no dictionary knows it and the pattern does not name it ("tortured a 35-year-old
     * inmate"): the phrase by its words; null when the object is an actor's, a place's, an act's or a time's.
     */
    private ActorMention unknownObject(SentenceView v, int i, PatternMatcher.Result hit) {
        DepGraph g = v.graph;
        for (int o : g.children(i, "obj")) {
            Token t = v.sentence.token(o);
            if (!t.isNoun() || EventNouns.is(v.classes, t) || inTime(v.sentence, o) || v.actorOfPhrase(o) != null
                    || v.placeAt(o) != null || hit != null && namesWord(hit.pattern(), t)) {
                continue;
            }
            return options.namedUnknowns() ? UnknownActors.phrase(v, o) : null;
        }
        return null;
    }

    /** Whether a phrase is a time ("the same time", but not "the future of X") or an amount of money ("$162 billion"). */
    private static boolean timeOrAmount(SentenceView v, int head) {
        Token t = v.graph.token(head);
        return v.classes.has("TIME_NOUNS", t.lemma()) && !Targets.owned(v.graph, head) || t.pos().equals("$");
    }

    /** Whether a pattern names the word after the verb (a word or a synonym set holding it). */
    private boolean namesWord(VerbPattern p, Token t) {
        String word = org.sitrep.dict.Words.norm(t.word());
        String lemma = org.sitrep.dict.Words.norm(t.lemma());
        for (VerbPattern.Element e : p.after()) {
            if (e.kind() == VerbPattern.Kind.WORD && (e.value().equals(word) || e.value().equals(lemma))) {
                return true;
            }
            if (e.kind() == VerbPattern.Kind.SYNSET && verbs.synset(e.value()) != null) {
                for (List<String> phrase : verbs.synset(e.value()).phrases()) {
                    if (phrase.contains(word) || phrase.contains(lemma)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The protest an appeal calls for ("called on supporters to join a rally against ...", "called for
     * Egyptians to join Friday's mobilization", "called for protests against ..."), which, as CAMEO
     * codes a strike called, is the callers' own act of protest; -1 when the appeal is for something else.
     */
    private static int protestCalledFor(SentenceView v, int appeal) {
        DepGraph g = v.graph;
        List<Integer> acts = new ArrayList<>();
        for (int c : g.basicChildren(appeal)) {
            String r = g.rel(c);
            if (r.equals("xcomp") || r.startsWith("advcl") || r.equals("ccomp")) {
                acts.add(c);
            } else if (r.startsWith("obl")) {
                if (g.rel(c).equals("obl:for") && v.classes.has("PROTEST_NOUNS", g.token(c).lemma())) {
                    return c; // "called for protests against the decree"
                }
                acts.addAll(g.children(c, "acl")); // "called for Egyptians to join ..."
            }
        }
        for (int x : acts) {
            String l = g.token(x).lemma().toLowerCase(Locale.ROOT);
            if (v.classes.has("PROTEST_VERBS", l) && g.token(x).isVerb()) {
                return x;
            }
            if (v.classes.has("JOINING_VERBS", l)) {
                for (int o : g.basicChildren(x)) {
                    if ((g.rel(o).equals("obj") || g.rel(o).startsWith("obl"))
                            && v.classes.has("PROTEST_NOUNS", g.token(o).lemma())) {
                        return o;
                    }
                }
            }
        }
        return -1;
    }

    /** What a protest is against: "a rally against the rules", "to mobilize against war moves". */
    private static ActorMention protestedAgainst(SentenceView v, int protest) {
        DepGraph g = v.graph;
        List<Integer> words = new ArrayList<>(List.of(protest));
        if (!g.token(protest).isVerb() && g.head(protest) >= 0) {
            words.add(g.head(protest)); // "join a rally ... against": the parser may hang "against" on the verb
        }
        for (int w : words) {
            for (var d : g.children(w)) {
                if (d.rel().equals("nmod:against") || d.rel().equals("obl:against")) {
                    ActorMention m = v.actorOfPhrase(d.dependent());
                    return m != null ? m : UnknownActors.phrase(v, d.dependent());
                }
            }
        }
        return null;
    }

    static boolean inTime(Sentence s, int token) {
        for (TimeExpression t : s.times()) {
            if (token >= t.startToken() && token < t.endToken()) {
                return true;
            }
        }
        return false;
    }

    /** The head of the noun phrase right after a verb (its object when a misparse lost it), or -1. */
    static int linearObject(SentenceView v, int i) {
        int head = -1;
        for (int k = i + 1; k < v.sentence.size(); k++) {
            Token t = v.sentence.token(k);
            String pos = t.pos();
            if (pos.startsWith("NN")) {
                head = k;
            } else if (!(pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$"))) {
                break;
            }
        }
        return head;
    }

    /** The first actor in the words after the verb that is not a source (TABARI's target). */
    private static ActorMention firstActorAfter(SentenceView v, List<PatternMatcher.Tok> after, List<ActorMention> sources) {
        for (PatternMatcher.Tok t : after) {
            ActorMention m = v.actorAt(t.index());
            if (m != null && (m.actor().cameo() != null || m.actor().id() != null)
                    && sources.stream().noneMatch(x -> SentenceView.same(x, m))) {
                return m;
            }
        }
        return null;
    }

    /** Whether the verb completes a governing verb that the dictionaries code with the same kind of act. */
    private boolean purposeOfSameAct(SentenceView v, int i, String code) {
        String rel = v.graph.rel(i);
        int up = v.graph.head(i);
        if (code == null || up < 0 || !(rel.equals("xcomp") || rel.startsWith("advcl")) || !v.sentence.token(up).isVerb()
                || classes.has("CONTROL_VERBS", v.sentence.token(up).lemma())) {
            return false;
        }
        for (VerbEntry e : entriesFor(v, up)) {
            if (e.code().primary() != null && e.code().primary().startsWith(code.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** Relations that keep a subject's core words: its head and what stands before it. */
    private static final Set<String> CORE_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "appos", "conj",
            "cc", "advcl", "ccomp", "dep", "csubj", "nmod:of", "nmod:in", "nmod:for", "nmod:from", "nmod:with",
            "nmod:on", "nmod:at", "nmod:to", "nmod:by", "nmod:about", "nmod:against", "nmod:between", "case");

    /**
     * Tokens before the verb that patterns may name: each subject's core (its head and the words
     * before it: "Israeli troops", "the military") and the verb's own auxiliaries, negation and adverbs.
     */
    private static List<Integer> preRegion(SentenceView v, int i, List<Integer> subjects) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int subj : subjects) {
            if (subj >= i) {
                continue;
            }
            BitSet core = v.graph.subtree(subj, CORE_CUT);
            for (int k = core.nextSetBit(0); k >= 0 && k < i; k = core.nextSetBit(k + 1)) {
                out.add(k);
            }
        }
        if (!out.isEmpty()) {
            // and every word between the subject and the verb: "most certainly really did not ever"
            for (int k = out.last() + 1; k < i; k++) {
                out.add(k);
            }
        }
        for (var d : v.graph.children(i)) {
            String r = d.rel();
            if (d.dependent() < i && (r.startsWith("aux") || r.equals("advmod") || r.equals("neg") || r.equals("mark"))) {
                out.add(d.dependent());
            }
        }
        // the verbs that govern this one: "X managed to enter", "Ethiopia indicated it would act"
        int h = i;
        for (int steps = 0; steps < 4; steps++) {
            int up = v.graph.head(h);
            String rel = v.graph.rel(h);
            if (up < 0 || up > i || !(rel.equals("xcomp") || rel.equals("ccomp"))) {
                break;
            }
            BitSet clause = v.graph.subtree(up, CLAUSE_CUT);
            for (int k = clause.nextSetBit(0); k >= 0 && k < i; k = clause.nextSetBit(k + 1)) {
                if (k <= up || !v.graph.dominates(h, k)) {
                    out.add(k);
                }
            }
            for (int k = up; k < i; k++) {
                if (!v.graph.dominates(h, k) || k >= h) {
                    continue;
                }
                out.add(k); // the words of the complement before the verb ("it would")
            }
            h = up;
        }
        return new ArrayList<>(out);
    }

    /** Tokens after the verb in its own clause; for a relative clause without object, the noun it modifies first. */
    private List<Integer> postRegion(SentenceView v, int i, VerbEntry entry) {
        if (options.linearTargets()) {
            return linearPostRegion(v, i);
        }
        BitSet clause = v.graph.subtree(i, CLAUSE_CUT);
        List<Integer> out = new ArrayList<>();
        String rel = v.graph.rel(i);
        int up = v.graph.head(i);
        if (up >= 0 && up < i && (rel.equals("acl:relcl") || rel.equals("dep")) && v.sentence.token(up).isNoun()
                && v.graph.child(i, "obj") < 0) {
            BitSet core = v.graph.subtree(up, CORE_CUT);
            for (int k = core.nextSetBit(0); k >= 0 && k <= up; k = core.nextSetBit(k + 1)) {
                out.add(k);
            }
        }
        for (int k = clause.nextSetBit(i + 1); k >= 0; k = clause.nextSetBit(k + 1)) {
            out.add(k);
        }
        // the noun phrase right after the verb is its object, whatever a misparse attached it to
        for (int k = i + 1; k < v.sentence.size() && !clause.get(k); k++) {
            String pos = v.sentence.token(k).pos();
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("PRP$") || pos.equals("POS"))) {
                break;
            }
            out.add(k);
        }
        out.sort(Integer::compare);
        return out;
    }

    /** TABARI's reading before the verb: every word from the start of the sentence. */
    private static List<Integer> linearPreRegion(SentenceView v, int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            if (!v.isLeftOut(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * TABARI's reading: every word after the verb to the end of the sentence, but for the clauses of
     * verbs coordinated with it that have subjects of their own ("... and Y attacked Z").
     */
    private static List<Integer> linearPostRegion(SentenceView v, int i) {
        BitSet skip = new BitSet(v.sentence.size());
        for (int c : v.graph.children(i, "conj")) {
            if (v.sentence.token(c).isVerb() && v.graph.child(c, "nsubj") >= 0 && c > i) {
                skip.or(v.graph.subtree(c));
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int k = i + 1; k < v.sentence.size(); k++) {
            if (!skip.get(k) && !v.isLeftOut(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether a code is of a giving, sending or taking back (aid, cooperation, its intent; withdrawal),
     * whose target is who or where the thing goes to or comes back from, not the thing itself.
     */
    static boolean isTransfer(String code) {
        return code != null && (code.startsWith("03") || code.startsWith("06") || code.startsWith("07")
                || code.equals("0356") || code.equals("0874"))
                && !code.startsWith("075"); // but those granted asylum or taken in are its target
    }

    /** Relations that leave the verb's own clause and its phrases. */
    private static final Set<String> OWN_CLAUSE_CUT = Set.of("ccomp", "advcl", "acl", "parataxis", "conj", "xcomp", "csubj");

    /** Prepositions of where a thing given or sent goes, or a force withdrawn comes from. */
    private static final Set<String> DESTINATION_PREPS = Set.of("to", "into", "from");

    /**
     * Who or where something is given, sent or withdrawn ("sending troops to Liberia", "withdraw its
     * troops from Syria", "the release of aid to Egypt"): an actor,
     * else a phrase no dictionary knows; {@code null} when the verb says no such thing.
     */
    private ActorMention destination(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<Integer> objects = g.children(i, "obj");
        List<Integer> places = new ArrayList<>();
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && DESTINATION_PREPS.contains(d.subtype())) {
                places.add(d.dependent());
            }
        }
        for (int o : objects) {
            for (var d : g.children(o)) {
                if (d.rel().startsWith("nmod:") && DESTINATION_PREPS.contains(d.subtype())) {
                    places.add(d.dependent());
                }
            }
        }
        BitSet clause = g.subtree(i, OWN_CLAUSE_CUT);
        for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
            for (var d : g.parents(k)) {
                if (d.rel().startsWith("nmod:") && DESTINATION_PREPS.contains(d.subtype()) && clause.get(d.governor())
                        && !places.contains(k)) {
                    places.add(k); // "provided $2 million in aid to Fiji", wherever the parse hung "to Fiji"
                }
            }
        }
        for (int c : places) {
            Token t = v.sentence.token(c);
            boolean bare = g.children(c).stream().allMatch(d -> d.rel().equals("det") || d.rel().equals("case"));
            if (g.hasChild(c, "case", "from") && (isPlaceOnly(v, c) || v.classes.has("SETTLEMENT_NOUNS", t.lemma()) && EventPlaces.isDefinite(v, c) && bare)) {
                continue; // "withdrew from Hama", "from the city": where it happened, told as its place
            }
            ActorMention m = v.actorOfPhrase(c);
            if (m == null && options.namedUnknowns()) {
                m = UnknownActors.phrase(v, c);
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * Objects the parser hung elsewhere for a verb with none of its own: the subject of a complement after
     * it ("deported asylum seekers registered with X", "found Nielsen guilty"), or the object of the second
     * word of a phrasal verb of release parsed as a verb of its own ("let free the journalist", "set loose";
     * &SET_LOOSE).
     */
    private static List<Integer> smallClauseObjects(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<Integer> out = new ArrayList<>();
        if (!g.children(i, "obj").isEmpty()) {
            return out;
        }
        for (int x : g.children(i, "xcomp")) {
            for (int y : g.children(x, "nsubj")) {
                if (i < y && y < x && g.token(y).isNoun()) {
                    out.add(y);
                }
            }
        }
        for (var d : g.children(i)) {
            if ((d.rel().equals("ccomp") || d.rel().equals("xcomp")) && d.dependent() == i + 1
                    && v.classes.has("SET_LOOSE", g.token(d.dependent()).lemma())) {
                out.addAll(g.children(d.dependent(), "obj")); // "let free the journalist": a phrasal verb parsed as two
            }
        }
        return out;
    }

    /** The target: the object, else an actor after a preposition of attack or contact, else inside those. */
    private static ActorMention targetOf(SentenceView v, int i, int depth) {
        DepGraph g = v.graph;
        for (int o : g.children(i, "obj")) {
            ActorMention m = v.actorOfPhrase(o);
            if (m != null) {
                return m;
            }
        }
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && TARGET_PREPS.contains(d.subtype()) && !isPlaceOnly(v, d.dependent())) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                if (m != null) {
                    return m;
                }
            }
        }
        for (int o : g.children(i, "iobj")) {
            ActorMention m = v.actorOfPhrase(o);
            if (m != null) {
                return m;
            }
        }
        for (int o : smallClauseObjects(v, i)) {
            ActorMention m = v.actorOfPhrase(o);
            if (m != null) {
                return m;
            }
        }
        if (depth > 2) {
            return null;
        }
        // "break through the defenses of the army", "repel attacks launched by X"
        for (int o : objectsAndObliques(g, i)) {
            ActorMention m = actorInside(v, o, depth);
            if (m != null) {
                return m;
            }
        }
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && !TARGET_PREPS.contains(d.subtype()) && !EventNouns.is(v.classes, g.token(d.dependent()))) {
                for (int a : g.children(d.dependent(), "nmod:against")) {
                    ActorMention m = v.actorOfPhrase(a); // "filed a lawsuit in a court against X"
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        for (int x : g.children(i, "xcomp")) {
            ActorMention m = targetOf(v, x, depth + 1);
            if (m != null) {
                return m;
            }
            // "fought to repel attacks launched by X": the agent of the complement is the adversary
            for (int a : g.children(x, "obl:by")) {
                m = v.actorOfPhrase(a);
                if (m != null) {
                    return m;
                }
            }
            for (int a : g.children(x, "obl:agent")) {
                m = v.actorOfPhrase(a);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A place that is not also an actor: a city ("to Hama") but not a country ("aid to Liberia"). */
    static boolean isPlaceOnly(SentenceView v, int token) {
        Toponym t = v.literalPlaceAt(token);
        return t != null && !t.place().isCountry();
    }

    private static List<Integer> objectsAndObliques(DepGraph g, int i) {
        List<Integer> out = new ArrayList<>(g.children(i, "obj"));
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl:") && TARGET_PREPS.contains(d.subtype())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Prepositions of whom a thing is laid on: "the ban imposed on X", "the sanctions levied against X". */
    private static final Set<String> IMPOSED_PREPS = Set.of("on", "upon", "against");

    /** The actor an object's own phrase holds: "the defenses of the army", "attacks launched by X". */
    private static ActorMention actorInside(SentenceView v, int o, int depth) {
        DepGraph g = v.graph;
        for (var d : g.children(o)) {
            String r = d.rel();
            if (r.equals("nmod:of") || r.equals("nmod:poss") || r.startsWith("nmod:against") || r.startsWith("nmod:by")) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                if (m != null) {
                    return m;
                }
            }
            if (r.equals("acl:relcl") && g.token(d.dependent()).isVerb()) {
                for (int a : g.children(d.dependent(), "nsubj")) {
                    ActorMention m = v.actorOfPhrase(a);
                    if (m != null) {
                        return m;
                    }
                }
            }
            if (r.equals("acl") && g.token(d.dependent()).isVerb()) {
                for (var a : g.children(d.dependent())) {
                    if (a.rel().startsWith("obl:") && IMPOSED_PREPS.contains(a.subtype())) {
                        ActorMention m = v.actorOfPhrase(a.dependent()); // "lifted the ban imposed on X"
                        if (m != null) {
                            return m;
                        }
                    }
                }
                for (int a : g.children(d.dependent(), "obl:by")) {
                    ActorMention m = v.actorOfPhrase(a);
                    if (m != null) {
                        return m;
                    }
                }
                for (int a : g.children(d.dependent(), "obl:agent")) {
                    ActorMention m = v.actorOfPhrase(a);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        return null;
    }
}
