package org.sitrep.nlp;

import java.util.List;
import org.sitrep.ingest.Article;

/**
 * An article with its body sentences annotated.
 *
 * @param notes what the nlp stage did not do as usual, one line each (a long sentence cut into pieces,
 *              see {@link WorkLimits}); empty for almost every article
 */
public record AnnotatedDoc(Article article, List<Sentence> sentences, List<String> notes) {

    public AnnotatedDoc {
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }

    public AnnotatedDoc(Article article, List<Sentence> sentences) {
        this(article, sentences, List.of());
    }
}
