package org.sitrep.store;

import java.time.LocalDate;

/**
 * An event as a map shows it: where, when, what and who, without its reports or evidence (see
 * {@link EventStore#mapPoints}). Unknown values are {@code null}.
 *
 * @param id         the event id
 * @param date       its day
 * @param lat        latitude, {@code null} when the event has no located place
 * @param lon        longitude, {@code null} when the event has no located place
 * @param plover     PLOVER type
 * @param cameo      CAMEO code
 * @param geonameid  GeoNames id of the place
 * @param placeName  the place's name (as the gazetteer has it, else as the text gave it)
 * @param source     the source actor's id, else the words that named it
 * @param target     the target actor's id, else the words that named it
 * @param modality   asserted, claimed, future or denied
 * @param numSources distinct outlets that told it
 */
public record MapPoint(String id, LocalDate date, Double lat, Double lon, String plover, String cameo, Long geonameid,
                       String placeName, String source, String target, String modality, int numSources) {

    /** Whether it has coordinates. */
    public boolean located() {
        return lat != null && lon != null;
    }

    /** What identifies its place: the GeoNames id, else the name. */
    public String placeKey() {
        return geonameid != null ? geonameid.toString() : placeName;
    }
}
