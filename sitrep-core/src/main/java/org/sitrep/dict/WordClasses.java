package org.sitrep.dict;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word classes the coder reads: what it knows of English beyond the verb and actor dictionaries
 * (verbs of saying, hypothetical markers, nouns of totals, ...). The files are in the spirit of
 * PETRARCH's synonym sets: a class starts with {@code &NAME}, each member follows on a line of its
 * own as {@code +word} (a lemma, lower or upper case; {@code _} joins the words of a phrase), and
 * {@code -word} takes a member out again, so that a user's file read after sitrep's can add to and
 * remove from its classes. {@code #} starts a comment. Each class says in its header what it
 * means and which stage reads it.
 */
public final class WordClasses {

    /** The classes sitrep ships, in {@code org/sitrep/dictionaries/}. */
    public static final String BUNDLED = "sitrep.classes.txt";

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private static volatile WordClasses bundled;

    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = classes;
    }

    /** The classes sitrep ships, read once per process. */
    public static WordClasses bundled() {
        WordClasses b = bundled;
        if (b == null) {
            synchronized (WordClasses.class) {
                if (bundled == null) {
                    bundled = load(List.of(DictionaryFiles.resource(BUNDLED)));
                }
                b = bundled;
            }
        }
        return b;
    }

    public static WordClasses load(DictionaryFiles files) {
        return load(files.classes());
    }

    public static WordClasses load(List<DictionaryFiles.Source> sources) {
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        DictionaryFiles.readAll(sources, (in, name) -> read(in, name, classes));
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordClasses(frozen);
    }

    private static void read(InputStream in, String name, Map<String, Set<String>> classes) {
        Set<String> current = null;
        for (DictionaryLines.Line line : DictionaryLines.read(in, name)) {
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("&")) {
                String cls = t.substring(1).strip().split("\\s+")[0];
                if (!NAME.matcher(cls).matches()) {
                    throw new DictionaryException(name + ":" + line.number() + ": '" + t
                            + "' is no class name (&NAME, capitals, digits and _)");
                }
                current = classes.computeIfAbsent(cls, k -> new LinkedHashSet<>());
            } else if (t.startsWith("+") || t.startsWith("-")) {
                if (current == null) {
                    throw new DictionaryException(name + ":" + line.number() + ": '" + t + "' before any &CLASS line");
                }
                String word = t.substring(1).strip().toLowerCase(Locale.ROOT).replace('_', ' ').strip();
                if (word.isEmpty()) {
                    throw new DictionaryException(name + ":" + line.number() + ": an empty member");
                }
                if (t.startsWith("+")) {
                    current.add(word);
                } else {
                    current.remove(word);
                }
            } else {
                throw new DictionaryException(name + ":" + line.number() + ": '" + t
                        + "' is neither &CLASS, +member nor -member");
            }
        }
    }

    /** The members of a class (lower case), or an error naming the class when no file defines it. */
    public Set<String> get(String name) {
        Set<String> s = classes.get(name);
        if (s == null) {
            throw new DictionaryException("no word class &" + name + " in the word-class files");
        }
        return s;
    }

    /** Whether a word (any case) is a member of a class. */
    public boolean has(String name, String word) {
        return word != null && get(name).contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> names() {
        return classes.keySet();
    }
}
