package org.sitrep.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The kind of action two tellings must share to tell the same event: the action family of a CAMEO
 * code and the means it names, read from {@code families.tsv} (a data file, see its header). Violence
 * against people (18x, 19x, 20x) is one family told apart by its means, arrest and detention (171,
 * 173, 1121) another; taking territory (192), blockades (191), abductions (181) and withdrawals (0874)
 * are families of their own; a code the file does not cover is a family of its own CAMEO root.
 */
public final class ActionClass {

    private record Line(String family, String means, boolean symmetric) {
    }

    private static final Map<String, Line> LINES = load();

    private ActionClass() {
    }

    private static Map<String, Line> load() {
        Map<String, Line> m = new HashMap<>();
        try (InputStream in = ActionClass.class.getResourceAsStream("families.tsv")) {
            if (in == null) {
                throw new IllegalStateException("families.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("prefix\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4 || !f[0].matches("\\d{2,4}")) {
                    throw new IllegalStateException("families.tsv:" + n + ": expected prefix, family, means, sides");
                }
                m.put(f[0], new Line(f[1], "-".equals(f[2]) ? null : f[2], "symmetric".equals(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    private static Line line(String cameo) {
        for (int len = Math.min(4, cameo.length()); len >= 2; len--) {
            Line l = LINES.get(cameo.substring(0, len));
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /** The family of a CAMEO code, {@code null} for none. */
    public static String of(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        Line l = line(cameo);
        return l == null ? cameo.substring(0, 2) : l.family();
    }

    /** How the act of a code is done within its family (words separated by commas), {@code null} when the code does not say. */
    public static String means(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        Line l = line(cameo);
        return l == null ? null : l.means();
    }

    /** Whether two codes may tell one act: the same family, and a means in common or one unsaid. */
    public static boolean fit(String a, String b) {
        String fa = of(a);
        if (fa == null || !fa.equals(of(b))) {
            return false;
        }
        String ma = means(a), mb = means(b);
        if (ma == null || mb == null) {
            return true;
        }
        for (String x : ma.split(",")) {
            for (String y : mb.split(",")) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the two sides of both acts are interchangeable: fighting between A and B is fighting between B and A. */
    public static boolean symmetric(String a, String b) {
        return symmetric(a) && symmetric(b);
    }

    /** Whether the two sides of an act are interchangeable. */
    public static boolean symmetric(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return false;
        }
        Line l = line(cameo);
        return l != null && l.symmetric();
    }

    /** Actions that change who holds a place. */
    public static boolean territorial(String cameo) {
        return cameo != null && (cameo.startsWith("192") || cameo.startsWith("0874"));
    }
}
