package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor as the stored events know it: its id, codes, every name the articles gave it, and how
 * much it appears. Unknown values are {@code null}.
 *
 * @param names     the words that named it in the articles (its aliases), sorted
 * @param mentions  tellings that name it as source or target
 * @param events    deduplicated events it takes part in
 * @param firstSeen the earliest day of those events
 * @param lastSeen  the latest
 */
public record StoredActor(String id, String cameo, String kind, List<String> names, int mentions, int events,
                          LocalDate firstSeen, LocalDate lastSeen) {

    public StoredActor {
        names = List.copyOf(names);
    }
}
