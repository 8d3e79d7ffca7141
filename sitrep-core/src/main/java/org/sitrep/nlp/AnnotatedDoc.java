package org.sitrep.nlp;

import java.util.List;
import org.sitrep.ingest.Article;

/** An article with its body sentences annotated. */
public record AnnotatedDoc(Article article, List<Sentence> sentences) {

    public AnnotatedDoc {
        sentences = List.copyOf(sentences);
    }
}
