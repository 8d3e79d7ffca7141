package org.sitrep.store;

import java.util.List;

/**
 * A GeoNames place where stored events happened. Unknown values are {@code null}.
 *
 * @param names  the words that named it in the articles, sorted
 * @param events deduplicated events located there
 */
public record StoredPlace(long geonameid, String name, Double lat, Double lon, String country, String admin1,
                          String precision, List<String> names, int events) {

    public StoredPlace {
        names = List.copyOf(names);
    }
}
