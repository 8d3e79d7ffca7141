package org.sitrep.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which dictionary files make up a coding set: actors, agents, verbs, discards and word classes.
 * Either the set sitrep ships (OEDA's CAMEO.2.0 and Phoenix files with sitrep's own additions) or the
 * files of a directory, told apart by name: {@code *actors*}, {@code *agents*}, {@code *verbs*} or
 * {@code CAMEO*}, {@code *discards*}, {@code *classes*} (see {@link WordClasses}).
 */
public record DictionaryFiles(List<Source> actors, List<Source> agents, List<Source> verbs, List<Source> discards,
                              List<Source> classes) {

    /** A set of dictionaries with the word classes sitrep ships (what it knows of English, whatever the world). */
    public DictionaryFiles(List<Source> actors, List<Source> agents, List<Source> verbs, List<Source> discards) {
        this(actors, agents, verbs, discards, List.of(resource(WordClasses.BUNDLED)));
    }

    /** One file: a name for messages and a way to open it. */
    public record Source(String name, Opener opener) {
        public InputStream open() {
            try {
                return opener.open();
            } catch (IOException e) {
                throw new DictionaryException(name + ": cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private static final String BUNDLE = "/org/sitrep/dictionaries/";

    /** Something that reads one dictionary file. */
    @FunctionalInterface
    public interface Reader {
        void read(InputStream in, String name);
    }

    /** Reads each file of a list in turn, closing each. */
    public static void readAll(List<Source> sources, Reader reader) {
        for (Source s : sources) {
            try (InputStream in = s.open()) {
                reader.read(in, s.name());
            } catch (IOException e) {
                throw new DictionaryException(s.name() + ": " + e.getMessage());
            }
        }
    }

    /** The files sitrep ships with. */
    public static DictionaryFiles bundled() {
        return new DictionaryFiles(
                List.of(resource("Phoenix.Countries.actors.txt"), resource("Phoenix.International.actors.txt"),
                        resource("Phoenix.MilNonState.actors.txt"), resource("sitrep.actors.txt")),
                List.of(resource("Phoenix.agents.txt"), resource("sitrep.agents.txt")),
                List.of(resource("CAMEO.2.0.txt"), resource("sitrep.verbs.txt")),
                List.of(resource("sitrep.discards.txt")), List.of(resource(WordClasses.BUNDLED)));
    }

    /** The bundled set plus the files of a directory (theirs are read after ours and win ties). */
    public DictionaryFiles plus(DictionaryFiles more) {
        List<Source> moreClasses = new ArrayList<>(more.classes);
        moreClasses.removeIf(c -> classes.stream().anyMatch(x -> x.name().equals(c.name())));
        return new DictionaryFiles(concat(actors, more.actors), concat(agents, more.agents),
                concat(verbs, more.verbs), concat(discards, more.discards), concat(classes, moreClasses));
    }

    /** The dictionary files of a directory, told apart by their names. */
    public static DictionaryFiles directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DictionaryException(dir + ": not a directory of dictionaries");
        }
        List<Source> actors = new ArrayList<>();
        List<Source> agents = new ArrayList<>();
        List<Source> verbs = new ArrayList<>();
        List<Source> discards = new ArrayList<>();
        List<Source> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(p) || !n.endsWith(".txt")) {
                    continue;
                }
                Source s = file(p);
                if (n.contains("actors")) {
                    actors.add(s);
                } else if (n.contains("agents")) {
                    agents.add(s);
                } else if (n.contains("verbs") || n.startsWith("cameo")) {
                    verbs.add(s);
                } else if (n.contains("discards")) {
                    discards.add(s);
                } else if (n.contains("classes")) {
                    classes.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (actors.isEmpty() && verbs.isEmpty() && classes.isEmpty()) {
            throw new DictionaryException(dir + ": holds no actor, verb or word-class dictionary (*actors*.txt, "
                    + "*verbs*.txt, *classes*.txt)");
        }
        // a directory's word classes add to those sitrep ships (see plus), they do not replace them
        List<Source> withBundled = new ArrayList<>();
        withBundled.add(resource(WordClasses.BUNDLED));
        withBundled.addAll(classes);
        return new DictionaryFiles(actors, agents, verbs, discards, withBundled);
    }

    public static Source file(Path p) {
        return new Source(p.getFileName().toString(), () -> Files.newInputStream(p));
    }

    public static Source resource(String name) {
        return new Source(name, () -> {
            InputStream in = DictionaryFiles.class.getResourceAsStream(BUNDLE + name);
            if (in == null) {
                throw new IOException("missing from the classpath");
            }
            return in;
        });
    }

    private static List<Source> concat(List<Source> a, List<Source> b) {
        List<Source> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
