package org.sitrep.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage and what went through, summed over threads: what {@code sitrep bench}
 * reports. Times are the CPU time of the thread that ran each stage, in nanoseconds, added up over
 * threads (so that other work on the machine does not count; wall time where the JVM cannot measure
 * thread CPU time). The judge's time is the wall time of its calls ({@link TimedJudge}): ONNX Runtime
 * works on threads of its own, and the events stage's time holds it in part.
 */
public final class StageTimes {

    /** The stages of the batch path, in order. */
    public enum Stage {
        INGEST("ingest"), TOKENIZE("tokenize"), TAG("tag"), FILTER("filter"), PARSE("parse"), TIME("time"),
        MENTIONS("mentions"), EVENTS("events"), JUDGE("judge (wall, within events)"), STORE("store");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder articles = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder events = new LongAdder();

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    /** The current thread's CPU time (or the wall clock), in nanoseconds. */
    public static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long nanoseconds) {
        nanos.get(stage).add(nanoseconds);
    }

    /** One article went through: its sentences, how many were parsed, its tokens and events. */
    public void article(int sentenceCount, int parsedCount, int tokenCount, int eventCount) {
        articles.increment();
        sentences.add(sentenceCount);
        parsed.add(parsedCount);
        tokens.add(tokenCount);
        events.add(eventCount);
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long articles() {
        return articles.sum();
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsed() {
        return parsed.sum();
    }

    public long tokens() {
        return tokens.sum();
    }

    public long events() {
        return events.sum();
    }

    /** The share of sentences that were parsed. */
    public double parsedShare() {
        long s = sentences();
        return s == 0 ? 0 : (double) parsed() / s;
    }
}
