package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.Ingest;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest}: code a corpus into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles into the event store: files and directories (recursively) of plain-text",
            "stories and HTML pages, JSON Lines (.jsonl: one {\"text\", \"title\", \"url\", \"published\", \"outlet\",",
            "\"cited\"} object per line), RSS/Atom feeds, WARC crawls (.warc, .warc.gz) and Reuters-21578",
            "SGML files (.sgm: one dated story per <REUTERS> element; headline-only briefs are left out).",
            "A directory written by the Spark job (sitrep-spark: articles/ and events/ Parquet) is stored",
            "as it is, without coding again.",
            "Articles already stored are skipped, so a stopped run can be started again. A record that",
            "cannot be read is reported on stderr and skipped; the exit code is 1 when some were."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and directories to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A directory of more dictionaries in the PETRARCH formats.")
    Path dictionaries;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Ingest.DEFAULT_MAX_BYTES,
            description = "The largest article read, in bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N records (articles), then store what was read.")
    Long limit;

    @Option(names = "--no-progress", description = "No progress bar (there is none when stderr is not a terminal).")
    boolean noProgress;

    @Option(names = "--full", description = {"Parse every sentence (the full path). By default only sentences that",
        "can hold an event (an actor and an event verb or noun) are parsed: the fast path."})
    boolean fullPath;

    @Option(names = "--stop-after", paramLabel = "N", hidden = true, defaultValue = "-1",
            description = "Stop after reading N records, as if killed (derived tables are not updated).")
    long stopAfter;

    private volatile CorpusIngest.Coder coder;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        if (maxBytes <= 0 || maxBytes > Ingest.MAX_MAX_BYTES) {
            throw new UsageException("--max-bytes must be within 1.." + Ingest.MAX_MAX_BYTES + ", not " + maxBytes);
        }
        if (limit != null && limit < 0) {
            throw new UsageException("--limit takes a number of zero or more, not " + limit);
        }
        DictionaryDirs.check(dictionaries);
        // a missing path fails here, before anything is opened; an unreadable one is reported by the run
        List<Path> files = CorpusReader.list(paths.stream().filter(p -> !org.sitrep.store.SparkOutput.is(p)).toList()).files();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        this.err = err;
        AtomicInteger failures = new AtomicInteger();
        ProgressBar bar = null;
        try (EventStore es = store.open(true)) {
            if (!noProgress && Terminals.stderrIsTerminal()) {
                long total = paths.stream().anyMatch(org.sitrep.store.SparkOutput::is) ? -1
                        : CorpusReader.countRecords(files);
                if (limit != null && (total < 0 || limit < total)) {
                    total = limit;
                }
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" records", 1)
                        .showSpeed().setUpdateIntervalMillis(250).build();
            }
            ProgressBar progress = bar;
            AtomicInteger stored = new AtomicInteger();
            CorpusIngest.Listener listener = new CorpusIngest.Listener() {
                @Override
                public void settled(String location, EventStore.Plan plan, String error) {
                    if (error != null) {
                        failures.incrementAndGet();
                        synchronized (err) {
                            err.println("sitrep: skipped " + location + ": " + error);
                            err.flush();
                        }
                    } else if (plan != null && plan.needsCoding()) {
                        stored.incrementAndGet();
                    }
                    if (progress != null) {
                        progress.step();
                        progress.setExtraMessage(" stored " + stored.get() + ", failed " + failures.get());
                    }
                }

                @Override
                public void noted(String location, String note) {
                    synchronized (err) {
                        err.println("sitrep: note: " + location + ": " + note);
                        err.flush();
                    }
                }
            };
            CorpusIngest.Coder coder = new CorpusIngest.Coder() {
                @Override
                public List<org.sitrep.events.EventRecord> code(org.sitrep.ingest.Article a) {
                    return coder().code(a);
                }

                @Override
                public CorpusIngest.Coded coded(org.sitrep.ingest.Article a) {
                    return coder().coded(a);
                }
            };
            CorpusIngest.Summary s = new CorpusIngest(es, coder, new CorpusIngest.Options(n, maxBytes, stopAfter, true,
                    limit == null ? -1 : limit), listener)
                    .run(files);
            if (bar != null) {
                bar.close();
                bar = null;
            }
            out.printf(Locale.ROOT, "ingest: %d records from %d files in %.1f s (%.1f records/s): %d stored, %d replaced, "
                            + "%d already stored, %d failed; %d event tellings added (net of those replaced)%n",
                    s.read(), files.size(), s.elapsed().toMillis() / 1000.0, s.articlesPerSecond(), s.stored(),
                    s.replaced(), s.duplicates(), s.failed(), s.mentions());
            if (s.refresh() != null) {
                EventStore.Refresh r = s.refresh();
                EventStore.Counts c = es.counts();
                out.printf(Locale.ROOT, "store: %s: %d articles, %d tellings, %d events (%d new or changed, %d gone), "
                                + "%d actors, %d places, %d control periods%n", store.describe(), c.articles(),
                        c.mentions(), r.events(), r.inserted(), r.deleted(), r.actors(), r.places(), r.controlPeriods());
            } else {
                out.println("store: stopped early; run the same command again to finish");
            }
            out.flush();
            if (s.failed() > 0) {
                err.println("sitrep: " + s.failed() + " record" + (s.failed() == 1 ? "" : "s")
                        + " could not be read or coded (listed above); the rest is stored");
                return 1;
            }
            return 0;
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private volatile PrintWriter err;

    /** One fast pipeline per set of dictionaries for the whole process. */
    static FastPipeline fast(Path extraDictionaries) {
        return Pipelines.fastPipeline(extraDictionaries, null);
    }

    /** The fast path (or, with --full, the full path), loaded on first use. */
    private CorpusIngest.Coder coder() {
        CorpusIngest.Coder c = coder;
        if (c == null) {
            synchronized (this) {
                if (coder == null) {
                    // loaded when the first article needs coding, with a line on stderr before and after
                    FastPipeline fast = Pipelines.fastPipeline(dictionaries, err);
                    if (fullPath) {
                        Pipeline full = fast.full();
                        coder = CorpusIngest.Coder.of(full::run);
                    } else {
                        coder = CorpusIngest.Coder.of(fast::run);
                    }
                }
                c = coder;
            }
        }
        return c;
    }
}
