package org.sitrep.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.CorpusItem;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.pipeline.Pipeline;

/**
 * The batch path: reads a corpus, codes each new article on a pool of threads, stores each article
 * with its events in its own transaction, then derives events, actors, places and the control
 * timeline. A record that cannot be read or coded is reported and skipped; the rest is stored.
 * Articles already stored are not coded again, so a run that was stopped can simply be started again.
 */
public final class CorpusIngest {

    /** Codes one article (the pipeline, or anything that makes events). Called from several threads. */
    @FunctionalInterface
    public interface Coder {
        List<EventRecord> code(Article article);

        /** The events of the article and what the pipeline noted about it (a long sentence cut, ...). */
        default Coded coded(Article article) {
            return new Coded(code(article), List.of());
        }

        /** The pipeline as a coder that passes on its notes ({@link org.sitrep.nlp.AnnotatedDoc#notes()}). */
        static Coder of(java.util.function.Function<Article, Pipeline.Result> pipeline) {
            Objects.requireNonNull(pipeline);
            return new Coder() {
                @Override
                public List<EventRecord> code(Article article) {
                    return pipeline.apply(article).events();
                }

                @Override
                public Coded coded(Article article) {
                    Pipeline.Result r = pipeline.apply(article);
                    return new Coded(r.events(), r.doc().notes());
                }
            };
        }
    }

    /** What a coder made of one article: its events, and notes on what was not done as usual. */
    public record Coded(List<EventRecord> events, List<String> notes) {
        public Coded {
            events = List.copyOf(events);
            notes = List.copyOf(notes);
        }
    }

    /** Hears about each record as it is settled. Called from several threads. */
    public interface Listener {
        /** A record was stored, found stored already, or failed ({@code error} not null). */
        void settled(String location, EventStore.Plan plan, String error);

        /** The article at {@code location} was coded, but not quite as usual (see {@link Coded#notes()}). */
        default void noted(String location, String note) {
        }

        Listener NONE = (location, plan, error) -> { };
    }

    /**
     * @param threads   coding threads
     * @param maxBytes  largest article read
     * @param stopAfter stop after reading this many records, without deriving (to simulate a run
     *                  that is killed half-way); a negative number reads everything
     * @param derive    derive events, actors, places and control at the end ({@link EventStore#refresh()})
     * @param limit     read at most this many records, then store and derive as after a whole run; a
     *                  negative number reads everything
     */
    public record Options(int threads, long maxBytes, long stopAfter, boolean derive, long limit) {

        public Options(int threads, long maxBytes, long stopAfter) {
            this(threads, maxBytes, stopAfter, true, -1);
        }

        public Options(int threads, long maxBytes, long stopAfter, boolean derive) {
            this(threads, maxBytes, stopAfter, derive, -1);
        }

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
        }
    }

    /**
     * What a run did.
     *
     * @param mentions the tellings the run added to the store: those of the articles it stored, less
     *                 those of the copies and older versions they replaced (on a new store, every
     *                 telling the store keeps)
     */
    public record Summary(int read, int stored, int replaced, int duplicates, int failed, int mentions,
                          EventStore.Refresh refresh, Duration elapsed) {
        public double articlesPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : read / s;
        }
    }

    private final EventStore store;
    private final Coder coder;
    private final Options options;
    private final Listener listener;

    public CorpusIngest(EventStore store, Coder coder, Options options, Listener listener) {
        this.store = Objects.requireNonNull(store);
        this.coder = Objects.requireNonNull(coder);
        this.options = Objects.requireNonNull(options);
        this.listener = listener == null ? Listener.NONE : listener;
    }

    /**
     * Ingests the paths (files and directories).
     *
     * A file or directory under the paths that cannot be read or listed is reported and skipped.
     *
     * @throws org.sitrep.ingest.InputException when a path does not exist (before anything is stored)
     */
    public Summary run(List<Path> paths) {
        List<Path> sparkOutputs = paths.stream().filter(SparkOutput::is).toList();
        CorpusReader.Listing listing = CorpusReader.list(paths.stream().filter(p -> !SparkOutput.is(p)).toList());
        List<Path> files = listing.files();
        long t0 = System.nanoTime();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger replaced = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger mentions = new AtomicInteger();
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "sitrep-ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(options.threads() * 4);
        CorpusReader reader = new CorpusReader(options.maxBytes());
        boolean stopped = false;
        for (CorpusItem f : listing.failures()) { // an unreadable file or directory: reported, the rest is read
            read.incrementAndGet();
            failed.incrementAndGet();
            listener.settled(f.location(), null, f.error());
        }
        try {
            for (Path dir : sparkOutputs) { // a Spark job's output: articles with their events, not coded again
                final boolean[] stop = {false};
                SparkOutput.read(dir, item -> {
                    if (stop[0] || fatal.get() != null || options.stopAfter() >= 0 && read.get() >= options.stopAfter()
                            || options.limit() >= 0 && read.get() >= options.limit()) {
                        stop[0] = true;
                        return;
                    }
                    read.incrementAndGet();
                    stop[0] = !submit(pool, inFlight, fatal, () -> settle(CorpusItem.ok(item.location(), item.article()),
                            new Coded(item.events(), List.of()), stored, replaced, duplicates, failed, mentions));
                });
                if (stop[0] && options.stopAfter() >= 0) {
                    stopped = true;
                }
            }
            outer:
            for (Path f : stopped ? List.<Path>of() : files) {
                final boolean[] stop = {false};
                reader.read(f, item -> {
                    if (stop[0] || fatal.get() != null) {
                        stop[0] = true;
                        return;
                    }
                    if (options.stopAfter() >= 0 && read.get() >= options.stopAfter()
                            || options.limit() >= 0 && read.get() >= options.limit()) {
                        stop[0] = true;
                        return;
                    }
                    read.incrementAndGet();
                    if (item.failed()) {
                        failed.incrementAndGet();
                        listener.settled(item.location(), null, item.error());
                        return;
                    }
                    stop[0] = !submit(pool, inFlight, fatal,
                            () -> settle(item, null, stored, replaced, duplicates, failed, mentions));
                });
                if (stop[0]) {
                    stopped = options.stopAfter() >= 0;
                    if (fatal.get() != null || stopped || options.limit() >= 0 && read.get() >= options.limit()) {
                        break outer;
                    }
                }
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // coding goes on
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
        EventStore.Refresh refresh = stopped || !options.derive() ? null : store.refresh();
        return new Summary(read.get(), stored.get(), replaced.get(), duplicates.get(), failed.get(), mentions.get(),
                refresh, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Stores one article: coded here, or with the events {@code given} (a Spark job's output). */
    /**
     * Runs {@code work} on the pool once one of the in-flight permits is free; its failure is kept in
     * {@code fatal}. False when the wait was interrupted (nothing was submitted).
     */
    private static boolean submit(ExecutorService pool, Semaphore inFlight, AtomicReference<RuntimeException> fatal,
                                  Runnable work) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        pool.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                fatal.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
        return true;
    }

    private void settle(CorpusItem item, Coded given, AtomicInteger stored, AtomicInteger replaced,
                        AtomicInteger duplicates, AtomicInteger failed, AtomicInteger mentions) {
        Article a = item.article();
        EventStore.Plan plan = store.plan(a);
        if (!plan.needsCoding()) {
            duplicates.incrementAndGet();
            listener.settled(item.location(), plan, null);
            return;
        }
        List<EventRecord> events;
        try {
            Coded coded = given != null ? given : coder.coded(a);
            events = coded.events();
            coded.notes().forEach(n -> listener.noted(item.location(), n));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            listener.settled(item.location(), null, "cannot be coded (" + msg.strip().replaceAll("\\s+", " ") + ")");
            return;
        }
        // What the put did is decided under the store's lock, after whatever other threads stored
        // meanwhile: a copy or older version stored since the plan (or earlier) is replaced, and its
        // tellings, counted when they were stored, no longer are.
        EventStore.Stored put = store.store(a, events);
        EventStore.Plan done = put.plan();
        mentions.addAndGet(put.net());
        switch (done) {
            case NEW -> stored.incrementAndGet();
            case REPLACE_COPY, REPLACE_VERSION -> replaced.incrementAndGet();
            default -> duplicates.incrementAndGet();
        }
        listener.settled(item.location(), done, null);
    }

    /** How many tellings the store keeps of these: one per id (a record coded twice is stored once). */
    public static int stored(List<EventRecord> events) {
        return (int) events.stream().map(EventRecord::id).distinct().count();
    }
}
