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
 * whose weights are data ({@code confidence.tsv}, fitted on the tune half of the news evaluation). The
 * figure replaces the coder's own estimate once the article's repeats are folded; {@code sitrep code}
 * prints the events at or above a threshold.
 */
final class Confidence {

    static final Set<String> FEATURES = Set.of("bias", "statement", "violence", "source_none", "target_known",
            "target_none", "coded_well", "opening");
    /** Roots of acts done to no one in particular: statements, yielding (retreats), protests, shows of force. */
    static final Set<String> UNDIRECTED = Set.of("01", "02", "08", "14", "15");

    private static volatile Confidence bundled;

    private final Map<String, Double> weights;

    Confidence(Map<String, Double> weights) {
        for (String f : weights.keySet()) {
            if (!FEATURES.contains(f)) {
                throw new IllegalArgumentException("confidence.tsv: no feature '" + f + "' (known: " + FEATURES + ")");
            }
        }
        this.weights = Map.copyOf(weights);
    }

    static Confidence bundled() {
        Confidence c = bundled;
        if (c == null) {
            synchronized (Confidence.class) {
                if (bundled == null) {
                    bundled = read();
                }
                c = bundled;
            }
        }
        return c;
    }

    private static Confidence read() {
        try (InputStream in = Confidence.class.getResourceAsStream("confidence.tsv")) {
            if (in == null) {
                throw new IllegalStateException("confidence.tsv missing from the classpath");
            }
            Map<String, Double> w = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\t");
                if (f.length < 2) {
                    throw new IllegalStateException("confidence.tsv: '" + t + "' is no feature<TAB>weight line");
                }
                w.put(f[0].strip(), Double.parseDouble(f[1].strip()));
            }
            return new Confidence(w);
        } catch (IOException e) {
            throw new IllegalStateException("confidence.tsv: " + e.getMessage(), e);
        }
    }

    /** The features an event has. */
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

    double of(EventRecord e) {
        double z = 0;
        for (String f : features(e)) {
            z += weights.getOrDefault(f, 0.0);
        }
        return Math.round(1000.0 / (1 + Math.exp(-z))) / 1000.0;
    }

    List<EventRecord> apply(List<EventRecord> events) {
        List<EventRecord> out = new ArrayList<>(events.size());
        for (EventRecord e : events) {
            out.add(e.withConfidence(of(e)));
        }
        return out;
    }
}
