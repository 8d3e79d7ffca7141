package org.sitrep.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.JsonlArticleReader;
import org.sitrep.output.EventJson;
import org.sitrep.output.EventJsonReader;

/** The hand-labelled tellings of src/test/resources/dedup. */
final class LabelledSet {

    record Item(String gold, Report report) {
    }

    private LabelledSet() {
    }

    static List<Item> load() {
        Map<String, JsonNode> reports = new HashMap<>();
        for (JsonNode n : lines("/dedup/reports.jsonl")) {
            reports.put(n.get("doc").asText(), n);
        }
        List<Item> out = new ArrayList<>();
        for (JsonNode n : lines("/dedup/records.jsonl")) {
            EventRecord r = EventJsonReader.fromJson(n.get("event"));
            JsonNode doc = reports.get(r.evidence().doc());
            if (doc == null) {
                throw new IllegalStateException("no report " + r.evidence().doc());
            }
            Report rep = new Report(r, doc.get("url").asText(), doc.get("outlet").asText(),
                    JsonlArticleReader.published(doc.get("published").asText(), "test"));
            out.add(new Item(n.get("gold").asText(), rep));
        }
        return out;
    }

    private static List<JsonNode> lines(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LabelledSet.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(EventJson.mapper().readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Pairwise precision and recall of a clustering (record id → cluster) against the gold labels. */
    static double[] pairwise(List<Item> items, Map<String, String> predicted) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean gold = items.get(i).gold().equals(items.get(j).gold());
                boolean pred = predicted.get(items.get(i).report().record().id())
                        .equals(predicted.get(items.get(j).report().record().id()));
                if (gold && pred) {
                    tp++;
                } else if (pred) {
                    fp++;
                } else if (gold) {
                    fn++;
                }
            }
        }
        double p = tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        return new double[] {p, r, tp, fp, fn};
    }
}
