package org.sitrep.geo;

import java.util.List;

/**
 * One entry of the compact gazetteer: a country, a first- or second-level division, a populated place or a
 * large region (continent, ocean).
 *
 * @param kind          what it is
 * @param geonameId     GeoNames id, {@code null} when the sources give none (countries, divisions)
 * @param name          preferred name
 * @param lat           latitude, {@code null} when unknown (some regions)
 * @param lon           longitude, {@code null} when unknown
 * @param country       ISO 3166-1 alpha-2 code ({@code null} for regions)
 * @param admin1Code    GeoNames admin1 code within the country ({@code 10} for Hama), or {@code null}
 * @param admin2Code    GeoNames admin2 code within the admin1, or {@code null}
 * @param featureClass  GeoNames feature class
 * @param featureCode   GeoNames feature code ({@code PCLI}, {@code ADM1}, {@code ADM2}, {@code PPLA}, {@code CONT} ...)
 * @param population    population, 0 when unknown
 * @param weight        a size for ranking: population for places, the summed population of their places
 *                      for countries and divisions (not a population figure)
 * @param names         alternate names (all scripts), folded duplicates removed
 * @param abbreviations names matched only as written, case included ({@code U.S.}, {@code Calif.})
 * @param demonyms      adjectives and nouns of people ({@code Syrian}, {@code Syrians})
 */
public record GazetteerEntry(Kind kind, Long geonameId, String name, Double lat, Double lon, String country,
                             String admin1Code, String admin2Code, String featureClass, String featureCode,
                             long population, long weight, List<String> names, List<String> abbreviations,
                             List<String> demonyms) {

    /** The kinds of entry, in the order resolution goes top-down. */
    public enum Kind {
        REGION, COUNTRY, ADMIN1, ADMIN2, PLACE;

        char code() {
            return switch (this) {
                case REGION -> 'R';
                case COUNTRY -> 'C';
                case ADMIN1 -> 'A';
                case ADMIN2 -> 'B';
                case PLACE -> 'P';
            };
        }

        static Kind of(char c) {
            return switch (c) {
                case 'R' -> REGION;
                case 'C' -> COUNTRY;
                case 'A' -> ADMIN1;
                case 'B' -> ADMIN2;
                case 'P' -> PLACE;
                default -> throw new IllegalArgumentException("unknown gazetteer kind " + c);
            };
        }
    }

    public GazetteerEntry {
        names = List.copyOf(names);
        abbreviations = List.copyOf(abbreviations);
        demonyms = List.copyOf(demonyms);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** A key that identifies the entry within one gazetteer file. */
    public String id() {
        if (geonameId != null) {
            return "g" + geonameId;
        }
        return kind.code() + ":" + country + (admin1Code == null ? "" : "." + admin1Code)
                + (admin2Code == null ? "" : "." + admin2Code) + (kind == Kind.REGION ? ":" + name : "");
    }

    /**
     * The stable id of the entry, the one the store, the API and the page use: the GeoNames id when the data has
     * it; else, for countries and divisions, their GeoNames code ({@code CN}; {@code SY.10} for the first-level
     * division 10 of Syria; {@code US.TX.277} for a second-level one), which GeoNames keys them by too;
     * {@code region:darfur} for a region without one.
     */
    public String placeId() {
        if (geonameId != null) {
            return geonameId.toString();
        }
        return switch (kind) {
            case COUNTRY -> country;
            case ADMIN1 -> country + "." + admin1Code;
            case ADMIN2 -> country + "." + admin1Code + "." + admin2Code;
            case REGION -> "region:" + NameFolder.fold(name).replace(' ', '-');
            default -> null;
        };
    }

    /** The entry as a {@link Place}, with its admin1 name filled in; {@code null} without coordinates. */
    public Place toPlace(String admin1Name) {
        if (!hasCoordinates()) {
            return null;
        }
        return new Place(geonameId, name, lat, lon, country, admin1Name, featureClass, featureCode, population,
                placeId());
    }

    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    public boolean isDivision() {
        return kind == Kind.ADMIN1 || kind == Kind.ADMIN2;
    }

    /** A national capital or the seat of a first-level division. */
    public boolean isCapitalOrSeat() {
        return "PPLC".equals(featureCode) || "PPLA".equals(featureCode) || "PPLG".equals(featureCode);
    }
}
