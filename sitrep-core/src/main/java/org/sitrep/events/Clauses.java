package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.mentions.Quote;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/**
 * The clause a verb heads, read for what the coder records besides the event: whether it is asserted,
 * negated, refused, conditional, in the future or only hearsay, who says it, and when it happened.
 */
final class Clauses {

    private Clauses() {
    }

    /**
     * Where a semi-modal (&SEMI_MODALS) ending in the "to" at {@code k} starts (its form of "be", with any
     * adverbs between: "is now about to"), or -1.
     */
    static int semiModalStart(SentenceView v, int k) {
        Sentence s = v.sentence;
        if (k < 2 || !s.token(k).pos().equals("TO") || !v.classes.has("SEMI_MODALS", s.token(k - 1).word())) {
            return -1;
        }
        int b = k - 2;
        while (b >= 0 && s.token(b).pos().startsWith("RB")) {
            b--;
        }
        return b >= 0 && s.token(b).lemma().equals("be") ? b : -1;
    }

    /** Modality, negation, speaker and date of the clause a word heads. */
    static final class Clause {
        boolean negated;
        /** Negated by a refusal: "will not", "refused to", "failed to". */
        boolean refused;
        boolean conditional;
        boolean future;
        /** The complement of "is said to", "are reported to": hearsay. */
        boolean hearsay;
        Modality modality = Modality.ASSERTED;
        String speaker;
        LocalDate date;
        String precision;
        String basis;
    }

    /**
     * Prepositions that name whom a directive asks to act ("called for X to be allowed"). Not "on":
     * news coding takes what one is "called on" to do as the event ("called on workers to mobilize").
     */
    private static final Set<String> ADDRESSEE_PREPS = Set.of("for");

    /**
     * Who a directive verb asks to do its complement ("called for Gondor to be allowed"): the subject
     * of a complement marked "for", or what the graph hangs on "for" between verb and complement; or -1.
     */
    private static int addressee(DepGraph g, int directive, int complement) {
        if (g.hasChild(complement, "mark", "for")) {
            int subj = g.child(complement, "nsubj:pass") >= 0 ? g.child(complement, "nsubj:pass") : g.child(complement, "nsubj");
            if (subj >= 0) {
                return subj; // "called for Gondor to be allowed" parsed right: "for" marks the complement
            }
        }
        for (var d : g.children(directive)) {
            int x = d.dependent();
            if (d.rel().startsWith("obl:") && ADDRESSEE_PREPS.contains(d.subtype()) && x > directive && x < complement) {
                return x;
            }
        }
        return -1;
    }

    static Clause clause(SentenceView v, int i, CodingOptions options) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        Clause c = new Clause();
        boolean willing = false;
        for (var d : g.children(i)) {
            String r = d.rel();
            String lemma = g.token(d.dependent()).lemma();
            String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((r.equals("advmod") || r.equals("neg")) && v.classes.has("NEGATIONS", word)) {
                c.negated = true;
            }
            if (r.equals("aux") && (v.classes.has("FUTURE_AUX", word) || lemma.equals("will"))) {
                c.future = true;
            }
            if (r.equals("aux") && (v.classes.has("FUTURE_AUX", word) || lemma.equals("will") || word.equals("would"))) {
                willing = true;
            }
            if (r.equals("mark") && (word.equals("if") || word.equals("unless"))) {
                c.conditional = true;
            }
            if (r.equals("csubj") && v.classes.has("HOPING_VERBS", lemma) && g.child(d.dependent(), "obj") >= 0
                    && d.dependent() < i && options.futureCodes()) {
                c.conditional = true; // "hopes Russia will lift", parsed with "hopes" for the subject of "lift"
            }
            if (r.equals("aux") && v.classes.has("OBLIGATION_AUX", word) && options.futureCodes()) {
                c.conditional = true; // "Israel must end its attacks": demanded, not done
            }
        }
        if (i >= 2 && v.classes.has("FUTURE_SEMI_MODALS", s.token(i - 2).word())
                && semiModalStart(v, i - 1) >= 0) {
            c.future = true; // "is about to restore", "are going to attack"
            willing = true;
        }
        c.refused = c.negated && willing; // "will not lift", "won't release", "would not accept"
        for (int n : g.children(i, "dep")) {
            if (n < i && s.token(n).pos().startsWith("NN") && v.classes.has("CLAIM_NOUNS", s.token(n).lemma())) {
                // "rejected claims it had bombed a hospital", parsed with "claims" hung on "bombed"
                c.modality = toldInClaim(v, g.head(i), c.modality);
            }
        }
        // up the chain of complements: control verbs, conjoined verbs, verbs of saying
        int h = i;
        boolean speakerFound = false;
        for (int steps = 0; steps < 8; steps++) {
            String rel = g.rel(h);
            int up = g.head(h);
            if (up < 0) {
                break;
            }
            Token upTok = s.token(up);
            if (rel.equals("xcomp") || rel.startsWith("advcl") && upTok.lemma().equals("call")) {
                if (v.classes.has("DIRECTIVE_VERBS", upTok.lemma()) && (g.child(up, "obj") >= 0 || addressee(g, up, h) >= 0)
                        && !(options.namedUnknowns() && Coder.phoneCall(v, up))) {
                    c.conditional = true; // "urged X to open up", "called for X to be allowed": asked for, not done
                }
                if (v.classes.has("FUTURE_CONTROL", upTok.lemma())) {
                    c.future = true;
                }
                if (v.classes.has("FAILED_CONTROL_VERBS", upTok.lemma())) {
                    c.negated = true;
                    c.refused = true;
                }
                if (Coder.requestObject(v, up)) {
                    c.conditional = true; // "refused a request to visit": the visit was only asked for
                }
                if (v.classes.has("CONSIDERING_VERBS", upTok.lemma())) {
                    c.conditional = true; // "considering sending aid": an option, not an act
                }
                if (Coder.hearsay(v, up)) {
                    c.hearsay = true;
                    c.modality = c.modality == Modality.ASSERTED ? Modality.CLAIMED : c.modality;
                }
                if (hasNegation(v, up)) {
                    c.negated = true;
                }
                if (g.children(up).stream().anyMatch(d -> d.rel().equals("aux")
                        && v.classes.has("FUTURE_AUX", g.token(d.dependent()).word()))) {
                    c.future = true;
                }
            }
            if (h == i && Subjects.objectControlled(g, h, rel, up) >= 0 && v.classes.has("ACCUSING_VERBS", upTok.lemma())) {
                // "accused Israel of bombing a school": what the accusation says was done is claimed
                c.modality = c.modality == Modality.ASSERTED ? Modality.CLAIMED : c.modality;
            }
            if ((rel.equals("ccomp") || rel.equals("acl") || rel.equals("dep")) && upTok.pos().startsWith("NN")
                    && v.classes.has("CLAIM_NOUNS", upTok.lemma())) {
                // "allegations that its troops attacked civilians": claimed, and denied when the claim is dismissed
                c.modality = toldInClaim(v, g.rel(up).equals("obj") ? g.head(up) : -1, c.modality);
            }
            if (rel.equals("ccomp") && upTok.isVerb() && v.classes.has("HOPING_VERBS", upTok.lemma()) && options.futureCodes()) {
                c.conditional = true; // "said he hopes the EU will lift the sanctions": hoped for, not done
            }
            if ((rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep") || rel.startsWith("conj"))
                    && !speakerFound && upTok.isVerb() && v.classes.has("SPEECH_VERBS", upTok.lemma())) {
                int subj = g.child(up, "nsubj");
                if (subj >= 0 && Subjects.plausibleSpeaker(v, subj)) {
                    c.speaker = Subjects.speakerText(v, subj);
                    speakerFound = true;
                    if (hasAux(g, i, "would")) {
                        c.future = true; // "said it would allow": the future of then
                    }
                    if (v.classes.has("OWN_CLAIM", upTok.lemma())) {
                        c.modality = Modality.CLAIMED;
                    }
                    if (v.classes.has("DENIAL_VERBS", upTok.lemma())) {
                        c.modality = Modality.DENIED;
                    }
                    if (upTok.lemma().equals("threaten") || upTok.lemma().equals("vow") || upTok.lemma().equals("pledge")
                            || upTok.lemma().equals("promise")) {
                        c.future = true;
                    }
                    if (c.date == null) {
                        dateOf(v, up, c);
                    }
                }
            }
            h = up;
        }
        if (!speakerFound) {
            Quote q = v.mentions.quoteAt(s.token(i).start());
            if (q != null && q.speaker() != null) {
                c.speaker = Subjects.clean(q.speaker());
            }
        }
        if (c.future) {
            c.modality = c.modality == Modality.ASSERTED ? Modality.FUTURE : c.modality;
        }
        dateOf(v, i, c);
        if (c.date == null && c.basis == null) {
            // "Israeli strikes on Tuesday killed five people": the day of the act that is the subject
            for (int subj : v.graph.children(i, "nsubj")) {
                if (c.date == null && c.basis == null && EventNouns.is(v.classes, v.sentence.token(subj))) {
                    dateOf(v, subj, c);
                }
            }
        }
        if (c.date == null && c.basis == null) {
            // "As reported on 1 May, ten militants were killed": the day of the report the act is told in
            // (the parser often leaves "as reported" hanging: the day written right after a verb of reporting)
            for (int adv : v.graph.children(i, "advcl")) {
                if (c.date == null && c.basis == null && v.classes.has("ATTRIBUTION", v.sentence.token(adv).lemma())) {
                    dateOf(v, adv, c);
                }
            }
            for (TimeExpression t : v.sentence.times()) {
                int k = t.startToken() - 1;
                if (k >= 0 && v.sentence.token(k).pos().equals("IN")) {
                    k--;
                }
                if (c.date == null && c.basis == null && t.date() != null && k >= 0 && k < i
                        && v.sentence.token(k).isVerb() && v.classes.has("ATTRIBUTION", v.sentence.token(k).lemma())) {
                    c.date = t.date();
                    c.precision = t.precision();
                    c.basis = "text";
                }
            }
        }
        if (c.date == null && c.basis == null) {
            LocalDate d = v.mentions.doc().article().date();
            if (d != null && !c.future) {
                c.date = d;
                c.precision = "day";
                c.basis = "report";
            } else if (d != null) {
                c.date = d;
                c.precision = "day";
                c.basis = "report";
            }
        }
        return c;
    }

    private static boolean hasAux(DepGraph g, int i, String word) {
        for (var d : g.children(i)) {
            if (d.rel().equals("aux") && g.token(d.dependent()).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of &NEGATIONS modifies the verb ("did not attack"). */
    static boolean hasNegation(SentenceView v, int i) {
        DepGraph g = v.graph;
        for (var d : g.children(i)) {
            if ((d.rel().equals("advmod") || d.rel().equals("neg"))
                    && v.classes.has("NEGATIONS", g.token(d.dependent()).word())) {
                return true;
            }
        }
        return false;
    }

    /** A date attached to the verb ("On Thursday ... entered"), else "in recent days"-like spans, else nothing here. */
    private static void dateOf(SentenceView v, int i, Clause c) {
        DepGraph g = v.graph;
        Sentence s = v.sentence;
        for (TimeExpression t : s.times()) {
            if (!attached(g, t, i)) {
                continue;
            }
            String value = t.value() == null ? "" : t.value();
            LocalDate report = v.mentions.doc().article().date();
            if (t.date() != null) {
                c.date = weekdayOnItsSide(t, t.date(), report, c.future);
                c.precision = t.precision();
                c.basis = "text";
                return;
            }
            LocalDate start = t.firstDay();
            if (start != null) {
                // "in December 2017", "in 2019": the month or year, written as its first day at that precision
                c.date = start;
                c.precision = t.precision();
                c.basis = "text";
                return;
            }
            if (report != null && (value.startsWith("PT") || value.equals("PXD") || value.startsWith("P") && value.endsWith("D"))) {
                // "during the past few hours", "in recent days": up to the report
                c.date = report;
                c.precision = value.startsWith("PT") ? "day" : "week";
                c.basis = "text";
                return;
            }
            if (value.equals("PAST_REF")) {
                c.basis = "past"; // "previously": some time before the report, day unknown
                c.date = null;
                c.precision = null;
            }
        }
    }

    /**
     * A bare day of the week ("on Monday") is the last such day up to the report for an act told as done, the
     * next one after it for an act told as to come: news tells the past week, whichever way SUTime guessed.
     */
    static LocalDate weekdayOnItsSide(TimeExpression t, LocalDate day, LocalDate report, boolean future) {
        String[] words = t.text().trim().split("\\s+");
        if (report == null || words.length != 1 || !org.sitrep.nlp.TimeCues.weekday(words[0])) {
            return day;
        }
        if (!future && day.isAfter(report)) {
            return day.minusWeeks((day.toEpochDay() - report.toEpochDay() + 6) / 7);
        }
        if (future && day.isBefore(report)) {
            return day.plusWeeks((report.toEpochDay() - day.toEpochDay() + 6) / 7);
        }
        return day;
    }

    /**
     * The modality of an act told in a claim ("allegations that ...", "claims it had ..."): denied when the verb
     * that takes the claim dismisses it ("denied allegations"), else claimed unless already otherwise.
     */
    private static Modality toldInClaim(SentenceView v, int taker, Modality current) {
        if (taker >= 0 && v.classes.has("DISMISSING_VERBS", v.sentence.token(taker).lemma())) {
            return Modality.DENIED;
        }
        return current == Modality.ASSERTED ? Modality.CLAIMED : current;
    }

    /**
     * Whether a time expression modifies the verb itself (not a noun inside one of its phrases, nor
     * the start of a period: "since the start of its offensive a week ago").
     */
    private static boolean attached(DepGraph g, TimeExpression t, int verb) {
        int from = Math.min(verb, t.startToken());
        for (int k = from; k < t.startToken(); k++) {
            if (g.token(k).lemma().equals("since")) {
                return false;
            }
        }
        for (int k = t.startToken(); k < t.endToken(); k++) {
            for (var d : g.parents(k)) {
                if (d.governor() == verb) {
                    return true;
                }
            }
        }
        return false;
    }
}
