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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.dedup.Event;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The load test of {@code sitrep serve}: fills a DuckDB store with generated events, starts the
 * server on 127.0.0.1 (loopback only), and has N concurrent clients send a fixed number of requests
 * for each query, then reports requests/s and latency percentiles. Bounded in requests and in time;
 * stops by itself. Not a unit test: it asserts nothing about speed.
 */
public final class ServeBenchmark {

    /** One measured query. */
    public record Result(String name, String path, int clients, int requests, int errors, double seconds,
                         double p50ms, double p90ms, double p99ms, double maxMs, long bytesPerResponse) {
        public double requestsPerSecond() {
            return seconds <= 0 ? 0 : requests / seconds;
        }
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: ServeBenchmark [--events N] [--clients N] [--requests N] [--dir DIR]");
                    System.exit(2);
                }
            }
        }
        run(events, clients, requests, dir, System.out);
    }

    /**
     * Runs the load test.
     *
     * @param dir where the DuckDB file goes (a temporary directory, removed afterwards, when null)
     */
    public static List<Result> run(int events, int clients, int requests, Path dir, PrintStream out)
            throws IOException, InterruptedException {
        if (events < 1 || clients < 1 || requests < clients) {
            throw new IllegalArgumentException("events >= 1, clients >= 1, requests >= clients");
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-bench-serve");
        Path db = work.resolve("bench-serve-" + System.nanoTime() + ".duckdb");
        List<Result> results = new ArrayList<>();
        try (EventStore store = EventStore.open(db.toString())) {
            GeneratedEvents.Summary s = GeneratedEvents.fill(store, events, 42);
            out.printf(Locale.ROOT, "bench-serve: store of %d generated tellings in %d articles -> %d events "
                    + "(%.1f s to store and derive)%n", s.tellings(), s.articles(), s.events(), s.seconds());
            List<Event> sample = store.events(EventQuery.ALL.withLimit(50));
            String someId = sample.get(sample.size() / 2).id();
            String somePlace = String.valueOf(sample.get(0).head().place().geonameid());
            try (SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> {
                throw new IllegalStateException("no writes in the load test");
            })) {
                String base = "http://127.0.0.1:" + server.port();
                out.printf(Locale.ROOT, "bench-serve: server on %s; %d clients, %d requests per query, %d cores%n",
                        base, clients, requests, Runtime.getRuntime().availableProcessors());
                String[][] queries = {
                    {"map: every event (page's query)", "/api/events?view=map&limit=10000"},
                    {"summaries: every event", "/api/events?limit=10000"},
                    {"filtered: one actor, 2 weeks", "/api/events?actor=HTS&from=2024-10-01&to=2024-10-14"},
                    {"filtered: bbox + type", "/api/events?bbox=36,33,38,35&plover=ASSAULT&limit=500"},
                    {"one event with provenance", "/api/events/" + someId},
                    {"one place with control", "/api/places/" + somePlace},
                };
                long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
                for (String[] q : queries) {
                    int n = q[1].contains("limit=10000") ? Math.max(clients, requests / 10) : requests;
                    Result r = measure(q[0], base, q[1], clients, n, deadline);
                    results.add(r);
                    out.printf(Locale.ROOT, "  %-34s %5d req %3d err  %8.1f req/s  p50 %7.1f ms  p90 %7.1f ms  "
                                    + "p99 %7.1f ms  max %7.1f ms  %9d bytes%n", r.name(), r.requests(), r.errors(),
                            r.requestsPerSecond(), r.p50ms(), r.p90ms(), r.p99ms(), r.maxMs(), r.bytesPerResponse());
                }
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            if (dir == null) {
                Files.deleteIfExists(work);
            }
        }
        return results;
    }

    private static Result measure(String name, String base, String path, int clients, int requests, long deadline)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + path);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        // warm-up: the JIT and the store's caches
        for (int i = 0; i < Math.min(20, requests); i++) {
            send(http, req);
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> resp = send(http, req);
                    latencies[i] = System.nanoTime() - s;
                    if (resp == null || resp.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        bytes.set(resp.body().length);
                    }
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int sent = Math.min(requests, next.get());
        long[] sorted = Arrays.stream(latencies, 0, sent).filter(v -> v > 0).sorted().toArray();
        return new Result(name, path, clients, sorted.length, errors.get(), seconds, pct(sorted, 0.50), pct(sorted, 0.90),
                pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, bytes.get());
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
