package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a CAMEO code is in PLOVER and in ACLED's typology (table {@code cameo.tsv}), with the
 * ACLED distinctions that depend on the actors: who overtakes territory, and violence against
 * civilians versus battles.
 */
public final class CameoTypes {

    private record Row(String description, String ploverType, String ploverMode, String acledType, String acledSub) {
    }

    private static final Map<String, Row> TABLE = load();

    private CameoTypes() {
    }

    private static Map<String, Row> load() {
        Map<String, Row> m = new HashMap<>();
        try (InputStream in = CameoTypes.class.getResourceAsStream("cameo.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cameo.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                m.put(f[0], new Row(f[1], dash(f[2]), dash(f[3]), dash(f[4]), dash(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s.strip();
    }

    private static Row row(String code) {
        return byLongestPrefix(TABLE, code);
    }

    /**
     * What a table keyed by CAMEO codes gives a code: its own entry, else that of its longest listed prefix
     * of two digits or more ("1951" takes "195"'s); {@code null} for no code or none listed.
     */
    public static <V> V byLongestPrefix(Map<String, V> table, String code) {
        if (code == null) {
            return null;
        }
        for (int n = code.length(); n >= 2; n--) {
            V v = table.get(code.substring(0, n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** CAMEO's quad class of a code: 01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4; else {@code null}. */
    public static Integer quad(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return null;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            return null;
        }
        return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    public static String description(String code) {
        Row r = row(code);
        return r == null ? null : r.description();
    }

    public static EventRecord.Plover plover(String code) {
        Row r = row(code);
        return r == null || r.ploverType() == null ? null : new EventRecord.Plover(r.ploverType(), r.ploverMode());
    }

    /**
     * The ACLED type of an event given the kinds of its actors ({@code null} when unknown).
     * Taking territory is "Government regains territory" for a state's forces and "Non-state actor
     * overtakes territory" for anyone else; force used on civilians is violence against civilians.
     */
    public static EventRecord.Acled acled(String code, String sourceKind, String targetKind) {
        Row r = row(code);
        if (r == null || r.acledType() == null) {
            return null;
        }
        if (code.startsWith("192")) {
            if (sourceKind == null) {
                return new EventRecord.Acled("Battles", null);
            }
            boolean state = sourceKind.equals("state military") || sourceKind.equals("government")
                    || sourceKind.equals("police") || sourceKind.equals("state");
            return new EventRecord.Acled("Battles", state ? "Government regains territory" : "Non-state actor overtakes territory");
        }
        if ((code.startsWith("190") || code.startsWith("193") || code.startsWith("196") || code.equals("19"))
                && "civilians".equals(targetKind)) {
            return new EventRecord.Acled("Violence against civilians", "Attack");
        }
        return new EventRecord.Acled(r.acledType(), r.acledSub());
    }

    /**
     * The code of an event announced, planned or vowed rather than done: force becomes a threat of
     * force (138), other coercion a threat (13x), cooperation an intent to cooperate (03x).
     */
    public static String futureCode(String code) {
        if (code == null || code.length() < 2) {
            return code;
        }
        String root = code.substring(0, 2);
        switch (root) {
            case "18", "19", "20", "15":
                return "138";
            case "17":
                return "137";
            case "16":
                return "131";
            case "14":
                return "133";
            case "04":
                return "036";
            case "05":
                return "032";
            case "06":
                return "031";
            case "07":
                return "033";
            case "08":
                return code.startsWith("087") ? "0356" : "035";
            default:
                return code;
        }
    }

    /**
     * The code of a cooperative act refused ("refused to lift the sanctions", "will not release
     * the soldiers", "failed to reach agreement"): CAMEO's rejection (12x) of that kind of act;
     * {@code null} for an act whose refusal CAMEO does not code (statements, conflict).
     */
    public static String refusalCode(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        String root = code.substring(0, 2);
        return switch (root) {
            case "03" -> code.startsWith("031") ? "121" : code.startsWith("033") ? "122"
                    : code.startsWith("034") ? "123" : code.startsWith("035") ? "124"
                    : code.startsWith("036") ? "125" : code.startsWith("038") || code.startsWith("039") ? "126" : "120";
            case "04" -> "125";
            case "05" -> code.startsWith("057") ? "127" : "120";
            case "06" -> code.startsWith("061") ? "1211" : code.startsWith("062") ? "1212" : "121";
            case "07" -> "122";
            case "08" -> code.startsWith("081") ? "1241" : code.startsWith("082") ? "1242"
                    : code.startsWith("083") ? "123" : code.startsWith("084") ? "1243"
                    : code.startsWith("085") ? "1244" : code.startsWith("086") ? "1245"
                    : code.startsWith("087") ? "1246" : "124";
            default -> null;
        };
    }
}
