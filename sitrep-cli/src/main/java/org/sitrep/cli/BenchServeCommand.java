package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.server.bench.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench-serve}: the load test of {@code sitrep serve} (loopback only, bounded). */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Load test of sitrep serve: fill a DuckDB store (or a PostgreSQL schema) with generated",
            "events (the pipeline is bypassed), start the server on 127.0.0.1, have N clients send a fixed",
            "number of requests for the events query and a few others, and report requests/s and",
            "p50/p90/p99 latency."})
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000", description = "Events to generate (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000",
            description = "Requests per query (default ${DEFAULT-VALUE}; a tenth of it for the 10,000-event map query).")
    int requests;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the DuckDB file (default: a temporary directory).")
    Path dir;

    @Option(names = "--pg", paramLabel = "JDBC-URL",
            description = {"Measure on PostgreSQL instead: jdbc:postgresql://127.0.0.1:PORT/DB?user=U&password=P;",
                "the store is a new schema there (the user needs CREATE on the database), dropped afterwards."})
    String pg;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || events > 1_000_000) {
            throw new UsageException("--events must be within 1..1000000");
        }
        if (clients < 1 || clients > 256) {
            throw new UsageException("--clients must be within 1..256");
        }
        if (requests < clients || requests > 1_000_000) {
            throw new UsageException("--requests must be at least --clients and at most 1000000");
        }
        if (pg != null && dir != null) {
            throw new UsageException("give --dir or --pg, not both");
        }
        if (pg != null && !pg.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--pg takes a JDBC URL: jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
        }
        ServeBenchmark.run(events, clients, requests, dir, pg, System.out);
        return 0;
    }
}
