package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.CorpusItem;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReutersSgmlReader;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.StageTimes;
import org.sitrep.pipeline.StageTimes.Stage;
import org.sitrep.store.EventStore;

/**
 * The throughput benchmark behind {@code sitrep bench}: reads a corpus, then codes the same articles
 * through the fast path and the full path (on a pool of threads, each article stored with its events
 * in a DuckDB file, then the store's events derived), and reports the figures of both side by side,
 * and whether both paths coded the same events.
 */
final class PipelineBench {

    /** What one path did over the corpus. */
    record PathRun(FastPipeline.Mode mode, StageTimes times, double wallSeconds, double refreshSeconds,
                   long peakHeap, long liveHeap, List<List<EventRecord>> events) {
        double articlesPerSecond() {
            return times.articles() / wallSeconds;
        }
    }

    private final org.sitrep.pipeline.TimedJudge judge;
    private final int threads;
    private final boolean store;
    private final Path dir;
    private final PrintWriter out;

    PipelineBench(int threads, boolean store, Path dir, PrintWriter out) {
        this(threads, store, dir, out, null);
    }

    /** With {@code judge} (may be null), the pipeline's judge, whose time each run reports. */
    PipelineBench(int threads, boolean store, Path dir, PrintWriter out, org.sitrep.pipeline.TimedJudge judge) {
        this.judge = judge;
        this.threads = threads;
        this.store = store;
        this.dir = dir;
        this.out = out;
    }

    /** Reads up to {@code max} articles: Reuters-21578 SGML files, or anything {@code sitrep ingest} reads. */
    static List<Article> read(List<Path> paths, int max, int[] skipped) throws IOException {
        List<Article> articles = new ArrayList<>();
        ReutersSgmlReader sgml = new ReutersSgmlReader();
        CorpusReader reader = new CorpusReader();
        for (Path f : CorpusReader.files(paths)) {
            if (articles.size() >= max) {
                break;
            }
            java.util.function.Consumer<CorpusItem> sink = item -> {
                if (articles.size() >= max) {
                    return;
                }
                if (item.failed()) {
                    skipped[0]++;
                } else {
                    articles.add(item.article());
                }
            };
            if (ReutersSgmlReader.handles(f)) {
                sgml.read(f, sink);
            } else {
                reader.read(f, sink);
            }
        }
        return articles;
    }

    PathRun run(FastPipeline pipeline, FastPipeline.Mode mode, List<Article> articles, long ingestNanos)
            throws Exception {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        StageTimes times = new StageTimes();
        times.add(Stage.INGEST, ingestNanos);
        if (judge != null) {
            judge.reportTo(times);
        }
        List<List<EventRecord>> events = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            events.add(null);
        }
        Path db = store ? dir.resolve("bench-" + mode.name().toLowerCase(Locale.ROOT) + ".duckdb") : null;
        if (db != null) {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        double refresh = 0;
        try (EventStore es = db == null ? null : EventStore.open(db.toString())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                final int k = i;
                done.add(pool.submit(() -> {
                    Article a = articles.get(k);
                    FastPipeline.Run r = pipeline.run(a, mode, times);
                    events.set(k, r.events());
                    if (es != null) {
                        long t = StageTimes.now();
                        if (es.plan(a).needsCoding()) {
                            es.put(a, r.events());
                        }
                        times.add(Stage.STORE, StageTimes.now() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            if (es != null) {
                long r0 = System.nanoTime();
                es.flush();
                es.refresh();
                refresh = (System.nanoTime() - r0) / 1e9;
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - start) / 1e9 + ingestNanos / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new PathRun(mode, times, wall, refresh, peak, live, events);
    }

    void report(String corpus, List<Article> articles, int skipped, double loadSeconds, int warmup,
                List<PathRun> runs) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "sitrep bench: %d articles from %s (%d records without a story skipped)%n",
                articles.size(), corpus, skipped);
        out.printf(Locale.ROOT, "machine: %d cores (%s), heap max %s, %d threads, load average %.2f; %s%n",
                rt.availableProcessors(), cpuName(), gib(rt.maxMemory()), threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                store ? "each article stored in DuckDB, events derived at the end" : "nothing stored");
        out.printf(Locale.ROOT, "models and dictionaries loaded in %.1f s; %d articles of warm-up through each path%n%n",
                loadSeconds, warmup);
        String[] head = new String[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            head[i] = runs.get(i).mode().name().toLowerCase(Locale.ROOT);
        }
        boolean both = runs.size() == 2;
        out.printf(Locale.ROOT, "%-34s", "");
        for (String h : head) {
            out.printf(Locale.ROOT, "%14s", h);
        }
        out.println(both ? "     fast/full" : "");
        row("articles/s (wall)", runs, r -> r.articlesPerSecond(), "%14.1f", both);
        row("sentences/s (wall)", runs, r -> r.times().sentences() / r.wallSeconds(), "%14.0f", both);
        row("tokens/s (wall)", runs, r -> r.times().tokens() / r.wallSeconds(), "%14.0f", both);
        row("articles per CPU-second x cores", runs, r -> r.times().articles() / cpuSeconds(r)
                * Runtime.getRuntime().availableProcessors(), "%14.1f", both);
        row("sentences parsed (%)", runs, r -> 100 * r.times().parsedShare(), "%14.1f", false);
        row("sentences", runs, r -> r.times().sentences(), "%14.0f", false);
        row("tokens", runs, r -> r.times().tokens(), "%14.0f", false);
        row("events coded", runs, r -> r.times().events(), "%14.0f", false);
        row("wall time (s)", runs, PathRun::wallSeconds, "%14.1f", false);
        row("peak heap (MiB)", runs, r -> r.peakHeap() / 1048576.0, "%14.0f", false);
        row("live heap after run (MiB)", runs, r -> r.liveHeap() / 1048576.0, "%14.0f", false);
        out.println();
        out.println("CPU time per stage, ms per article (summed over threads):");
        for (Stage s : Stage.values()) {
            if (s == Stage.STORE && !store) {
                continue;
            }
            row("  " + s.label(), runs, r -> r.times().nanos(s) / 1e6 / r.times().articles(), "%14.2f", both);
        }
        if (store) {
            row("  derive events (wall, ms/article)", runs, r -> r.refreshSeconds() * 1000 / r.times().articles(),
                    "%14.2f", false);
        }
        if (both) {
            out.println();
            compare(articles, runs.get(0), runs.get(1));
        }
        out.flush();
    }

    private void compare(List<Article> articles, PathRun fast, PathRun full) {
        int same = 0;
        int shown = 0;
        long onlyFast = 0;
        long onlyFull = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<EventRecord> a = fast.events().get(i);
            List<EventRecord> b = full.events().get(i);
            if (Objects.equals(a, b)) {
                same++;
                continue;
            }
            List<EventRecord> fa = new ArrayList<>(a);
            fa.removeAll(b);
            List<EventRecord> fb = new ArrayList<>(b);
            fb.removeAll(a);
            onlyFast += fa.size();
            onlyFull += fb.size();
            if (shown++ < 10) {
                lines.add("  " + articles.get(i).origin() + ": only fast " + brief(fa) + "; only full " + brief(fb));
            }
        }
        out.printf(Locale.ROOT, "events identical in %d of %d articles; %d events only in the fast path, %d only in the full path%n",
                same, articles.size(), onlyFast, onlyFull);
        lines.forEach(out::println);
    }

    private static String brief(List<EventRecord> rs) {
        List<String> out = new ArrayList<>();
        for (EventRecord r : rs) {
            out.add("s" + r.evidence().sentence() + " " + r.cameo() + " "
                    + (r.source() == null ? "-" : r.source().text() + "=" + r.source().id()) + " > "
                    + (r.target() == null ? "-" : r.target().text() + "=" + r.target().id()));
        }
        return out.toString();
    }

    private static double cpuSeconds(PathRun r) {
        long n = 0;
        for (Stage s : Stage.values()) {
            n += r.times().nanos(s);
        }
        return n / 1e9 + r.refreshSeconds();
    }

    private void row(String label, List<PathRun> runs, java.util.function.ToDoubleFunction<PathRun> f, String fmt,
                     boolean ratio) {
        out.printf(Locale.ROOT, "%-34s", label);
        for (PathRun r : runs) {
            out.printf(Locale.ROOT, fmt, f.applyAsDouble(r));
        }
        if (ratio && runs.size() == 2) {
            double a = f.applyAsDouble(runs.get(0));
            double b = f.applyAsDouble(runs.get(1));
            out.printf(Locale.ROOT, "%13.2fx", b == 0 ? Double.NaN : a / b);
        }
        out.println();
    }

    static String cpuName() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
    }
}
