package org.sitrep.output;

import java.util.Locale;

/** The formats events are written in. */
public enum ExportFormat {
    /** One JSON object per event and line (the {@code sitrep code} contract). */
    JSONL,
    /** A GeoJSON FeatureCollection, one point feature per event (no geometry when there is no place). */
    GEOJSON,
    /** PLOVER-style JSON objects, one per line. */
    PLOVER;

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (jsonl, geojson, plover)");
        }
    }
}
