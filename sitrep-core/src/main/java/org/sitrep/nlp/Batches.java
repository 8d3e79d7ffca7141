package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a CoreNLP step over a document's sentences a few at a time, so that an article's time budget
 * ({@link WorkLimits}) is checked between batches and not only between steps: the tagger alone can
 * spend a minute on 20,000 tokens of one repeated name. CoreNLP tags, parses and dates each sentence
 * on its own, so the result is the same as one call over the whole document.
 */
final class Batches {

    /** About this many tokens per batch: a few seconds at the worst measured cost per token. */
    static final int TOKENS = 1_000;

    private Batches() {
    }

    /**
     * Runs {@code step} over the sentences in batches, each a document of its own made of the same
     * sentence and token objects (with the document's date), checking the deadline before each.
     */
    static void run(Annotation doc, List<CoreMap> sentences, WorkLimits.Deadline deadline, String what,
                    Consumer<Annotation> step) {
        List<CoreMap> batch = new ArrayList<>();
        int tokens = 0;
        for (CoreMap s : sentences) {
            batch.add(s);
            tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
            if (tokens >= TOKENS) {
                deadline.check(what);
                step.accept(part(doc, batch));
                batch = new ArrayList<>();
                tokens = 0;
            }
        }
        if (!batch.isEmpty()) {
            deadline.check(what);
            step.accept(part(doc, batch));
        }
    }

    /** The sentences as a document of their own (the same token and sentence objects). */
    static Annotation part(Annotation doc, List<CoreMap> sentences) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        return part;
    }
}
