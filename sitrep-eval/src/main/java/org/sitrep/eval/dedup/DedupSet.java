package org.sitrep.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.ingest.InputException;

/**
 * A deduplication set ({@code eval/dedup/}): articles grouped by topic, and gold events, each with the
 * articles that report it and where each article tells it. Topics are split into halves by their order:
 * the first, third, fifth ... topic tune, the others check.
 */
public final class DedupSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which half a topic belongs to. */
    public enum Half { TUNE, CHECK }

    /** One article: {@code doc} is its id in the gold. Unknown values are {@code null}. */
    public record Article(String doc, int topic, String url, String outlet, String published, String text) {
    }

    /** Where an article tells a gold event: character offsets into the article's text. */
    public record Mention(String doc, int sentence, int start, int end, String word) {
    }

    /** One gold event: {@code classes} are the CAMEO codes (prefixes) that fit it; {@code ~} marks a loose fit. */
    public record GoldEvent(String id, int topic, String label, List<String> classes, List<String> docs,
                            List<Mention> mentions, List<String> flags) {
        public GoldEvent {
            classes = List.copyOf(classes);
            docs = List.copyOf(docs);
            mentions = List.copyOf(mentions);
            flags = List.copyOf(flags);
        }

        /** Whether a stored event's CAMEO code fits this event. */
        public boolean fits(String cameo) {
            if (cameo == null) {
                return false;
            }
            for (String c : classes) {
                String p = c.startsWith("~") ? c.substring(1) : c;
                if (!p.isEmpty() && cameo.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        public boolean multiDay() {
            return flags.contains("multi_day");
        }
    }

    private final List<Article> articles;
    private final List<GoldEvent> events;
    private final Map<Integer, Half> halves = new TreeMap<>();

    public DedupSet(List<Article> articles, List<GoldEvent> events) {
        this.articles = List.copyOf(articles);
        this.events = List.copyOf(events);
        TreeSet<Integer> topics = new TreeSet<>();
        articles.forEach(a -> topics.add(a.topic()));
        events.forEach(e -> topics.add(e.topic()));
        int i = 0;
        for (int t : topics) {
            halves.put(t, i++ % 2 == 0 ? Half.TUNE : Half.CHECK);
        }
    }

    public List<Article> articles() {
        return articles;
    }

    public List<GoldEvent> events() {
        return events;
    }

    public Half half(int topic) {
        Half h = halves.get(topic);
        if (h == null) {
            throw new IllegalArgumentException("no topic " + topic + " in the set");
        }
        return h;
    }

    /** The topics of a half, in order. */
    public List<Integer> topics(Half h) {
        return halves.entrySet().stream().filter(e -> e.getValue() == h).map(Map.Entry::getKey).toList();
    }

    /** Reads {@code articles.jsonl} and {@code gold.json}. */
    public static DedupSet read(Path articlesFile, Path goldFile) {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(articlesFile, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                String doc = text(o, "doc");
                String body = text(o, "text");
                if (doc == null || body == null || !o.path("topic").canConvertToInt()) {
                    throw new InputException(articlesFile + ":" + n + ": an article needs \"doc\", \"topic\" and \"text\"");
                }
                articles.add(new Article(doc, o.path("topic").asInt(), text(o, "url"), text(o, "outlet"),
                        text(o, "published"), body));
            }
        } catch (IOException e) {
            throw new InputException(articlesFile + ": cannot be read (" + e.getMessage() + ")");
        }
        List<GoldEvent> events = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(goldFile.toFile());
            if (root == null || !root.isArray()) {
                throw new InputException(goldFile + ": expected a JSON list of gold events");
            }
            for (JsonNode g : root) {
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode m : g.path("mentions")) {
                    if (!m.isArray() || m.size() < 5) {
                        throw new InputException(goldFile + ": gold event " + g.path("id").asText()
                                + ": a mention is [doc, sentence, start, end, word]");
                    }
                    mentions.add(new Mention(m.get(0).asText(), m.get(1).asInt(), m.get(2).asInt(), m.get(3).asInt(),
                            m.get(4).asText()));
                }
                events.add(new GoldEvent(g.path("id").asText(), g.path("topic").asInt(), g.path("label").asText(),
                        strings(g.path("classes")), strings(g.path("docs")), mentions, strings(g.path("flags"))));
            }
        } catch (IOException e) {
            throw new InputException(goldFile + ": cannot be read (" + e.getMessage() + ")");
        }
        return new DedupSet(articles, events);
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : a) {
            out.add(n.asText());
        }
        return out;
    }
}
