package org.sitrep.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely an event is one a careful analyst keeps, from what the coder found for it: a logistic model
 * whose weights are data, fitted on the tune half of the news evaluation. The figure replaces the coder's
 * own estimate once the article's repeats are folded; {@code sitrep code} prints the events at or above a
 * threshold. Events a {@link SentenceJudge} has seen take the weights of {@code confidence-judged.tsv},
 * which add what the judge made of the sentence; the others those of {@code confidence.tsv}.
 */
final class Confidence {

    static final Set<String> FEATURES = Set.of("bias", "statement", "violence", "source_none", "target_known",
            "target_none", "coded_well", "opening", "judge_agrees", "judge_p");
    /** Roots of acts done to no one in particular: statements, yielding (retreats), protests, shows of force. */
    static final Set<String> UNDIRECTED = Set.of("01", "02", "08", "14", "15");

    /** The weights files read, by name: each once per process. */
    private static final Map<String, Confidence> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Double> weights;

    Confidence(Map<String, Double> weights) {
        for (String f : weights.keySet()) {
            if (!FEATURES.contains(f)) {
                throw new IllegalArgumentException("confidence.tsv: no feature '" + f + "' (known: " + FEATURES + ")");
            }
        }
        this.weights = Map.copyOf(weights);
    }

    /** The weights for events no judge has seen. */
    static Confidence bundled() {
        return READ.computeIfAbsent("confidence.tsv", Confidence::read);
    }

    /** The weights for events the judge has seen. */
    static Confidence judged() {
        return READ.computeIfAbsent("confidence-judged.tsv", Confidence::read);
    }

    private static Confidence read(String file) {
        try (InputStream in = Confidence.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            Map<String, Double> w = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\t");
                if (f.length < 2) {
                    throw new IllegalStateException(file + ": '" + t + "' is no feature<TAB>weight line");
                }
                w.put(f[0].strip(), Double.parseDouble(f[1].strip()));
            }
            return new Confidence(w);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The yes-or-no features an event has ({@code bias} always). */
    static List<String> features(EventRecord e) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String root = e.root() == null ? "" : e.root();
        if (root.equals("01") || root.equals("02")) {
            f.add("statement");
        }
        if (e.violent()) {
            f.add("violence");
        }
        if (e.source() == null) {
            f.add("source_none");
        }
        if (e.target() == null) {
            if (!UNDIRECTED.contains(root) && e.place() == null) { // "took Hama": the place is what was acted on
                f.add("target_none");
            }
        } else if (e.target().id() != null || e.target().cameo() != null) {
            f.add("target_known");
        }
        if (e.coderConfidence() >= 0.65 - 1e-9) {
            f.add("coded_well");
        }
        if (e.evidence().sentence() < StoryDay.OPENING) {
            f.add("opening");
        }
        return f;
    }

    /**
     * Every feature with its value: the yes-or-no ones as 1, and for an event the judge has seen,
     * {@code judge_agrees} (1 when the judge's most likely class is the code's) and {@code judge_p} (the
     * probability the judge gives the code's class).
     */
    static Map<String, Double> values(EventRecord e) {
        Map<String, Double> v = new java.util.LinkedHashMap<>();
        for (String f : features(e)) {
            v.put(f, 1.0);
        }
        EventRecord.Judgement j = e.judgement();
        if (j != null) {
            if (j.agrees(e.quad())) {
                v.put("judge_agrees", 1.0);
            }
            v.put("judge_p", j.codedProbability());
        }
        return v;
    }

    double of(EventRecord e) {
        double z = 0;
        for (Map.Entry<String, Double> f : values(e).entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return Math.round(1000.0 / (1 + Math.exp(-z))) / 1000.0;
    }

    /** Each event with the confidence of the weights that fit it: judged or not. */
    static List<EventRecord> score(List<EventRecord> events) {
        List<EventRecord> out = new ArrayList<>(events.size());
        for (EventRecord e : events) {
            out.add(e.withConfidence((e.judgement() == null ? bundled() : judged()).of(e)));
        }
        return out;
    }
}
