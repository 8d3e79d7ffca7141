package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus: files and directories (recursively, in name order, hidden files left out) of
 * plain-text stories, HTML pages, JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally
 * {@code .gz}), RSS/Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}, or any XML file whose
 * root is a feed) and WARC files ({@code .warc}, {@code .warc.gz}). Each record becomes a
 * {@link CorpusItem}; a record that cannot be read is an item with its location and reason, and
 * reading goes on.
 */
public final class CorpusReader {

    /** The kinds of file a corpus holds. */
    public enum Kind { JSONL, WARC, FEED, PAGE }

    private final long maxBytes;
    private final Ingest ingest;

    public CorpusReader() {
        this(Ingest.DEFAULT_MAX_BYTES);
    }

    public CorpusReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.ingest = new Ingest(maxBytes);
    }

    /**
     * The files the given paths name, directories walked recursively, each list in name order.
     *
     * @throws InputException for a path that does not exist or cannot be read
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or directory");
            }
            if (!Files.isReadable(p)) {
                throw new InputException(p + ": cannot be read (permission denied)");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p, f))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p + ": cannot be listed (" + e.getMessage() + ")");
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public static Kind kindOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc.gz")) {
            return Kind.WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return Kind.FEED;
        }
        if (n.endsWith(".xml") || !n.endsWith(".html") && !n.endsWith(".htm") && !n.endsWith(".txt")) {
            byte[] head = new byte[2048];
            try (InputStream in = Files.newInputStream(file)) {
                int len = in.readNBytes(head, 0, head.length);
                byte[] h = java.util.Arrays.copyOf(head, len);
                if (FeedArticleReader.looksLikeFeed(h)) {
                    return Kind.FEED;
                }
            } catch (IOException e) {
                return Kind.PAGE; // reported when read
            }
        }
        return Kind.PAGE;
    }

    /** Reads one file; never throws for what the file holds, only reports it. */
    public void read(Path file, Consumer<CorpusItem> sink) {
        String name = file.toString();
        try {
            switch (kindOf(file)) {
                case JSONL -> {
                    try (InputStream raw = Files.newInputStream(file);
                         InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                        new JsonlArticleReader(maxBytes).read(in, name, sink);
                    }
                }
                case WARC -> new WarcArticleReader(maxBytes).read(file, sink);
                case FEED -> {
                    long size = Files.size(file);
                    if (size > maxBytes * 20) {
                        sink.accept(CorpusItem.failed(name, "feed of " + size + " bytes is larger than "
                                + (maxBytes * 20) + " bytes"));
                        return;
                    }
                    new FeedArticleReader(maxBytes).read(Files.readAllBytes(file), name, sink);
                }
                case PAGE -> sink.accept(CorpusItem.ok(name, ingest.read(file)));
            }
        } catch (InputException e) {
            String msg = e.getMessage();
            sink.accept(CorpusItem.failed(name, msg.startsWith(name + ": ") ? msg.substring(name.length() + 2) : msg));
        } catch (NoSuchFileException e) {
            sink.accept(CorpusItem.failed(name, "no such file"));
        } catch (AccessDeniedException e) {
            sink.accept(CorpusItem.failed(name, "cannot be read (permission denied)"));
        } catch (IOException | UncheckedIOException e) {
            sink.accept(CorpusItem.failed(name, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Reads every file of the paths in order. */
    public void readAll(List<Path> paths, Consumer<CorpusItem> sink) {
        for (Path f : files(paths)) {
            read(f, sink);
        }
    }
}
