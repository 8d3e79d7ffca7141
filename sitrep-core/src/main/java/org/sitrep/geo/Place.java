package org.sitrep.geo;

/**
 * A gazetteer entry (GeoNames).
 *
 * @param geonameId    GeoNames id, {@code null} when the source gives none
 * @param name         preferred name
 * @param lat          latitude, WGS84
 * @param lon          longitude, WGS84
 * @param country      ISO 3166-1 alpha-2 code
 * @param admin1       name of the first-level division it lies in ("Hama Governorate"), or {@code null}
 * @param featureClass GeoNames feature class: {@code A} (country, division), {@code P} (populated place), ...
 * @param featureCode  GeoNames feature code: {@code PCLI}, {@code ADM1}, {@code PPLA}, {@code PPLC}, ...
 * @param population   population, 0 when unknown
 * @param id           a stable id: the GeoNames id when there is one, else the GeoNames code of the country or
 *                     division ({@code CN}, {@code SY.10}, {@code US.TX.277}), see {@link GazetteerEntry#placeId()};
 *                     {@code null} when neither is known
 */
public record Place(Long geonameId, String name, double lat, double lon, String country, String admin1,
                    String featureClass, String featureCode, long population, String id) {

    /** A place whose id is its GeoNames id (or none). */
    public Place(Long geonameId, String name, double lat, double lon, String country, String admin1,
                 String featureClass, String featureCode, long population) {
        this(geonameId, name, lat, lon, country, admin1, featureClass, featureCode, population,
                geonameId == null ? null : geonameId.toString());
    }

    /**
     * How precise a location this is: {@code country}, {@code admin1}, {@code admin2}, {@code region} (an area
     * such as Darfur or a continent), {@code city} or {@code place}.
     */
    public String precision() {
        if (featureCode == null) {
            return "place";
        }
        if ("L".equals(featureClass)) {
            return "region";
        }
        if (featureCode.startsWith("PCL")) {
            return "country";
        }
        if (featureCode.equals("ADM1")) {
            return "admin1";
        }
        if (featureCode.startsWith("ADM")) {
            return "admin2";
        }
        if ("P".equals(featureClass)) {
            return "city";
        }
        return "place";
    }

    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }

    public boolean isPopulatedPlace() {
        return "P".equals(featureClass);
    }
}
