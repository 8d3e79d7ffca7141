package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;

/** One pipeline per set of dictionaries for the whole process: models and dictionaries load once. */
final class Pipelines {

    private static final Map<String, Object> BY_DICTIONARIES = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    static Pipeline standard(Path extraDictionaries) {
        return standard(extraDictionaries, null);
    }

    /** The standard pipeline; when it has to be loaded, says so on {@code err} (when not null) before and after. */
    static Pipeline standard(Path extraDictionaries, PrintWriter err) {
        String key = Objects.toString(extraDictionaries == null ? null : extraDictionaries.toAbsolutePath().normalize());
        return (Pipeline) once(key, err, () -> Pipeline.standard(extraDictionaries));
    }

    /** The standard pipeline's fast path (see {@link FastPipeline}). */
    static Pipeline fast(Path extraDictionaries) {
        return fastPipeline(extraDictionaries, null).asPipeline();
    }

    /** The fast path itself, loaded once per process; when it has to be loaded, says so on {@code err}. */
    static FastPipeline fastPipeline(Path extraDictionaries, PrintWriter err) {
        String key = "fast:" + (extraDictionaries == null ? null : extraDictionaries.toAbsolutePath().normalize());
        return (FastPipeline) once(key, err, () -> FastPipeline.standard(extraDictionaries));
    }

    private static Object once(String key, PrintWriter err, Supplier<Object> load) {
        Object p = BY_DICTIONARIES.get(key);
        if (p != null) {
            return p;
        }
        synchronized (BY_DICTIONARIES) {
            p = BY_DICTIONARIES.get(key);
            if (p == null) {
                p = loading(err, load);
                BY_DICTIONARIES.put(key, p);
            }
            return p;
        }
    }

    /** Runs a slow load with a line on {@code err} before it and one after, so that a user is not left in silence. */
    static <T> T loading(PrintWriter err, Supplier<T> load) {
        if (err != null) {
            err.println("sitrep: loading the language models, the dictionaries and the place index"
                    + " (the first run also builds the index: up to a minute) ...");
            err.flush();
        }
        long t0 = System.nanoTime();
        T v = load.get();
        if (err != null) {
            err.printf(Locale.ROOT, "sitrep: loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
        return v;
    }
}
