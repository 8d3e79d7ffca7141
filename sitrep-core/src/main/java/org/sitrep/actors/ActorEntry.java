package org.sitrep.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an actor dictionary: a named actor, its names, and its CAMEO codes over time.
 *
 * @param id     canonical identifier: the {@code id:} given in the entry's comment, else its primary phrase
 * @param name   primary phrase as a name ("HAYAT TAHRIR AL-SHAM")
 * @param codes  codes with their periods; the default (undated) code last
 * @param kind   what sort of actor, from the entry's {@code kind:} comment, or {@code null}
 * @param source the dictionary file it comes from
 */
public record ActorEntry(String id, String name, List<DatedCode> codes, String kind, String source) {

    public ActorEntry {
        codes = List.copyOf(codes);
    }

    /**
     * The code that applies on a day: the first dated code whose period holds it, else the default.
     * With no day, the default; with neither, the most recent dated code. {@code null} for a null code.
     */
    public String codeOn(LocalDate day) {
        DatedCode fallback = null;
        for (DatedCode c : codes) {
            if (c.isDefault()) {
                fallback = c;
            } else if (day != null && c.appliesOn(day)) {
                return real(c.code());
            }
        }
        if (fallback != null) {
            return real(fallback.code());
        }
        if (day == null && !codes.isEmpty()) {
            return real(codes.get(codes.size() - 1).code());
        }
        return null;
    }

    private static String real(String code) {
        return code == null || code.isBlank() || code.startsWith("---") ? null : code;
    }
}
