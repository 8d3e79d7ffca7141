package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked: a route names the parameters it takes, and anything
 * else, a parameter given twice or a value of the wrong form is a 400 with one line saying which.
 * Values are only ever handed to the store as data (it binds them).
 */
final class Params {

    /** The longest text value accepted (names of actors and places are far shorter). */
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters; any not in {@code allowed} is refused. */
    static Params of(Context ctx, String... allowed) {
        checkEscapes(ctx.queryString());
        Map<String, List<String>> q = ctx.queryParamMap();
        Set<String> ok = Set.of(allowed);
        TreeSet<String> unknown = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : q.entrySet()) {
            if (e.getKey().isEmpty() && e.getValue().stream().allMatch(String::isEmpty)) {
                continue; // "?actor=HTS&", "?a=1&&b=2": an empty piece of the query string names nothing
            }
            if (!ok.contains(e.getKey())) {
                unknown.add(e.getKey());
            } else if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
        }
        if (!unknown.isEmpty()) {
            String shown = unknown.first().length() > 40 ? unknown.first().substring(0, 40) + "..." : unknown.first();
            throw ApiException.badRequest("unknown parameter '" + shown + "' (this route takes: "
                    + String.join(", ", new TreeSet<>(ok)) + ")");
        }
        return new Params(q);
    }

    /** A per cent sign not followed by two hexadecimal digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /**
     * Refuses a query string with a malformed percent-escape ({@code actor=HTS%ZZ}): the decoder would
     * drop the parameter, and the answer would silently be unfiltered.
     */
    static void checkEscapes(String query) {
        if (query == null) {
            return;
        }
        Matcher m = BAD_ESCAPE.matcher(query);
        if (m.find()) {
            int amp = query.lastIndexOf('&', m.start());
            int eq = query.indexOf('=', amp + 1);
            String name = eq < 0 || eq > m.start() ? null : query.substring(amp + 1, eq);
            String bad = query.substring(m.start(), Math.min(query.length(), m.start() + 3));
            throw ApiException.badRequest("malformed percent-escape '" + shown(bad) + "' in "
                    + (name == null ? "the query string" : "parameter '" + shown(name) + "'")
                    + " (a % is followed by two hexadecimal digits; %25 for % itself)");
        }
    }

    /** The value as given, stripped; {@code null} when absent or empty. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.length() > MAX_TEXT) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.badRequest("parameter '" + name + "' contains control characters");
        }
        return s;
    }

    /** A value that must match a pattern; {@code what} says what is expected. */
    String matching(String name, String regex, String what) {
        String s = text(name);
        if (s != null && !s.matches(regex)) {
            throw ApiException.badRequest("parameter '" + name + "' must be " + what + ", not '" + shown(s) + "'");
        }
        return s;
    }

    /** One of the given words (case-insensitive), lower-cased. */
    String oneOf(String name, String... words) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        String v = s.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (w.equals(v)) {
                return v;
            }
        }
        throw ApiException.badRequest("parameter '" + name + "' is one of " + String.join(", ", words)
                + ", not '" + shown(s) + "'");
    }

    LocalDate day(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.badRequest("parameter '" + name + "' must be a day as YYYY-MM-DD, not '" + shown(s) + "'");
    }

    /** A whole number within min..max, or {@code dflt} when absent. */
    Integer integer(String name, int min, int max, Integer dflt) {
        String s = text(name);
        if (s == null) {
            return dflt;
        }
        long v;
        try {
            if (!s.matches("-?\\d{1,10}")) {
                throw new NumberFormatException();
            }
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + shown(s) + "'");
        }
        if (v < min || v > max) {
            throw ApiException.badRequest("parameter '" + name + "' must be within " + min + ".." + max + ", not " + v);
        }
        return (int) v;
    }

    /** A number within 0..1 written with a point ("0.3", "1"), or {@code dflt} when absent. */
    Double fraction(String name, double dflt) {
        String s = text(name);
        if (s == null) {
            return dflt;
        }
        if (!s.matches("[01](\\.\\d{1,6})?|\\.\\d{1,6}")) {
            throw ApiException.badRequest("parameter '" + name + "' must be a number from 0 to 1, not '" + shown(s) + "'");
        }
        double v = Double.parseDouble(s);
        if (v > 1) {
            throw ApiException.badRequest("parameter '" + name + "' must be a number from 0 to 1, not " + s);
        }
        return v;
    }

    /** {@code W,S,E,N}: min longitude, min latitude, max longitude, max latitude. */
    double[] bbox(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        String[] parts = s.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.badRequest("parameter '" + name + "' takes four numbers: W,S,E,N (min lon, min lat, "
                    + "max lon, max lat)");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i].strip();
            try {
                if (!p.matches("[-+]?\\d{1,3}(\\.\\d{1,12})?")) {
                    throw new NumberFormatException();
                }
                box[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("parameter '" + name + "': '" + shown(p) + "' is not a number");
            }
        }
        if (Math.abs(box[0]) > 540 || Math.abs(box[2]) > 540 || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90
                || box[1] > box[3]) {
            throw ApiException.badRequest("parameter '" + name + "': longitudes within -180..180, latitudes within "
                    + "-90..90, south before north");
        }
        // a map that has scrolled past the antimeridian asks for 170..190 or -190..-170: the same box as
        // 170..-170, west greater than east, which the store reads as crossing the antimeridian
        if (Math.abs(box[0]) > 180 || Math.abs(box[2]) > 180) {
            if (box[2] - box[0] >= 360) {
                box[0] = -180;
                box[2] = 180;
            } else {
                box[0] = wrap(box[0]);
                box[2] = wrap(box[2]);
            }
        }
        return box;
    }

    /** A longitude brought into -180..180. */
    private static double wrap(double lon) {
        double w = ((lon + 180) % 360 + 360) % 360 - 180;
        return w == -180 && lon > 0 ? 180 : w;
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
