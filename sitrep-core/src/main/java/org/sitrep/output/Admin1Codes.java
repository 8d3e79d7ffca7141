package org.sitrep.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.events.EventRecord;
import org.sitrep.geo.GazetteerEntry;
import org.sitrep.geo.GazetteerFile;

/**
 * GDELT's ADM1Code of a place: the FIPS 10-4 code of its country followed by the code of its
 * first-level division ("SY10" for a place in Hama Governorate); for a country, its FIPS code alone.
 *
 * <p>The division's code is the GeoNames admin1 code, which is the FIPS 10-4 code for most countries.
 * A division or a second-level division carries it in its stable place id ("SY.10", "US.TX.277"); a
 * city or village carries the division's name only, which is looked up among the gazetteer's
 * first-level divisions of its country (read once from the committed gazetteer file, without its
 * index). The code stays unknown, and the column empty, when the name is not found or names two
 * divisions, when the code is not a two-character one, and for the countries listed in
 * {@code admin1-not-fips.tsv}, whose GeoNames codes are not FIPS codes.
 */
final class Admin1Codes {

    private static final Set<String> NOT_FIPS = new HashSet<>();

    static {
        for (String[] f : CodeTables.rows("admin1-not-fips.tsv")) {
            NOT_FIPS.add(f[0]);
        }
    }

    /** (country + "|" + division name) → GeoNames admin1 code; names two divisions share are left out. */
    private static volatile Map<String, String> byName;

    private Admin1Codes() {
    }

    /** GDELT's ADM1Code of the place, or {@code ""} when it is not known. */
    static String gdelt(EventRecord.PlaceRef p) {
        String fips = p == null ? null : CodeTables.fips(p.country());
        if (fips == null) {
            return "";
        }
        if ("country".equals(p.precision())) {
            return fips;
        }
        String code = geonamesCode(p);
        if (code == null || code.length() != 2 || NOT_FIPS.contains(p.country().toUpperCase(java.util.Locale.ROOT))) {
            return "";
        }
        return fips + code;
    }

    /** The GeoNames admin1 code of the division a place lies in, from its stable id or its division's name; {@code null} if unknown. */
    static String geonamesCode(EventRecord.PlaceRef p) {
        if (p == null || p.country() == null) {
            return null;
        }
        String id = p.id();
        String country = p.country().toUpperCase(java.util.Locale.ROOT);
        if (id != null && id.startsWith(country + ".")) {
            String rest = id.substring(country.length() + 1);
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
        if (p.admin1() == null) {
            return null;
        }
        return names().get(country + "|" + p.admin1());
    }

    private static Map<String, String> names() {
        Map<String, String> m = byName;
        if (m == null) {
            synchronized (Admin1Codes.class) {
                m = byName;
                if (m == null) {
                    m = read();
                    byName = m;
                }
            }
        }
        return m;
    }

    /** The first-level divisions of the committed gazetteer file, by country and name; only its "A" lines are parsed. */
    private static Map<String, String> read() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Admin1Codes.class.getResourceAsStream(GazetteerFile.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer data " + GazetteerFile.RESOURCE + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("A\t")) {
                    continue;
                }
                GazetteerEntry e = GazetteerFile.parse(line);
                if (e.country() == null || e.admin1Code() == null || e.name() == null) {
                    continue;
                }
                String key = e.country() + "|" + e.name();
                m.merge(key, e.admin1Code(), (a, b) -> a.equals(b) ? a : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.values().removeIf(String::isEmpty); // a name two divisions share tells neither
        return m;
    }
}
