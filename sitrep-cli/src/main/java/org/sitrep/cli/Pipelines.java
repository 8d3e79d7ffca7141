package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;

/** One pipeline per set of dictionaries for the whole process: models and dictionaries load once. */
final class Pipelines {

    private static final Map<String, Pipeline> BY_DICTIONARIES = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    static Pipeline standard(Path extraDictionaries) {
        String key = Objects.toString(extraDictionaries == null ? null : extraDictionaries.toAbsolutePath().normalize());
        return BY_DICTIONARIES.computeIfAbsent(key, k -> Pipeline.standard(extraDictionaries));
    }

    /** The standard pipeline's fast path (see {@link FastPipeline}). */
    static Pipeline fast(Path extraDictionaries) {
        String key = "fast:" + (extraDictionaries == null ? null : extraDictionaries.toAbsolutePath().normalize());
        return BY_DICTIONARIES.computeIfAbsent(key, k -> FastPipeline.standard(extraDictionaries).asPipeline());
    }
}
