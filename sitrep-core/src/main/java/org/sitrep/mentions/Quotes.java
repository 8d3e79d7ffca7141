package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.Segment;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Quoted speech in an article and where its attribution is: the subject of the verb of saying
 * next to the quote ("…,” the Syrian Armed Forces Command said."), or, for a paragraph that is
 * all quote, the attribution of the quote before it.
 */
final class Quotes {

    /** A quote and the token that names its speaker (sentence, token), or -1s. */
    record Found(int start, int end, int speakerSentence, int speakerToken, int inheritFrom) {
    }

    private Quotes() {
    }

    static List<Found> find(AnnotatedDoc doc, List<DepGraph> graphs, org.sitrep.dict.WordClasses classes) {
        String text = doc.article().text();
        List<int[]> spans = new ArrayList<>();
        for (Segment seg : doc.article().coded()) {
            boolean open = false;
            int start = 0;
            for (int i = seg.start(); i < seg.end(); i++) {
                char c = text.charAt(i);
                boolean opening = c == '“' || c == '«' || c == '„';
                boolean closing = c == '”' || c == '»';
                if (c == '"') {
                    opening = !open;
                    closing = open;
                }
                if (!open && opening) {
                    open = true;
                    start = i + 1;
                } else if (open && closing) {
                    spans.add(new int[] {start, i});
                    open = false;
                }
            }
            if (open) {
                spans.add(new int[] {start, seg.end()});
            }
        }
        List<Found> out = new ArrayList<>();
        for (int[] q : spans) {
            if (!isSpeech(doc, q[0], q[1])) {
                continue;
            }
            int[] who = attribution(doc, graphs, classes, q[0], q[1]);
            int inherit = -1;
            if (who[0] < 0 && !out.isEmpty()) {
                inherit = out.size() - 1;
            }
            out.add(new Found(q[0], q[1], who[0], who[1], inherit));
        }
        return out;
    }

    /** Quoted names and scare quotes are not speech: a quote must hold a verb. */
    private static boolean isSpeech(AnnotatedDoc doc, int start, int end) {
        int tokens = 0;
        boolean verb = false;
        for (Sentence s : doc.sentences()) {
            if (s.end() <= start || s.start() >= end) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= start && t.end() <= end) {
                    tokens++;
                    verb |= t.pos().startsWith("VB") || t.pos().equals("MD");
                }
            }
        }
        return verb && tokens >= 3;
    }

    /** The speaker's token: subject of a verb of saying outside the quote, in the sentence where it ends or begins. */
    private static int[] attribution(AnnotatedDoc doc, List<DepGraph> graphs, org.sitrep.dict.WordClasses classes,
                                       int start, int end) {
        for (Sentence s : doc.sentences()) {
            boolean holdsEnd = s.start() <= end && end <= s.end() + 1;
            boolean holdsStart = s.start() <= start && start <= s.end();
            if (!holdsEnd && !holdsStart) {
                continue;
            }
            DepGraph g = graphs.get(s.index());
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (Token t : s.tokens()) {
                boolean inside = t.start() >= start && t.end() <= end;
                if (inside || !t.pos().startsWith("VB") || !classes.has("SPEECH_VERBS", t.lemma())) {
                    continue;
                }
                int subject = subject(g, t.index());
                if (subject < 0) {
                    continue;
                }
                Token subj = s.token(subject);
                if (subj.start() >= start && subj.end() <= end) {
                    continue;
                }
                int distance = t.start() >= end ? t.start() - end : start - t.end();
                if (distance >= 0 && distance < bestDistance) {
                    bestDistance = distance;
                    best = t.index();
                }
            }
            if (best >= 0) {
                return new int[] {s.index(), subject(g, best)};
            }
        }
        return new int[] {-1, -1};
    }

    static int subject(DepGraph g, int verb) {
        int s = g.child(verb, "nsubj");
        return s >= 0 ? s : -1;
    }
}
