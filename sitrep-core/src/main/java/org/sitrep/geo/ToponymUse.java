package org.sitrep.geo;

import java.util.Locale;

/** How a place name is used in its sentence. Only literal uses locate events. */
public enum ToponymUse {
    /** The place itself: "fighting in Hama". */
    LITERAL,
    /** The name stands for something else, usually a government: "the army loyal to Damascus", "Washington said". */
    METONYMIC,
    /** An adjective or noun of people or origin: "Syrian", "Iraqi troops". */
    DEMONYM,
    /**
     * The name says where people or things belong or come from, not where something is or happens: "Orange County
     * residents", "the people of Mexico", "a Boston native" (GeoWebNews' non-literal modifiers).
     */
    ASSOCIATIVE,
    /** Looks like a place name but is not one here: "Jordan Peterson", "Paris Hilton". */
    NON_TOPONYM;

    /**
     * The name in output contracts: {@code literal}, {@code metonymic}, {@code demonym}, {@code associative},
     * {@code non_toponym}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
