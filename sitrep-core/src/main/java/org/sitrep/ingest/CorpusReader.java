package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus: files and directories (recursively, in name order, hidden files left out) of
 * plain-text stories, HTML pages, JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally
 * {@code .gz}), RSS/Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}, or any XML file whose
 * root is a feed), WARC files ({@code .warc}, {@code .warc.gz}) and Reuters-21578 SGML files
 * ({@code .sgm}, one dated story per {@code <REUTERS>} element, read by {@link ReutersSgmlReader};
 * headline-only briefs, which have no story to code, are left out). Each record becomes a
 * {@link CorpusItem}; a record that cannot be read is an item with its location and reason, and
 * reading goes on.
 */
public final class CorpusReader {

    /** The kinds of file a corpus holds. */
    public enum Kind { JSONL, WARC, FEED, SGML, PAGE }

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
     * @throws InputException for a path that does not exist, or a file or directory that cannot be
     *                        read or listed
     */
    public static List<Path> files(List<Path> paths) {
        Listing l = list(paths);
        if (!l.failures().isEmpty()) {
            CorpusItem f = l.failures().get(0);
            throw new InputException(f.location() + ": " + f.error());
        }
        return l.files();
    }

    /**
     * What a listing of a corpus found: the files to read and, for each file or directory that
     * could not be read or listed, an item with its location and reason (to be reported and skipped).
     */
    public record Listing(List<Path> files, List<CorpusItem> failures) {
        public Listing {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    /**
     * The files the given paths name, directories walked recursively, each list in name order; a file
     * or (sub)directory that cannot be read or listed is a failure of the listing, and listing goes on.
     *
     * @throws InputException for a path that does not exist (before anything is read)
     */
    public static Listing list(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<CorpusItem> failures = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or directory");
            }
            if (!Files.isReadable(p)) {
                failures.add(CorpusItem.failed(p.toString(), "cannot be read (permission denied)"));
            } else if (Files.isDirectory(p)) {
                List<Path> here = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return dir.equals(p) || !hidden(p, dir) ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if ((attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f))
                                    && !hidden(p, f)) {
                                here.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!hidden(p, f)) {
                                failures.add(CorpusItem.failed(f.toString(), unreadable(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                failures.add(CorpusItem.failed(dir.toString(), "cannot be listed (" + unreadable(e) + ")"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    failures.add(CorpusItem.failed(p.toString(), "cannot be listed (" + e.getMessage() + ")"));
                }
                here.sort(null);
                out.addAll(here);
            } else {
                out.add(p);
            }
        }
        return new Listing(out, failures);
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        return "cannot be read (" + reason + ")";
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
        if (ReutersSgmlReader.handles(file)) {
            return Kind.SGML;
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
                case SGML -> new ReutersSgmlReader().read(file, item -> {
                    if (!ReutersSgmlReader.isBrief(item)) {
                        sink.accept(item);
                    }
                });
                case FEED -> {
                    long size = Files.size(file);
                    long most = Math.min(maxBytes, Long.MAX_VALUE / 20) * 20; // no overflow
                    if (size > most) {
                        sink.accept(CorpusItem.failed(name, "feed of " + size + " bytes is larger than "
                                + most + " bytes"));
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

    /**
     * How many records the files hold, counted without reading them as articles: one per page, one
     * per non-blank line of JSON Lines, one per story of a Reuters SGML file; -1 when a file's count
     * cannot be known before reading it (feeds, WARC files) or a file cannot be read.
     */
    public static long countRecords(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                switch (kindOf(f)) {
                    case PAGE -> n++;
                    case JSONL -> {
                        try (InputStream raw = Files.newInputStream(f);
                             InputStream in = f.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                                     ? new GZIPInputStream(raw, 1 << 16) : raw;
                             java.io.BufferedReader r = new java.io.BufferedReader(
                                     new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = r.readLine()) != null) {
                                if (!line.isBlank()) {
                                    n++;
                                }
                            }
                        }
                    }
                    case SGML -> n += ReutersSgmlReader.countStories(
                            new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
                    default -> {
                        return -1;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    /** Reads every file of the paths in order. */
    public void readAll(List<Path> paths, Consumer<CorpusItem> sink) {
        for (Path f : files(paths)) {
            read(f, sink);
        }
    }
}
