package org.sitrep.eval.geo;

/**
 * What the geoparser predicted for one name, as written to {@code --out}.
 *
 * @param doc       0-based index of the article in the corpus file
 * @param start     character offset (inclusive)
 * @param end       character offset (exclusive)
 * @param text      as written
 * @param use       {@code literal}, {@code metonymic}, {@code demonym} or {@code non_toponym}
 * @param geonameId GeoNames id of the place, {@code null} when unknown
 * @param lat       latitude, {@code null} when unresolved
 * @param lon       longitude, {@code null} when unresolved
 */
public record PredictedToponym(int doc, int start, int end, String text, String use, Long geonameId, Double lat,
                               Double lon) {

    public boolean isLiteral() {
        return "literal".equals(use);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
