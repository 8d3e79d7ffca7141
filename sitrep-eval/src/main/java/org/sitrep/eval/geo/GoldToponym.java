package org.sitrep.eval.geo;

/**
 * One annotated toponym of an evaluation corpus.
 *
 * @param start     character offset (inclusive)
 * @param end       character offset (exclusive)
 * @param text      as written
 * @param type      the corpus' use type (GeoWebNews: Literal, Metonymic, ...; LGL has none: {@code Literal})
 * @param geonameId GeoNames id, {@code null} when the annotation has none
 * @param lat       latitude, {@code null} when the annotation has none
 * @param lon       longitude, {@code null} when the annotation has none
 */
public record GoldToponym(int start, int end, String text, String type, Long geonameId, Double lat, Double lon) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
