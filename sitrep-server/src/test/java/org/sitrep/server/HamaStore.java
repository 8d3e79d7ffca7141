package org.sitrep.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;

/**
 * The canonical example through the real pipeline, once per JVM: the pipeline (models and
 * dictionaries, about 10 s and 2 GB) and a DuckDB file filled from {@code examples/hama/article.txt}.
 */
final class HamaStore {

    static final Path ARTICLE = Path.of("../examples/hama/article.txt");
    static final long HAMA = 170017L;

    private static Pipeline pipeline;
    private static Path db;

    private HamaStore() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(null);
        }
        return pipeline;
    }

    /** A copy of the filled store, for one test to open (a DuckDB file has one owner at a time). */
    static synchronized EventStore open(Path dir) throws Exception {
        if (db == null) {
            Path d = Files.createTempDirectory("sitrep-hama");
            Path file = d.resolve("hama.duckdb");
            try (EventStore s = EventStore.open(file.toString())) {
                CorpusIngest.Summary sum = new CorpusIngest(s, pipeline()::code, new CorpusIngest.Options(1, 5_000_000, -1),
                        null).run(List.of(ARTICLE));
                if (sum.stored() != 1 || sum.failed() != 0) {
                    throw new IllegalStateException("the Hama example was not stored: " + sum);
                }
            }
            db = file;
            d.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
        }
        Path copy = dir.resolve("hama.duckdb");
        Files.copy(db, copy);
        return EventStore.open(copy.toString());
    }
}
