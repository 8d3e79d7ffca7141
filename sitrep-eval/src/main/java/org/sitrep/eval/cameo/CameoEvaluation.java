package org.sitrep.eval.cameo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Segment;
import org.sitrep.ingest.Texts;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.pipeline.Pipeline;

/**
 * Codes each sentence of the ConfliBERT CAMEO set with the production dictionaries, takes its main
 * event, and scores the event's class (CAMEO root → five classes) and its source and target spans.
 * A sentence where nothing is coded gets no class: it is reported as such, never guessed.
 */
public final class CameoEvaluation {

    /** What sitrep made of one sentence. */
    public record Prediction(CameoSentence sentence, Integer predicted, String cameo, String source, String target) {
    }

    private final Pipeline pipeline;

    /** Codes with {@code pipeline}'s models and dictionaries under CAMEO's conventions, as the set's labels are. */
    public CameoEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline.with(org.sitrep.events.CodingOptions.CAMEO);
    }

    public Prediction code(CameoSentence s) {
        String text = s.text();
        Article a = new Article(Texts.fingerprint(text), text, List.of(new Segment(Segment.Kind.BODY, 0, text.length())),
                null, null, null, null, List.of(), null, "en", "line " + s.line());
        Pipeline.Result r = pipeline.run(a);
        EventRecord main = main(r);
        if (main == null) {
            return new Prediction(s, null, null, null, null);
        }
        Sentence sent = r.doc().sentences().get(main.evidence().sentence());
        DepGraph g = new DepGraph(sent);
        String both = reciprocal(r, sent, g, main);
        if (both != null) {
            return new Prediction(s, CameoSentence.classOf(main.cameo()), main.cameo(), both, both);
        }
        String together = jointWithFirst(r, sent, g, main);
        if (together != null) {
            return new Prediction(s, CameoSentence.classOf(main.cameo()), main.cameo(), together, together);
        }
        String source = phrase(r, sent, g, main.source(), true, null);
        if (joint(r, sent, g, main) || source != null && jointPhrase(sent, g, source)) {
            return new Prediction(s, CameoSentence.classOf(main.cameo()), main.cameo(), source, source);
        }
        EventRecord.Participant target = main.cameo().startsWith("12") ? proposalOf(r, sent, g, main) : null;
        return new Prediction(s, CameoSentence.classOf(main.cameo()), main.cameo(), source,
                phrase(r, sent, g, target != null ? target : main.target(), false, main.trigger()));
    }

    /**
     * For a rejection whose target made the request or offer rejected ("refused a request from The New York
     * Times"), the request, which the set marks with its author; else null.
     */
    static EventRecord.Participant proposalOf(Pipeline.Result r, Sentence s, DepGraph g, EventRecord e) {
        ActorMention m = mention(r, s, e.target());
        int k = trigger(s, g, e);
        if (m == null || k < 0) {
            return null;
        }
        int up = g.head(m.head());
        if (up < 0 || !g.rel(m.head()).equals("nmod") || !OWNER_PREPS.contains(String.valueOf(caseOf(s, g, m.head())))
                || !PROPOSALS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))
                || g.head(up) != k || !g.rel(up).equals("obj")) {
            return null;
        }
        return new EventRecord.Participant(s.token(up).word(), null, null, null);
    }

    /**
     * A source named second in a coordination that acts jointly ("The House and the Senate failed to reach
     * agreement"): the whole coordination, from its first conjunct, as one reciprocal span; else null.
     */
    static String jointWithFirst(Pipeline.Result r, Sentence s, DepGraph g, EventRecord e) {
        ActorMention a = mention(r, s, e.source());
        if (a == null || !g.rel(a.head()).startsWith("conj")) {
            return null;
        }
        int first = g.head(a.head());
        if (first < 0 || first > a.head() || !s.token(first).isNoun() || !jointly(s, g, first)) {
            return null;
        }
        for (int k = 0; k < first; k++) {
            if (s.token(k).word().equals(s.token(first).word())) {
                return null; // the phrase is read from the word's first place in the sentence
            }
        }
        return phrase(r, s, g, new EventRecord.Participant(s.token(first).word(), null, null, null), true, null);
    }

    /**
     * Whether the source's phrase holds a coordination ("UK and EU negotiators", "the armies of X and Y") and is
     * the subject of a joint act: one reciprocal span.
     */
    static boolean jointPhrase(Sentence s, DepGraph g, String phrase) {
        int h = headOf(s, g, phrase);
        if (h < 0) {
            return false;
        }
        BitSet sub = g.subtree(h);
        int from = h;
        while (from > 0 && sub.get(from - 1)) {
            from--;
        }
        for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
            if (g.rel(k).startsWith("conj") && s.span(from, k + 1).length() <= phrase.length()) {
                return jointly(s, g, h);
            }
        }
        return false;
    }

    /**
     * Actors coordinated as the subject of a joint act ("X and Y failed to reach agreement on a deal"): the set
     * marks the coordination as one reciprocal span, source and target at once, whatever the act is about.
     */
    static boolean joint(Pipeline.Result r, Sentence s, DepGraph g, EventRecord e) {
        ActorMention a = mention(r, s, e.source());
        if (a == null) {
            return false;
        }
        int h = a.head();
        return g.basicChildren(h).stream().anyMatch(c -> c > h && g.rel(c).startsWith("conj") && s.token(c).isNoun())
                && jointly(s, g, h);
    }

    /**
     * Actors coordinated with each other that act on each other ("Canada and Costa Rica agreed"):
     * the set marks the coordination as one reciprocal span, source and target at once.
     */
    static String reciprocal(Pipeline.Result r, Sentence s, DepGraph g, EventRecord e) {
        ActorMention a = mention(r, s, e.source());
        ActorMention b = mention(r, s, e.target());
        if (a == null || b == null) {
            return null;
        }
        int first = Math.min(a.head(), b.head());
        int second = Math.max(a.head(), b.head());
        if (g.head(second) != first || !g.rel(second).startsWith("conj")) {
            return null;
        }
        while (g.head(first) > first && (g.rel(first).equals("amod") || g.rel(first).equals("compound"))
                && s.token(g.head(first)).isNoun()) {
            first = g.head(first); // "British and Irish negotiators": the sides are the negotiators
        }
        BitSet sub = g.subtree(first, RECIPROCAL_CUT);
        int from = sub.nextSetBit(0);
        int to = from;
        for (int k = from; k >= 0 && k < s.size() && sub.get(k); k++) {
            to = k;
        }
        while (from < to && g.rel(from).equals("case")) {
            from++; // "staged by U.S. marines and Jordanian forces": those who act, not the preposition
        }
        return s.span(from, to + 1);
    }

    private static final Set<String> RECIPROCAL_CUT = Set.of("acl:relcl", "acl", "parataxis", "advcl", "ccomp",
            "dep", "nmod:tmod", "obl:tmod", "punct", "appos");

    private static ActorMention mention(Pipeline.Result r, Sentence s, EventRecord.Participant p) {
        if (p == null) {
            return null;
        }
        for (ActorMention a : r.mentions().actorsIn(s.index())) {
            if (a.text().equals(p.text())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The main event: the one the sentence's main clause carries (the trigger highest in the
     * dependency tree; then the earlier, then the surer one). When that is only a verb of saying
     * ("said", "reported") and what was said holds an event, the event said is the main one.
     */
    static EventRecord main(Pipeline.Result r) {
        List<EventRecord> events = r.events();
        if (events.isEmpty()) {
            return null;
        }
        List<EventRecord> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing((EventRecord e) -> depth(r, e))
                .thenComparing(e -> e.evidence().sentence())
                .thenComparing(e -> -e.confidence()));
        EventRecord first = agentOf(r, ordered, ordered.get(0));
        if ((first.cameo().equals("015") && first.trigger().toLowerCase(java.util.Locale.ROOT).startsWith("claim")
                || first.cameo().equals("112")) && isSaying(first.trigger())) {
            return first; // claimed responsibility for, or accused someone of, the violence said
        }
        // "the Pentagon said it hit five bases": what one says one did is the event, the saying its source
        if (isStatement(first.cameo()) && (isSaying(first.trigger())
                || first.cameo().equals("010") && org.sitrep.dict.WordClasses.bundled().has("SPEECH_VERBS", lemma(r, first)))) {
            for (EventRecord e : ordered) {
                if (!isStatement(e.cameo())) {
                    return hoped(r, first, e) ? first : e;
                }
            }
        }
        return first;
    }

    /**
     * For an event told without who did it ("At least 23 civilians were killed as government forces
     * launched air strikes"), the act of the same kind under it that names who did it; else the event.
     */
    private static EventRecord agentOf(Pipeline.Result r, List<EventRecord> ordered, EventRecord first) {
        if (first.source() != null) {
            return first;
        }
        Sentence s = r.doc().sentences().get(first.evidence().sentence());
        DepGraph g = new DepGraph(s);
        int top = trigger(s, g, first);
        if (top < 0) {
            return first;
        }
        BitSet under = new BitSet();
        for (int c : g.basicChildren(top)) {
            if (g.rel(c).startsWith("advcl")) {
                under.or(g.subtree(c)); // "... as X launched air strikes", "... when X attacked": not a relative clause
            }
        }
        Integer kind = CameoSentence.classOf(first.cameo());
        for (EventRecord e : ordered) {
            int k = trigger(s, g, e);
            if (e != first && e.source() != null && e.evidence().sentence() == first.evidence().sentence()
                    && k >= 0 && under.get(k) && java.util.Objects.equals(CameoSentence.classOf(e.cameo()), kind)) {
                return e;
            }
        }
        return first;
    }

    /**
     * Whether what was said is only hoped, expected or agreed with ("said they hope X will persuade
     * Y", "said it expects that ..."): an attitude the speaker states, not an event it reports.
     */
    private static boolean hoped(Pipeline.Result r, EventRecord saying, EventRecord e) {
        if (saying.evidence().sentence() != e.evidence().sentence()) {
            return false;
        }
        Sentence s = r.doc().sentences().get(e.evidence().sentence());
        DepGraph g = new DepGraph(s);
        int top = trigger(s, g, saying);
        int event = trigger(s, g, e);
        if (top < 0 || event < 0) {
            return false;
        }
        BitSet path = new BitSet();
        for (int k = event, steps = 0; k >= 0 && k != top && steps < 8; steps++, k = g.head(k)) {
            path.set(k);
        }
        // the attitude on the way from the saying to the event, or hung on that way between the two
        // when the parser makes the event the complement ("said he hopes X will persuade Y")
        for (int j = Math.min(top, event) + 1; j <= Math.max(top, event); j++) {
            String lemma = s.token(j).lemma().toLowerCase(java.util.Locale.ROOT);
            boolean attitude = ATTITUDES.contains(lemma) || lemma.equals("agree") && opinion(g, j);
            if (attitude && (path.get(j) || (path.get(g.head(j)) || g.head(j) == top) && s.token(j).pos().startsWith("VB"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ATTITUDES = Set.of("hope", "wish", "expect", "think", "believe",
            "pessimistic", "optimistic", "confident", "hopeful", "doubt", "fear", "worry", "concerned");

    /** "agree with X (that ...)", "agree that ...": sharing a view, not agreeing to do something. */
    private static boolean opinion(DepGraph g, int k) {
        return g.basicChildren(k).stream().noneMatch(c -> g.rel(c).equals("xcomp") || g.rel(c).equals("obj"))
                && g.basicChildren(k).stream().anyMatch(c -> g.rel(c).equals("ccomp") || g.rel(c).startsWith("obl")
                        && g.basicChildren(c).stream().anyMatch(w -> g.token(w).word().equalsIgnoreCase("with")));
    }

    /** The token of an event's trigger, the one highest in the tree when the word recurs; -1 when absent. */
    private static int trigger(Sentence s, DepGraph g, EventRecord e) {
        int best = -1;
        for (var t : s.tokens()) {
            if (t.word().equals(e.trigger()) && (best < 0 || g.depth(t.index()) < g.depth(best))) {
                best = t.index();
            }
        }
        return best;
    }

    private static boolean isSaying(String trigger) {
        String t = trigger.toLowerCase(java.util.Locale.ROOT);
        return Set.of("said", "say", "says", "saying", "told", "tell", "tells", "reported", "reports", "report",
                "added", "adds", "stated", "states", "announced", "announces", "noted", "notes", "confirmed",
                "confirms", "claimed", "claims", "according").contains(t);
    }

    /** The lemma of an event's trigger in its sentence ("reiterated" → "reiterate"), or its word. */
    private static String lemma(Pipeline.Result r, EventRecord e) {
        Sentence s = r.doc().sentences().get(e.evidence().sentence());
        for (var t : s.tokens()) {
            if (t.word().equals(e.trigger())) {
                return t.lemma();
            }
        }
        return e.trigger().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isStatement(String cameo) {
        return cameo != null && (cameo.startsWith("01") || cameo.startsWith("02"));
    }

    private static int depth(Pipeline.Result r, EventRecord e) {
        Sentence s = r.doc().sentences().get(e.evidence().sentence());
        DepGraph g = new DepGraph(s);
        int best = Integer.MAX_VALUE;
        for (var t : s.tokens()) {
            if (t.word().equals(e.trigger())) {
                best = Math.min(best, g.depth(t.index()));
            }
        }
        return best;
    }

    private static final Set<String> PHRASE_INSIDE = Set.of("compound", "amod", "nmod:poss", "det", "nummod", "flat",
            "nmod:of", "case", "appos", "det:qmod", "dep");
    private static final Set<String> PHRASE_CUT = Set.of("acl:relcl", "parataxis", "advcl", "ccomp",
            "dep", "conj", "cc", "nmod:tmod", "obl:tmod", "nmod:on", "nmod:at");
    /** The same cut, coordination excepted: a coordination inside a modifier ("the Russian and US navies") stays. */
    private static final Set<String> MODIFIER_CUT = Set.of("acl:relcl", "parataxis", "advcl", "ccomp",
            "dep", "nmod:tmod", "obl:tmod", "nmod:on", "nmod:at");

    /**
     * The whole noun phrase an actor mention stands in, as the set's annotators mark it ("Ali
     * Kushayb, a Sudanese militia leader", "dozens of political activists", "The Nigeria Labour
     * Congress (NLC)"): up from the mention while inside a noun phrase, then that phrase without
     * its relative clauses, dates and coordinated phrases.
     */
    static String phrase(Pipeline.Result r, Sentence s, DepGraph g, EventRecord.Participant p) {
        return phrase(r, s, g, p, false);
    }

    /**
     * The phrase of an actor; with {@code coordination}, the whole coordination it heads, as the set
     * marks those who act together ("The Yemeni army and allied fighters attacked ...").
     */
    static String phrase(Pipeline.Result r, Sentence s, DepGraph g, EventRecord.Participant p, boolean coordination) {
        return phrase(r, s, g, p, coordination, null);
    }

    /**
     * The phrase of an actor; as the target of the verb {@code trigger}, those acted on together with where
     * they were when the verb says it after them ("killed 20 people in Kabul", "detained dozens of protesters
     * in the capital"), and for a place, what in it the verb is done to ("shelled army positions in X").
     */
    static String phrase(Pipeline.Result r, Sentence s, DepGraph g, EventRecord.Participant p, boolean coordination,
                         String trigger) {
        boolean where = trigger != null;
        if (p == null) {
            return null;
        }
        ActorMention m = null;
        for (ActorMention a : r.mentions().actorsIn(s.index())) {
            if (a.text().equals(p.text())) {
                m = a;
                break;
            }
        }
        m = antecedent(r, s, m); // a pronoun resolved to an actor named earlier; else read from the graph below
        int h = m != null ? m.head() : headOf(s, g, p.text());
        if (h < 0) {
            return p.text();
        }
        if (s.token(h).pos().equals("PRP")) {
            int named = antecedent(s, g, h);
            if (named < 0) {
                return p.text();
            }
            h = named; // "the Pentagon said it hit five bases": the set marks who "it" is
        }
        for (int steps = 0; steps < 4; steps++) {
            int up = g.head(h);
            String rel = g.rel(h);
            if (up < 0 || !s.token(up).isNoun()
                    || !(PHRASE_INSIDE.contains(rel) || rel.startsWith("nmod:poss") || isOf(g, h, up, rel)
                            || !where && rel.equals("nmod") && up < h && "from".equals(caseOf(s, g, h))
                                    && !s.token(up).isProperNoun() && !PROPOSALS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))) // "Officials from Kansas" said
                    || isOf(g, h, up, rel) && measure(s, up)
                    || isOf(g, h, up, rel) && where && PROPOSALS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))) {
                break; // "a boycott of U.S. products": what the measure is on, not the measure; "conceded to the
                       // demands of the truck drivers": the coder names those who asked, not what they asked
            }
            h = up;
        }
        if (trigger != null) {
            h = holderOf(s, g, h, trigger);
            h = measuredOf(r, s, g, h);
        }
        BitSet sub = g.subtree(h, MODIFIER_CUT);
        boolean proposal = PROPOSALS.contains(s.token(h).lemma().toLowerCase(java.util.Locale.ROOT));
        for (int c : g.basicChildren(h)) {
            if (c < h || !sub.get(c)) {
                continue;
            }
            String rel = g.rel(c);
            String prep = caseOf(s, g, c);
            if (proposal && (rel.equals("acl") || rel.equals("nmod") && (prep == null || !OWNER_PREPS.contains(prep)
                    || "of".equals(prep) && !named(r, s, g, c)))) {
                sub.andNot(g.subtree(c)); // "Theresa May's offer on citizens' rights": the offer, not what it is on
            } else if (rel.equals("nmod") && ("regarding".equals(prep) || "concerning".equals(prep))) {
                sub.andNot(g.subtree(c)); // "their counterparts regarding the case": what was shared, not with whom
            } else if (rel.equals("nmod") && "in".equals(prep) && !placeLike(r, s, g, c)) {
                sub.andNot(g.subtree(c)); // "the provisions in an act of civil disobedience": how, not where
            } else if (rel.equals("appos") && !s.token(c).isProperNoun() && (isPlace(r, s, h)
                    || s.token(h).isProperNoun() && PLACE_NOUNS.contains(s.token(c).lemma().toLowerCase(java.util.Locale.ROOT)))) {
                sub.andNot(g.subtree(c)); // "Bhutan, a majority-Buddhist nation": the place, not its description
            } else if (rel.equals("acl") && s.token(c).pos().equals("VB") && g.basicChildren(c).stream()
                    .anyMatch(k -> k < c && g.rel(k).equals("mark") && s.token(k).pos().equals("TO"))) {
                sub.andNot(g.subtree(c)); // "the government's ability to meet the targets": the ability, not what for
            } else if (rel.equals("nmod") && s.token(h).isProperNoun() && NAME_ASIDES.contains(String.valueOf(prep))) {
                sub.andNot(g.subtree(c)); // "President X at State House", "Liberia on a peacekeeping mission": where or why, not who
            } else if (rel.equals("nmod") && c > h + 1 && s.token(g.subtree(c).nextSetBit(0) - 1).word().equals(",")) {
                sub.andNot(g.subtree(c)); // "the workers, including those from ...": an aside after a comma
            }
        }
        for (int c : g.basicChildren(h)) {
            if (g.rel(c).startsWith("conj") || g.rel(c).equals("cc")) {
                sub.andNot(g.subtree(c)); // "the army and the police": the actor, not those it is coordinated with
            }
            if (g.rel(c).equals("dep") && s.token(c).isProperNoun() && g.subtree(c).nextSetBit(0) == h + 1) {
                sub.or(g.subtree(c, MODIFIER_CUT)); // "Ethiopia's Prime Minister Abiy Ahmed": the name the title heads
            }
        }
        if (!coordination) {
            for (int c : g.basicChildren(h)) {
                if (c > h && g.rel(c).equals("nmod") && sub.get(c)) {
                    for (int k : g.basicChildren(c)) {
                        if (g.rel(k).startsWith("conj") || g.rel(k).equals("cc")) {
                            sub.andNot(g.subtree(k)); // "a number of Syrians, Iraqis and Afghans": the set splits them
                        }
                    }
                }
            }
        }
        if (!coordination) {
            for (int c : g.basicChildren(h)) {
                if (c > h && g.rel(c).startsWith("conj") && s.token(c).isNoun() && !s.token(c).isProperNoun()
                        && g.basicChildren(c).stream().allMatch(k -> g.rel(k).equals("cc") || g.rel(k).equals("punct"))
                        && g.basicChildren(h).stream().noneMatch(k -> k > c && g.subtree(k).nextSetBit(0) == c + 1
                                && !g.rel(k).equals("punct"))) {
                    sub.or(g.subtree(c, PHRASE_CUT)); // "opposition politicians and activists": one group the set marks whole
                    for (int k = h + 1; k < c; k++) {
                        if (s.token(k).pos().equals("CC") || s.token(k).word().equals(",")) {
                            sub.set(k);
                        }
                    }
                }
            }
        }
        int head = h;
        boolean announced = g.basicChildren(h).stream().anyMatch(k -> k < head
                && PRECONJ.contains(s.token(k).word().toLowerCase(java.util.Locale.ROOT)));
        for (int c : coordination ? g.children(h, "conj") : List.<Integer>of()) {
            if (c > h && s.token(c).isNoun()
                    && (announced || !s.token(h).isProperNoun() && !s.token(c).isProperNoun() || jointly(s, g, h))) {
                sub.or(g.subtree(c, PHRASE_CUT)); // "The Yemeni army and allied fighters": the set marks the whole coordination
                for (int k = h + 1; k < c; k++) {
                    if (s.token(k).pos().equals("CC") || s.token(k).word().equals(",")) {
                        sub.set(k);
                    }
                }
            }
        }
        for (int k = sub.nextSetBit(h + 1); k >= 0; k = sub.nextSetBit(k + 1)) {
            if (g.rel(k).equals("acl") && s.token(k).pos().equals("VBG")) {
                sub.andNot(g.subtree(k)); // "a military base ..., killing 17 soldiers": what followed, not the base
            } else if (g.rel(k).equals("appos") && !s.token(k).isProperNoun() && said(s, g, k)) {
                sub.andNot(g.subtree(k)); // "the enclave near the capital, a monitor said": who said it, not the enclave
            }
        }
        for (TimeExpression t : s.times()) {
            if (t.startToken() <= h && h < t.endToken() || isName(s, t) || isAgeOrLength(s, g, t)) {
                continue; // "Theresa May": a name the date reader took for a month; "a 95-year-old man"
            }
            sub.clear(t.startToken(), t.endToken()); // "Japan on Friday": the actor, not the day
            if (t.startToken() > h + 1 && s.token(t.startToken() - 1).pos().equals("IN")) {
                sub.clear(t.startToken() - 1); // and the day's preposition
            }
        }
        for (int k = sub.nextSetBit(h + 1); k >= 0; k = sub.nextSetBit(k + 1)) {
            if (k != h && TIME_WORDS.contains(s.token(k).word().toLowerCase(java.util.Locale.ROOT))
                    && (g.rel(k).startsWith("nmod") || g.rel(k).startsWith("obl"))) {
                sub.andNot(g.subtree(k)); // "The Taliban on Sunday" when no date was read there
                if (k > 0 && s.token(k - 1).pos().equals("IN")) {
                    sub.clear(k - 1);
                }
            }
        }
        int from = h;
        while (from > 0 && sub.get(from - 1)) {
            from--; // the contiguous phrase around its head ("a seven-month boycott": not "a" alone when the date goes)
        }
        int to = h;
        while (to + 1 < s.size() && sub.get(to + 1)) {
            to++;
        }
        while (to > from && (!Character.isLetterOrDigit(s.token(to).word().charAt(0)) && !s.token(to).word().equals(")")
                || TRAILING.contains(s.token(to).pos()))) {
            to--; // "the release of" when what follows was cut
        }
        to = parenthesis(s, g.subtree(h), to); // "The Nigeria Labour Congress (NLC)": the name's short form too
        if (m != null && !"pronoun".equals(m.via()) && !"speaker".equals(m.via()) && m.span().startToken() >= from
                && m.span().startToken() <= to && m.span().endToken() - 1 > to) {
            to = m.span().endToken() - 1; // "the Somali President Mohamed Farmajo" parsed apart: the name read whole
        }
        if (where) {
            to = placeOfObject(r, s, g, m, h, to);
        }
        while (from < to && ((s.token(from).pos().equals("IN") || s.token(from).pos().equals("TO"))
                        && !quantifier(s, from) && !approximately(s, g, from)
                || s.token(from).pos().equals("POS") // "Saturday's meeting" when the day is left out
                || s.token(from).pos().equals("CC") && !coordinated(g, h, from, to) // "both India", "and from X"
                || PRECONJ.contains(s.token(from).word().toLowerCase(java.util.Locale.ROOT)) && !coordinated(g, h, from, to)
                        && g.basicChildren(h).stream().anyMatch(c -> g.rel(c).startsWith("conj")) // but "Both ministers"
                || g.rel(from).equals("case") && s.token(from).pos().equals("VBG") // "regarding the casualties"
                || s.token(from).pos().equals("CD") && from == sub.nextSetBit(0) && s.token(from).word().matches("\\d{4}"))) {
            from++;
        }
        return s.span(from, to + 1);
    }

    /**
     * For a pronoun ("The Pentagon said it hit five bases"), the nearest earlier mention of the same
     * actor in the sentence, which the set marks in its place; else the mention itself.
     */
    static ActorMention antecedent(Pipeline.Result r, Sentence s, ActorMention m) {
        if (m == null || !("pronoun".equals(m.via()) || "speaker".equals(m.via()))) {
            return m;
        }
        ActorMention best = null;
        for (ActorMention a : r.mentions().actorsIn(s.index())) {
            if (a.head() < m.head() && !"pronoun".equals(a.via()) && !"speaker".equals(a.via())
                    && a.actor().equals(m.actor()) && (best == null || a.head() > best.head())) {
                best = a;
            }
        }
        return best != null ? best : m;
    }

    /**
     * The head of the words a participant no mention holds (a phrase the coder named by its own words,
     * "the economic reforms"), so that its span is read as every actor's is; -1 when they are not found.
     */
    private static int headOf(Sentence s, DepGraph g, String text) {
        for (int from = 0; from < s.size(); from++) {
            for (int to = from + 1; to <= s.size() && s.token(to - 1).start() - s.token(from).start() <= text.length(); to++) {
                if (s.span(from, to).equals(text)) {
                    return g.headOf(from, to);
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code h} hangs on {@code up} by "of" ("dozens of activists", "the family of the
     * victim", "a spokesman of the army"): the basic tree says only "nmod", its "case" word or the enhanced tree the preposition.
     */
    private static boolean isOf(DepGraph g, int h, int up, String rel) {
        return rel.equals("nmod") && (g.governors(h, "nmod:of").contains(up) || g.basicChildren(h).stream()
                .anyMatch(c -> g.rel(c).equals("case") && g.token(c).word().equalsIgnoreCase("of")));
    }

    /** Nouns of what one proposes, decides or says: the set marks them with their owner and author, not their content. */
    private static final Set<String> PROPOSALS = Set.of("decision", "offer", "demand", "request", "proposal", "comment",
            "effort", "call", "plan", "strategy", "involvement", "resolution", "move", "policy", "remark", "claim",
            "allegation", "accusation", "finding", "suggestion", "initiative", "bid", "invitation", "plea", "appeal",
            "ceasefire", "provision", "statement", "announcement", "ultimatum", "order", "ruling", "verdict", "warning");
    /** Prepositions that, after a name, say where, on what errand or against what, never who. */
    private static final Set<String> NAME_ASIDES = Set.of("at", "on", "against", "with");
    /** The prepositions of an author or owner: "a request by Mr. X", "an offer from the government", "the plan of the army". */
    private static final Set<String> OWNER_PREPS = Set.of("of", "by", "from");
    /** Common nouns of places: "in the country", "in the border village" say where. */
    private static final Set<String> PLACE_NOUNS = Set.of("country", "nation", "city", "town", "village", "province",
            "region", "area", "capital", "state", "district", "camp", "prison", "jail", "border", "neighbourhood",
            "neighborhood", "territory", "enclave", "county", "suburb", "outskirts", "zone", "island", "street", "square",
            "base", "port", "part", "hospital", "school", "university", "mosque", "church", "compound", "building");

    /**
     * The end of an object's phrase with the place the verb puts it in right after it ("killed 20 people
     * in eastern Syria"): people or groups acted on where they are; else {@code to}.
     */
    private static int placeOfObject(Pipeline.Result r, Sentence s, DepGraph g, ActorMention m, int h, int to) {
        int verb = g.head(h);
        if (verb < 0 || !g.rel(h).equals("obj") || to + 1 >= s.size() || !Set.of("in", "at").contains(s.token(to + 1).word().toLowerCase(java.util.Locale.ROOT))
                || !s.token(h).pos().startsWith("NNS") && !s.token(h).pos().equals("NNPS")) {
            return to;
        }
        int k = g.head(to + 1);
        if (k < 0 || g.head(k) != verb || !g.rel(k).equals("obl") || !placeLike(r, s, g, k)) {
            return to;
        }
        BitSet pp = g.subtree(k, MODIFIER_CUT);
        for (TimeExpression t : s.times()) {
            pp.clear(t.startToken(), t.endToken());
        }
        int end = to + 1;
        while (end + 1 < s.size() && pp.get(end + 1)) {
            end++;
        }
        while (end > to + 1 && (!Character.isLetterOrDigit(s.token(end).word().charAt(0)) || TRAILING.contains(s.token(end).pos()))) {
            end--;
        }
        return end > to + 1 ? end : to;
    }

    /**
     * What the verb {@code trigger} is done to in the place {@code h} names ("hit military positions in
     * X's Asir region", "pounded rebel positions in X"): those things, with their place; else {@code h}.
     */
    private static int holderOf(Sentence s, DepGraph g, int h, String trigger) {
        int up = g.head(h);
        if (up < 0 || !g.rel(h).equals("nmod") || !"in".equals(caseOf(s, g, h)) || !s.token(up).isNoun()
                || !s.token(up).pos().equals("NNS") || PROPOSALS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))
                || !g.rel(up).equals("obj") || g.head(up) < 0
                || !s.token(g.head(up)).word().equals(trigger)) {
            return h;
        }
        if (g.possessedByPronoun(up)) {
            return h; // "deployed its forces in Crimea": the doer's own, and the place the set marks
        }
        return up;
    }

    /** Nouns of measures taken against or for others, and of missions sent to a place: the set marks whom or where. */
    private static final Set<String> MEASURES = Set.of("sanction", "boycott", "blockade", "embargo", "import", "export",
            "ban", "restriction", "tariff", "delivery", "donation", "shipment", "mission");
    /** The prepositions that name whom or where a measure is on: "sanctions against Iran", "a mission in Mali". */
    private static final Set<String> MEASURE_PREPS = Set.of("of", "against", "on", "in", "to", "for", "into");

    private static boolean measure(Sentence s, int k) {
        String lemma = s.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
        return MEASURES.contains(lemma) || lemma.equals("force") && s.token(k).pos().equals("NN");
    }

    /**
     * For a measure or a mission ("UN sanctions against Iran", "the UN peacekeeping mission in Mali", "a blockade
     * of Qatar"), the actor or place it is against or in, which the set marks as the one acted on; else {@code h}.
     */
    private static int measuredOf(Pipeline.Result r, Sentence s, DepGraph g, int h) {
        if (!measure(s, h)) {
            return h;
        }
        for (int c : g.basicChildren(h)) {
            if (c > h && g.rel(c).equals("nmod") && MEASURE_PREPS.contains(String.valueOf(caseOf(s, g, c))) && (placeLike(r, s, g, c)
                    || r.mentions().actorsIn(s.index()).stream().anyMatch(a -> g.dominates(c, a.head())))) {
                return measure(s, c) ? measuredOf(r, s, g, c) : c;
            }
        }
        return h;
    }

    /** Nouns of what two sides do together: an agreement signed, talks held, ambassadors exchanged. */
    private static final Set<String> JOINT_NOUNS = Set.of("agreement", "deal", "treaty", "accord", "pact", "talks",
            "meeting", "summit", "ties", "relations", "memorandum", "partnership", "ambassador", "negotiation");

    /**
     * Whether the subject {@code h} acts together with those coordinated with it: its verb (or the verb that verb
     * governs, "failed to reach agreement") takes a noun of joint action ("signed an agreement", "agreed on the
     * draft text of a deal", "will exchange ambassadors"). The set marks such a coordination as one span.
     */
    private static boolean jointly(Sentence s, DepGraph g, int h) {
        int verb = g.head(h);
        if (verb < 0 || !g.rel(h).startsWith("nsubj")) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        for (int c : g.basicChildren(verb)) {
            if (g.rel(c).equals("xcomp") || g.rel(c).equals("conj") && s.token(c).isVerb()) {
                verbs.add(c);
            }
        }
        for (int v : verbs) {
            if (g.basicChildren(v).stream().anyMatch(c -> g.rel(c).equals("obl") && "with".equals(caseOf(s, g, c)))) {
                return false; // "suspended weapons deals with Pakistan": an act with another
            }
        }
        for (int v : verbs) {
            for (int c : g.basicChildren(v)) {
                if (!g.rel(c).equals("obj") && !g.rel(c).equals("obl")) {
                    continue;
                }
                BitSet sub = g.subtree(c, PHRASE_CUT);
                for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
                    int joint = k;
                    if (s.token(k).isNoun() && (JOINT_NOUNS.contains(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
                            || g.hasChild(k, "amod", "joint"))
                            && g.basicChildren(k).stream().noneMatch(x -> x > joint && "with".equals(caseOf(s, g, x)))) {
                        return true; // but "weapons deals with Pakistan": a deal with another
                    }
                }
            }
        }
        return false;
    }

    /** Whether the phrase of {@code k} names someone: a proper name or an actor the dictionaries know. */
    private static boolean named(Pipeline.Result r, Sentence s, DepGraph g, int k) {
        BitSet sub = g.subtree(k);
        for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
            if (s.token(i).isProperNoun()) {
                return true;
            }
        }
        return r.mentions().actorsIn(s.index()).stream().anyMatch(a -> sub.get(a.head()));
    }

    /** Whether an apposition is the speaker of the sentence: "..., a monitor said", "..., an official has said". */
    private static boolean said(Sentence s, DepGraph g, int appos) {
        BitSet sub = g.subtree(appos);
        int next = sub.length();
        while (next < s.size() && (s.token(next).pos().equals("MD") || Set.of("has", "have", "had")
                .contains(s.token(next).word().toLowerCase(java.util.Locale.ROOT)))) {
            next++;
        }
        return next < s.size() && s.token(next).pos().startsWith("VB")
                && org.sitrep.dict.WordClasses.bundled().has("SPEECH_VERBS", s.token(next).lemma());
    }

    /** The preposition a nominal dependent hangs by ("in" for "in the city"), or null. */
    private static String caseOf(Sentence s, DepGraph g, int k) {
        for (int c : g.basicChildren(k)) {
            if (g.rel(c).equals("case") && c < k) {
                return s.token(c).word().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Whether the noun phrase of {@code k} names a place: a place name, a proper name, or a common noun of
     * places, read in the phrase up to its noun ("in Myanmar's Rakhine State", "in the capital").
     */
    private static boolean placeLike(Pipeline.Result r, Sentence s, DepGraph g, int k) {
        BitSet sub = g.subtree(k);
        for (int i = sub.nextSetBit(0); i >= 0 && i <= k; i = sub.nextSetBit(i + 1)) {
            if (s.token(i).isProperNoun() || isPlace(r, s, i)) {
                return true;
            }
        }
        return PLACE_NOUNS.contains(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether token {@code k} is part of a place name read as a place. */
    private static boolean isPlace(Pipeline.Result r, Sentence s, int k) {
        for (var t : r.mentions().placesIn(s.index())) {
            if (t.span().startToken() <= k && k < t.span().endToken()
                    && t.use() != org.sitrep.geo.ToponymUse.NON_TOPONYM && t.use() != org.sitrep.geo.ToponymUse.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who a subject pronoun stands for: the subject, no pronoun itself, of a clause the pronoun's clause
     * hangs in ("the Pentagon said it ...", "the Taliban rejected the offer and they would ...");
     * else -1.
     */
    static int antecedent(Sentence s, DepGraph g, int pronoun) {
        int clause = g.head(pronoun);
        for (int steps = 0; clause >= 0 && steps < 4; steps++) {
            int up = g.head(clause);
            if (up < 0 || !CLAUSE_LINKS.contains(g.rel(clause))) {
                return -1;
            }
            for (int c : g.basicChildren(up)) {
                if (g.rel(c).equals("nsubj") && c < pronoun && s.token(c).isNoun()) {
                    return c;
                }
            }
            clause = up;
        }
        return -1;
    }

    private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "conj", "parataxis", "advcl");

    /** Whether a conjunct of the head lies in {@code [from, to]} ("Both Russia and Syria"). */
    private static boolean coordinated(DepGraph g, int h, int from, int to) {
        return g.basicChildren(h).stream().anyMatch(c -> g.rel(c).startsWith("conj") && c >= from && c <= to);
    }

    /** A month read in a person's name: "Theresa May", after a proper noun that is no date itself. */
    private static boolean isName(Sentence s, TimeExpression t) {
        int k = t.startToken();
        return t.endToken() == k + 1 && k > 0 && s.token(k).pos().startsWith("NNP") && s.token(k - 1).pos().startsWith("NNP")
                && s.times().stream().noneMatch(o -> o.startToken() <= k - 1 && k - 1 < o.endToken());
    }

    /** A duration that describes a noun ("a 95-year-old man", "a seven-month boycott"): part of the phrase. */
    private static boolean isAgeOrLength(Sentence s, DepGraph g, TimeExpression t) {
        for (int k = t.startToken(); k < t.endToken(); k++) {
            if (!(s.token(k).pos().startsWith("JJ") && g.rel(k).equals("amod"))) {
                return false;
            }
        }
        return true;
    }

    /** Words that announce a coordination ("both X and Y"): nothing without it. */
    private static final Set<String> PRECONJ = Set.of("both", "either", "neither");

    /** Words that cannot end a noun phrase: a preposition, conjunction or determiner left by a cut. */
    private static final Set<String> TRAILING = Set.of("IN", "CC", "DT", "TO");

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "weekend", "time");

    /**
     * The end of a phrase followed by a short parenthesis whose words hang on its head ("Congress
     * (NLC)", the graph making the short form a "dep"): the closing bracket; else the phrase's own end.
     */
    private static int parenthesis(Sentence s, BitSet sub, int to) {
        int open = to + 1;
        if (open >= s.size() || !(s.token(open).word().equals("(") || s.token(open).pos().equals("-LRB-"))) {
            return to;
        }
        for (int k = open + 1; k < s.size() && k <= open + 6; k++) {
            String w = s.token(k).word();
            if (w.equals(")") || s.token(k).pos().equals("-RRB-")) {
                return k > open + 1 ? k : to;
            }
            if (!sub.get(k)) {
                return to;
            }
        }
        return to;
    }

    /** Words that qualify a number however the parser reads them ("Around 77,000 people"). */
    /** "around 20,000 civilians", "over 700 members": a preposition that qualifies the number that follows it. */
    private static boolean approximately(Sentence s, DepGraph g, int k) {
        return s.measuresNumber(k) || g.rel(k).equals("advmod") && k + 1 < s.size() && s.token(k + 1).pos().equals("CD")
                && !s.token(k).word().equalsIgnoreCase("to");
    }

    /** "at least", "at most": a preposition that is part of a number, not the phrase's case. */
    private static boolean quantifier(Sentence s, int k) {
        return s.token(k).word().equalsIgnoreCase("at") && k + 1 < s.size()
                && Set.of("least", "most").contains(s.token(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** The figures. */
    public record Scores(double macroF1, double[] precision, double[] recall, double[] f1, int[][] confusion,
                         int noEvent, SpanScore sources, SpanScore targets, SpanScore spans, int withSpans) {
    }

    /** Exact-span precision, recall and F1. */
    public record SpanScore(int tp, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The rules' class unless the judge is at least {@code threshold} sure of another (or the rules coded
     * nothing): {@code probabilities} holds the judge's row for each prediction's sentence.
     */
    public static List<Prediction> judged(List<Prediction> predictions, float[][] probabilities, double threshold) {
        if (probabilities.length != predictions.size()) {
            throw new IllegalArgumentException(probabilities.length + " judgements for " + predictions.size() + " sentences");
        }
        List<Prediction> out = new java.util.ArrayList<>(predictions.size());
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            float[] row = probabilities[i];
            int best = org.sitrep.events.SentenceJudge.best(row);
            boolean overrule = row[best] >= threshold && (p.predicted() == null || p.predicted() != best);
            out.add(overrule ? new Prediction(p.sentence(), best, p.cameo(), p.source(), p.target()) : p);
        }
        return out;
    }

    public static Scores score(List<Prediction> predictions) {
        int[][] confusion = new int[5][6];
        int noEvent = 0;
        for (Prediction p : predictions) {
            int col = p.predicted() == null ? 5 : p.predicted();
            confusion[p.sentence().label()][col]++;
            if (p.predicted() == null) {
                noEvent++;
            }
        }
        double[] precision = new double[5];
        double[] recall = new double[5];
        double[] f1 = new double[5];
        double sum = 0;
        for (int c = 0; c < 5; c++) {
            int tp = confusion[c][c];
            int predicted = 0;
            int gold = 0;
            for (int g = 0; g < 5; g++) {
                predicted += confusion[g][c];
            }
            for (int k = 0; k < 6; k++) {
                gold += confusion[c][k];
            }
            precision[c] = predicted == 0 ? 0 : (double) tp / predicted;
            recall[c] = gold == 0 ? 0 : (double) tp / gold;
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
            sum += f1[c];
        }
        int[] s = new int[3];
        int[] t = new int[3];
        int withSpans = 0;
        for (Prediction p : predictions) {
            if (!p.sentence().hasSpans()) {
                continue;
            }
            withSpans++;
            count(p.source(), p.sentence().sources(), s);
            count(p.target(), p.sentence().targets(), t);
        }
        SpanScore src = new SpanScore(s[0], s[1], s[2]);
        SpanScore tgt = new SpanScore(t[0], t[1], t[2]);
        SpanScore all = new SpanScore(s[0] + t[0], s[1] + t[1], s[2] + t[2]);
        return new Scores(sum / 5, precision, recall, f1, confusion, noEvent, src, tgt, all, withSpans);
    }

    private static void count(String predicted, List<String> gold, int[] acc) {
        acc[2] += gold.size();
        if (predicted == null) {
            return;
        }
        acc[1]++;
        String key = CameoSet.key(predicted);
        if (gold.stream().anyMatch(g -> CameoSet.key(g).equals(key))) {
            acc[0]++;
        }
    }

    public List<Prediction> run(List<CameoSentence> sentences, java.util.function.IntConsumer progress) {
        List<Prediction> out = new ArrayList<>();
        for (CameoSentence s : sentences) {
            out.add(code(s));
            progress.accept(out.size());
        }
        return out;
    }
}
