package org.sitrep.nlp;

import org.sitrep.ingest.Article;

/** The nlp stage's entry point: an article in, its body sentences annotated out. */
public interface Annotator {

    AnnotatedDoc annotate(Article article);
}
