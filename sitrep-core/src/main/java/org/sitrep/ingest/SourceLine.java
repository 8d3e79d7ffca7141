package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line that closes many wire-based stories and names the outlet, the editor and the
 * agencies the story rests on: "teleSUR/ JF Sources: EFE – Xinhua – SANA", "Sources: AFP, Reuters",
 * "(Reporting by ...; Editing by ...)" is not one (it names people, not sources).
 */
final class SourceLine {

    /** What a source line says. {@code outlet} may be null. */
    record Info(String outlet, List<String> cited) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^(?:(?<outlet>[\\p{L}\\p{N}][\\p{L}\\p{N} .&'-]{0,40}?)\\s*/\\s*(?<editor>[\\p{Lu}]{1,5}\\b)?\\s*)?"
                    + "(?:Sources?|With information from|Con información de|Fuentes?)\\s*:?\\s*(?<cited>.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[–—,;/|+]|\\s-\\s|\\band\\b|\\by\\b)\\s*");

    private SourceLine() {
    }

    static Info parse(String line) {
        String t = line.strip();
        if (t.length() > 160 || t.contains("\n\n")) {
            return null;
        }
        Matcher m = LINE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        Set<String> cited = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(m.group("cited"))) {
            String name = part.strip().replaceAll("[.\\s]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (name.split("\\s+").length > 5) {
                return null;
            }
            cited.add(Agencies.canonical(name).orElse(name));
        }
        if (cited.isEmpty()) {
            return null;
        }
        String outlet = m.group("outlet");
        return new Info(outlet == null ? null : outlet.strip(), new ArrayList<>(cited));
    }
}
