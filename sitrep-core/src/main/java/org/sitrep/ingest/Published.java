package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a story was published, as precisely as its source says.
 *
 * @param date the day
 * @param time the time of day as written (no zone is assumed), {@code null} when only the day is given
 */
public record Published(LocalDate date, LocalTime time) {

    public Published {
        if (date == null) {
            throw new IllegalArgumentException("a publication time needs a date");
        }
    }

    /** ISO 8601: {@code 2024-12-05T09:28} or {@code 2024-12-05}. */
    @Override
    public String toString() {
        return time == null ? date.toString() : date + "T" + time;
    }
}
