package org.sitrep.geo;

import org.sitrep.nlp.TokenSpan;

/**
 * A place name found in a text.
 *
 * @param span       its tokens
 * @param start      character offset in the article text (inclusive)
 * @param end        character offset in the article text (exclusive)
 * @param text       as written
 * @param use        how it is used
 * @param place      the gazetteer entry it refers to; for demonyms and metonyms the place they name
 *                   (the country of "Syrian", Damascus for "loyal to Damascus"), {@code null} when unresolved
 * @param confidence 0..1, how sure the resolution is
 */
public record Toponym(TokenSpan span, int start, int end, String text, ToponymUse use, Place place,
                      double confidence) {

    public boolean isLiteral() {
        return use == ToponymUse.LITERAL;
    }
}
