package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact gazetteer file: gzipped UTF-8, one entry a line, tab-separated, lines starting with
 * {@code #} are comments. Columns:
 *
 * <pre>
 * kind  geonameid  name  lat  lon  country  admin1  admin2  fclass  fcode  population  weight  names
 * </pre>
 *
 * {@code kind} is {@code R} region, {@code C} country, {@code A} admin1, {@code B} admin2, {@code P} place.
 * Unknown values are empty. {@code names} is {@code |}-separated; a name starting with {@code =} is an
 * abbreviation matched only as written, one starting with {@code ~} a demonym.
 */
public final class GazetteerFile {

    /** Where the committed file is on the class path. */
    public static final String RESOURCE = "/org/sitrep/geo/gazetteer.tsv.gz";

    private GazetteerFile() {
    }

    public static String format(GazetteerEntry e) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(e.kind().code()).append('\t')
                .append(e.geonameId() == null ? "" : e.geonameId().toString()).append('\t')
                .append(clean(e.name())).append('\t')
                .append(e.lat() == null ? "" : coord(e.lat())).append('\t')
                .append(e.lon() == null ? "" : coord(e.lon())).append('\t')
                .append(nz(e.country())).append('\t')
                .append(nz(e.admin1Code())).append('\t')
                .append(nz(e.admin2Code())).append('\t')
                .append(nz(e.featureClass())).append('\t')
                .append(nz(e.featureCode())).append('\t')
                .append(e.population() == 0 ? "" : Long.toString(e.population())).append('\t')
                .append(e.weight() == 0 ? "" : Long.toString(e.weight())).append('\t');
        boolean first = true;
        for (String n : e.names()) {
            first = appendName(sb, "", n, first);
        }
        for (String n : e.abbreviations()) {
            first = appendName(sb, "=", n, first);
        }
        for (String n : e.demonyms()) {
            first = appendName(sb, "~", n, first);
        }
        return sb.toString();
    }

    private static boolean appendName(StringBuilder sb, String prefix, String n, boolean first) {
        if (!first) {
            sb.append('|');
        }
        sb.append(prefix).append(clean(n));
        return false;
    }

    private static String coord(double d) {
        String s = String.format(java.util.Locale.ROOT, "%.5f", d);
        // trim trailing zeros: 35.13179, 36.5
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
    }

    /** Parses one line; throws {@link IllegalArgumentException} for a malformed one. */
    public static GazetteerEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 13 || f[0].length() != 1) {
            throw new IllegalArgumentException("malformed gazetteer line: " + abbreviate(line));
        }
        List<String> names = new ArrayList<>();
        List<String> abbreviations = new ArrayList<>();
        List<String> demonyms = new ArrayList<>();
        if (!f[12].isEmpty()) {
            for (String n : f[12].split("\\|")) {
                if (n.isEmpty()) {
                    continue;
                }
                switch (n.charAt(0)) {
                    case '=' -> abbreviations.add(n.substring(1));
                    case '~' -> demonyms.add(n.substring(1));
                    default -> names.add(n);
                }
            }
        }
        try {
            return new GazetteerEntry(GazetteerEntry.Kind.of(f[0].charAt(0)),
                    f[1].isEmpty() ? null : Long.valueOf(f[1]), f[2],
                    f[3].isEmpty() ? null : Double.valueOf(f[3]), f[4].isEmpty() ? null : Double.valueOf(f[4]),
                    blank(f[5]), blank(f[6]), blank(f[7]), blank(f[8]), blank(f[9]),
                    f[10].isEmpty() ? 0 : Long.parseLong(f[10]), f[11].isEmpty() ? 0 : Long.parseLong(f[11]),
                    names, abbreviations, demonyms);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed gazetteer line: " + abbreviate(line), e);
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    /** Reads every entry of a gzipped file, in order. */
    public static void read(InputStream gz, Consumer<GazetteerEntry> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                sink.accept(parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header comments and the entries, gzipped. */
    public static void write(OutputStream out, List<String> header, Iterable<GazetteerEntry> entries)
            throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (String h : header) {
                w.write("# " + h);
                w.write('\n');
            }
            for (GazetteerEntry e : entries) {
                w.write(format(e));
                w.write('\n');
            }
        }
    }
}
