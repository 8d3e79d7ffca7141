package org.sitrep.control;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.events.EventRecord;

/**
 * Who held a place from when to when, as far as the territory events say.
 *
 * @param placeKey   the GeoNames id as text, or {@code name:<name>} for a place without one
 * @param place      the place (from the events)
 * @param seq        1, 2, ... in time order at this place
 * @param controller who held it: the actor as the events name it
 * @param since      the day it was taken; {@code null} when it was already held before the first event seen
 * @param until      the day it was lost; {@code null} when still held as far as the events say
 * @param confidence 0..1: how well the events support the change that began the period (or, for a
 *                   period known only by its end, the change that ended it)
 * @param basis      {@code taken} (it began with a seizure), {@code held} (known only from losing it)
 * @param evidence   the events that support the change into and out of this period
 */
public record ControlPeriod(String placeKey, EventRecord.PlaceRef place, int seq, EventRecord.Participant controller,
                            LocalDate since, LocalDate until, double confidence, String basis,
                            List<Evidence> evidence) {

    public ControlPeriod {
        evidence = List.copyOf(evidence);
    }

    /** Who held the place: the actor id, else the words naming it. */
    public String controllerId() {
        return controller == null ? null : controller.id() != null ? controller.id() : controller.text();
    }

    /**
     * An event that supports a change of control.
     *
     * @param role {@code gained} (the controller took the place) or {@code lost} (the controller withdrew
     *             or was driven out)
     */
    public record Evidence(String eventId, String role, LocalDate date, String cameo, String actorId,
                           int numSources, double confidence, String text) {
    }
}
