package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.server.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.store.EventStore;

/** The REST API on a small store: routes, filters, status codes, bad parameters, tokens, limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    static final String TOKEN = "s3cret-token-for-tests";

    @TempDir
    static Path tmp;

    EventStore store;
    SitrepServer server;
    Http http;
    final AtomicInteger coded = new AtomicInteger();

    @BeforeAll
    void start() {
        store = TestData.store(tmp);
        // writes are coded by reading the tags: no models needed here
        server = SitrepServer.start(store, ServerOptions.local(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024), () -> a -> {
            coded.incrementAndGet();
            return TestData.code(a);
        });
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    static void assertError(Http.Response r, int status, String... words) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.get("status").asInt()).isEqualTo(status);
        String msg = j.get("error").asText();
        assertThat(msg).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at org.");
        for (String w : words) {
            assertThat(msg).contains(w);
        }
    }

    /** The event at another place and with another confidence: what a test needs stored. */
    static EventRecord placedAt(EventRecord r, EventRecord.PlaceRef place, double confidence) {
        return new EventRecord(r.id(), r.doc(), r.date(), r.datePrecision(), r.dateBasis(), r.cameo(), r.plover(),
                r.acled(), r.source(), r.target(), place, r.modality(), r.attribution(), r.evidence(), r.support(),
                r.trigger(), confidence);
    }

    List<String> cameos(String query) throws Exception {
        Http.Response r = http.get("/api/events" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("events").forEach(e -> out.add(e.get("cameo").asText()));
        return out;
    }

    @Test
    void eventsEachFilter() throws Exception {
        assertThat(cameos("")).containsExactlyInAnyOrder("192", "0874", "195", "190");
        assertThat(cameos("?actor=HTS")).containsExactlyInAnyOrder("192", "195", "190");
        assertThat(cameos("?actor=" + enc("Hayat Tahrir al-Sham"))).containsExactlyInAnyOrder("192", "195", "190");
        assertThat(cameos("?place=Hama")).containsExactlyInAnyOrder("192", "0874", "195");
        assertThat(cameos("?place=169577")).containsExactly("190");
        assertThat(cameos("?bbox=36.5,34.5,37,34.9")).containsExactly("190");
        assertThat(cameos("?bbox=170,34.5,37,34.9")).containsExactly("190");
        assertThat(cameos("?cameo=19")).containsExactlyInAnyOrder("192", "195", "190");
        assertThat(cameos("?plover=retreat")).containsExactly("0874");
        assertThat(cameos("?acled=Battles")).contains("190");
        assertThat(cameos("?from=2024-12-06")).containsExactlyInAnyOrder("195", "190");
        assertThat(cameos("?to=2024-12-05")).containsExactlyInAnyOrder("192", "0874");
        assertThat(cameos("?from=2024-12-05&to=2024-12-05&actor=SYR_MIL")).containsExactlyInAnyOrder("0874", "192");
        assertThat(cameos("?modality=asserted")).hasSize(4);
        assertThat(cameos("?modality=DENIED")).isEmpty();
        assertThat(cameos("?min_sources=2")).containsExactlyInAnyOrder("192", "0874");
        assertThat(cameos("?actor=&place=")).hasSize(4); // empty is absent
    }

    @Test
    void eventsListShape() throws Exception {
        JsonNode j = http.get("/api/events?limit=2").json();
        assertThat(j.get("count").asInt()).isEqualTo(2);
        assertThat(j.get("limit").asInt()).isEqualTo(2);
        assertThat(j.get("truncated").asBoolean()).isTrue();
        JsonNode e = j.get("events").get(0);
        assertThat(e.get("id").asText()).isNotBlank();
        assertThat(e.get("date").asText()).isEqualTo("2024-12-05");
        assertThat(e.get("place").get("geonameid").asLong()).isEqualTo(170017L);
        assertThat(e.get("place").get("lat").asDouble()).isEqualTo(35.13179);
        assertThat(e.has("target")).isTrue(); // present, null when unknown
        assertThat(http.get("/api/events?limit=4").json().get("truncated").asBoolean()).isFalse();

        JsonNode full = http.get("/api/events?view=full&cameo=0874").json().get("events").get(0);
        assertThat(full.get("reports")).hasSize(2);
        assertThat(full.get("sources").toString()).contains("EFE", "Xinhua");
        assertThat(full.get("attribution").get("cited").toString()).contains("EFE");

        JsonNode map = http.get("/api/events?view=map").json();
        assertThat(map.get("columns").get(0).asText()).isEqualTo("id");
        assertThat(map.get("rows")).hasSize(4);
        assertThat(map.get("unlocated").asInt()).isZero();
        assertThat(map.get("cameo_names").get("0874").asText()).isNotBlank();
        assertThat(map.get("rows").get(0).get(Views.MAP_COLUMNS.indexOf("place")).asText()).isEqualTo("170017");
    }

    List<String> ids(String query) throws Exception {
        Http.Response r = http.get("/api/events" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        JsonNode j = r.json();
        if (j.has("rows")) {
            j.get("rows").forEach(row -> out.add(row.get(0).asText()));
        } else {
            j.get("events").forEach(e -> out.add(e.get("id").asText()));
        }
        return out;
    }

    @Test
    void theMapViewIsALeanProjectionWithTheSameFilters() throws Exception {
        JsonNode map = http.get("/api/events?view=map").json();
        List<String> fields = new ArrayList<>();
        map.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("count", "limit", "offset", "truncated", "next_offset", "columns", "rows",
                "unlocated", "cameo_names");
        List<String> columns = new ArrayList<>();
        map.get("columns").forEach(c -> columns.add(c.asText()));
        assertThat(columns).containsExactly("id", "date", "lat", "lon", "plover", "cameo", "place", "place_name",
                "source", "target", "modality", "num_sources");
        assertThat(map.get("rows")).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(columns.size()));
        assertThat(map.toString()).doesNotContain("evidence", "reports", "mentions", "withdr");

        JsonNode withdrawal = http.get("/api/events?view=map&cameo=0874").json().get("rows").get(0);
        String id = http.get("/api/events?cameo=0874").json().get("events").get(0).get("id").asText();
        assertThat(withdrawal.get(columns.indexOf("id")).asText()).isEqualTo(id);
        assertThat(withdrawal.get(columns.indexOf("date")).asText()).isEqualTo("2024-12-05");
        assertThat(withdrawal.get(columns.indexOf("lat")).asDouble()).isEqualTo(35.13179);
        assertThat(withdrawal.get(columns.indexOf("lon")).asDouble()).isEqualTo(36.75783);
        assertThat(withdrawal.get(columns.indexOf("plover")).asText()).isEqualTo("RETREAT");
        assertThat(withdrawal.get(columns.indexOf("cameo")).asText()).isEqualTo("0874");
        assertThat(withdrawal.get(columns.indexOf("place")).asText()).isEqualTo("170017");
        assertThat(withdrawal.get(columns.indexOf("place_name")).asText()).isEqualTo("Hama");
        assertThat(withdrawal.get(columns.indexOf("source")).asText()).isEqualTo("SYR_MIL");
        assertThat(withdrawal.get(columns.indexOf("target")).isNull()).isTrue();
        assertThat(withdrawal.get(columns.indexOf("modality")).asText()).isEqualTo("asserted");
        assertThat(withdrawal.get(columns.indexOf("num_sources")).asInt()).isEqualTo(2);

        // every filter selects the same events, in the same order, as the summaries
        for (String q : List.of("", "actor=HTS", "actor=" + enc("Hayat Tahrir al-Sham"), "place=Hama", "place=169577",
                "bbox=36.5,34.5,37,34.9", "bbox=170,34.5,37,34.9", "cameo=19", "plover=retreat", "acled=Battles",
                "from=2024-12-06", "to=2024-12-05", "from=2024-12-05&to=2024-12-05&actor=SYR_MIL", "modality=denied",
                "min_sources=2", "actor=" + enc("HTS' OR '1'='1"), "place=" + enc("%"))) {
            assertThat(ids("?view=map" + (q.isEmpty() ? "" : "&" + q))).as(q).containsExactlyElementsOf(ids("?" + q));
        }
    }

    @Test
    void limitAndOffsetPageThroughTheEvents() throws Exception {
        List<String> all = ids("");
        assertThat(all).hasSize(4);
        for (String view : List.of("summary", "full", "map")) {
            JsonNode first = http.get("/api/events?view=" + view + "&limit=3").json();
            assertThat(first.get("count").asInt()).isEqualTo(3);
            assertThat(first.get("offset").asInt()).isZero();
            assertThat(first.get("truncated").asBoolean()).isTrue();
            assertThat(first.get("next_offset").asInt()).isEqualTo(3);
            JsonNode last = http.get("/api/events?view=" + view + "&limit=3&offset=3").json();
            assertThat(last.get("count").asInt()).isEqualTo(1);
            assertThat(last.get("offset").asInt()).isEqualTo(3);
            assertThat(last.get("truncated").asBoolean()).isFalse();
            assertThat(last.get("next_offset").isNull()).isTrue();
            List<String> paged = new ArrayList<>(ids("?view=" + view + "&limit=3"));
            paged.addAll(ids("?view=" + view + "&limit=3&offset=3"));
            assertThat(paged).as(view).containsExactlyElementsOf(all);
            assertThat(ids("?view=" + view + "&offset=4")).isEmpty();
        }
        assertThat(ids("?limit=2&offset=1")).containsExactlyElementsOf(all.subList(1, 3));
        assertError(http.get("/api/events?offset=-1"), 400, "'offset'");
        assertError(http.get("/api/events?offset=10000001"), 400, "'offset'");
        assertError(http.get("/api/events?offset=" + enc("1 OR 1=1")), 400, "whole number");
    }

    @Test
    void theMapViewCountsEventsWithoutCoordinatesAndLeavesThemOut(@TempDir Path dir) throws Exception {
        try (EventStore own = TestData.store(dir)) {
            Article a = TestData.article("Shelling at the front\n\nBEIRUT, Dec 7 (AFP) - Shelling went on at the front "
                    + "[SYR_MIL 195 HTS Front 2024-12-07].", "AFP", "2024-12-07T09:00", List.of());
            EventRecord r = TestData.code(a).get(0);
            EventRecord.PlaceRef front = new EventRecord.PlaceRef("the front", null, null, 0.0, 0.0, null, null, null);
            own.put(a, List.of(placedAt(r, front, r.confidence())));
            own.refresh();
            try (SitrepServer srv = SitrepServer.start(own, ServerOptions.local(0), () -> TestData::code)) {
                Http h = new Http(srv.port());
                JsonNode map = h.get("/api/events?view=map").json();
                assertThat(map.get("count").asInt()).isEqualTo(5);
                assertThat(map.get("rows")).hasSize(4);
                assertThat(map.get("unlocated").asInt()).isEqualTo(1);
                JsonNode summary = h.get("/api/events?from=2024-12-07").json().get("events").get(0);
                assertThat(summary.get("place").get("lat").isNull()).isTrue();
            }
        }
    }

    @Test
    void aCountryWithoutAGeoNamesIdIsAPlaceUnderItsIdAndName(@TempDir Path dir) throws Exception {
        try (EventStore own = TestData.store(dir)) {
            Article a = TestData.article("Arrests in China\n\nBEIJING, Dec 7 (AFP) - Police arrested protesters in China "
                    + "[SYR_MIL 1711 HTS China 2024-12-07].", "AFP", "2024-12-07T09:00", List.of());
            EventRecord r = TestData.code(a).get(0);
            EventRecord.PlaceRef china = new EventRecord.PlaceRef("China", null, "China", 35.0, 103.0, "CN", null,
                    "country", "CN");
            own.put(a, List.of(placedAt(r, china, r.confidence())));
            own.refresh();
            try (SitrepServer srv = SitrepServer.start(own, ServerOptions.local(0), () -> TestData::code)) {
                Http h = new Http(srv.port());
                for (String key : List.of("China", "CN", "china")) {
                    Http.Response resp = h.get("/api/places/" + key);
                    assertThat(resp.status()).as(key).isEqualTo(200);
                    JsonNode p = resp.json();
                    assertThat(p.get("place").get("id").asText()).isEqualTo("CN");
                    assertThat(p.get("place").get("geonameid").isNull()).isTrue();
                    assertThat(p.get("events")).hasSize(1);
                }
                // the map names the place by its id, which opens the place view
                JsonNode map = h.get("/api/events?view=map&from=2024-12-07").json();
                assertThat(map.toString()).contains("\"CN\"");
                JsonNode summary = h.get("/api/events?from=2024-12-07").json().get("events").get(0);
                assertThat(summary.get("place").get("id").asText()).isEqualTo("CN");
            }
        }
    }

    @Test
    void eventsBelowTheDefaultConfidenceAreKeptButShownOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        try (EventStore own = TestData.store(dir)) {
            Article a = TestData.article("Shelling at the front\n\nBEIRUT, Dec 7 (AFP) - Shelling went on at the front "
                    + "[SYR_MIL 195 HTS Front 2024-12-07].", "AFP", "2024-12-07T09:00", List.of());
            EventRecord r = TestData.code(a).get(0);
            own.put(a, List.of(placedAt(r, r.place(), 0.08)));
            own.refresh();
            try (SitrepServer srv = SitrepServer.start(own, ServerOptions.local(0), () -> TestData::code)) {
                Http h = new Http(srv.port());
                assertThat(h.get("/api/events?from=2024-12-07").json().get("events")).isEmpty();
                assertThat(h.get("/api/events?from=2024-12-07&view=map").json().get("rows")).isEmpty();
                assertThat(h.get("/api/events?from=2024-12-07&min_confidence=0").json().get("events")).hasSize(1);
                assertThat(h.get("/api/events?from=2024-12-07&min_confidence=0.05&view=map").json().get("rows")).hasSize(1);
                assertThat(h.get("/api/events?from=2024-12-07&min_confidence=0.1").json().get("events")).isEmpty();
                assertError(h.get("/api/events?min_confidence=1.5"), 400, "min_confidence", "0 to 1");
                assertError(h.get("/api/events?min_confidence=" + enc("0 OR 1=1")), 400, "min_confidence");
            }
        }
    }

    @Test
    void theBrowsersIconIsServed() throws Exception {
        Http.Response r = http.get("/favicon.ico");
        assertThat(r.status()).as("a browser asks for it on every page: no 404").isEqualTo(200);
        assertThat(r.header("Content-Type")).containsAnyOf("icon", "image");
        byte[] ico = Http.class.getResourceAsStream("/org/sitrep/server/web/favicon.ico").readAllBytes();
        assertThat(ico).startsWith(0, 0, 1, 0); // an ICO file with one image
    }

    @Test
    void theCountryOutlinesAreServedAsGeoJson() throws Exception {
        Http.Response r = http.get("/base/countries.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode geo = r.json();
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("source").asText()).contains("Natural Earth");
        assertThat(geo.get("features").size()).isGreaterThan(200);
        Set<String> names = new HashSet<>();
        for (JsonNode f : geo.get("features")) {
            names.add(f.get("properties").get("name").asText());
            assertThat(f.get("geometry").get("type").asText()).isIn("Polygon", "MultiPolygon");
        }
        assertThat(names).contains("Syria", "Lebanon", "Turkey", "Iraq", "Jordan", "Israel");
        JsonNode syria = null;
        for (JsonNode f : geo.get("features")) {
            if (f.get("properties").get("name").asText().equals("Syria")) {
                syria = f;
            }
        }
        assertThat(syria.get("id").asText()).isEqualTo("760");
        // Hama lies inside Syria's outline
        assertThat(inside(syria.get("geometry"), TestData.HAMA.lon(), TestData.HAMA.lat())).isTrue();
        assertThat(inside(syria.get("geometry"), 35.5, 33.9)).isFalse(); // Beirut
    }

    /** Whether a point is inside a GeoJSON polygon or multipolygon (even-odd rule over all rings). */
    static boolean inside(JsonNode geometry, double x, double y) {
        JsonNode polys = geometry.get("type").asText().equals("Polygon") ? new ObjectMapper().createArrayNode()
                .add(geometry.get("coordinates")) : geometry.get("coordinates");
        boolean in = false;
        for (JsonNode poly : polys) {
            for (JsonNode ring : poly) {
                for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                    double xi = ring.get(i).get(0).asDouble(), yi = ring.get(i).get(1).asDouble();
                    double xj = ring.get(j).get(0).asDouble(), yj = ring.get(j).get(1).asDouble();
                    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                        in = !in;
                    }
                }
            }
        }
        return in;
    }

    @Test
    void oneEventWithItsMentionsAndEvidence() throws Exception {
        String id = http.get("/api/events?cameo=0874").json().get("events").get(0).get("id").asText();
        Http.Response r = http.get("/api/events/" + id);
        assertThat(r.status()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("id").asText()).isEqualTo(id);
        assertThat(e.get("cameo").asText()).isEqualTo("0874");
        assertThat(e.get("num_articles").asInt()).isEqualTo(2);
        JsonNode mentions = e.get("mentions");
        assertThat(mentions).hasSize(2);
        Set<String> outlets = new HashSet<>();
        for (JsonNode m : mentions) {
            outlets.add(m.get("article").get("outlet").asText());
            JsonNode s = m.get("sentences").get(0);
            assertThat(s.get("role").asText()).isEqualTo("evidence");
            assertThat(s.get("text").asText()).containsIgnoringCase("withdr");
            assertThat(s.get("before").asText()).isNotEmpty();
            assertThat(m.get("record").get("attribution").has("speaker")).isTrue();
            assertThat(m.get("article").get("title").asText()).isNotBlank();
        }
        assertThat(outlets).containsExactlyInAnyOrder("EFE", "Xinhua");
        JsonNode efe = mentions.get(0).get("article").get("outlet").asText().equals("EFE") ? mentions.get(0) : mentions.get(1);
        assertThat(efe.get("article").get("cited").toString()).contains("EFE");
        assertThat(efe.get("record").get("attribution").get("speaker").asText()).isEqualTo("the army");
        // the evidence offsets point into the article: before + text + after is a piece of it
        JsonNode s = efe.get("sentences").get(0);
        assertThat(TestData.EFE).contains(s.get("text").asText());

        assertError(http.get("/api/events/0000000000000000"), 404, "no event");
        assertError(http.get("/api/events/" + enc("x' OR '1'='1")), 404);
        assertError(http.get("/api/events/" + id + "?x=1"), 400, "unknown parameter 'x'");
    }

    @Test
    void actorsWithAliases() throws Exception {
        JsonNode all = http.get("/api/actors").json();
        assertThat(all.get("count").asInt()).isEqualTo(3);
        JsonNode hts = http.get("/api/actors/hts").json();
        assertThat(hts.get("id").asText()).isEqualTo("HTS");
        assertThat(hts.get("aliases").toString()).contains("Hayat Tahrir al-Sham");
        assertThat(hts.get("kind").asText()).isEqualTo("non-state armed group");
        assertThat(hts.get("first_seen").asText()).isEqualTo("2024-12-05");
        assertThat(http.get("/api/actors?q=tahrir").json().get("actors").get(0).get("id").asText()).isEqualTo("HTS");
        assertThat(http.get("/api/actors?limit=1").json().get("actors")).hasSize(1);
        assertError(http.get("/api/actors/NOBODY"), 404, "no actor 'NOBODY'");
        assertError(http.get("/api/actors?limit=5000"), 400, "limit", "1..1000");
    }

    @Test
    void placesWithTheirControlTimeline() throws Exception {
        JsonNode list = http.get("/api/places").json();
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("places").get(0).get("name").asText()).isEqualTo("Hama");
        for (String key : List.of("170017", "Hama", "hama")) {
            JsonNode p = http.get("/api/places/" + key).json();
            assertThat(p.get("place").get("geonameid").asLong()).isEqualTo(170017L);
            JsonNode control = p.get("control");
            assertThat(control).hasSize(2);
            assertThat(control.get(0).get("controller").get("id").asText()).isEqualTo("SYR_MIL");
            assertThat(control.get(0).get("since").isNull()).isTrue();
            assertThat(control.get(0).get("until").asText()).isEqualTo("2024-12-05");
            assertThat(control.get(1).get("controller").get("id").asText()).isEqualTo("HTS");
            assertThat(control.get(1).get("since").asText()).isEqualTo("2024-12-05");
            assertThat(control.get(1).get("until").isNull()).isTrue();
            assertThat(control.get(1).get("evidence").toString()).contains("gained", "lost");
            assertThat(p.get("events")).hasSize(3);
            assertThat(p.get("events").get(0).get("evidence").asText()).isNotBlank();
        }
        assertThat(http.get("/api/places/Hama?from=2024-12-06").json().get("events")).hasSize(1);
        JsonNode c = http.get("/api/places/170017/control").json();
        assertThat(c.get("control")).hasSize(2);
        assertThat(http.get("/api/places/Homs/control").json().get("control")).isEmpty();
        assertError(http.get("/api/places/Atlantis"), 404, "no place 'Atlantis'");
        assertError(http.get("/api/places/Atlantis/control"), 404);
        assertError(http.get("/api/places/Hama?bbox=1,2,3,4"), 400, "unknown parameter 'bbox'");
    }

    @Test
    void anEmptyPieceOfTheQueryStringIsNoParameter() throws Exception {
        assertThat(ids("?actor=HTS&")).isEqualTo(ids("?actor=HTS")).isNotEmpty();
        assertThat(ids("?actor=HTS&&cameo=0874")).isEqualTo(ids("?actor=HTS&cameo=0874"));
        assertError(http.get("/api/events?actor=HTS&=x"), 400, "unknown parameter ''");
    }

    @Test
    void badParametersAreOneLine400s() throws Exception {
        assertError(http.get("/api/events?acter=HTS"), 400, "unknown parameter 'acter'");
        assertError(http.get("/api/events?actor=HTS&actor=SDF"), 400, "more than once");
        assertError(http.get("/api/events?from=5%20Dec"), 400, "'from'", "YYYY-MM-DD");
        assertError(http.get("/api/events?from=2024-02-30"), 400, "'from'");
        assertError(http.get("/api/events?from=2024-12-06&to=2024-12-01"), 400, "after");
        assertError(http.get("/api/events?bbox=1,2,3"), 400, "four numbers");
        assertError(http.get("/api/events?bbox=a,2,3,4"), 400, "not a number");
        assertError(http.get("/api/events?bbox=0,50,10,40"), 400, "south before north");
        assertError(http.get("/api/events?bbox=0,-95,10,40"), 400, "latitudes");
        assertError(http.get("/api/events?bbox=1e3,2,3,4"), 400, "not a number");
        assertError(http.get("/api/events?limit=0"), 400, "'limit'", "1..10000");
        assertError(http.get("/api/events?limit=10001"), 400, "'limit'");
        assertError(http.get("/api/events?limit=201&view=full"), 400, "1..200");
        assertError(http.get("/api/events?limit=99999999999999"), 400, "whole number");
        assertError(http.get("/api/events?limit=ten"), 400, "whole number");
        assertError(http.get("/api/events?min_sources=-1"), 400, "min_sources");
        assertError(http.get("/api/events?modality=maybe"), 400, "asserted, claimed, future, denied");
        assertError(http.get("/api/events?cameo=19a"), 400, "CAMEO");
        assertError(http.get("/api/events?plover=ASSAULT;DROP"), 400, "PLOVER");
        assertError(http.get("/api/events?view=xml"), 400, "view");
        assertError(http.get("/api/events?actor=" + "x".repeat(201)), 400, "longer than 200");
        assertError(http.get("/api/events?actor=a%00b"), 400, "control characters");
        assertError(http.get("/api/events?" + "z".repeat(300) + "=1"), 400, "unknown parameter");
    }

    /** The status line, the Content-Type and the body of a raw answer. */
    static String[] parts(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String head = end < 0 ? answer : answer.substring(0, end);
        String type = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                .findFirst().orElse("");
        return new String[] {head.lines().findFirst().orElse(""), type, end < 0 ? "" : answer.substring(end + 4)};
    }

    @Test
    void jettysOwnErrorsAreTheApisJson() throws Exception {
        String longUri = "GET /api/events?actor=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n";
        String longHeader = "GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n";
        String badPath = "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        String badVersion = "GET /api/events HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        for (String request : List.of(longUri, longHeader, badPath, badVersion)) {
            String[] p = parts(Http.raw(server.port(), request));
            String what = request.substring(0, Math.min(60, request.length()));
            assertThat(p[0]).as(what).matches("HTTP/1\\.1 (4\\d\\d|505) .*");
            assertThat(p[1]).as(what).containsIgnoringCase("application/json");
            JsonNode body = new ObjectMapper().readTree(p[2]);
            assertThat(body.get("status").asInt()).as(what).isEqualTo(Integer.parseInt(p[0].substring(9, 12)));
            assertThat(body.get("error").asText()).as(what).isNotBlank().doesNotContain("<");
        }
        assertThat(parts(Http.raw(server.port(), longUri))[0]).startsWith("HTTP/1.1 414");
        assertThat(parts(Http.raw(server.port(), longHeader))[0]).startsWith("HTTP/1.1 431");
    }

    @Test
    void anHttp10KeepAliveAnswerHasALengthOrClosesTheConnection() throws Exception {
        for (String path : List.of("/api/stats", "/app.js", "/openapi.json")) {
            http10KeepAlive(path);
        }
    }

    private void http10KeepAlive(String path) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            java.io.InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                assertThat(c).as("headers end").isNotNegative();
                head.append((char) c);
            }
            String h = head.toString().toLowerCase(java.util.Locale.ROOT);
            if (h.contains("connection: keep-alive")) {
                // the client keeps the connection, so it must know where the body ends
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(h);
                assertThat(m.find()).as(h).isTrue();
                byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
                assertThat(body).as(path).hasSize(Integer.parseInt(m.group(1)));
            } else {
                assertThat(h).as(path).contains("connection: close");
                assertThat(in.readAllBytes()).as(path).isNotEmpty();
            }
        }
    }

    @Test
    void aBoxAcrossTheAntimeridianSelectsBothSides() throws Exception {
        int all = http.get("/api/events").json().get("events").size();
        assertThat(all).isPositive();
        // west greater than east: from 30 E eastwards across 180 to 170 W holds Syria
        assertThat(http.get("/api/events?bbox=30,30,-170,40").json().get("events").size()).isEqualTo(all);
        // the same box as a map scrolled past 180 asks for it
        assertThat(http.get("/api/events?bbox=30,30,190,40").json().get("events").size()).isEqualTo(all);
        assertThat(http.get("/api/events?bbox=-330,30,-170,40").json().get("events").size()).isEqualTo(all);
        // the Pacific alone does not
        assertThat(http.get("/api/events?bbox=170,30,190,40").json().get("events").size()).isZero();
        assertThat(http.get("/api/events?bbox=170,30,-170,40").json().get("events").size()).isZero();
        assertError(http.get("/api/events?bbox=0,30,600,40"), 400, "longitudes");
    }

    @Test
    void malformedPercentEscapesAre400sNotDroppedFilters() throws Exception {
        for (String query : List.of("actor=HTS%ZZ", "from=%ZZ", "limit=%ZZ", "actor=HTS%2", "actor=%", "a%ZZ=1",
                "place=Hama&actor=HTS%G1")) {
            String answer = Http.raw(server.port(), "GET /api/events?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).as(query).startsWith("HTTP/1.1 400").contains("application/json")
                    .contains("malformed percent-escape");
        }
        String named = Http.raw(server.port(), "GET /api/events?actor=HTS%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(named).contains("parameter 'actor'");
        // well-formed escapes still work, %25 among them
        assertThat(http.get("/api/events?actor=%48TS").status()).isEqualTo(200);
        assertThat(http.get("/api/events?actor=100%25").status()).isEqualTo(200);
    }

    @Test
    void injectionStringsAreData() throws Exception {
        long before = store.counts().events();
        for (String evil : List.of("HTS' OR '1'='1", "x'); DROP TABLE events; --", "%", "_TS", "\\", "' OR 1=1 --",
                "<script>alert(1)</script>", "\"}]}", "${jndi:ldap://x}")) {
            String q = enc(evil);
            assertThat(cameos("?actor=" + q)).as(evil).isEmpty();
            assertThat(cameos("?place=" + q)).as(evil).isEmpty();
            assertThat(cameos("?acled=" + q)).as(evil).isEmpty();
            Http.Response a = http.get("/api/actors?q=" + q);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("actors")).as(evil).isEmpty();
            assertThat(http.get("/api/places?q=" + q).json().get("places")).as(evil).isEmpty();
            assertThat(http.get("/api/places/" + q).status()).isEqualTo(404);
        }
        Http.Response r = http.get("/api/events?actor=" + enc("<script>alert(1)</script>x") + "&acter=1");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(store.counts().events()).isEqualTo(before);
        assertThat(cameos("")).hasSize(4);
    }

    @Test
    void unknownRoutesAndMethodsAreJson() throws Exception {
        assertError(http.get("/api/nothing"), 404, "no such resource");
        assertError(http.get("/nothing.html"), 404);
        assertError(http.method("DELETE", "/api/events"), 405, "DELETE");
        assertError(http.post("/api/events", "text/plain", "x".getBytes(StandardCharsets.UTF_8), null), 405);
        assertThat(http.get("/api/events/").status()).isEqualTo(200); // trailing slash: the list
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        Http.Response r = http.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode api = r.json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}",
                "/api/places", "/api/places/{place}", "/api/places/{place}/control", "/api/articles", "/api/geoparse", "/api/stats",
                "/api/config", "/openapi.json");
        // every parameter the description names is one the route takes (the route refuses others)
        for (Iterator<String> it = api.get("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            JsonNode get = api.get("paths").get(path).get("get");
            if (get == null || !get.has("parameters")) {
                continue;
            }
            String concrete = path.replace("{id}", "HTS").replace("{place}", "Hama");
            if (path.equals("/api/events/{id}")) {
                concrete = "/api/events/" + http.get("/api/events?limit=1").json().get("events").get(0).get("id").asText();
            }
            for (JsonNode p : get.get("parameters")) {
                if (p.get("in").asText().equals("query")) {
                    String value = p.has("example") ? p.get("example").asText() : p.get("schema").has("enum")
                            ? p.get("schema").get("enum").get(0).asText() : "1";
                    Http.Response resp = http.get(concrete + "?" + p.get("name").asText() + "=" + enc(value));
                    assertThat(resp.status()).as(path + " " + p.get("name") + ": " + resp.body()).isEqualTo(200);
                }
            }
        }
        // and the route takes no parameter the description leaves out
        for (String path : List.of("/api/events", "/api/actors", "/api/places", "/api/places/{place}")) {
            Set<String> documented = new java.util.TreeSet<>();
            api.get("paths").get(path).get("get").get("parameters").forEach(p -> {
                if (p.get("in").asText().equals("query")) {
                    documented.add(p.get("name").asText());
                }
            });
            String msg = http.get(path.replace("{place}", "Hama") + "?no_such_parameter=1").json().get("error").asText();
            String takes = msg.substring(msg.indexOf("this route takes: ") + "this route takes: ".length(), msg.length() - 1);
            assertThat(new java.util.TreeSet<>(List.of(takes.split(", ")))).as(path).isEqualTo(documented);
        }
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("backend").asText()).isEqualTo("duckdb");
        assertThat(stats.get("events").asInt()).isGreaterThanOrEqualTo(4);
        JsonNode config = http.get("/api/config").json();
        assertThat(config.get("tiles").isNull()).isTrue();
        assertThat(config.get("writable").asBoolean()).isTrue();
    }

    @Test
    void securityHeadersAndNoCors() throws Exception {
        Http.Response r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .header("Origin", "https://evil.example"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("*");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Server")).isNull();
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"map\"").doesNotContain("https://");
        assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").status()).isEqualTo(200);
        assertThat(http.get("/app.js").body()).doesNotContain("innerHTML");
        // a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets nothing
        String rebound = Http.raw(server.port(), "GET /api/events HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("localhost");
        String local = Http.raw(server.port(), "GET /api/stats HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(local).startsWith("HTTP/1.1 200");
    }

    @Test
    void writesNeedTheToken() throws Exception {
        byte[] body = "A story\n\nNothing happened.".getBytes(StandardCharsets.UTF_8);
        Http.Response none = http.post("/api/articles", "text/plain", body, null);
        assertError(none, 401, "Authorization: Bearer");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertError(http.post("/api/articles", "text/plain", body, "Bearer wrong-token-123"), 403, "wrong token");
        assertError(http.post("/api/articles", "text/plain", body, "Basic " + TOKEN), 401);
        assertError(http.post("/api/articles", "text/plain", body, "Bearer " + TOKEN + "x"), 403);
        assertThat(coded.get()).isZero();
    }

    @Test
    void writesAreRefusedWithoutAConfiguredToken() throws Exception {
        try (SitrepServer ro = SitrepServer.start(store, ServerOptions.local(0), () -> a -> List.of())) {
            Http h = new Http(ro.port());
            assertError(h.post("/api/articles", "text/plain", "x".getBytes(StandardCharsets.UTF_8), "Bearer " + TOKEN),
                    403, "writes are disabled");
            assertThat(h.get("/api/config").json().get("writable").asBoolean()).isFalse();
            assertThat(h.get("/api/events").status()).isEqualTo(200);
        }
    }

    @Test
    void postedArticlesAreCodedAndStored() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("writes"));
        try (EventStore own = TestData.store(dir);
             SitrepServer srv = SitrepServer.start(own, ServerOptions.local(0).withToken(TOKEN), () -> TestData::code)) {
            postAndQuery(new Http(srv.port()), own);
        }
    }

    private void postAndQuery(Http http, EventStore store) throws Exception {
        String story = "Clashes in Homs\n\nBEIRUT, Dec 7 (AFP) - Fighters of Hayat Tahrir al-Sham entered Homs "
                + "[HTS 192 SYR_MIL Homs 2024-12-07].";
        Http.Response r = http.post("/api/articles", "text/plain; charset=utf-8", story.getBytes(StandardCharsets.UTF_8),
                "Bearer " + TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode j = r.json();
        assertThat(j.get("result").asText()).isEqualTo("new");
        assertThat(j.get("tellings").asInt()).isEqualTo(1);
        assertThat(j.get("records").get(0).get("cameo").asText()).isEqualTo("192");
        // the new event is there at once (answers kept for earlier queries were dropped)
        assertThat(http.get("/api/events?place=Homs").json().get("events").toString()).contains("\"192\"");
        assertThat(http.get("/api/places/Homs/control").json().get("control").toString()).contains("HTS");
        // the same text again changes nothing
        Http.Response again = http.post("/api/articles", "text/plain", story.getBytes(StandardCharsets.UTF_8),
                "Bearer " + TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("result").asText()).isEqualTo("duplicate");

        String json = new ObjectMapper().createObjectNode().put("text", "Aleppo\n\nThe army fought in Hama "
                        + "[SYR_MIL 190 HTS Hama 2024-12-08].").put("outlet", "O'Reilly Times")
                .put("published", "2024-12-08T07:00").put("url", "https://x.example/?q=1';--").toString();
        Http.Response rj = http.post("/api/articles", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Bearer " + TOKEN);
        assertThat(rj.status()).as(rj.body()).isEqualTo(201);
        String id = rj.json().get("article").asText();
        assertThat(store.article(id).orElseThrow().outlet()).isEqualTo("O'Reilly Times");
    }

    @Test
    void badBodiesAndSizeLimits() throws Exception {
        String auth = "Bearer " + TOKEN;
        assertError(http.post("/api/articles", "text/plain", new byte[0], auth), 400, "empty");
        assertError(http.post("/api/articles", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), auth),
                400, "malformed JSON");
        assertError(http.post("/api/articles", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), auth),
                400, "JSON object");
        assertError(http.post("/api/articles", "application/json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                auth), 400, "text");
        assertError(http.post("/api/articles", "application/pdf", "x".getBytes(StandardCharsets.UTF_8), auth), 415);
        assertError(http.post("/api/articles", "text/plain; charset=latin1", "x".getBytes(StandardCharsets.UTF_8), auth),
                415, "UTF-8");
        assertError(http.post("/api/articles", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, auth), 400);
        byte[] big = "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8); // 100 kB > 64 kB
        assertError(http.post("/api/articles", "text/plain", big, auth), 413, "larger than 65536 bytes");
        // without a Content-Length (chunked), the limit holds while reading
        Http.Response chunked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/articles")).header("Content-Type", "text/plain").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertError(chunked, 413);
        assertError(http.post("/api/articles?x=1", "text/plain", "x".getBytes(StandardCharsets.UTF_8), auth), 400,
                "unknown parameter");
        // a token check comes before the body is read: no token, a huge body, still 401
        assertError(http.post("/api/articles", "text/plain", big, null), 401);
    }

    @Test
    void placesOfEventsWithoutCoordinatesStayNull() throws Exception {
        EventRecord.PlaceRef nowhere = new EventRecord.PlaceRef("the front", null, null, 0.0, 0.0, null, null, null);
        JsonNode j = Views.place(nowhere);
        assertThat(j.get("lat").isNull()).isTrue();
        assertThat(j.get("geonameid").isNull()).isTrue();
        assertThat(j.get("text").asText()).isEqualTo("the front");
    }
}
