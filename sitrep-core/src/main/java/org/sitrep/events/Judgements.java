package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks a {@link SentenceJudge} about the sentences events rest on, each sentence once, but for those that
 * tell nothing but plain statements (CAMEO 01–02): most sentences of most stories, and the events an
 * analyst may keep or drop alike; they keep the confidence of the rules alone.
 */
final class Judgements {

    private Judgements() {
    }

    static List<EventRecord> attach(SentenceJudge judge, List<EventRecord> events) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (EventRecord e : events) {
            Integer quad = e.quad();
            if (quad != null && quad != 0) {
                index.putIfAbsent(e.evidence().text(), index.size());
            }
        }
        if (index.isEmpty()) {
            return events;
        }
        float[][] p = judge.classify(new ArrayList<>(index.keySet()));
        if (p.length != index.size()) {
            throw new IllegalStateException("the judge answered " + p.length + " of " + index.size() + " sentences");
        }
        List<EventRecord> out = new ArrayList<>(events.size());
        for (EventRecord e : events) {
            Integer k = index.get(e.evidence().text());
            out.add(k == null ? e : e.withJudgement(of(p[k], e.quad())));
        }
        return out;
    }

    /** The judgement a row of class probabilities gives an event of quad class {@code coded} (may be null). */
    static EventRecord.Judgement of(float[] row, Integer coded) {
        int best = SentenceJudge.best(row);
        double codedP = coded == null || coded >= row.length ? 0.0 : row[coded];
        List<Double> all = new ArrayList<>(row.length);
        for (float x : row) {
            all.add(round(x));
        }
        return new EventRecord.Judgement(best, round(row[best]), round(codedP), all);
    }

    private static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }
}
