package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;

/**
 * The canonical example, end to end through the command line: {@code sitrep code} on
 * examples/hama/article.txt must give every event of examples/hama/gold.json and nothing it forbids.
 */
class HamaEndToEndTest {

    static final Path ARTICLE = Path.of("../examples/hama/article.txt");
    static final Path GOLD = Path.of("../examples/hama/gold.json");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> events;
    static JsonNode gold;
    static String stderr;

    @BeforeAll
    static void code() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(new String[] {"code", ARTICLE.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(rc).as(err.toString()).isZero();
        stderr = err.toString();
        events = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        gold = JSON.readTree(GOLD.toFile());
    }

    @Test
    void aSummaryLineEndsTheRunOnStderr() {
        assertThat(stderr.lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("code: " + events.size() + " event").contains("from " + ARTICLE, " s");
    }

    @Test
    void everyLineIsAnEventOfTheContract() {
        assertThat(events).isNotEmpty();
        for (JsonNode e : events) {
            assertThat(e.fieldNames()).toIterable().contains("id", "date", "date_precision", "cameo", "plover", "acled",
                    "source", "target", "place", "modality", "attribution", "evidence", "confidence");
            JsonNode ev = e.get("evidence");
            assertThat(ev.get("text").asText()).isNotBlank();
            assertThat(ev.get("end").asInt()).isGreaterThan(ev.get("start").asInt());
        }
    }

    @Test
    void evidenceOffsetsPointIntoTheArticle() {
        Article a = new Ingest().read(ARTICLE);
        for (JsonNode e : events) {
            JsonNode ev = e.get("evidence");
            assertThat(a.text().substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
        }
    }

    @Test
    void documentMetadata() {
        Article a = new Ingest().read(ARTICLE);
        JsonNode doc = gold.get("document");
        assertThat(a.published().toString()).isEqualTo(doc.get("published").asText());
        assertThat(a.outlet()).isEqualTo(doc.get("outlet").asText());
        assertThat(a.cited()).containsExactlyElementsOf(strings(doc.get("cited_sources")));
        for (JsonNode e : events) {
            assertThat(e.at("/attribution/outlet").asText()).isEqualTo("teleSUR");
            assertThat(strings(e.at("/attribution/cited"))).containsExactly("EFE", "Xinhua", "SANA");
        }
    }

    @Test
    void everyGoldEventIsFound() {
        List<String> missing = new ArrayList<>();
        for (JsonNode g : gold.get("events")) {
            if (events.stream().noneMatch(e -> matches(g, e))) {
                missing.add(g.get("what").asText());
            }
        }
        assertThat(missing).as("gold events not found among %s", summary()).isEmpty();
    }

    @Test
    void nothingForbiddenAppears() {
        for (JsonNode f : gold.get("forbidden")) {
            if (f.has("place")) {
                long id = f.at("/place/geonameid").asLong();
                assertThat(events).as(f.get("why").asText())
                        .noneMatch(e -> e.get("place").isObject() && e.at("/place/geonameid").asLong() == id);
            }
            if (f.has("actor_type")) {
                String type = f.get("actor_type").asText().toLowerCase(Locale.ROOT);
                for (JsonNode e : events) {
                    for (String side : List.of("source", "target")) {
                        JsonNode a = e.get(side);
                        if (a.isObject()) {
                            assertThat(a.get("kind").asText("").toLowerCase(Locale.ROOT)).as(f.get("why").asText()).isNotEqualTo(type);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theArmedGroupAndTheArmyAreOneActorEachWhateverTheirNames() {
        Set<String> htsKinds = events.stream().flatMap(e -> StreamSupport.stream(List.of(e.get("source"), e.get("target")).spliterator(), false))
                .filter(JsonNode::isObject).filter(a -> "HTS".equals(a.get("id").asText()))
                .map(a -> a.get("cameo").asText() + "/" + a.get("kind").asText()).collect(Collectors.toSet());
        assertThat(htsKinds).containsExactly("SYRREB/non-state armed group");
        Set<String> htsTexts = events.stream().map(e -> e.get("source")).filter(JsonNode::isObject)
                .filter(a -> "HTS".equals(a.get("id").asText())).map(a -> a.get("text").asText()).collect(Collectors.toSet());
        assertThat(htsTexts).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Whether an output event satisfies a gold event: every constraint the gold states. */
    static boolean matches(JsonNode g, JsonNode e) {
        if (!allowed(g.get("source").asText()).contains(id(e.get("source")))) {
            return false;
        }
        if (g.has("target") && !allowed(g.get("target").asText()).contains(id(e.get("target")))) {
            return false;
        }
        String cameo = e.get("cameo").asText();
        if (strings(g.get("cameo")).stream().noneMatch(c -> cameo.equals(c) || cameo.startsWith(c))) {
            return false;
        }
        if (g.has("plover")) {
            Set<String> types = Set.of(g.get("plover").asText().split(" or "));
            if (!e.get("plover").isObject() || !types.contains(e.at("/plover/type").asText())) {
                return false;
            }
        }
        if (g.has("acled_sub_event_type") && !g.get("acled_sub_event_type").asText().equals(e.at("/acled/sub_event_type").asText())) {
            return false;
        }
        if (g.has("place")) {
            if (!e.get("place").isObject() || e.at("/place/geonameid").asLong() != g.at("/place/geonameid").asLong()) {
                return false;
            }
            if (g.at("/place").has("lat") && Math.abs(e.at("/place/lat").asDouble() - g.at("/place/lat").asDouble()) > 0.01) {
                return false;
            }
        }
        if (g.has("date") && !g.get("date").asText().equals(e.get("date").asText())) {
            return false;
        }
        if (g.has("modality") && g.get("modality").asText().startsWith("future") && !e.get("modality").asText().equals("future")) {
            return false;
        }
        if (g.has("attributed_to") && !sameSpeaker(g.get("attributed_to").asText(), e.at("/attribution/speaker").asText(""))) {
            return false;
        }
        return true;
    }

    static Set<String> allowed(String spec) {
        return Set.of(spec.split(" or ")).stream().map(s -> s.strip().equals("none") ? "" : s.strip()).collect(Collectors.toSet());
    }

    static String id(JsonNode actor) {
        return actor == null || actor.isNull() ? "" : actor.get("id").asText("");
    }

    /** The gold's words of the speaker all appear in ours ("the factions' military command"). */
    static boolean sameSpeaker(String gold, String ours) {
        String o = norm(ours);
        for (String w : norm(gold).split(" ")) {
            if (!w.isEmpty() && !w.equals("the") && !(" " + o + " ").contains(" " + w + " ")) {
                return false;
            }
        }
        return !o.isEmpty();
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> summary() {
        return events.stream().map(e -> e.get("cameo").asText() + " " + id(e.get("source")) + "->" + id(e.get("target"))
                + " @" + e.at("/place/geonameid").asText("-") + " " + e.get("date").asText() + " by " + e.at("/attribution/speaker").asText("-"))
                .toList();
    }
}
