package org.sitrep.store;

import java.time.LocalDate;

/**
 * What to select events by; {@code null} fields do not select. Every value is bound as a query
 * parameter, never pasted into SQL.
 *
 * @param actor      an actor id ({@code HTS}) or the words naming it, as source or target
 * @param place      a GeoNames id or a place name
 * @param bbox       minLon, minLat, maxLon, maxLat (minLon > maxLon crosses the antimeridian)
 * @param cameo      a CAMEO code or prefix ({@code 19} selects 190..196)
 * @param plover     a PLOVER type ({@code ASSAULT})
 * @param acled      an ACLED event type or sub-event type
 * @param from       first day (inclusive)
 * @param to         last day (inclusive)
 * @param modality   asserted, claimed, future, denied
 * @param minSources at least this many sources
 * @param limit      at most this many events, {@code null} for all
 * @param offset     leave out this many first events of the order (date, undated last, then id): with
 *                   {@code limit}, a page
 * @param minConfidence only events whose confidence is at least this, 0 to 1; {@code null} for all (the
 *                   commands and the API apply {@code Confidence.DEFAULT_THRESHOLD} unless told otherwise)
 */
public record EventQuery(String actor, String place, double[] bbox, String cameo, String plover, String acled,
                         LocalDate from, LocalDate to, String modality, Integer minSources, Integer limit, int offset,
                         Double minConfidence) {

    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null, null, null);

    public EventQuery {
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("a bounding box is minLon,minLat,maxLon,maxLat");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("an offset is 0 or more");
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a confidence is between 0 and 1");
        }
    }

    /** A query from the first event on. */
    public EventQuery(String actor, String place, double[] bbox, String cameo, String plover, String acled,
                      LocalDate from, LocalDate to, String modality, Integer minSources, Integer limit) {
        this(actor, place, bbox, cameo, plover, acled, from, to, modality, minSources, limit, 0, null);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(v, place, bbox, cameo, plover, acled, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withPlace(String v) {
        return new EventQuery(actor, v, bbox, cameo, plover, acled, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withBbox(double[] v) {
        return new EventQuery(actor, place, v, cameo, plover, acled, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withCameo(String v) {
        return new EventQuery(actor, place, bbox, v, plover, acled, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withPlover(String v) {
        return new EventQuery(actor, place, bbox, cameo, v, acled, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withAcled(String v) {
        return new EventQuery(actor, place, bbox, cameo, plover, v, from, to, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withDates(LocalDate f, LocalDate t) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, f, t, modality, minSources, limit, offset, minConfidence);
    }

    public EventQuery withModality(String v) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, from, to, v, minSources, limit, offset, minConfidence);
    }

    public EventQuery withMinSources(Integer v) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, from, to, modality, v, limit, offset, minConfidence);
    }

    public EventQuery withLimit(Integer v) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, from, to, modality, minSources, v, offset, minConfidence);
    }

    public EventQuery withOffset(int v) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, from, to, modality, minSources, limit, v, minConfidence);
    }

    public EventQuery withMinConfidence(Double v) {
        return new EventQuery(actor, place, bbox, cameo, plover, acled, from, to, modality, minSources, limit, offset, v);
    }
}
