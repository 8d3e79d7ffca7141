package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a first-level division's point lies where the division is: inside (or within {@link #OUTLINE_KM}
 * of) its country's outline, and within {@link #PLACES_KM} of the nearest populated place the division contains.
 * The gazetteer builder uses it to choose among the points its sources give and fails on what still violates it;
 * a test runs it over the shipped gazetteer.
 *
 * <p>The outlines are a GeoJSON feature collection of countries (the Natural Earth admin-0 outlines the page
 * ships). Their features carry no ISO alpha-2 code, so each feature belongs to the country that has the most
 * populated places inside it; a country's outline is every feature that belongs to it (Somalia and Somaliland
 * both belong to {@code SO}). A country that owns no feature (one too small for the outlines) gets no outline
 * check, only the check against its places.
 */
public final class DivisionCheck {

    /** How far outside its country's (simplified) outline a division's point may lie. */
    public static final double OUTLINE_KM = 25;
    /** How far a division's point may lie from the nearest populated place it contains. */
    public static final double PLACES_KM = 300;
    /** Places per country used to decide which outline features belong to it (the most populous). */
    private static final int SAMPLE = 400;

    /** A polygon: rings of {@code [lon, lat]} (outer first), with its bounding box. */
    private record Polygon(double[][] lons, double[][] lats, double minLon, double maxLon, double minLat,
                           double maxLat) {

        boolean boxContains(double lat, double lon, double marginDeg) {
            return lat >= minLat - marginDeg && lat <= maxLat + marginDeg && lon >= minLon - marginDeg
                    && lon <= maxLon + marginDeg;
        }

        /** Whether the point is inside; rings are unwrapped across the antimeridian, so the point is tried shifted too. */
        boolean contains(double lat, double lon) {
            for (double shift : SHIFTS) {
                if (boxContains(lat, lon + shift, 0) && containsUnwrapped(lat, lon + shift)) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsUnwrapped(double lat, double lon) {
            boolean in = false;
            for (int r = 0; r < lons.length; r++) {
                double[] x = lons[r];
                double[] y = lats[r];
                for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
                    if ((y[i] > lat) != (y[j] > lat) && lon < (x[j] - x[i]) * (lat - y[i]) / (y[j] - y[i]) + x[i]) {
                        in = !in;
                    }
                }
            }
            return in;
        }

        /** Kilometres from the point to the nearest edge (equirectangular around the point: right for short ones). */
        double edgeKm(double lat, double lon) {
            double best = Double.MAX_VALUE;
            for (double shift : SHIFTS) {
                best = Math.min(best, edgeKmUnwrapped(lat, lon + shift));
            }
            return best;
        }

        private double edgeKmUnwrapped(double lat, double lon) {
            double k = Math.cos(Math.toRadians(lat));
            double best = Double.MAX_VALUE;
            for (int r = 0; r < lons.length; r++) {
                double[] x = lons[r];
                double[] y = lats[r];
                for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
                    double ax = (x[j] - lon) * k;
                    double ay = y[j] - lat;
                    double bx = (x[i] - lon) * k;
                    double by = y[i] - lat;
                    double dx = bx - ax;
                    double dy = by - ay;
                    double len = dx * dx + dy * dy;
                    double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
                    double px = ax + t * dx;
                    double py = ay + t * dy;
                    best = Math.min(best, px * px + py * py);
                }
            }
            return Math.sqrt(best) * 111.195;
        }
    }

    private static final double[] SHIFTS = {0, 360, -360};

    /** Countries whose division codes do not join their places: at least this many divisions ... */
    private static final int UNJOINED_MIN = 3;
    /** ... and at least this share of them lie away from the places of their code. */
    private static final double UNJOINED_SHARE = 0.25;

    /** A division at a point, to check. */
    public record Division(String country, String admin1Code, String name, double lat, double lon) {
    }

    private final Map<String, List<Polygon>> outlines;
    private final Map<String, List<double[]>> placesByDivision;
    private final Map<String, List<GazetteerEntry>> placesByCountry;
    private final Set<String> unjoined;

    private DivisionCheck(Map<String, List<Polygon>> outlines, Map<String, List<double[]>> placesByDivision,
                          Map<String, List<GazetteerEntry>> placesByCountry, Set<String> unjoined) {
        this.outlines = outlines;
        this.placesByDivision = placesByDivision;
        this.placesByCountry = placesByCountry;
        this.unjoined = unjoined;
    }

    /**
     * The countries whose division codes do not join their places, judged from these divisions' points: at least
     * {@value #UNJOINED_MIN} and a quarter of the country's divisions that lie in the country lie further than
     * {@link #PLACES_KM} from the places of their code. That happens when the sources come from
     * different GeoNames releases and the country renumbered its divisions in between (Viet Nam's provinces,
     * 2025); there a division's name, not its code, says where it is, and only the outline is checked.
     */
    public Set<String> unjoined(Iterable<Division> divisions) {
        Map<String, int[]> counts = new HashMap<>();
        for (Division d : divisions) {
            if (outside(d.country(), d.lat(), d.lon()) != null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(d.country(), k -> new int[2]);
            c[0]++;
            double near = nearestPlaceKm(d.country(), d.admin1Code(), d.lat(), d.lon());
            if (!Double.isNaN(near) && near > PLACES_KM) {
                c[1]++;
            }
        }
        Set<String> out = new TreeSet<>();
        counts.forEach((country, c) -> {
            if (c[1] >= UNJOINED_MIN && c[1] >= UNJOINED_SHARE * c[0]) {
                out.add(country);
            }
        });
        return out;
    }

    /** This check, with the place check left out for these countries (see {@link #unjoined}). */
    public DivisionCheck withUnjoined(Set<String> countries) {
        return new DivisionCheck(outlines, placesByDivision, placesByCountry, Set.copyOf(countries));
    }

    /** The countries the place check is left out for. */
    public Set<String> unjoined() {
        return unjoined;
    }

    /**
     * A check over these populated places and these country outlines.
     *
     * @param places   the gazetteer's populated places (other kinds are ignored)
     * @param outlines a GeoJSON feature collection of country outlines, or {@code null} for the check against
     *                 places alone
     */
    public static DivisionCheck of(Iterable<GazetteerEntry> places, JsonNode outlines) {
        Map<String, List<double[]>> byDivision = new HashMap<>();
        Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
        for (GazetteerEntry e : places) {
            if (e.kind() != GazetteerEntry.Kind.PLACE || !e.hasCoordinates() || e.country() == null) {
                continue;
            }
            byCountry.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e);
            if (e.admin1Code() != null) {
                byDivision.computeIfAbsent(e.country() + "." + e.admin1Code(), k -> new ArrayList<>())
                        .add(new double[] {e.lat(), e.lon()});
            }
        }
        Map<String, List<Polygon>> owned = new HashMap<>();
        if (outlines != null) {
            List<List<Polygon>> features = new ArrayList<>();
            for (JsonNode f : outlines.path("features")) {
                List<Polygon> polys = polygons(f.path("geometry"));
                if (!polys.isEmpty()) {
                    features.add(polys);
                }
            }
            // votes.get(feature).get(country): how many of the country's sampled places lie in the feature
            List<Map<String, Integer>> votes = new ArrayList<>();
            features.forEach(f -> votes.add(new HashMap<>()));
            for (Map.Entry<String, List<GazetteerEntry>> c : byCountry.entrySet()) {
                List<GazetteerEntry> sample = c.getValue().stream()
                        .sorted(Comparator.comparingLong(GazetteerEntry::population).reversed()).limit(SAMPLE).toList();
                for (GazetteerEntry p : sample) {
                    for (int i = 0; i < features.size(); i++) {
                        if (contains(features.get(i), p.lat(), p.lon())) {
                            votes.get(i).merge(c.getKey(), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
            for (int i = 0; i < features.size(); i++) {
                List<Polygon> feature = features.get(i);
                votes.get(i).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .ifPresent(best -> owned.computeIfAbsent(best.getKey(), k -> new ArrayList<>()).addAll(feature));
            }
        }
        return new DivisionCheck(owned, byDivision, byCountry, Set.of());
    }

    private static boolean contains(List<Polygon> feature, double lat, double lon) {
        for (Polygon p : feature) {
            if (p.contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }

    private static List<Polygon> polygons(JsonNode geometry) {
        List<Polygon> out = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Polygon" -> addPolygon(geometry.path("coordinates"), out);
            case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> addPolygon(p, out));
            case "GeometryCollection" -> geometry.path("geometries").forEach(g -> out.addAll(polygons(g)));
            default -> {
            }
        }
        return out;
    }

    private static void addPolygon(JsonNode rings, List<Polygon> out) {
        if (rings.size() == 0) {
            return;
        }
        double[][] lons = new double[rings.size()][];
        double[][] lats = new double[rings.size()][];
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            lons[r] = new double[ring.size()];
            lats[r] = new double[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                lons[r][i] = ring.get(i).get(0).asDouble();
                if (i > 0) { // unwrap: no edge is longer than half the globe
                    while (lons[r][i] - lons[r][i - 1] > 180) {
                        lons[r][i] -= 360;
                    }
                    while (lons[r][i] - lons[r][i - 1] < -180) {
                        lons[r][i] += 360;
                    }
                }
                lats[r][i] = ring.get(i).get(1).asDouble();
                if (r == 0) {
                    minLon = Math.min(minLon, lons[r][i]);
                    maxLon = Math.max(maxLon, lons[r][i]);
                    minLat = Math.min(minLat, lats[r][i]);
                    maxLat = Math.max(maxLat, lats[r][i]);
                }
            }
        }
        if (lons[0].length >= 3) {
            out.add(new Polygon(lons, lats, minLon, maxLon, minLat, maxLat));
        }
    }

    /** Whether the country has an outline to check against. */
    public boolean hasOutline(String country) {
        return outlines.containsKey(country);
    }

    /**
     * Kilometres from the point to the country's outline: 0 inside it, {@code NaN} when the country has no
     * outline.
     */
    public double outsideKm(String country, double lat, double lon) {
        List<Polygon> polys = outlines.get(country);
        if (polys == null) {
            return Double.NaN;
        }
        if (contains(polys, lat, lon)) {
            return 0;
        }
        double margin = OUTLINE_KM / 111.0 / Math.max(0.05, Math.cos(Math.toRadians(lat)));
        double best = Double.MAX_VALUE;
        for (Polygon p : polys) {
            if (p.boxContains(lat, lon, margin) || p.boxContains(lat, lon + 360, margin)
                    || p.boxContains(lat, lon - 360, margin)) {
                best = Math.min(best, p.edgeKm(lat, lon));
            }
        }
        return best;
    }

    /** Kilometres from the point to the nearest populated place of the division; {@code NaN} when it has none. */
    public double nearestPlaceKm(String country, String admin1Code, double lat, double lon) {
        List<double[]> pts = placesByDivision.get(country + "." + admin1Code);
        if (pts == null) {
            return Double.NaN;
        }
        double best = Double.MAX_VALUE;
        for (double[] p : pts) {
            best = Math.min(best, Distance.km(lat, lon, p[0], p[1]));
        }
        return best;
    }

    /** Kilometres from the point to the nearest populated place of the country; {@code NaN} when it has none. */
    public double nearestCountryPlaceKm(String country, double lat, double lon) {
        List<GazetteerEntry> pts = placesByCountry.get(country);
        if (pts == null) {
            return Double.NaN;
        }
        double best = Double.MAX_VALUE;
        for (GazetteerEntry p : pts) {
            best = Math.min(best, Distance.km(lat, lon, p.lat(), p.lon()));
        }
        return best;
    }

    /**
     * Whether a seat (or capital) of the country that bears the division's name (its generic words dropped:
     * "Lạng Sơn" for "Lạng Sơn Province") lies within {@link #OUTLINE_KM} of the point. Such a place vouches for
     * a point taken by name where the division's code no longer joins its places (the sources' GeoNames
     * releases number a country's divisions differently: Viet Nam's provinces after 2025).
     */
    public boolean namesakeNear(String country, String divisionName, double lat, double lon) {
        List<GazetteerEntry> pts = placesByCountry.get(country);
        if (pts == null || divisionName == null) {
            return false;
        }
        String core = GazetteerBuilder.core(divisionName);
        for (GazetteerEntry p : pts) {
            if (p.isCapitalOrSeat() && Distance.km(lat, lon, p.lat(), p.lon()) <= OUTLINE_KM
                    && (GazetteerBuilder.core(p.name()).equals(core)
                        || p.names().stream().anyMatch(n -> GazetteerBuilder.core(n).equals(core)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with a division at this point, or {@code null} when nothing is.
     * <ul>
     *   <li>Outside its country: more than {@link #OUTLINE_KM} outside the country's outline and as far from
     *       every populated place of the country (the outlines are simplified: small islands are missing from
     *       them, not their places); for a country without an outline, further than {@link #PLACES_KM} from
     *       every place of the country.</li>
     *   <li>Away from its places: further than {@link #PLACES_KM} from every populated place the division
     *       contains, unless a place of the division's name is at the point.</li>
     * </ul>
     */
    public String violation(String country, String admin1Code, String name, double lat, double lon) {
        Division d = new Division(country, admin1Code, name, lat, lon);
        String v = outside(country, lat, lon);
        if (v == null && !unjoined.contains(country)) {
            v = awayFromPlaces(d);
        }
        return v;
    }

    private String outside(String country, double lat, double lon) {
        double out = outsideKm(country, lat, lon);
        double countryPlace = nearestCountryPlaceKm(country, lat, lon);
        boolean outside = Double.isNaN(out)
                ? !Double.isNaN(countryPlace) && countryPlace > PLACES_KM
                : out > OUTLINE_KM && !(countryPlace <= OUTLINE_KM);
        if (!outside) {
            return null;
        }
        return Double.isNaN(out)
                ? String.format(Locale.ROOT, "%.0f km from every place of %s", countryPlace, country)
                : String.format(Locale.ROOT, "outside %s: %s km from its outline, %.0f km from its places",
                        country, out == Double.MAX_VALUE ? "far" : String.format(Locale.ROOT, "%.0f", out),
                        countryPlace);
    }

    private String awayFromPlaces(Division d) {
        double near = nearestPlaceKm(d.country(), d.admin1Code(), d.lat(), d.lon());
        if (!Double.isNaN(near) && near > PLACES_KM && !namesakeNear(d.country(), d.name(), d.lat(), d.lon())) {
            return String.format(Locale.ROOT, "%.0f km from the nearest of its places", near);
        }
        return null;
    }

    /**
     * The violations among these entries' first-level divisions, one line each; countries whose codes do not
     * join their places are judged from the entries themselves ({@link #unjoined}).
     */
    public List<String> violations(Iterable<GazetteerEntry> entries) {
        List<GazetteerEntry> divisions = new ArrayList<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == GazetteerEntry.Kind.ADMIN1 && e.hasCoordinates()) {
                divisions.add(e);
            }
        }
        DivisionCheck c = withUnjoined(unjoined(divisions.stream()
                .map(e -> new Division(e.country(), e.admin1Code(), e.name(), e.lat(), e.lon())).toList()));
        List<String> out = new ArrayList<>();
        for (GazetteerEntry e : divisions) {
            String v = c.violation(e.country(), e.admin1Code(), e.name(), e.lat(), e.lon());
            if (v != null) {
                out.add(String.format(Locale.ROOT, "%s.%s %s (%.4f, %.4f): %s", e.country(), e.admin1Code(), e.name(),
                        e.lat(), e.lon(), v));
            }
        }
        return out;
    }
}
