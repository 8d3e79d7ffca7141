package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.events.SentenceJudge;

/**
 * A judge that adds the wall time of its calls to {@link StageTimes.Stage#JUDGE} of the times it reports
 * to: what {@code sitrep bench} says the judge costs per article.
 */
public final class TimedJudge implements SentenceJudge {

    private final SentenceJudge judge;
    private volatile StageTimes times;

    public TimedJudge(SentenceJudge judge) {
        this.judge = Objects.requireNonNull(judge);
    }

    /** From now on, add to {@code to} ({@code null}: to nothing). */
    public void reportTo(StageTimes to) {
        this.times = to;
    }

    @Override
    public float[][] classify(List<String> sentences) {
        long t0 = System.nanoTime();
        float[][] out = judge.classify(sentences);
        StageTimes to = times;
        if (to != null) {
            to.add(StageTimes.Stage.JUDGE, System.nanoTime() - t0);
        }
        return out;
    }
}
