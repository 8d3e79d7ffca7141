package org.sitrep.mentions;

import java.util.Collection;
import java.util.List;
import org.sitrep.geo.Toponym;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.TokenSpan;

/** Finds and resolves the place names of an article, keeping clear of spans other names hold. */
@FunctionalInterface
public interface ToponymFinder {

    List<Toponym> find(AnnotatedDoc doc, Collection<TokenSpan> reserved);

    /** Finds nothing: for coding without places (the PETRARCH suite's fictional world). */
    ToponymFinder NONE = (doc, reserved) -> List.of();
}
