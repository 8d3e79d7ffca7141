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
 * @param placeId    the place's stable id (the GeoNames id, else the GeoNames code of a country or division)
 */
public record MapPoint(String id, LocalDate date, Double lat, Double lon, String plover, String cameo, Long geonameid,
                       String placeName, String source, String target, String modality, int numSources,
                       String placeId) {

    /** Whether it has coordinates. */
    public boolean located() {
        return lat != null && lon != null;
    }

    /** What identifies its place: its id, else the GeoNames id, else the name. */
    public String placeKey() {
        return placeId != null ? placeId : geonameid != null ? geonameid.toString() : placeName;
    }
}
