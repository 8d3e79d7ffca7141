package org.sitrep.eval.cameo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.ingest.InputException;

/**
 * Reads the ConfliBERT CAMEO files: {@code sentence<TAB>class} lines, and CoNLL tokens with
 * B-/I-S (source), B-/I-T (target), B-/I-R (reciprocal) tags, matched to the class lines by their text.
 */
public final class CameoSet {

    private CameoSet() {
    }

    public static List<CameoSentence> read(Path classes, Path spans) {
        List<String> lines = lines(classes);
        Map<String, List<List<String>>> gold = spans == null ? Map.of() : spans(spans);
        List<CameoSentence> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int tab = l.lastIndexOf('\t');
            if (tab < 0) {
                throw new InputException(classes + ":" + (i + 1) + ": no tab between sentence and class");
            }
            int label;
            try {
                label = Integer.parseInt(l.substring(tab + 1).strip());
            } catch (NumberFormatException e) {
                throw new InputException(classes + ":" + (i + 1) + ": the class is not a number 0-4");
            }
            if (label < 0 || label > 4) {
                throw new InputException(classes + ":" + (i + 1) + ": the class " + label + " is not 0-4");
            }
            String text = l.substring(0, tab).strip();
            List<List<String>> g = gold.get(key(text));
            out.add(new CameoSentence(i, text, label, g == null ? null : g.get(0), g == null ? null : g.get(1)));
        }
        if (out.isEmpty()) {
            throw new InputException(classes + ": holds no sentences");
        }
        return out;
    }

    /** Letters and digits only, lower case: how a sentence and its tokens are matched. */
    public static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(p + ": no such file");
        } catch (IOException e) {
            throw new InputException(p + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Sentence key → [source spans, target spans]; reciprocal actors count as both. */
    private static Map<String, List<List<String>>> spans(Path p) {
        Map<String, List<List<String>>> out = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String l : lines(p)) {
            if (l.isBlank()) {
                flush(tokens, tags, out);
                continue;
            }
            int sp = l.lastIndexOf(' ');
            if (sp < 0) {
                continue;
            }
            tokens.add(l.substring(0, sp));
            tags.add(l.substring(sp + 1).strip().toUpperCase(Locale.ROOT));
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, Map<String, List<List<String>>> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        StringBuilder cur = null;
        String kind = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean begin = tag.startsWith("B-");
            boolean inside = tag.startsWith("I-") && kind != null && tag.substring(2).equals(kind);
            if (cur != null && !inside) {
                String span = cur.toString();
                if (kind.equals("S") || kind.equals("R")) {
                    sources.add(span);
                }
                if (kind.equals("T") || kind.equals("R")) {
                    targets.add(span);
                }
                cur = null;
                kind = null;
            }
            if (begin || tag.startsWith("I-") && cur == null) {
                cur = new StringBuilder(tokens.get(i));
                kind = tag.substring(2);
            } else if (inside) {
                cur.append(' ').append(tokens.get(i));
            }
        }
        out.put(key(String.join(" ", tokens)), List.of(sources, targets));
        tokens.clear();
        tags.clear();
    }
}
