package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bounds the work of the nlp stage on one document after sentence splitting (see {@link WorkLimits}):
 * refuses a document with too many tokens, and cuts each sentence longer than the limit into pieces
 * that CoreNLP then treats as sentences of their own.
 */
final class LongSentences {

    /** Tokens after which a piece is best cut. */
    private static final Set<String> BREAKS = Set.of(";", ",", ":", "--", "-", "\u2013", "\u2014", ")", "\u2026", "...");

    private LongSentences() {
    }

    /**
     * Checks the size of {@code doc} (tokenized and split into sentences) and cuts its long sentences.
     *
     * @return one note per sentence that was cut, for the article's report
     * @throws TooMuchWorkException when the document has more tokens than the limits allow
     */
    static List<String> bound(Annotation doc, WorkLimits limits) {
        List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
        int tokens = all == null ? 0 : all.size();
        if (tokens > limits.articleTokens()) {
            throw new TooMuchWorkException(String.format(Locale.ROOT,
                    "the article has %,d tokens, more than the %,d one article may have", tokens,
                    limits.articleTokens()));
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> size(s) <= limits.sentenceTokens())) {
            return List.of();
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<String> notes = new ArrayList<>();
        List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
        for (CoreMap s : sentences) {
            int n = size(s);
            if (n <= limits.sentenceTokens()) {
                out.add(renumber(s, out.size()));
                continue;
            }
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int first = out.size();
            int from = 0;
            while (from < n) {
                int to = cut(labels, from, limits.sentenceTokens());
                out.add(piece(text, labels.subList(from, to), firstToken + from, out.size()));
                from = to;
            }
            notes.add(String.format(Locale.ROOT,
                    "a sentence of %,d tokens (characters %d to %d) was cut into %d pieces of at most %d tokens, "
                            + "now sentences %d to %d", n, labels.get(0).beginPosition(),
                    labels.get(n - 1).endPosition(), out.size() - first, limits.sentenceTokens(), first,
                    out.size() - 1));
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        return notes;
    }

    private static int size(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        return labels == null ? 0 : labels.size();
    }

    /** Where the piece that starts at {@code from} ends: after a break in its second half, else at the limit. */
    static int cut(List<CoreLabel> labels, int from, int limit) {
        int end = from + limit;
        if (end >= labels.size()) {
            return labels.size();
        }
        for (int i = end - 1; i >= from + limit / 2; i--) {
            if (BREAKS.contains(labels.get(i).word())) {
                return i + 1;
            }
        }
        return end;
    }

    private static CoreMap piece(String text, List<CoreLabel> labels, int tokenBegin, int index) {
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        Annotation s = new Annotation(text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(labels));
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + labels.size());
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setIndex(i + 1);
        }
        return renumber(s, index);
    }

    private static CoreMap renumber(CoreMap s, int index) {
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
            l.setSentIndex(index);
        }
        return s;
    }
}
