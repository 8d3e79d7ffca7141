package org.sitrep.store;

import java.util.List;

/**
 * A place where stored events happened. Unknown values are {@code null}.
 *
 * @param id     its stable id: the GeoNames id, else the GeoNames code of a country or division ({@code CN},
 *               {@code SY.10})
 * @param geonameid its GeoNames id, {@code null} for countries and divisions (the sources give none)
 * @param names  the words that named it in the articles, sorted
 * @param events deduplicated events located there
 */
public record StoredPlace(String id, Long geonameid, String name, Double lat, Double lon, String country, String admin1,
                          String precision, List<String> names, int events) {

    public StoredPlace {
        names = List.copyOf(names);
    }
}
