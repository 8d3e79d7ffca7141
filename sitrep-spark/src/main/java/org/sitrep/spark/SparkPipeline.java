package org.sitrep.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.pipeline.FastPipeline;

/**
 * The pipeline of this JVM: loaded on first use in each executor (models and dictionaries are
 * several gigabytes, never serialised into a closure) and shared by the tasks the executor runs.
 * Tasks name it by its dictionaries directory (a string), which is all a closure carries.
 */
final class SparkPipeline {

    private static final Map<String, FastPipeline> BY_DICTIONARIES = new ConcurrentHashMap<>();

    private SparkPipeline() {
    }

    /** The pipeline over the bundled dictionaries plus those of {@code dictionaries} ("" for none). */
    static FastPipeline get(String dictionaries) {
        return BY_DICTIONARIES.computeIfAbsent(dictionaries,
                d -> FastPipeline.standard(d.isEmpty() ? null : Path.of(d)));
    }
}
