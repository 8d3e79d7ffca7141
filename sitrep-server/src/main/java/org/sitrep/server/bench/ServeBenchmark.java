package org.sitrep.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.dedup.Event;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The load test of {@code sitrep serve}: fills a store with generated events (a DuckDB file, or a
 * schema of its own in a PostgreSQL database, dropped afterwards), starts the server on 127.0.0.1
 * (loopback only), and has N concurrent clients send a fixed number of requests for each query, then
 * reports requests/s and latency percentiles. Bounded in requests and in time; stops by itself. Not
 * a unit test: it asserts nothing about speed.
 */
public final class ServeBenchmark {

    /** One measured query. */
    public record Result(String name, String path, int clients, int requests, int errors, double seconds,
                         double p50ms, double p90ms, double p99ms, double maxMs, long bytesPerResponse) {
        public double requestsPerSecond() {
            return seconds <= 0 ? 0 : requests / seconds;
        }
    }

    private static final java.time.LocalDate DAY0 = java.time.LocalDate.of(2024, 9, 1);

    private record Query(String name, boolean heavy, java.util.function.IntFunction<String> path) {
    }

    /** How long the whole measurement may take before it stops what is left. */
    static final Duration TIME_LIMIT = Duration.ofMinutes(10);

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 10_000;
        int clients = 8;
        int requests = 2_000;
        Path dir = null;
        String pg = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--pg" -> pg = args[++i];
                default -> {
                    System.err.println("usage: ServeBenchmark [--events N] [--clients N] [--requests N] [--dir DIR | --pg URL]");
                    System.exit(2);
                }
            }
        }
        run(events, clients, requests, dir, pg, System.out);
    }

    /** Runs the load test on a DuckDB file. */
    public static List<Result> run(int events, int clients, int requests, Path dir, PrintStream out)
            throws IOException, InterruptedException {
        return run(events, clients, requests, dir, null, out);
    }

    /**
     * Runs the load test.
     *
     * @param dir where the DuckDB file goes (a temporary directory, removed afterwards, when null)
     * @param pg  a PostgreSQL JDBC URL instead of DuckDB: the store is a new schema there, dropped afterwards
     */
    public static List<Result> run(int events, int clients, int requests, Path dir, String pg, PrintStream out)
            throws IOException, InterruptedException {
        if (events < 1 || clients < 1 || requests < clients) {
            throw new IllegalArgumentException("events >= 1, clients >= 1, requests >= clients");
        }
        if (pg != null && !pg.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL URL is jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
        }
        Path work = pg != null ? null : dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-bench-serve");
        Path db = work == null ? null : work.resolve("bench-serve-" + System.nanoTime() + ".duckdb");
        String schema = "sitrep_bench_" + System.nanoTime(); // letters, digits and _ only
        String location = pg == null ? db.toString() : pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        if (pg != null) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(pg);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            } catch (java.sql.SQLException e) {
                throw new IOException("cannot create schema " + schema + " in PostgreSQL: " + e.getMessage(), e);
            }
        }
        List<Result> results = new ArrayList<>();
        try (EventStore store = EventStore.open(location)) {
            GeneratedEvents.Summary s = GeneratedEvents.fill(store, events, 42);
            out.printf(Locale.ROOT, "bench-serve: %s store of %d generated tellings in %d articles -> %d events "
                    + "(%.1f s to store and derive)%n", pg == null ? "DuckDB" : "PostgreSQL (schema " + schema + ")",
                    s.tellings(), s.articles(), s.events(), s.seconds());
            List<Event> sample = store.events(EventQuery.ALL.withLimit(500));
            List<String> ids = sample.stream().map(Event::id).toList();
            List<String> places = sample.stream().map(e -> String.valueOf(e.head().place().geonameid())).distinct().toList();
            try (SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> {
                throw new IllegalStateException("no writes in the load test");
            })) {
                String base = "http://127.0.0.1:" + server.port();
                out.printf(Locale.ROOT, "bench-serve: server on %s; %d clients, %d requests per query (a tenth for "
                                + "10,000-event queries), %d cores, load average %.1f%n", base, clients, requests,
                        Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                String[] actors = {"HTS", "SYR_MIL", "RUS_MIL", "TUR_MIL", "SDF", "ISIL", "IRN_MIL", "SYR_GOV"};
                // answers to repeated event queries are kept until the store changes: 'uncached' queries
                // carry a limit that differs per request (the same work, another key)
                // one client, one request at a time: what a visitor waits for when the answer is not cached
                // (min_sources=0 selects every event; it keeps these keys apart from the others below)
                Result first = measure("map, 10,000 events, 1 client (uncached)", base,
                        i -> "/api/events?view=map&min_sources=0&limit=" + (10_000 - i), 1,
                        Math.max(10, Math.min(50, requests / 20)),
                        System.nanoTime() + TIME_LIMIT.toNanos() / 10);
                results.add(first);
                print(out, first);
                List<Query> queries = List.of(
                    new Query("map, the page's first query (cached)", true, i -> "/api/events?view=map&limit=10000"),
                    new Query("map, 10,000 events (uncached)", true, i -> "/api/events?view=map&limit=" + (10_000 - i)),
                    new Query("summaries, 10,000 events (uncached)", true, i -> "/api/events?limit=" + (10_000 - i)),
                    new Query("actor + 2 weeks (uncached)", false, i -> "/api/events?actor=" + actors[i % actors.length]
                            + "&from=" + DAY0.plusDays(i % 100) + "&to=" + DAY0.plusDays(i % 100 + 13)
                            + "&limit=" + (1000 + i)),
                    new Query("bbox + type (uncached)", false, i -> "/api/events?bbox=36,33,38,35&plover=ASSAULT&limit="
                            + (5000 - i)),
                    new Query("one event with its provenance", false, i -> "/api/events/" + ids.get(i % ids.size())),
                    new Query("one place with control + events", false, i -> "/api/places/" + places.get(i % places.size())));
                long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
                for (Query q : queries) {
                    int n = q.heavy ? Math.max(clients, requests / 10) : requests;
                    Result r = measure(q.name, base, q.path, clients, n, deadline);
                    results.add(r);
                    print(out, r);
                }
            }
        } finally {
            if (pg != null) {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(pg);
                     java.sql.Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (java.sql.SQLException e) {
                    out.println("bench-serve: could not drop schema " + schema + ": " + e.getMessage());
                }
            } else {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
                if (dir == null) {
                    Files.deleteIfExists(work);
                }
            }
        }
        return results;
    }

    private static void print(PrintStream out, Result r) {
        out.printf(Locale.ROOT, "  %-40s %2d cl %5d req %3d err %8.1f req/s  p50 %7.1f ms  p90 %7.1f ms  "
                        + "p99 %7.1f ms  max %7.1f ms  %8d bytes%n", r.name(), r.clients(), r.requests(), r.errors(),
                r.requestsPerSecond(), r.p50ms(), r.p90ms(), r.p99ms(), r.maxMs(), r.bytesPerResponse());
    }

    private static Result measure(String name, String base, java.util.function.IntFunction<String> path, int clients,
                                  int requests, long deadline) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: the JIT (keys outside the measured ones)
        for (int i = 0; i < Math.min(5, requests); i++) {
            send(http, request(base + path.apply(requests + i)));
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest req = request(base + path.apply(i));
                    long s = System.nanoTime();
                    HttpResponse<byte[]> resp = send(http, req);
                    latencies[i] = System.nanoTime() - s;
                    if (resp == null || resp.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        bytes.set(resp.body().length);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int sent = Math.min(requests, next.get());
        long[] sorted = Arrays.stream(latencies, 0, sent).filter(v -> v > 0).sorted().toArray();
        return new Result(name, path.apply(0), clients, sorted.length, errors.get(), seconds, pct(sorted, 0.50),
                pct(sorted, 0.90), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, bytes.get());
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build();
    }

    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
