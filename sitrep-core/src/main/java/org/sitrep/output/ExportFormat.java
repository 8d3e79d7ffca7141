package org.sitrep.output;

import java.util.Locale;

/** The formats events are written in. */
public enum ExportFormat {
    /** One JSON object per event and line (the {@code sitrep code} contract). */
    JSONL,
    /** A GeoJSON FeatureCollection, one point feature per event (no geometry when there is no place). */
    GEOJSON,
    /** PLOVER-style JSON objects, one per line. */
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
