package org.sitrep.events;

import java.util.Locale;

/** How the text presents an event. */
public enum Modality {
    /** Told as fact, by the outlet or a speaker. */
    ASSERTED,
    /** Presented as someone's contested claim ("claimed", "alleged"). */
    CLAIMED,
    /** Announced, planned, vowed or threatened: not (yet) done. */
    FUTURE,
    /** Denied by the speaker. */
    DENIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
