package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.Actor;
import org.sitrep.mentions.ActorMention;
import org.sitrep.mentions.Mentions;
import org.sitrep.mentions.Quote;
import org.sitrep.mentions.SpeechVerbs;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/**
 * The rule coder over one sentence's dependency graph: finds the verbs (and event nouns) the
 * dictionaries code, their source and target actors, the pattern that sets the code, where and
 * when, who says so, and how (asserted, claimed, future, denied).
 */
final class Coder {

    /** Relations that leave a noun phrase: its relative clauses, appositions, coordinated phrases. */
    static final Set<String> PHRASE_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "appos", "conj", "cc",
            "advcl", "ccomp", "dep", "csubj");
    /** Relations that leave the phrase a new actor is named by ("Gryffindor's head Minerva McGonagall" stays whole). */
    private static final Set<String> NEW_ACTOR_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "conj", "cc",
            "advcl", "ccomp", "csubj");
    /** Relations that leave a speaker's phrase ("X and Y said" keeps both). */
    private static final Set<String> SPEAKER_CUT = Set.of("acl:relcl", "acl", "parataxis", "punct", "appos",
            "advcl", "ccomp", "dep", "csubj");
    /** Relations that leave a clause: other clauses and coordinated verbs. */
    private static final Set<String> CLAUSE_CUT = Set.of("ccomp", "parataxis", "advcl", "conj", "cc", "csubj",
            "punct", "dep", "acl:relcl", "mark");
    private static final Set<String> TARGET_PREPS = Set.of("against", "on", "upon", "at", "with", "to", "toward",
            "towards", "into", "over", "through", "for");
    static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "outside", "around", "into",
            "from", "across", "within", "throughout", "on", "to", "toward", "towards", "outside_of", "in_front_of",
            "against", "through", "of");
    static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    static final Set<String> FUTURE_CONTROL = Set.of("willing", "ready", "prepared", "set", "poised", "due",
            "plan", "intend", "vow", "pledge", "threaten", "promise",
            "aim", "seek", "want", "prepare", "expect", "hope", "wish", "decide_future", "plot", "mean", "continue_future",
            "offer");
    static final Set<String> FAILED_CONTROL = Set.of("fail", "refuse", "decline");
    /** Verbs that weigh an option: what they weigh is not done ("considering sending aid"). */
    static final Set<String> CONSIDERED = Set.of("consider", "contemplate", "mull", "weigh", "ponder", "explore");
    /** How the act weighed hangs on the verb weighing it ("considering sending aid", parsed as any of these). */
    private static final Set<String> WEIGHED_ACT = Set.of("xcomp", "ccomp", "acl", "obj");
    /** Verbs of hoping: what one hopes another will do is wished for, not done ("hopes Russia will lift"). */
    static final Set<String> HOPING = Set.of("hope", "wish", "pray");
    /** Auxiliaries of obligation: what someone must do is demanded, not done. */
    static final Set<String> OBLIGATION = Set.of("must", "should");
    /** Verbs that ask someone to act: what they ask for is not done ("urged Ethiopia to open up"). */
    static final Set<String> DIRECTIVE = Set.of("urge", "ask", "demand", "request", "appeal", "press",
            "encourage", "advise", "invite", "exhort", "implore", "beg", "call", "want", "order", "instruct", "tell",
            "persuade", "pressure", "push", "recommend", "require", "allow", "permit", "authorize", "authorise");
    /** Verbs whose verbal complement is the act: "managed to enter", "continue to fight", "threatened to attack". */
    private static final Set<String> CONTROL = Set.of("manage", "try", "attempt", "decide", "continue", "begin",
            "start", "seek", "plan", "want", "intend", "fail", "refuse", "vow", "threaten", "promise", "pledge",
            "hope", "need", "prepare", "resolve", "aim", "tend", "wish", "expect", "struggle", "strive", "endeavor",
            "endeavour", "proceed", "go", "move", "rush", "hasten", "dare", "choose", "opt", "offer", "keep");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> OCCURRENCE = Set.of("take", "continue", "erupt", "break", "rage", "intensify",
            "resume", "escalate", "flare", "occur", "happen", "persist", "spread", "begin", "start", "ensue");
    private static final Set<String> EXECUTION = Set.of("launch", "carry", "conduct", "wage", "stage", "mount",
            "unleash", "begin", "start", "resume", "intensify", "step", "lead", "perpetrate", "commit", "execute",
            "hold", "perform", "kick", "participate", "take", "escalate");
    private static final Map<String, String> NOMINAL = Map.ofEntries(
            Map.entry("fighting", "190"), Map.entry("fight", "190"), Map.entry("battle", "190"),
            Map.entry("clash", "190"), Map.entry("combat", "190"), Map.entry("hostility", "190"),
            Map.entry("attack", "190"), Map.entry("assault", "190"), Map.entry("offensive", "190"),
            Map.entry("raid", "190"), Map.entry("incursion", "192"), Map.entry("invasion", "192"),
            Map.entry("shelling", "194"), Map.entry("bombardment", "194"), Map.entry("airstrike", "195"),
            Map.entry("strike", "195"), Map.entry("bombing", "183"), Map.entry("explosion", "183"),
            Map.entry("blast", "183"), Map.entry("protest", "141"), Map.entry("demonstration", "141"),
            Map.entry("riot", "145"), Map.entry("alert", "150"), Map.entry("withdrawal", "0874"), Map.entry("retreat", "0874"),
            Map.entry("pullout", "0874"), Map.entry("takeover", "192"), Map.entry("capture", "192"),
            Map.entry("seizure", "192"), Map.entry("kidnapping", "181"), Map.entry("abduction", "181"),
            Map.entry("massacre", "202"), Map.entry("siege", "191"), Map.entry("blockade", "191"),
            Map.entry("exercise", "150"), Map.entry("drill", "150"), Map.entry("maneuver", "150"),
            Map.entry("manoeuvre", "150"), Map.entry("wargame", "150"), Map.entry("warfare", "190"),
            Map.entry("killing", "1823"));
    /** Military exercises are a show of force on one's own (150) and military cooperation when joint (062). */
    private static final Set<String> EXERCISES = Set.of("exercise", "drill", "maneuver", "manoeuvre", "wargame");


    private final VerbDictionary verbs;
    private final Discards discards;
    private final PatternMatcher matcher;
    private final CodingOptions options;
    private final org.sitrep.dict.WordClasses classes;
    private final EventWorthiness worth;

    Coder(VerbDictionary verbs, Discards discards, org.sitrep.dict.WordClasses words, CodingOptions options) {
        this.verbs = verbs;
        this.discards = discards;
        this.matcher = new PatternMatcher(verbs, options.patternLemmas());
        this.options = options;
        this.classes = words;
        this.worth = new EventWorthiness(words);
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
                } else if (t.isNoun() && (isEventNoun(t) || warGame(v.graph, t.index()))) {
                    codeNominal(v, t.index(), out);
                } else if (t.isNoun() && DONORS.contains(t.lemma())) {
                    codeDonor(v, t.index(), out);
                }
                for (int k = n; k < out.size(); k++) {
                    triggers.put(out.get(k), t.index());
                }
            }
            if (options.transformations()) {
                transform(v, out.subList(before, out.size()), triggers);
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
            if (t1 == null || said.source() == null || !SpeechVerbs.isSpeech(v.sentence.token(t1).lemma())) {
                continue;
            }
            for (EventRecord act : events) {
                Integer t2 = triggers.get(act);
                if (t2 == null || t2.equals(t1) || !reportedBy(v.graph, t1, t2) || act.source() == null
                        || !(act.root().equals("18") || act.root().equals("19") || act.root().equals("20"))) {
                    continue;
                }
                boolean own = act.source().id() != null && act.source().id().equals(said.source().id())
                        || saidOfItself(v, t1, t2); // "the protesters claimed that they had attacked ..."

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
            if (t1 == null || !"04".equals(meet.root()) && !SENDING.contains(g.token(t1).lemma())) {
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
                            || Targets.HELPING.contains(g.token(t2).lemma().toLowerCase(Locale.ROOT)));
                    t = toSender ? meet.target() : act.target();
                }
                if (src != act.source() || t != act.target()) {
                    replaced.add(act);
                    added.add(withTrigger(triggers, t2, new EventRecord(id(act.id(), act.cameo(), src == null ? null : src.id(),
                            t == null ? null : t.id()), act.doc(), act.date(),
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

    /** Nouns of documents that say or do what their authors say or do ("a report accusing ..."). */
    static final Set<String> DOCUMENTS = Set.of("report", "resolution", "statement", "letter", "communique",
            "communiqué", "declaration", "message", "motion", "petition", "document", "decree", "note", "memo");

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
                if (!DOCUMENTS.contains(g.token(doc).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (EventRecord act : events) {
                    Integer t2 = triggers.get(act);
                    if (t2 != null && act != said && act.root() != null && !act.root().equals("01")
                            && actOfDocument(g, t2) == doc) {
                        published.add(said);
                    }
                }
            }
        }
        events.removeIf(e -> published.stream().anyMatch(p -> p == e));
    }

    /** The document whose act a verb is ("a report accusing", "a resolution criticizing ... and calling"), or -1. */
    private static int actOfDocument(DepGraph g, int verb) {
        int h = verb;
        for (int steps = 0; steps < 4 && g.head(h) >= 0; steps++) {
            String rel = g.rel(h);
            if (rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.equals("dep") && g.token(h).pos().equals("VBG")) {
                int doc = g.head(h);
                return DOCUMENTS.contains(g.token(doc).lemma().toLowerCase(Locale.ROOT)) ? doc : -1;
            }
            if (!rel.startsWith("conj")) {
                return -1;
            }
            h = g.head(h);
        }
        return -1;
    }

    /** What one calls someone up to do: words, not deeds ("called him to congratulate him"). */
    private static final Set<String> COURTESY = Set.of("apologize", "apologise", "congratulate", "thank", "discuss",
            "assure", "reassure", "express", "offer", "convey", "inform", "brief", "console", "condole", "invite",
            "welcome", "wish", "greet", "praise");

    /**
     * "X called Y to apologize": a telephone call whose purpose is a courtesy, not an appeal to Y to act
     * ("called Y to resign" and "called on Y to" stay appeals).
     */
    static boolean phoneCall(DepGraph g, int verb) {
        if (!g.token(verb).lemma().equals("call") || g.child(verb, "obj") < 0
                || verb + 1 < g.size() && Set.of("on", "upon", "for").contains(g.token(verb + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int c : g.basicChildren(verb)) {
            if (purposeClause(g, c) && COURTESY.contains(g.token(c).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Words that insult whom they are said of: "called him a liar", "called the minister nasty". */
    private static final Set<String> INSULTS = Set.of("stupid", "nasty", "idiot", "fool", "foolish", "liar", "thug",
            "criminal", "terrorist", "dictator", "traitor", "racist", "corrupt", "incompetent", "disgrace",
            "disgraceful", "shameful", "ridiculous", "absurd", "outrageous", "hypocrite", "hypocritical", "coward",
            "puppet", "clown", "crook", "evil", "murderer", "butcher", "tyrant", "loser", "moron", "dumb", "pathetic",
            "lunatic", "madman", "fascist", "nazi", "bully", "illegitimate", "illegal");

    /**
     * What a verb of calling names someone ("called the ambassador a stupid guy": "guy"; "called the
     * minister nasty": "nasty"): a second object or a predicate with no "to"; -1 when it names no one so.
     */
    private static int nameCalled(DepGraph g, int verb) {
        if (!g.token(verb).lemma().equals("call")) {
            return -1;
        }
        List<Integer> objects = g.children(verb, "obj");
        if (objects.size() >= 2) {
            int second = objects.get(objects.size() - 1);
            int named = g.child(second, "amod");
            return named >= 0 && INSULTS.contains(g.token(named).lemma().toLowerCase(Locale.ROOT)) ? named : second;
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

    /** Verbs of sending someone somewhere to do something: what they are sent for is the sender's act. */
    static final Set<String> SENDING = Set.of("send", "dispatch", "deploy");

    /** Whether the act's subject is a pronoun standing for the speaker of the verb of saying that reports it. */
    static boolean saidOfItself(SentenceView v, int speech, int act) {
        List<Integer> subjects = subjects(v, act);
        if (subjects.size() != 1) {
            return false;
        }
        int speaker = speakerOfPronoun(v, act, subjects.get(0));
        return speaker >= 0 && v.graph.head(speaker) == speech;
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
        return new EventRecord(id(e.id(), code, target == null ? null : target.id()), e.doc(), e.date(), e.datePrecision(),
                e.dateBasis(), code, CameoTypes.plover(code), CameoTypes.acled(code,
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
                || rel.equals("acl") && !(tok.pos().equals("VBG") && predicateSubjects(g, g.head(i)).size() > 0)
                        && !(options.namedUnknowns() && actOfDocument(g, i) >= 0) && !predicateMisread(g, i)
                || rel.equals("amod")) {
            // auxiliaries, and participles that describe a noun ("forces defending the government"); but
            // what the noun a subject is said to be does, the subject does ("X is the largest donor, providing
            // ..."), and what a document does, its author does ("a statement condemning the attack")
            return;
        }
        if (tok.pos().equals("VBG") && (g.child(i, "case") >= 0 && !transitiveGerund(g, i) || rel.startsWith("nsubj")
                || rel.equals("obj"))) {
            if (isEventNoun(tok)) {
                codeNominal(v, i, out); // "in fighting inside the city": a gerund used as a noun
            }
            return;
        }
        if (CONTROL.contains(tok.lemma()) && hasVerbalComplement(g, i) && !requestObject(g, i) && !thingOffered(v, i)) {
            return; // "managed to penetrate", "decided to withdraw": the complement carries the event
        }
        if (hearsay(g, i) && !options.hearsayAsStatement()) {
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
        List<Integer> subjects = subjects(v, i);
        if (OCCURRENCE.contains(tok.lemma()) && subjects.stream().anyMatch(x -> isEventNoun(s.token(x)))) {
            return; // "fighting continued in Hama": the noun is the event, coded with this verb's place
        }
        if (EXECUTION.contains(tok.lemma()) && objectIsEventNoun(v, i)) {
            return; // "stepped up attacks", "intensified its bombardment": the noun is the event
        }
        boolean passive = isPassive(g, i);
        boolean guessed = false;
        if (subjects.isEmpty() && !passive) {
            int left = subjectLeftOf(v, firstConjunct(g, i));
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
        for (VerbEntry e : candidates) {
            if (e.before().size() + e.after().size() < words) {
                break; // a longer verb phrase ("take place") rules out the single verb
            }
            for (VerbPattern p : e.block().patterns()) {
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
        if (nominal < 0 && AID_AMOUNT.contains(tok.lemma()) && !isPassive(g, i)
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
                && options.futureCodes() && RETURNING.contains(tok.lemma()) && thingReturned(v, i) >= 0) {
            // "returned a stolen painting to its owner", "returned to Peru eight artifacts": a thing
            // given back is property returned, whoever it goes to
            fallback = new VerbCode("0842", null);
        }
        boolean phone = options.namedUnknowns() && phoneCall(g, i);
        final PatternMatcher.Result hit = phone ? null : found;
        VerbCode code = hit != null ? hit.pattern().code() : fallback != null ? fallback : VerbCode.NULL;
        if (phone) {
            code = new VerbCode("041", null); // "called Erdogan to apologize": a telephone call, for what it was for
        }
        int epithet = options.namedUnknowns() && hit == null ? nameCalled(g, i) : -1;
        if (epithet >= 0) {
            // "called the ambassador a stupid guy", "called the minister nasty": naming someone, no telephone
            // call; an insult is a denunciation, anything else a comment
            code = new VerbCode(INSULTS.contains(g.token(epithet).lemma().toLowerCase(Locale.ROOT)) ? "111" : "010", null);
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
                && (SpeechVerbs.isSpeech(tok.lemma()) && code.primary().startsWith("01") || code.primary().equals("010"))) {
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
                && AGREEING.contains(tok.lemma()) && agreesThat(g, i)) {
            code = new VerbCode("019", null); // "agreed with the Senate that ... should": accord on a view
        }
        int protest = -1;
        if (options.namedUnknowns() && code.primary() != null && code.primary().startsWith("02")) {
            protest = protestCalledFor(g, i); // coded as the callers' protest once they are known
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
        if (SpeechVerbs.isSpeech(tok.lemma()) && !subjects.isEmpty() && plausibleSpeaker(v, subjects.get(0))) {
            c.speaker = speakerText(v, subjects.get(0)); // who makes a statement is its speaker
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
        int doc = options.namedUnknowns() ? actOfDocument(g, i) : -1;
        if (sources.isEmpty() && doc >= 0) {
            // "put out a report accusing the army": the report's author accuses
            int poss = g.child(doc, "nmod:poss");
            if (poss >= 0) {
                sources.addAll(v.actorsOfPhrase(poss));
            } else if (g.rel(doc).equals("obj") && g.head(doc) >= 0) {
                for (int subj : subjects(v, g.head(doc))) {
                    sources.addAll(v.actorsOfPhrase(subj));
                    if (sources.isEmpty()) {
                        ActorMention named = unknownName(v, subj);
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
                if (agentless && EXPELLING.contains(tok.lemma())) {
                    // "inspectors have been expelled from North Korea": the country they were put out of
                    for (int a : g.children(i, "obl:from")) {
                        sources.addAll(v.actorsOfPhrase(a));
                    }
                }
            } else {
                for (int subj : subjects) {
                    for (ActorMention m : v.actorsOfPhrase(subj)) {
                        if (sources.stream().noneMatch(x -> SentenceView.same(x, m))) {
                            sources.add(m);
                        }
                    }
                }
            }
            if (sources.isEmpty() && options.newActorLength() > 0 && !subjects.isEmpty()) {
                ActorMention made = newActor(v, subjects.get(0));
                if (made != null) {
                    sources.add(made);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && !subjects.isEmpty()) {
                ActorMention named = unknownName(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && !subjectActs) {
                // "was returned to Egypt by ICE officials": an agent no dictionary knows, by its words
                for (int a : g.children(i, "obl:agent")) {
                    ActorMention named = unknownName(v, a);
                    if (named == null && hit != null) {
                        named = phraseMention(v, a);
                    }
                    if (named != null) {
                        sources.add(named);
                    }
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && hit != null && subjects.size() == 1
                    && !SpeechVerbs.isSpeech(tok.lemma()) && !s.token(subjects.get(0)).pos().startsWith("PRP")
                    && !isEventNoun(s.token(subjects.get(0))) && hit.pattern().before().stream()
                            .noneMatch(e -> e.kind() == VerbPattern.Kind.WORD || e.kind() == VerbPattern.Kind.SYNSET)) {
                // "Musicians have lifted a boycott": a pattern names the act; whoever did it, by their words
                // (but "talks would resume", "- TALKS *": what the pattern names before the verb is no one)
                ActorMention named = phraseMention(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && subjects.size() == 1
                    && isVerbal(code.primary()) && bodyOrOffice(v, subjects.get(0)) && !attribution(g, i)) {
                // "The agency said it is skeptical": a body no dictionary knows, by its words
                ActorMention named = phraseMention(v, subjects.get(0));
                if (named != null) {
                    sources.add(named);
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && g.head(i) >= 0
                    && SENDING.contains(s.token(g.head(i)).lemma()) && purposeClause(g, i)) {
                // "France sent experts to investigate": those sent act for the one who sent them
                for (int subj : subjects(v, g.head(i))) {
                    sources.addAll(v.actorsOfPhrase(subj));
                }
            }
            if (sources.isEmpty() && options.worthiness() && passive && isMaterialConflict(code.primary())) {
                // "killed by Pakistani shelling", "killed in an Israeli raid": who used the means used it
                for (org.sitrep.nlp.Dependency d : g.children(i)) {
                    ActorMention user = d.rel().startsWith("obl") ? meansActor(v, d.dependent()) : null;
                    if (user != null && sources.isEmpty()) {
                        sources.add(user);
                    }
                }
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjectActs && subjects.size() == 1) {
                // "The ELN has said it will release ...": the pronoun is the speaker
                int speaker = speakerOfPronoun(v, i, subjects.get(0));
                if (speaker >= 0) {
                    sources.addAll(v.actorsOfPhrase(speaker));
                    if (sources.isEmpty()) {
                        ActorMention named = unknownName(v, speaker);
                        if (named != null) {
                            sources.add(named);
                        }
                    }
                }
            }
        }
        if (targets.isEmpty()) {
            if (!subjectActs) {
                for (int subj : subjects) {
                    targets.addAll(v.actorsOfPhrase(subj));
                }
                if (targets.isEmpty() && options.namedUnknowns() && !subjects.isEmpty()) {
                    ActorMention unknown = phraseMention(v, subjects.get(0)); // "the journalist was arrested"
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
                    ActorMention made = firstNewActorAfter(v, after);
                    if (made != null) {
                        targets.add(made);
                    }
                }
            } else {
                boolean withdrawn = code.primary().startsWith("166") && WITHDRAWING.contains(tok.lemma().toLowerCase(Locale.ROOT));
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
                && SENDING.contains(s.token(g.head(i)).lemma()) && purposeClause(g, i)) {
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
                && Targets.AREA_MEASURES.contains(s.token(targets.get(0).head()).lemma().toLowerCase(Locale.ROOT)))
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
                        ActorMention unknown = phraseMention(v, d.dependent());
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
                        ActorMention unknown = targets.isEmpty() && options.namedUnknowns() ? phraseMention(v, d.dependent()) : null;
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
                if (!REQUESTS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (var d : g.children(o)) {
                    if (!d.rel().equals("ccomp") && !d.rel().equals("acl")) {
                        continue;
                    }
                    for (int x : g.children(d.dependent(), "nsubj")) {
                        ActorMention m = v.actorOfPhrase(x);
                        ActorMention made = m != null ? m : phraseMention(v, x);
                        if (made != null && sources.stream().noneMatch(src -> SentenceView.same(src, made))) {
                            targets.clear();
                            targets.add(made);
                        }
                    }
                }
            }
        }
        if (code.primary().startsWith("08") && targets.size() == 1 && "unknown".equals(targets.get(0).via())
                && REQUESTS.contains(s.token(targets.get(0).head()).lemma().toLowerCase(Locale.ROOT))) {
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
            boolean thingActs = sources.stream().anyMatch(m -> !agent(v, m) && !means(v, m));
            sources.removeIf(m -> !agent(v, m));
            if (sources.isEmpty() && passive && isMaterialConflict(code.primary())) {
                for (int a : g.children(i, "obl:agent")) {
                    thingActs |= thing(v, a);
                }
                for (int a : g.children(i, "obl:by")) {
                    thingActs |= thing(v, a);
                }
            }
            if (thingActs && sources.isEmpty() && isMaterialConflict(code.primary())) {
                // "hard hit by Japanese trade", "the crisis crushed the market": no violence when a thing does it
                trace("    no event: a thing does " + code.primary());
                return;
            }
            if (targets.removeIf(m -> weapon(v, m)) && targets.isEmpty()) {
                ActorMention aimed = aimedAt(v, i); // "launched rockets at northern Israel": where they were aimed
                if (aimed != null && sources.stream().noneMatch(x -> SentenceView.same(x, aimed))) {
                    targets.add(aimed);
                }
            }
        }
        if (nominal >= 0 && sources.isEmpty()) {
            return; // what someone announced needs the one who announced it
        }
        boolean statement = SpeechVerbs.isSpeech(tok.lemma()) && code.primary().startsWith("01");
        if (sources.isEmpty() && (statement || !isMaterialConflict(code.primary()))
                && !(agentless && !subjectActs && !targets.isEmpty() && isMaterialAct(code.primary()))) {
            return; // but "the fishermen have been freed": a material act done to someone named, by someone unsaid
        }
        // a phrase no dictionary knows is no one acted on when it is a day ("on Sunday") or, but for what is said
        // of it ("claimed responsibility for the attack"), an act ("fighting")
        final boolean said = code.primary().startsWith("01");
        targets.removeIf(t -> t.actor().id() == null && t.actor().cameo() == null
                && ((inTime(s, t.head()) || org.sitrep.nlp.TimeCues.weekday(s.token(t.head()).word()))
                        && s.token(t.head()).isProperNoun() || !said && isEventNoun(s.token(t.head()))
                        || timeOrAmount(g, t.head())));
        final String coded = code.primary();
        if (options.worthiness() && !targets.isEmpty() && targets.stream().noneMatch(t -> takes(v, coded, t))) {
            trace("    no event: " + code.primary() + " is not done to " + targets.get(0).text());
            return; // "released lists of questions", "gave a speech": the verb in a sense the dictionary lacks
        }
        if (options.worthiness() && code.primary().startsWith("192") && !targets.isEmpty()
                && targets.stream().noneMatch(t -> someone(v, t) || territory(v, t))) {
            // "captured armoured vehicles and tankers": property seized, no territory taken
            code = new VerbCode("171", null);
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
                            emit(v, i, primary, a, b, where, c, conf, out);
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
                        emit(v, i, primary, a, b, where, c, conf, out);
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
                emit(v, i, primary, src, tgt, where, c, conf, out);
                if (code.secondary() != null && src != null && tgt != null && !"unknown".equals(tgt.via())) {
                    String second = c.future && options.futureCodes() ? CameoTypes.futureCode(code.secondary()) : code.secondary();
                    emit(v, i, second, tgt, src, where, c, conf - 0.1, out);
                }
            }
        }
    }

    /** One record per pair of codes, a code such as "FRO/BIL/SAM" standing for several actors. */
    private void emit(SentenceView v, int trigger, String cameo, ActorMention src, ActorMention tgt, EventPlaces.Placed where,
                      Clauses.Clause c, double conf, List<EventRecord> out) {
        for (EventRecord.Participant s : alternatives(src)) {
            for (EventRecord.Participant t : alternatives(tgt)) {
                out.add(record(v, trigger, cameo, s, t, where, c, conf));
            }
        }
    }

    private static List<EventRecord.Participant> alternatives(ActorMention m) {
        if (m == null) {
            return java.util.Collections.singletonList(null);
        }
        String code = m.actor().cameo();
        if (code == null || code.indexOf('/') < 0) {
            return List.of(participant(m));
        }
        List<EventRecord.Participant> out = new ArrayList<>();
        for (String alt : code.split("/")) {
            out.add(new EventRecord.Participant(m.text(), m.actor().id(), alt, Actor.kindOf(alt)));
        }
        return out;
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
                if (e.kind() == VerbPattern.Kind.WORD && NEGATION_WORDS.contains(e.value())) {
                    return true;
                }
                if (e.kind() == VerbPattern.Kind.SYNSET && verbs.synset(e.value()) != null) {
                    for (List<String> phrase : verbs.synset(e.value()).phrases()) {
                        if (phrase.stream().anyMatch(NEGATION_WORDS::contains)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> NEGATION_WORDS = Set.of("NOT", "N'T", "NEVER", "NO");

    private static boolean objectIsEventNoun(SentenceView v, int i) {
        for (int o : v.graph.children(i, "obj")) {
            Token t = v.sentence.token(o);
            if (isEventNoun(t) && !EXERCISES.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    static boolean isEventNoun(Token t) {
        return nominalCode(t) != null;
    }

    /** The code of an event noun: "fighting", "clashes", and compounds such as "cyber-attacks", "air-strikes". */
    static String nominalCode(Token t) {
        return nominalCode(t.lemma(), t.word());
    }

    /** The code of an event noun by its lemma and its word as written (see {@link #nominalCode(Token)}). */
    static String nominalCode(String lemma, String word) {
        String code = NOMINAL.get(lemma);
        if (code == null) {
            code = NOMINAL.get(word.toLowerCase(Locale.ROOT));
        }
        int dash = lemma.lastIndexOf('-');
        if (code == null && dash > 0 && dash < lemma.length() - 1) {
            code = NOMINAL.get(lemma.substring(dash + 1));
        }
        return code;
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

    /** Verbs of giving back. */
    private static final Set<String> RETURNING = Set.of("return", "repatriate", "restitute");
    /** Objects of "return" that are no thing given back: "returned the favour", "returned a verdict". */
    private static final Set<String> NOT_RETURNED = Set.of("favor", "favour", "call", "compliment", "verdict",
            "fire", "home", "serve", "ball", "power", "visit", "gaze", "smile", "greeting", "salute", "result",
            "profit", "loss", "yield", "normal", "normalcy", "normality", "office", "seat", "majority", "number");

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
            if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !NOT_RETURNED.contains(t.lemma())
                    && v.actorAt(o) == null && !isEventNoun(t)) {
                return o;
            }
        }
        return -1;
    }

    /** Verbs that, with an amount of money in their object, give it: "announced $5 million in aid". */
    private static final Set<String> AID_AMOUNT = Set.of("announce", "unveil", "approve", "provide", "give",
            "donate", "contribute", "allocate", "disburse", "earmark", "release", "grant", "commit");
    private static final Set<String> CURRENCIES = Set.of("$", "€", "£", "¥", "us$", "dollar", "euro", "pound",
            "yen", "franc", "yuan", "rupee", "krone", "kroner", "dinar", "riyal");
    /** The verb whose patterns read what is given ("provide"). */
    private static final String GIVING = "provide";

    /** Whether the words after a verb hold an amount of money ("$46 million", "€60 million", "2 billion euros"). */
    private static boolean amountIn(SentenceView v, List<Integer> tokens) {
        for (int k : tokens) {
            Token t = v.sentence.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("$") || CURRENCIES.contains(w) || CURRENCIES.contains(t.lemma())) {
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

    /** Verbs that make public or order what a noun of action names: "announced a suspension of aid". */

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

    private static boolean isPassive(DepGraph g, int i) {
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

    /** Verbs that, passive with a verbal complement, pass on hearsay: "is said to", "are believed to". */
    private static final Set<String> HEARSAY = Set.of("say", "report", "believe", "think", "allege", "rumour",
            "rumor", "understand", "suspect", "claim");

    /** "X is said to V", "are reported to have V-ed": a passive verb of saying or belief with a verbal complement. */
    static boolean hearsay(DepGraph g, int i) {
        return HEARSAY.contains(g.token(i).lemma()) && isPassive(g, i) && hasVerbalComplement(g, i);
    }

    /** Nouns of asking: the "to" clause the parser hangs on the verb beside them is what they ask for. */
    private static final Set<String> REQUESTS = Set.of("request", "demand", "call", "appeal", "plea", "invitation",
            "offer", "proposal", "bid");

    /** Who made a request, demand or offer ("the demands of the truck drivers", "by protesters"); null when unsaid. */
    private static ActorMention askerOf(SentenceView v, int request) {
        for (var d : v.graph.children(request)) {
            if (d.rel().equals("nmod:of") || d.rel().equals("nmod:by") || d.rel().equals("nmod:from")
                    || d.rel().startsWith("nmod:poss")) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                return m != null ? m : phraseMention(v, d.dependent());
            }
        }
        return null;
    }

    /** Whether the verb's object is a request, to which a following "to" clause belongs ("refused a request to visit"). */
    static boolean requestObject(DepGraph g, int i) {
        int o = g.child(i, "obj");
        return o >= 0 && REQUESTS.contains(g.token(o).lemma());
    }

    /** Verbs of putting people out of a country, which acts when no one else is named. */
    private static final Set<String> EXPELLING = Set.of("expel", "deport");

    /** Verbs of deciding, whose "to" clause is what was decided. */
    private static final Set<String> DECIDING = Set.of("decide", "resolve", "choose", "opt");

    /**
     * Whether the verb's object is a thing, given or promised, whose purpose its "to" clause tells ("offered
     * military assistance to Turkey to assist ..."): then the verb is the act, not the clause (but "wants
     * the government to resign": an actor asked to act).
     */
    private static boolean thingOffered(SentenceView v, int i) {
        DepGraph g = v.graph;
        int o = g.child(i, "obj");
        return o >= 0 && g.token(o).isNoun() && !isEventNoun(g.token(o)) && v.actorAt(o) == null
                && g.children(i, "xcomp").stream().allMatch(x -> x > o);
    }

    private static boolean hasVerbalComplement(DepGraph g, int i) {
        for (int x : g.children(i, "xcomp")) {
            if (g.token(x).isVerb()) {
                return true;
            }
        }
        // "decided on Thursday to ease": a phrase of time between a verb of deciding and its complement
        // can make the parser hang the infinitive on it as a clause of purpose; with no object of its
        // own, the verb's "to" clause is still its complement
        if (!DECIDING.contains(g.token(i).lemma()) || g.child(i, "obj") >= 0) {
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
     * The verb's subjects: its own (enhanced graph: also those of controlled verbs), else those of
     * the verb it is coordinated with or that controls it, else the noun it modifies.
     */
    static List<Integer> subjects(SentenceView v, int i) {
        DepGraph g = v.graph;
        List<Integer> out = new ArrayList<>();
        for (var d : g.children(i)) {
            String r = d.rel();
            if ((r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("nsubj:pass") || r.equals("nsubj:pass:xsubj"))
                    && !inTime(v.sentence, d.dependent())) {
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
            // ", killing five civilians": a participle of result, also when the parser leaves it a bare "dep"
            if (rel.startsWith("conj") || rel.equals("xcomp") || rel.startsWith("advcl") && (infinitive(g, h) || g.token(h).pos().equals("VBG"))
                    || rel.equals("dep") && g.token(h).pos().equals("VBG") && g.token(up).pos().startsWith("VB")
                    && !SpeechVerbs.isSpeech(g.token(up).lemma())) {
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
                List<Integer> said = predicateSubjects(g, up);
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

    /**
     * A noun phrase no dictionary knows, coded by its own words when short enough: "Gryffindor's head
     * Minerva McGonagall" → "GRYFFINDOR HEAD MINERVA MCGONAGALL" (possessive marks and punctuation left out).
     */
    private ActorMention newActor(SentenceView v, int head) {
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
        if (words.isEmpty() || words.size() > options.newActorLength()) {
            return null;
        }
        String code = "\"" + String.join(" ", words) + "\"";
        org.sitrep.nlp.TokenSpan span = new org.sitrep.nlp.TokenSpan(v.sentence.index(), from, to + 1);
        return new ActorMention(span, head, v.sentence.token(from).start(), v.sentence.token(to).end(),
                v.sentence.span(from, to + 1), new Actor(null, code, null, null), "new");
    }

    /**
     * Whether a mention can be one who acts: an actor a dictionary knows, a proper name, or a phrase
     * headed by a noun of people or groups (&AGENT_NOUNS); not a thing, a weapon, an aim or a date.
     */
    private boolean agent(SentenceView v, ActorMention m) {
        if (m.actor().cameo() != null || m.actor().id() != null) {
            return true; // "Turkish warplanes": the dictionaries make them the force that flies them
        }
        Token h = v.sentence.token(m.head());
        if (h.pos().startsWith("PRP")) {
            return false; // a pronoun no one was found for
        }
        if (h.isProperNoun() || acronym(h)) {
            return true;
        }
        return classes.has("AGENT_NOUNS", h.lemma()) || classes.has("AGENT_NOUNS", h.word());
    }

    /**
     * Whether the act a code names can be done to the target: acts on people need someone
     * (&CODES_TAKING_PEOPLE), acts on people or places need someone or somewhere
     * (&CODES_TAKING_SOMEONE_OR_SOMEWHERE); other codes take anything.
     */
    private boolean takes(SentenceView v, String code, ActorMention target) {
        boolean people = false;
        boolean someoneOrSomewhere = false;
        for (int n = code.length(); n >= 2; n--) {
            String prefix = code.substring(0, n);
            people |= classes.has("CODES_TAKING_PEOPLE", prefix);
            someoneOrSomewhere |= classes.has("CODES_TAKING_SOMEONE_OR_SOMEWHERE", prefix);
        }
        if (!people && !someoneOrSomewhere) {
            return true;
        }
        if (someone(v, target)) {
            return true;
        }
        return !people && somewhere(v, target);
    }

    /** Whether a mention names someone: an actor, a person by name or pronoun, or a noun of people or groups. */
    private boolean someone(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return agent(v, m) || h.pos().startsWith("PRP");
    }

    /**
     * Whether a mention names somewhere: a place name, a settlement, a facility or a vehicle, at its
     * head or in its phrase ("parts of the capital").
     */
    private boolean somewhere(SentenceView v, ActorMention m) {
        for (int k = m.span().startToken(); k < m.span().endToken(); k++) {
            Token t = v.sentence.token(k);
            if (v.placeAt(k) != null) {
                return true;
            }
            for (String w : List.of(t.lemma(), t.word())) {
                if (classes.has("FACILITIES", w) || classes.has("PLATFORMS", w) || classes.has("SETTLEMENT_NOUNS", w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the phrase headed at {@code head} names a thing: no actor, person, group, weapon or act of violence. */
    private boolean thing(SentenceView v, int head) {
        Token h = v.sentence.token(head);
        if (!h.isNoun() || h.isProperNoun() || v.actorOfPhrase(head) != null || v.placeAt(head) != null) {
            return false;
        }
        ActorMention m = phraseMention(v, head);
        return m != null && !agent(v, m) && !means(v, m);
    }

    /** Whether a mention names territory: a place name, a settlement or a facility in its phrase (not a vehicle). */
    private boolean territory(SentenceView v, ActorMention m) {
        for (int k = m.span().startToken(); k < m.span().endToken(); k++) {
            Token t = v.sentence.token(k);
            if (v.placeAt(k) != null || classes.has("FACILITIES", t.lemma()) || classes.has("SETTLEMENT_NOUNS", t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention names a means of violence: a weapon, a vehicle of war, an act ("the strikes killed"). */
    private boolean means(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return weapon(v, m) || platform(v, m) || isEventNoun(h)
                || classes.has("VIOLENT_HAPPENINGS", h.lemma()) || classes.has("VIOLENT_HAPPENINGS", h.word());
    }

    /** Whether a mention's head is a weapon ("rounds of rockets", "a Mi-35 helicopter"). */
    private boolean weapon(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return classes.has("WEAPONS", h.lemma()) || classes.has("WEAPONS", h.word());
    }

    /** Whether a mention's head is a vehicle that carries weapons or people ("a Mi-35 helicopter", "the ship"). */
    private boolean platform(SentenceView v, ActorMention m) {
        Token h = v.sentence.token(m.head());
        return classes.has("PLATFORMS", h.lemma()) || classes.has("PLATFORMS", h.word());
    }

    /** The actor or place a weapon was aimed at: after "at", "on", "against", "into" or "toward" on the verb. */
    private ActorMention aimedAt(SentenceView v, int verb) {
        for (org.sitrep.nlp.Dependency d : v.graph.children(verb)) {
            if (d.rel().startsWith("obl:") && Set.of("at", "on", "against", "into", "toward", "towards").contains(d.subtype())) {
                ActorMention m = v.actorOfPhrase(d.dependent());
                if (m != null && !weapon(v, m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Relations by which a noun of an act or a weapon names whose it is: "Israeli raid", "Russia's missiles". */
    private static final Set<String> OWNER_RELS = Set.of("amod", "compound", "nmod:poss", "dep", "nmod:by", "nmod:of");

    /**
     * The side a means of violence belongs to: the actor that modifies a noun of an act of violence
     * or of a weapon ("an Israeli raid", "Pakistani shelling", "a Russian missile"); null when none does.
     */
    private ActorMention meansActor(SentenceView v, int noun) {
        Token t = v.sentence.token(noun);
        boolean means = isEventNoun(t) || t.pos().equals("VBG") && nominalCode(t) != null
                || classes.has("WEAPONS", t.lemma()) || classes.has("WEAPONS", t.word())
                || classes.has("PLATFORMS", t.lemma()) || classes.has("PLATFORMS", t.word());
        if (!means) {
            return null;
        }
        for (org.sitrep.nlp.Dependency d : v.graph.children(noun)) {
            if (!OWNER_RELS.contains(d.rel())) {
                continue;
            }
            ActorMention m = v.actorAt(d.dependent());
            if (m != null && m.actor().cameo() != null) {
                return m;
            }
        }
        return null;
    }

    /** A proper name no dictionary knows: the actor as written, with no code. */
    private static ActorMention unknownName(SentenceView v, int head) {
        Token h = v.sentence.token(head);
        if (!(h.isProperNoun() || acronym(h)) || v.placeAt(head) != null && v.placeAt(head).use() != org.sitrep.geo.ToponymUse.NON_TOPONYM) {
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
    private static boolean acronym(Token t) {
        String w = t.word();
        return t.isNoun() && w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(Character::isUpperCase);
    }

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "he", "she", "we");

    /**
     * The subject of the verb of saying whose reported clause a verb stands in, when the verb's
     * subject is a pronoun no mention resolves ("The ELN said it will release ..."), or -1.
     */
    private static int speakerOfPronoun(SentenceView v, int verb, int subject) {
        DepGraph g = v.graph;
        if (!g.token(subject).pos().equals("PRP")
                || !SPEAKER_PRONOUNS.contains(g.token(subject).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int h = verb;
        for (int steps = 0; steps < 4; steps++) {
            int up = g.head(h);
            String rel = g.rel(h);
            if (up < 0) {
                return -1;
            }
            if (rel.equals("ccomp") && SpeechVerbs.isSpeech(g.token(up).lemma())) {
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
                    && OBLIGATION.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
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

    private static final Set<String> AGREEING = Set.of("agree", "concur");

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

    private static final Set<String> PESSIMISM = Set.of("pessimistic", "skeptical", "sceptical", "doubtful",
            "gloomy", "worried", "concerned", "wary", "fearful", "alarmed", "troubled");
    private static final Set<String> OPTIMISM = Set.of("optimistic", "hopeful", "confident", "upbeat", "positive");

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
                    && NEGATIONS.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
                return null; // "not optimistic": leave it a plain statement
            }
            if (PESSIMISM.contains(word)) {
                return "012";
            }
            if (OPTIMISM.contains(word)) {
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
        candidates.addAll(smallClauseObjects(g, i));
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
            if (CLAIMS.contains(g.token(o).lemma().toLowerCase(Locale.ROOT))) {
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
            ActorMention m = phraseMention(v, c);
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
            if (!t.isNoun() || isEventNoun(t) || inTime(v.sentence, o) || v.actorOfPhrase(o) != null
                    || v.placeAt(o) != null || hit != null && namesWord(hit.pattern(), t)) {
                continue;
            }
            return options.namedUnknowns() ? phraseMention(v, o) : null;
        }
        return null;
    }

    /** Nouns of what one side says against another: denied or rejected, they point to whoever said them. */
    private static final Set<String> CLAIMS = Set.of("accusation", "charge", "allegation", "claim", "assertion");

    /** Nouns of spans of time, a phrase headed by which is when, not who: "at the same time", "for a third time". */
    private static final Set<String> TIME_NOUNS = Set.of("time", "day", "week", "month", "year", "hour", "minute",
            "decade", "moment", "period");

    /** Whether a phrase is a time ("the same time", but not "the future of X") or an amount of money ("$162 billion"). */
    private static boolean timeOrAmount(DepGraph g, int head) {
        Token t = g.token(head);
        return TIME_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !Targets.owned(g, head) || t.pos().equals("$");
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
     * A noun phrase as a participant no dictionary knows: its head noun with what depends on it,
     * but not its clauses, appositions, coordinated phrases or dates; {@code null} for a phrase
     * that is a date, a pronoun or no noun.
     */
    static ActorMention phraseMention(SentenceView v, int head) {
        Sentence s = v.sentence;
        Token h = s.token(head);
        boolean owned = Targets.owned(v.graph, head); // "the future of the economy": no date
        boolean partOf = h.pos().equals("CD") && !v.graph.children(head, "nmod:of").isEmpty(); // "four of the states"
        if (!h.isNoun() && !partOf || inTime(s, head) && !owned) {
            return null;
        }
        BitSet phrase = v.graph.subtree(head, PHRASE_CUT);
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

    /** Verbs and nouns of public protest, and verbs of taking part in one. */
    private static final Set<String> PROTEST_VERBS = Set.of("protest", "demonstrate", "rally", "march", "mobilize",
            "mobilise");
    private static final Set<String> PROTEST_NOUNS = Set.of("protest", "demonstration", "rally", "march",
            "mobilization", "mobilisation", "sit-in", "vigil");
    private static final Set<String> JOINING = Set.of("join", "attend", "hold", "stage", "organize", "organise");

    /**
     * The protest an appeal calls for ("called on supporters to join a rally against ...", "called for
     * Egyptians to join Friday's mobilization", "called for protests against ..."), which, as CAMEO
     * codes a strike called, is the callers' own act of protest; -1 when the appeal is for something else.
     */
    private static int protestCalledFor(DepGraph g, int appeal) {
        List<Integer> acts = new ArrayList<>();
        for (int c : g.basicChildren(appeal)) {
            String r = g.rel(c);
            if (r.equals("xcomp") || r.startsWith("advcl") || r.equals("ccomp")) {
                acts.add(c);
            } else if (r.startsWith("obl")) {
                if (g.rel(c).equals("obl:for") && PROTEST_NOUNS.contains(g.token(c).lemma().toLowerCase(Locale.ROOT))) {
                    return c; // "called for protests against the decree"
                }
                acts.addAll(g.children(c, "acl")); // "called for Egyptians to join ..."
            }
        }
        for (int x : acts) {
            String l = g.token(x).lemma().toLowerCase(Locale.ROOT);
            if (PROTEST_VERBS.contains(l) && g.token(x).isVerb()) {
                return x;
            }
            if (JOINING.contains(l)) {
                for (int o : g.basicChildren(x)) {
                    if ((g.rel(o).equals("obj") || g.rel(o).startsWith("obl"))
                            && PROTEST_NOUNS.contains(g.token(o).lemma().toLowerCase(Locale.ROOT))) {
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
                    return m != null ? m : phraseMention(v, d.dependent());
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

    private ActorMention firstNewActorAfter(SentenceView v, List<PatternMatcher.Tok> after) {
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
                return newActor(v, h);
            }
        }
        return null;
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
                || CONTROL.contains(v.sentence.token(up).lemma())) {
            return false;
        }
        for (VerbEntry e : entriesFor(v, up)) {
            if (e.code().primary() != null && e.code().primary().startsWith(code.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** An infinitive clause ("about to restore"): no subordinator but "to". */
    private static boolean infinitive(DepGraph g, int verb) {
        List<Integer> marks = g.children(verb, "mark");
        // "in order to complain", "on Thursday to complain" (a day parsed as the subject): a "to" makes it one
        return marks.isEmpty() || marks.stream().anyMatch(m -> g.token(m).lemma().equals("to"));
    }

    /** The first of a chain of coordinated verbs ("withdrawn" for "taken" in "have withdrawn and taken"). */
    private static int firstConjunct(DepGraph g, int i) {
        int h = i;
        for (int steps = 0; steps < 6 && g.rel(h).startsWith("conj") && g.head(h) >= 0; steps++) {
            h = g.head(h);
        }
        return h;
    }

    /** Verbs that make their object what their subject is: "remains the largest donor", "became a supplier". */
    private static final Set<String> COPULAR = Set.of("remain", "become", "stay");

    /**
     * The subjects a noun is said of when it is a predicate: "X is the largest donor", "X remains one
     * of the donors", "X has become a supplier"; empty otherwise.
     */
    static List<Integer> predicateSubjects(DepGraph g, int noun) {
        if (noun < 0 || !g.token(noun).isNoun()) {
            return List.of();
        }
        int n = noun;
        if (g.rel(n).startsWith("nmod") && g.head(n) >= 0 && Set.of("one", "some", "among").contains(g.token(g.head(n)).lemma())) {
            n = g.head(n); // "one of the largest donors"
        }
        if (g.child(n, "cop") >= 0) {
            return plainSubjects(g, n);
        }
        if ((g.rel(n).equals("obj") || g.rel(n).equals("xcomp")) && g.head(n) >= 0
                && COPULAR.contains(g.token(g.head(n)).lemma())) {
            return plainSubjects(g, g.head(n));
        }
        return List.of();
    }

    /** The active subjects of a predicate ("nsubj" only, not the passive or controlled ones). */
    private static List<Integer> plainSubjects(DepGraph g, int predicate) {
        List<Integer> out = new ArrayList<>();
        for (var d : g.children(predicate)) {
            if (d.rel().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * When the graph gives a verb no subject (a misparse of a long sentence): the noun phrase that
     * ends right before the verb and its auxiliaries ("military units in Hama have withdrawn").
     */
    private static int subjectLeftOf(SentenceView v, int verb) {
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
            int modal = Clauses.semiModalStart(s, k);
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

    /** Verbs of taking a mission back ("withdrew peacekeepers from X"): whence is whom the withdrawal is from. */
    private static final Set<String> WITHDRAWING = Set.of("withdraw", "pull", "recall");

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
                m = phraseMention(v, c);
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
     * word of a phrasal verb of release parsed as a verb of its own ("let free the journalist", "set loose").
     */
    private static final Set<String> SET_LOOSE = Set.of("free", "go", "loose");

    private static List<Integer> smallClauseObjects(DepGraph g, int i) {
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
                    && SET_LOOSE.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
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
        for (int o : smallClauseObjects(g, i)) {
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
            if (d.rel().startsWith("obl:") && !TARGET_PREPS.contains(d.subtype()) && !isEventNoun(g.token(d.dependent()))) {
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
    private static boolean isPlaceOnly(SentenceView v, int token) {
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

    // ------------------------------------------------------------------ event nouns

    /** "war games": an exercise named in two words. */
    private static boolean warGame(DepGraph g, int n) {
        return g.token(n).lemma().equals("game") && g.children(n).stream()
                .anyMatch(d -> d.rel().equals("compound") && g.token(d.dependent()).lemma().equals("war"));
    }

    /** Whether a noun (lemma or word) may be coded with no verb of the dictionaries: war games, donors. */
    static boolean mayCodeNoun(String w) {
        String one = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        return w.equals("game") || one.equals("game") || DONORS.contains(w) || DONORS.contains(one);
    }

    /** Words that make a strike a stoppage of work, not an air strike: "general strike", "a two-day strike". */
    private static final Set<String> LABOUR_STRIKE = Set.of("general", "labor", "labour", "worker", "teacher",
            "union", "nationwide", "national", "wildcat", "miner", "doctor", "nurse", "transport", "student");

    /** A hunger strike (142) or a strike of workers (143); otherwise the code given (an air strike). */
    private static String strikeCode(DepGraph g, int n, String code) {
        if (g.hasChild(n, "compound", "hunger") || g.hasChild(n, "amod", "hunger")) {
            return "142";
        }
        for (var d : g.children(n)) {
            if (!(d.rel().equals("compound") || d.rel().equals("amod") || d.rel().startsWith("nmod:poss"))) {
                continue;
            }
            String l = g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (LABOUR_STRIKE.contains(l) || l.endsWith("-day") || l.endsWith("-hour") || l.endsWith("-week")) {
                return "143";
            }
        }
        return code;
    }

    /** Nouns that count what is done: "a new round of talks", "a series of exercises". */
    private static final Set<String> ROUNDS = Set.of("round", "series", "wave", "spate", "string", "set", "cycle");

    /** Who gives aid, said of a subject: "X is the largest donor", "X remains a major contributor". */
    private static final Set<String> DONORS = Set.of("donor", "contributor", "provider", "supplier", "benefactor");

    /**
     * A predicate noun of giving: "The United States remains the largest donor of humanitarian
     * assistance in Iraq" is the United States giving aid (070; 073 or 072 as the aid is named),
     * to whom the noun's "to", "in" or "for" names.
     */
    private void codeDonor(SentenceView v, int n, List<EventRecord> out) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        List<Integer> subjects = predicateSubjects(g, n);
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
        BitSet phrase = g.subtree(n, PHRASE_CUT);
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
        trace("s" + s.index() + " '" + s.token(n).word() + "' donor said of " + src.text() + " -> " + code);
        emit(v, n, code, src, target, where, c, 0.5 + (target != null ? 0.05 : 0), out);
    }

    private void codeNominal(SentenceView v, int n, List<EventRecord> out) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        String code = nominalCode(s.token(n));
        if (code == null && warGame(g, n)) {
            code = "150";
        }
        if ("killing".equals(s.token(n).lemma()) && (g.hasChild(n, "amod", "mass") || g.hasChild(n, "compound", "mass"))) {
            code = "202"; // mass killings
        }
        if ("strike".equals(s.token(n).lemma())) {
            code = strikeCode(g, n, code);
        }
        String rel = g.rel(n);
        int gov = g.head(n);
        if (rel.startsWith("nmod") && g.hasChild(n, "case", "of") && gov >= 0 && ROUNDS.contains(s.token(gov).lemma())) {
            rel = g.rel(gov); // "began a new round of joint exercises": the round is what was begun
            gov = g.head(gov);
        }
        boolean anchored = false;
        List<ActorMention> sources = new ArrayList<>();
        List<ActorMention> targets = new ArrayList<>();
        int clauseVerb = gov;
        if (gov >= 0 && rel.startsWith("nsubj") && OCCURRENCE.contains(s.token(gov).lemma())
                && !Clauses.hasNegation(g, gov)) {
            anchored = true; // "fighting continues", "clashes erupted", "fighting took place"
        } else if (gov >= 0 && rel.equals("nsubj:pass") && EXECUTION.contains(s.token(gov).lemma())) {
            // "the exercise was staged by X and Y"
            for (int a : g.children(gov, "obl:agent")) {
                sources.addAll(v.actorsOfPhrase(a));
            }
            anchored = !sources.isEmpty();
        } else if (gov >= 0 && g.hasChild(n, "case", "for") && s.token(gov).lemma().equals("responsible")) {
            // "X is responsible for mass killings", "the militias responsible for the attacks": X did them
            List<Integer> doers = new ArrayList<>();
            if (g.child(gov, "cop") >= 0) {
                doers.addAll(plainSubjects(g, gov));
            } else if (g.rel(gov).equals("amod") && g.head(gov) >= 0) {
                doers.add(g.head(gov));
            }
            for (int d : doers) {
                sources.addAll(v.actorsOfPhrase(d));
            }
            if (sources.isEmpty() && options.namedUnknowns() && !doers.isEmpty()
                    && !s.token(doers.get(0)).pos().startsWith("PRP")) {
                ActorMention named = phraseMention(v, doers.get(0)); // "Kony and the LRA are responsible for"
                if (named != null) {
                    sources.add(named);
                }
            }
            anchored = !sources.isEmpty();
        } else if (gov >= 0 && rel.equals("obj") && EXECUTION.contains(s.token(gov).lemma())) {
            anchored = true; // "X launched attacks"
            List<Integer> subjs = subjects(v, gov);
            for (int subj : subjs) {
                sources.addAll(v.actorsOfPhrase(subj));
            }
            if (sources.isEmpty() && options.namedUnknowns() && subjs.size() == 1 && !isPassive(g, gov)
                    && !s.token(subjs.get(0)).pos().startsWith("PRP")) {
                ActorMention named = phraseMention(v, subjs.get(0)); // "Pakistan-based groups launched cyber warfare"
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
                ActorMention m = !isPlaceOnly(v, d.dependent()) ? v.actorOfPhrase(d.dependent()) : null;
                if (m == null && options.namedUnknowns()) {
                    m = phraseMention(v, d.dependent()); // "air strikes against the rebel-held enclave"
                }
                if (m != null && targets.isEmpty()) {
                    targets.add(m);
                }
            } else if ((r.equals("acl") || r.equals("acl:relcl")) && EXECUTION.contains(s.token(d.dependent()).lemma())) {
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
        if (targets.isEmpty() && gov >= 0 && rel.equals("obj") && EXECUTION.contains(s.token(gov).lemma())) {
            for (var d : g.children(gov)) {
                // "launched airstrikes on PKK targets" with "on ..." hung on the verb: what the attacks are on
                if (targets.isEmpty() && (d.rel().equals("obl:against") || d.rel().equals("obl:on") || d.rel().equals("obl:upon"))) {
                    ActorMention m = !isPlaceOnly(v, d.dependent()) ? v.actorOfPhrase(d.dependent()) : null;
                    if (m == null && options.namedUnknowns()) {
                        m = phraseMention(v, d.dependent());
                    }
                    if (m != null) {
                        targets.add(m);
                    }
                }
            }
        }
        boolean exercise = EXERCISES.contains(s.token(n).lemma()) || warGame(g, n);
        if (exercise) {
            // "began a joint military exercise": only as the object of a verb of doing, and not "exercise restraint"
            if (!(gov >= 0 && EXECUTION.contains(s.token(gov).lemma())
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
        emit(v, n, primary, src, tgt, where, c, conf, out);
    }

    // ------------------------------------------------------------------ clause properties

    /** A speaker is a person or body: an actor, a pronoun, a proper name or a noun of a group or office. */
    static boolean plausibleSpeaker(SentenceView v, int subj) {
        Token t = v.sentence.token(subj);
        if (v.actorAt(subj) != null || t.pos().startsWith("PRP") || t.isProperNoun()) {
            return true;
        }
        return v.actorOfPhrase(subj) != null || BODIES.contains(t.lemma()) || Set.of("source", "statement", "report",
                "witness", "resident", "army", "military", "police").contains(t.lemma());
    }

    /** Nouns naming a body, an office or a group that speaks and acts as one. */
    private static final Set<String> BODIES = Set.of("agency", "spokesman", "spokeswoman", "spokesperson",
            "official", "minister", "ministry", "command", "commander", "activist", "observatory", "monitor", "group",
            "faction", "government", "president", "leader", "office", "movement", "campaign", "organization",
            "organisation", "association", "coalition", "union", "council", "committee", "commission", "party",
            "court", "parliament", "senate", "assembly", "congress", "lawmaker", "legislator", "senator", "mayor",
            "governor", "authority", "department", "administration", "board", "federation", "alliance", "bloc",
            "delegation", "envoy", "ambassador", "embassy", "regime", "cabinet", "secretary", "chief", "director");

    /** "…, officials said": a speech verb after what it reports says whose account it is, no act of its own. */
    private static boolean attribution(DepGraph g, int verb) {
        for (int c : g.basicChildren(verb)) {
            if ((g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")) && c < verb) {
                return true;
            }
        }
        return g.head(verb) >= 0 && g.head(verb) < verb && g.rel(verb).equals("parataxis");
    }

    /** "The agency", "the LetUsSpeak movement": a common noun naming a body or an office. */
    private static boolean bodyOrOffice(SentenceView v, int subj) {
        Token t = v.sentence.token(subj);
        return t.isNoun() && !t.isProperNoun() && BODIES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

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

    static String clean(String speaker) {
        String t = speaker.strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) {
            t = t.substring(4);
        }
        return t;
    }

    // ------------------------------------------------------------------ records

    private EventRecord record(SentenceView v, int trigger, String cameo, EventRecord.Participant source,
                               EventRecord.Participant target, EventPlaces.Placed where, Clauses.Clause c, double confidence) {
        Article a = v.mentions.doc().article();
        Sentence s = v.sentence;
        EventRecord.PlaceRef place = null;
        if (where != null) {
            Place p = where.toponym().place();
            place = new EventRecord.PlaceRef(where.text(), p.geonameId(), EventPlaces.nameOf(where.toponym()), p.lat(), p.lon(),
                    p.country(), p.admin1(), p.precision());
        }
        String id = id(a.id(), s.index(), trigger, cameo, source == null ? null : source.id() + source.cameo(),
                target == null ? null : target.id() + target.cameo());
        EventRecord.Evidence ev = new EventRecord.Evidence(a.id(), s.index(), s.start(), s.end(), s.text());
        EventRecord.Attribution att = new EventRecord.Attribution(c.speaker, a.outlet(), a.cited());
        return new EventRecord(id, a.id(), "past".equals(c.basis) ? null : c.date,
                "past".equals(c.basis) ? null : c.precision, "past".equals(c.basis) ? null : c.basis, cameo,
                CameoTypes.plover(cameo), CameoTypes.acled(cameo, source == null ? null : source.kind(),
                target == null ? null : target.kind()), source, target, place, c.modality, att, ev, List.of(),
                s.token(trigger).word(), Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100.0)));
    }

    private static EventRecord.Participant participant(ActorMention m) {
        if (m == null) {
            return null;
        }
        return new EventRecord.Participant(m.text(), m.actor().id(), m.actor().cameo(), m.actor().kind());
    }

    private static String id(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
