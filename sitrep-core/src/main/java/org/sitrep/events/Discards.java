package org.sitrep.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.dict.DictionaryException;
import org.sitrep.dict.DictionaryLines;

/**
 * Phrases that mark a sentence (or, prefixed with {@code +}, a whole story) as not to be coded:
 * sports, films, history. A phrase ending in {@code _} must end at a word boundary; otherwise it
 * matches as a stem. Matching ignores case and starts at a word boundary.
 */
public final class Discards {

    private record Phrase(String text, boolean story, boolean wholeWord) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    /** Reads the discard files of a set. */
    public static Discards load(org.sitrep.dict.DictionaryFiles files) {
        Discards d = new Discards();
        org.sitrep.dict.DictionaryFiles.readAll(files.discards(), d::add);
        return d;
    }

    public void add(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            add(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public void add(InputStream in, String name) {
        for (DictionaryLines.Line line : DictionaryLines.read(in, name)) {
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean whole = t.endsWith("_");
            t = t.replace('_', ' ').strip().toUpperCase(Locale.ROOT);
            if (!t.isEmpty()) {
                phrases.add(new Phrase(t, story, whole));
            }
        }
    }

    public int size() {
        return phrases.size();
    }

    /** The discard phrase found in the sentence, or {@code null}. */
    public String sentenceDiscard(String sentence) {
        return find(sentence, false);
    }

    /** The story-level discard phrase found in the text, or {@code null}. */
    public String storyDiscard(String text) {
        return find(text, true);
    }

    private String find(String text, boolean story) {
        String upper = " " + text.toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", " ") + " ";
        for (Phrase p : phrases) {
            if (p.story() != story) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = upper.indexOf(p.text(), from);
                if (at < 0) {
                    break;
                }
                boolean startOk = !Character.isLetterOrDigit(upper.charAt(at - 1));
                int end = at + p.text().length();
                boolean endOk = !p.wholeWord() || end >= upper.length() || !Character.isLetterOrDigit(upper.charAt(end));
                if (startOk && endOk) {
                    return p.text();
                }
                from = at + 1;
            }
        }
        return null;
    }
}
