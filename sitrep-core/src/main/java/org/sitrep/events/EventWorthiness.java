package org.sitrep.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.dict.WordClasses;
import org.sitrep.nlp.DepGraph;

/**
 * The events stage's judge of what is worth recording, between finding candidate acts and folding an
 * article's repeats. Each rule is small, reads its words from {@link WordClasses}, and is tested on its own:
 * <ul>
 *   <li>attribution: who reports a fact is attribution on the event reported, never an event of its own
 *       ("strikes killed 34 people, medics said"); a side reporting its own act claims it.</li>
 *   <li>what did not happen: a condition ("if Italy had joined"), what would, could or might have been
 *       ("it would have said something", "the strikes could trigger a war"), a question;</li>
 *   <li>totals over a period: "700 people have been killed since the war began", "so far this year";</li>
 *   <li>states and descriptions: "the province, which is controlled by the government", "rebels led by X".</li>
 * </ul>
 */
final class EventWorthiness {

    private final WordClasses words;

    EventWorthiness(WordClasses words) {
        this.words = words;
    }

    /**
     * Judges the candidates of one sentence in place: drops what is no event of its own and marks what
     * is claimed. {@code triggers} gives each candidate's trigger token.
     */
    void judge(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        attribution(v, events, triggers);
        background(v, events, triggers);
        toTheMedia(events, triggers);
        events.removeIf(e -> {
            Integer t = triggers.get(e);
            return t != null && (unreal(v, t) || total(v, t, e) || state(v, t, e));
        });
    }

    /**
     * Telling the news media ("told AFP", "told reporters", "said on state television") is how a statement
     * reached the story, not whom it was made to: a statement (CAMEO 01–02) to the media is a plain
     * statement, with no target.
     */
    static void toTheMedia(List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        for (EventRecord e : new ArrayList<>(events)) {
            String root = e.root();
            EventRecord.Participant t = e.target();
            if (t != null && t.cameo() != null && ("01".equals(root) || "02".equals(root))
                    && org.sitrep.mentions.Actor.rolesOf(t.cameo()).endsWith("MED")) {
                replace(events, triggers, e, e.withSides(e.source(), null));
            }
        }
    }

    /**
     * An act named as the start of a period ("since the group's October 7 attack on Israel triggered
     * the war", "since the invasion") is background: the story does not say when it happened, so it
     * has no day (its basis is {@code past}).
     */
    void background(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        DepGraph g = v.graph;
        for (EventRecord e : new ArrayList<>(events)) {
            Integer t = triggers.get(e);
            if (t == null || !g.token(t).isNoun()) {
                continue;
            }
            int clause = g.head(t);
            boolean since = g.hasChild(t, "case", "since")
                    || clause >= 0 && g.rel(t).startsWith("nsubj") && g.hasChild(clause, "mark", "since");
            if (since && e.date() != null) {
                replace(events, triggers, e, e.withDate(null, null, "past"));
            }
        }
    }

    /**
     * What did not happen: a verb in a condition ("if", "unless", "whether"), one with a modal of
     * possibility ("could", "might", "may") or a past one of "would" ("would have said"), or one in a
     * question. The modals are &UNREAL_MODALS, the markers &CONDITIONS.
     */
    boolean unreal(SentenceView v, int verb) {
        DepGraph g = v.graph;
        String last = v.sentence.tokens().isEmpty() ? "" : v.sentence.token(v.sentence.size() - 1).word();
        if (last.equals("?") && v.mentions.quoteAt(v.sentence.token(verb).start()) == null) {
            return true;
        }
        int h = verb;
        for (int steps = 0; steps < 4 && h >= 0; steps++) {
            boolean perfect = false;
            String modal = null;
            for (var d : g.children(h)) {
                String w = g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
                if (d.rel().equals("mark") && words.has("CONDITIONS", w)) {
                    return true;
                }
                if ((d.rel().equals("mark") || d.rel().equals("case")) && w.equals("without")) {
                    return true; // "without damaging them": not done
                }
                if (d.rel().equals("aux") && w.equals("have")) {
                    perfect = true;
                }
                if (d.rel().equals("aux") && g.token(d.dependent()).pos().equals("MD")) {
                    modal = w;
                }
            }
            if (modal != null && (words.has("UNREAL_MODALS", modal) || modal.equals("would") && perfect)) {
                return true;
            }
            String rel = g.rel(h);
            if (!(rel.startsWith("conj") || rel.equals("xcomp"))) {
                break;
            }
            h = g.head(h);
        }
        return false;
    }

    /**
     * A total over a period, no act of its own: violence counted "since" a time or an event, or
     * told with a word of totals (&TOTALS: "so far", "to date", "in total", "altogether").
     */
    boolean total(SentenceView v, int verb, EventRecord e) {
        if (!e.violent()) {
            return false;
        }
        DepGraph g = v.graph;
        for (var d : g.children(verb)) {
            int c = d.dependent();
            if (d.rel().equals("obl:since") || d.rel().startsWith("advcl") && g.hasChild(c, "mark", "since")) {
                return true;
            }
            if (d.rel().startsWith("obl") && g.hasChild(c, "case", "since")) {
                return true;
            }
            String w = g.token(c).lemma().toLowerCase(java.util.Locale.ROOT);
            if ((d.rel().equals("advmod") || d.rel().startsWith("obl")) && words.has("TOTALS", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A state or a description, no act: a verb in the present passive in a relative clause ("which is
     * controlled by the government"), or a past participle that describes a noun ("rebels led by X", "a
     * group backed by Iran"), unless it tells violence ("civilians killed in the strike").
     */
    boolean state(SentenceView v, int verb, EventRecord e) {
        DepGraph g = v.graph;
        String rel = g.rel(verb);
        if (rel.equals("acl:relcl")) {
            for (var d : g.children(verb)) {
                String pos = g.token(d.dependent()).pos();
                if (d.rel().equals("aux:pass") && (pos.equals("VBZ") || pos.equals("VBP"))) {
                    return true;
                }
            }
            return false;
        }
        return (rel.equals("acl") || rel.equals("csubj")) && g.token(verb).pos().equals("VBN") && !e.violent()
                && !Coder.predicateMisread(g, verb); // "X, Y and the Kurds on Thursday condemned ...": the predicate
    }

    /**
     * A verb of reporting whose report holds another candidate is the attribution of that candidate: the
     * report is dropped (the candidate keeps its speaker), and what the reporting side says it did itself,
     * or what a verb of claiming reports, is claimed.
     */
    void attribution(SentenceView v, List<EventRecord> events, Map<EventRecord, Integer> triggers) {
        DepGraph g = v.graph;
        Set<EventRecord> reports = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EventRecord> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<EventRecord, String> toldBy = new IdentityHashMap<>();
        for (EventRecord said : events) {
            Integer t1 = triggers.get(said);
            boolean attribution = t1 != null && words.has("ATTRIBUTION", g.token(t1).lemma());
            boolean claim = t1 != null && words.has("OWN_CLAIM", g.token(t1).lemma());
            if (!attribution && !claim || "015".equals(said.cameo()) || "112".equals(said.cameo())) {
                continue; // a report CAMEO's transformations made a claim of responsibility or an accusation stays
            }
            for (EventRecord act : events) {
                Integer t2 = triggers.get(act);
                if (t2 == null || t2.equals(t1) || act == said || !reports(g, t1, t2)) {
                    continue;
                }
                if (attribution) {
                    reports.add(said);
                    if (act.attribution().speaker() == null && said.source() != null && !toldBy.containsKey(act)) {
                        toldBy.put(act, said.attribution().speaker() != null ? said.attribution().speaker()
                                : said.source().text());
                    }
                }
                boolean own = act.source() != null && said.source() != null && act.source().id() != null
                        && act.source().id().equals(said.source().id()) || Subjects.saidOfItself(v, t1, t2);
                if ((own || claim) && act.modality() == Modality.ASSERTED) {
                    claimed.add(act);
                }
            }
        }
        events.removeIf(reports::contains);
        for (EventRecord e : new ArrayList<>(events)) {
            EventRecord updated = toldBy.containsKey(e) ? e.withSpeaker(toldBy.get(e)) : e;
            updated = claimed.contains(e) ? updated.withModality(Modality.CLAIMED) : updated;
            if (updated != e) {
                replace(events, triggers, e, updated);
            }
        }
    }

    /** Puts {@code updated} where {@code old} was, keeping its trigger. */
    private static void replace(List<EventRecord> events, Map<EventRecord, Integer> triggers, EventRecord old,
                                EventRecord updated) {
        int k = indexOf(events, old);
        if (k >= 0) {
            Integer t = triggers.remove(old);
            events.set(k, updated);
            if (t != null) {
                triggers.put(updated, t);
            }
        }
    }

    private static int indexOf(List<EventRecord> events, EventRecord e) {
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k) == e) {
                return k;
            }
        }
        return -1;
    }

    /** Relations by which a clause belongs to the clause above it: what is reported of the one is reported of the other. */
    private static boolean clausal(String rel) {
        return rel.startsWith("conj") || rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl");
    }

    /**
     * Whether the verb of reporting reports the act: the act is in its complement ("said the troops
     * attacked"), or it hangs on the act's clause ("the troops attacked, the ministry said").
     */
    static boolean reports(DepGraph g, int speech, int act) {
        int h = act;
        for (int steps = 0; steps < 5 && h >= 0; steps++) {
            int up = g.head(h);
            String rel = g.rel(h);
            if (up == speech) {
                return rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("dep") || rel.equals("xcomp")
                        || rel.startsWith("advcl") && g.token(h).pos().equals("VBG");
            }
            if (!clausal(rel)) {
                break;
            }
            h = up;
        }
        // "..., the group said": the verb of saying hangs on the act's clause
        String rel = g.rel(speech);
        if (rel.equals("parataxis") || rel.startsWith("advcl") || rel.startsWith("dep")) {
            int clause = g.head(speech);
            int a = act;
            for (int steps = 0; steps < 5 && a >= 0; steps++) {
                if (a == clause) {
                    return true;
                }
                if (!clausal(g.rel(a))) {
                    return false;
                }
                a = g.head(a);
            }
        }
        return false;
    }
}
