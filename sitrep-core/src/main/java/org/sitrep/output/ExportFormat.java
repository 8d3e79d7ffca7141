package org.sitrep.output;

import java.util.Locale;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;

/** The formats events are written in. */
public enum ExportFormat {
    /** One JSON object per event and line (the {@code sitrep code} contract). */
    JSONL,
    /** A GeoJSON FeatureCollection, one point feature per event (no geometry when there is no place). */
    GEOJSON,
    /** PLOVER JSON records (the specification's field names), one per line. */
    PLOVER,
    /** GDELT 2.0 event table: tab-separated, 61 columns, no header. */
    GDELT,
    /** GDELT 2.0 mentions table: tab-separated, 16 columns, one row per sentence telling an event. */
    GDELT_MENTIONS,
    /** ACLED-style CSV with ACLED's column names. */
    ACLED,
    /** sitrep's flat CSV table, one row per event. */
    CSV,
    /** sitrep's flat table as an Apache Parquet file (needs a file to write to). */
    PARQUET;

    /**
     * Whether an event is in this format's scope: GDELT's tables hold dated events only; ACLED's
     * table the events of an ACLED type with a date and a country; PLOVER the events of a PLOVER type
     * (not CAMEO's plain statements, 01) with a date. sitrep's own formats hold every event.
     */
    public boolean covers(Event ev) {
        return covers(ev.head());
    }

    /** Whether one coded event is in this format's scope (see {@link #covers(Event)}). */
    public boolean covers(EventRecord h) {
        return switch (this) {
            case GDELT, GDELT_MENTIONS -> h.date() != null;
            case ACLED -> h.date() != null && h.acled() != null && h.acled().eventType() != null
                    && h.place() != null && CodeTables.country(h.place().country()) != null;
            case PLOVER -> h.date() != null && h.plover() != null && h.plover().type() != null;
            default -> true;
        };
    }

    /** The name on the command line: {@code gdelt-mentions}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name
                    + "' (jsonl, geojson, plover, gdelt, gdelt-mentions, acled, csv, parquet)");
        }
    }
}
