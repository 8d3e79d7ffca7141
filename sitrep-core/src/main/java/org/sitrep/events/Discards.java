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
        String upper = normalise(text);
        Index index = index();
        int best = Integer.MAX_VALUE;
        // phrases that start with a word: look up the words of the text
        int n = upper.length();
        for (int i = 1; i < n; i++) {
            if (!Character.isLetterOrDigit(upper.charAt(i)) || Character.isLetterOrDigit(upper.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(upper.charAt(j))) {
                j++;
            }
            String word = upper.substring(i, j);
            best = Math.min(best, first(index.byWord.get(word), upper, i, story, best));
            for (int k = i + 1; k <= j && k - i <= index.longestStem(); k++) {
                if (index.stemLengths().get(k - i)) {
                    best = Math.min(best, first(index.byStem.get(upper.substring(i, k)), upper, i, story, best));
                }
            }
        }
        // the few that start with something else: search for them
        for (int p : index.others) {
            Phrase ph = phrases.get(p);
            if (p >= best || ph.story() != story) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = upper.indexOf(ph.text(), from);
                if (at < 0) {
                    break;
                }
                if (matchesAt(ph, upper, at)) {
                    best = p;
                    break;
                }
                from = at + 1;
            }
        }
        return best == Integer.MAX_VALUE ? null : phrases.get(best).text();
    }

    /** The first of these phrases (by position in the lists) found at {@code at}, if before {@code best}. */
    private int first(List<Integer> candidates, String upper, int at, boolean story, int best) {
        if (candidates == null) {
            return best;
        }
        for (int p : candidates) {
            if (p >= best) {
                break;
            }
            Phrase ph = phrases.get(p);
            if (ph.story() == story && upper.startsWith(ph.text(), at) && matchesAt(ph, upper, at)) {
                return p;
            }
        }
        return best;
    }

    private static boolean matchesAt(Phrase p, String upper, int at) {
        boolean startOk = !Character.isLetterOrDigit(upper.charAt(at - 1));
        int end = at + p.text().length();
        boolean endOk = !p.wholeWord() || end >= upper.length() || !Character.isLetterOrDigit(upper.charAt(end));
        return startOk && endOk;
    }

    /**
     * The phrases by their first word: where more follows the word, or the phrase must end at a word
     * boundary, the text's word must be that word ({@code byWord}); a one-word stem may begin a longer
     * word ({@code byStem}). Each list is in the order the phrases were read, so the first phrase of
     * the files that matches is the one reported.
     */
    private record Index(java.util.Map<String, List<Integer>> byWord, java.util.Map<String, List<Integer>> byStem,
                         java.util.BitSet stemLengths, int longestStem, List<Integer> others, int size) {
    }

    /** The text in upper case, runs of white space and underscores made one space, with a space before and after. */
    private static String normalise(String text) {
        String up = text.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(up.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < up.length(); i++) {
            char c = up.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        if (!space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private volatile Index index;

    private Index index() {
        Index i = index;
        if (i != null && i.size() == phrases.size()) {
            return i;
        }
        synchronized (this) {
            java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
            java.util.Map<String, List<Integer>> byStem = new java.util.HashMap<>();
            List<Integer> others = new ArrayList<>();
            for (int p = 0; p < phrases.size(); p++) {
                Phrase ph = phrases.get(p);
                String t = ph.text();
                int k = 0;
                while (k < t.length() && Character.isLetterOrDigit(t.charAt(k))) {
                    k++;
                }
                if (k == 0) {
                    others.add(p);
                } else if (k == t.length() && !ph.wholeWord()) {
                    byStem.computeIfAbsent(t, x -> new ArrayList<>()).add(p);
                } else {
                    byWord.computeIfAbsent(t.substring(0, k), x -> new ArrayList<>()).add(p);
                }
            }
            java.util.BitSet lengths = new java.util.BitSet();
            byStem.keySet().forEach(k -> lengths.set(k.length()));
            i = new Index(byWord, byStem, lengths, lengths.length() - 1, others, phrases.size());
            index = i;
            return i;
        }
    }
}
