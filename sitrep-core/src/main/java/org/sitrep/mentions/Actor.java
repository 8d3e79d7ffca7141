package org.sitrep.mentions;

import java.util.Map;

/**
 * Who an actor mention refers to.
 *
 * @param id    canonical identifier ("HTS", "SYR_MIL", "SYR"), {@code null} when the actor cannot be
 *              pinned down (an army of an unnamed country)
 * @param cameo CAMEO actor code ("SYRREB", "SYRMIL"; "---MIL" when the country is unknown)
 * @param kind  what sort of actor ("non-state armed group", "state military", "government", ...), or {@code null}
 * @param name  a readable name, or {@code null}
 */
public record Actor(String id, String cameo, String kind, String name) {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("MIL", "state military"), Map.entry("GOV", "government"), Map.entry("COP", "police"),
            Map.entry("REB", "non-state armed group"), Map.entry("INS", "non-state armed group"),
            Map.entry("SEP", "non-state armed group"), Map.entry("IMG", "non-state armed group"),
            Map.entry("UAF", "armed group"), Map.entry("OPP", "political opposition"), Map.entry("CVL", "civilians"),
            Map.entry("MED", "media"), Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"),
            Map.entry("SPY", "intelligence service"), Map.entry("BUS", "business"), Map.entry("NGO", "NGO"),
            Map.entry("IGO", "intergovernmental organisation"), Map.entry("REF", "refugees"),
            Map.entry("ELI", "elite"), Map.entry("LAB", "labour"), Map.entry("EDU", "education"),
            Map.entry("HLH", "health"), Map.entry("HRI", "human rights"), Map.entry("PTY", "political party"),
            Map.entry("REL", "religious"), Map.entry("MUS", "religious"), Map.entry("CHR", "religious"),
            Map.entry("NGM", "non-governmental movement"), Map.entry("MNC", "business"), Map.entry("PKO", "peacekeepers"),
            Map.entry("CRM", "criminal"), Map.entry("AGR", "agriculture"), Map.entry("ENV", "environmental"),
            Map.entry("DEV", "development"), Map.entry("UIS", "state"), Map.entry("MOD", "moderate"),
            Map.entry("RAD", "radical"), Map.entry("SET", "settlers"));

    /** The kind a CAMEO code says: the first role after the country ("SYRMIL" → state military). */
    public static String kindOf(String cameo) {
        if (cameo == null || cameo.length() < 3) {
            return null;
        }
        String first = cameo.substring(0, 3);
        if (KINDS.containsKey(first)) {
            return KINDS.get(first);
        }
        if (cameo.length() == 3) {
            return first.equals("---") ? null : "state";
        }
        for (int i = 3; i + 3 <= cameo.length(); i += 3) {
            String role = cameo.substring(i, i + 3);
            if (KINDS.containsKey(role)) {
                return KINDS.get(role);
            }
        }
        return null;
    }

    /** The country part of a code ("SYR" of "SYRMIL"), {@code null} when it has none. */
    public static String countryOf(String cameo) {
        if (cameo == null || cameo.length() < 3) {
            return null;
        }
        String first = cameo.substring(0, 3);
        return first.equals("---") || KINDS.containsKey(first) ? null : first;
    }

    /** The agent roles after the country ("MIL" of "SYRMIL"), {@code ""} when there are none. */
    public static String rolesOf(String cameo) {
        if (cameo == null) {
            return "";
        }
        return countryOf(cameo) == null ? (cameo.startsWith("---") ? cameo.substring(3) : cameo) : cameo.substring(3);
    }

    /** Whether agent roles ("REB", "INSIMG") are those of an armed group outside the state: REB, INS, UAF, IMG, SEP. */
    public static boolean armedNonStateRoles(String roles) {
        return roles.startsWith("REB") || roles.startsWith("INS") || roles.startsWith("UAF")
                || roles.startsWith("IMG") || roles.startsWith("SEP");
    }

    public boolean isArmedNonState() {
        return "non-state armed group".equals(kind) || "armed group".equals(kind);
    }
}
