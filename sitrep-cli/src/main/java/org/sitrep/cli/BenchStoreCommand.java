package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench-store}: the store benchmark (coding bypassed). */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Benchmark the store: generate a corpus, ingest it into DuckDB and PostgreSQL,",
            "report articles/s and peak heap. Coding is bypassed (events are generated with the articles)."})
final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--pg", paramLabel = "JDBC-URL", description = "A PostgreSQL server to measure too (default: $SITREP_PG_URL).")
    String pg;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the corpus and the DuckDB file (default: a temporary directory).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            throw new UsageException("--articles must be at least 1");
        }
        String url = pg != null ? pg : System.getenv("SITREP_PG_URL");
        StoreBenchmark.run(articles, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                url == null || url.isBlank() ? null : url, dir, System.out);
        return 0;
    }
}
