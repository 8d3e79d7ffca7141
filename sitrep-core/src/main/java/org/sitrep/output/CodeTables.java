package org.sitrep.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.events.CameoTypes;

/**
 * The code tables of the formats sitrep exports to, read from the resource files beside this class:
 * {@code goldstein.tsv} (GDELT's CAMEO to Goldstein scale table), {@code countries.tsv} (ISO 3166-1
 * alpha-2, alpha-3 and numeric codes, FIPS 10-4 codes, ACLED regions), {@code plover.tsv} (PLOVER
 * types and their quad categories), {@code acled-inter.tsv} (ACLED's actor types) and
 * {@code admin1-not-fips.tsv} (countries whose GeoNames division codes are not FIPS codes).
 */
public final class CodeTables {

    /** One country's codes. {@code fips} and {@code isoNumeric} are {@code null} where there is none. */
    public record Country(String iso2, String iso3, String isoNumeric, String fips, String acledRegion) {
    }

    /** One of ACLED's actor types: its inter code (1 to 8) and the text ACLED's exports write ("State forces"). */
    public record ActorType(int code, String label) {
    }

    private static final Map<String, ActorType> ACLED_TYPES = new HashMap<>();

    static {
        for (String[] f : rows("acled-inter.tsv")) {
            ActorType t = new ActorType(Integer.parseInt(f[0]), f[1]);
            for (String kind : f[2].split(",")) {
                if (!kind.isBlank()) {
                    ACLED_TYPES.put(kind.strip(), t);
                }
            }
        }
    }

    private static final Map<String, String> GOLDSTEIN = pairs("goldstein.tsv", 0, 1);
    private static final Map<String, String> PLOVER_QUAD = pairs("plover.tsv", 0, 1);
    private static final Map<String, Country> BY_ISO2 = new HashMap<>();
    private static final Map<String, Country> BY_ISO3 = new HashMap<>();

    static {
        for (String[] f : rows("countries.tsv")) {
            Country c = new Country(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3].equals("-") ? null : f[3], f[4]);
            BY_ISO2.put(c.iso2(), c);
            BY_ISO3.put(c.iso3(), c);
        }
    }

    private CodeTables() {
    }

    /**
     * GDELT's Goldstein scale value of a CAMEO event code, as the table gives it ("-9.5" for 192);
     * a code the table does not list takes the value of its longest listed prefix; {@code null} for
     * no code or an unknown one.
     */
    public static String goldstein(String cameo) {
        return CameoTypes.byLongestPrefix(GOLDSTEIN, cameo);
    }

    /** The country with this ISO 3166-1 alpha-2 code (any case), or {@code null}. */
    public static Country country(String iso2) {
        return iso2 == null ? null : BY_ISO2.get(iso2.toUpperCase(Locale.ROOT));
    }

    /** The country with this ISO 3166-1 alpha-3 code (CAMEO's country codes), or {@code null}. */
    public static Country countryByIso3(String iso3) {
        return iso3 == null ? null : BY_ISO3.get(iso3.toUpperCase(Locale.ROOT));
    }

    /** The FIPS 10-4 code of an ISO 3166-1 alpha-2 country code ("IZ" for "IQ"), or {@code null}. */
    public static String fips(String iso2) {
        Country c = country(iso2);
        return c == null ? null : c.fips();
    }

    /** ACLED's actor type of a sitrep actor kind ("police" → 1, State forces), or {@code null} when it has none. */
    public static ActorType acledActorType(String kind) {
        return kind == null ? null : ACLED_TYPES.get(kind);
    }

    /** PLOVER's quad category (1 to 4) of a PLOVER event type, or {@code null}. */
    public static Integer ploverQuad(String type) {
        String q = type == null ? null : PLOVER_QUAD.get(type);
        return q == null ? null : Integer.valueOf(q);
    }

    /** The PLOVER event types, in the order of the table. */
    public static List<String> ploverTypes() {
        return PLOVER_TYPES;
    }

    private static final List<String> PLOVER_TYPES = rows("plover.tsv").stream().map(f -> f[0]).toList();

    private static Map<String, String> pairs(String resource, int key, int value) {
        Map<String, String> m = new HashMap<>();
        for (String[] f : rows(resource)) {
            m.put(f[key], f[value]);
        }
        return m;
    }

    /** The data lines of a tab-separated resource: no comments, no blank lines, no header of capitals. */
    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CodeTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("CAMEOEVENTCODE")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
