package org.sitrep.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds and opens the Lucene index of a gazetteer file.
 *
 * <p>The index lives in {@code <cache root>/gazetteer-v<schema>-<hash>/}, where the hash is that of the data
 * file, so a new file gets a new index. It is built in a private temporary directory next to it and moved into
 * place atomically: two processes starting at once may both build it, one wins the move, the other drops its
 * copy and opens the winner's. When the cache root cannot be written, the index is built in memory instead.
 *
 * <p>Fields: {@code key} folded keys of the preferred and alternate names (and without leading article),
 * {@code loose} their loose skeletons, {@code exact} abbreviations as written, {@code demonym} folded
 * demonyms, {@code kind} the entry kind letter, and {@code line} the stored entry in {@link GazetteerFile} form.
 */
public final class GazetteerIndex {

    static final String KEY = "key";
    static final String LOOSE = "loose";
    static final String EXACT = "exact";
    static final String DEMONYM = "demonym";
    static final String KIND = "kind";
    static final String LINE = "line";

    /** Bumped whenever the fields or the folding change, so that old caches are not reused. */
    static final int SCHEMA = 1;

    /** A gazetteer data file: its bytes (gzipped TSV) and a name for messages. */
    public record Data(String name, byte[] bytes) {

        public static Data of(Path file) {
            try {
                return new Data(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String hash() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(md.digest(bytes)).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An opened index. */
    record Opened(DirectoryReader reader, String location) {
    }

    private GazetteerIndex() {
    }

    /** The committed data file from the class path. */
    public static Data committedData() {
        try (InputStream in = GazetteerIndex.class.getResourceAsStream(GazetteerFile.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer data " + GazetteerFile.RESOURCE + " is not on the class path");
            }
            return new Data(GazetteerFile.RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code $SITREP_HOME/cache}, else {@code ~/.cache/sitrep}. */
    public static Path defaultCacheRoot() {
        String home = System.getenv("SITREP_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "cache");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "sitrep");
    }

    static Opened open(Data data, Path cacheRoot) {
        Path dir = cacheRoot == null ? null : cacheRoot.resolve("gazetteer-v" + SCHEMA + "-" + data.hash());
        if (dir != null) {
            try {
                if (!Files.isDirectory(dir)) {
                    buildOnDisk(data, dir);
                }
                return new Opened(DirectoryReader.open(FSDirectory.open(dir)), dir.toString());
            } catch (IOException | UncheckedIOException e) {
                // not writable, or a broken cache: fall through to memory
            }
        }
        try {
            Directory mem = new ByteBuffersDirectory();
            write(data, mem);
            return new Opened(DirectoryReader.open(mem), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void buildOnDisk(Data data, Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        try {
            try (Directory d = FSDirectory.open(tmp)) {
                write(data, d);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // another process got there first; use its index
        } finally {
            deleteTree(tmp);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("gazetteer index " + dir + " was not created");
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void write(Data data, Directory dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(128);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            IOException[] failure = new IOException[1];
            GazetteerFile.read(new ByteArrayInputStream(data.bytes()), e -> {
                if (failure[0] == null) {
                    try {
                        w.addDocument(document(e));
                    } catch (IOException ex) {
                        failure[0] = ex;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            w.forceMerge(1);
            w.commit();
        }
    }

    static Document document(GazetteerEntry e) {
        Document doc = new Document();
        doc.add(new StringField(KIND, String.valueOf(e.kind().code()), Field.Store.NO));
        Set<String> keys = new LinkedHashSet<>(NameFolder.indexKeys(e.name()));
        for (String n : e.names()) {
            keys.addAll(NameFolder.indexKeys(n));
        }
        Set<String> loose = new LinkedHashSet<>();
        for (String k : keys) {
            doc.add(new StringField(KEY, k, Field.Store.NO));
            loose.add(NameFolder.loose(k));
        }
        for (String l : loose) {
            doc.add(new StringField(LOOSE, l, Field.Store.NO));
        }
        for (String a : e.abbreviations()) {
            doc.add(new StringField(EXACT, a, Field.Store.NO));
        }
        Set<String> dem = new LinkedHashSet<>();
        for (String d : e.demonyms()) {
            dem.add(NameFolder.fold(d));
        }
        for (String d : dem) {
            doc.add(new StringField(DEMONYM, d, Field.Store.NO));
        }
        doc.add(new StoredField(LINE, GazetteerFile.format(e)));
        return doc;
    }
}
