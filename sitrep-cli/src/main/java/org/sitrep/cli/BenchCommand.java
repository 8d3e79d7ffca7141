package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Article;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep bench}: throughput of the whole pipeline, fast path against full path. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput: raw article to stored, geolocated events. Codes the same articles",
            "through the fast path (only sentences that can hold an event are parsed) and the full path,",
            "and reports articles/s, sentences/s, tokens/s, the share of sentences parsed, peak heap and",
            "CPU time per stage for both, their ratio, and whether both coded the same events.",
            "CORPUS: Reuters-21578 SGML files (.sgm) or anything 'sitrep ingest' reads."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Files and directories to read articles from.")
    List<Path> corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "500",
            description = "Articles to code (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "T", description = "Coding threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--full", description = "Measure the full path only.")
    boolean fullOnly;

    @Option(names = "--fast", description = "Measure the fast path only.")
    boolean fastOnly;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles run through each path first, not counted (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-store", description = "Code only; store nothing.")
    boolean noStore;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the DuckDB files (default: a temporary directory).")
    Path dir;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A directory of more dictionaries in the PETRARCH formats.")
    Path dictionaries;

    @Override
    public Integer call() throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        if (articles < 1) {
            throw new UsageException("--articles must be at least 1");
        }
        if (fullOnly && fastOnly) {
            throw new UsageException("--full and --fast exclude each other");
        }
        DictionaryDirs.check(dictionaries);
        PrintWriter out = spec.commandLine().getOut();
        long i0 = StageTimes.now();
        int[] skipped = {0};
        List<Article> all = PipelineBench.read(corpus, articles + Math.max(0, warmup), skipped);
        long ingest = StageTimes.now() - i0;
        if (all.isEmpty()) {
            throw new org.sitrep.ingest.InputException("no articles found in " + corpus);
        }
        int w = Math.min(Math.max(0, warmup), all.size() / 2);
        List<Article> warm = all.subList(0, w);
        List<Article> measured = new ArrayList<>(all.subList(w, Math.min(all.size(), w + articles)));
        long ingestMeasured = all.isEmpty() ? 0 : ingest * measured.size() / all.size();
        Path work = dir != null ? dir : Files.createTempDirectory("sitrep-bench");
        long l0 = System.nanoTime();
        FastPipeline pipeline = IngestCommand.fast(dictionaries);
        org.sitrep.pipeline.TimedJudge judge = null;
        if (pipeline.coder().judge() != null) {
            judge = new org.sitrep.pipeline.TimedJudge(pipeline.coder().judge());
            pipeline = pipeline.withJudge(judge);
        }
        List<FastPipeline.Mode> modes = new ArrayList<>();
        if (!fullOnly) {
            modes.add(FastPipeline.Mode.FAST);
        }
        if (!fastOnly) {
            modes.add(FastPipeline.Mode.FULL);
        }
        // the first article loads the models
        pipeline.run(all.get(0), FastPipeline.Mode.FULL, null);
        double load = (System.nanoTime() - l0) / 1e9;
        PipelineBench bench = new PipelineBench(t, !noStore, work, out, judge);
        for (FastPipeline.Mode m : modes) {
            for (Article a : warm) {
                pipeline.run(a, m, null);
            }
        }
        List<PipelineBench.PathRun> runs = new ArrayList<>();
        for (FastPipeline.Mode m : modes) {
            runs.add(bench.run(pipeline, m, measured, ingestMeasured));
        }
        bench.report(String.join(" ", corpus.stream().map(Path::toString).toList()), measured, skipped[0], load, w, runs);
        if (dir == null) {
            for (FastPipeline.Mode m : modes) {
                Path db = work.resolve("bench-" + m.name().toLowerCase(java.util.Locale.ROOT) + ".duckdb");
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
            }
            Files.deleteIfExists(work);
        }
        return 0;
    }
}
