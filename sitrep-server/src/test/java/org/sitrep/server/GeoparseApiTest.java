package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.TokenSpan;
import org.sitrep.store.EventStore;

/** POST /api/geoparse: an article in, its place names (the geoparse contract) and its focus out; no token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoparseApiTest {

    static final Place HAMA = new Place(170017L, "Hama", 35.13179, 36.75783, "SY", "Hama Governorate", "P", "PPLA", 0);
    static final Place ALEPPO = new Place(170063L, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo Governorate", "P", "PPLA", 0);
    static final Place SYRIA = new Place(null, "Syria", 35.0, 38.0, "SY", null, "A", "PCLI", 0, "SY");
    static final Map<String, Place> KNOWN = Map.of("Hama", HAMA, "Aleppo", ALEPPO, "Syria", SYRIA);

    @TempDir
    static Path tmp;

    EventStore store;
    SitrepServer server;
    Http http;
    final AtomicInteger loaded = new AtomicInteger();
    final AtomicReference<LocalDate> lastDate = new AtomicReference<>();

    /** A stand-in geoparser: the capitalised words it knows, literal, "Damascus" metonymic. */
    List<Toponym> parse(Article a) {
        lastDate.set(a.date());
        List<Toponym> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{Lu}\\p{L}+").matcher(a.text());
        while (m.find()) {
            Place p = KNOWN.get(m.group());
            if (p != null) {
                out.add(new Toponym(new TokenSpan(0, 0, 1), m.start(), m.end(), m.group(), ToponymUse.LITERAL, p, 0.9));
            } else if (m.group().equals("Damascus")) {
                out.add(new Toponym(new TokenSpan(0, 0, 1), m.start(), m.end(), m.group(), ToponymUse.METONYMIC, null, 0.8));
            }
        }
        return out;
    }

    @BeforeAll
    void start() {
        store = TestData.store(tmp);
        server = SitrepServer.start(store, ServerOptions.local(0).withToken(ApiTest.TOKEN).withMaxBodyBytes(4096),
                () -> TestData::code, () -> {
                    loaded.incrementAndGet();
                    return this::parse;
                });
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private Http.Response post(String query, String text) throws Exception {
        return http.post("/api/geoparse" + query, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void givesEachPlaceNameAsGeoparseDoesAndTheFocusWithoutAToken() throws Exception {
        String text = "Rebels entered Hama on Monday. Damascus said fighting went on in Hama and near Aleppo, in Syria.";
        Http.Response r = post("", text);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode out = r.json();
        assertThat(out.get("article").asText()).isNotBlank();
        JsonNode tops = out.get("toponyms");
        assertThat(tops).hasSize(5);
        JsonNode hama = tops.get(0);
        assertThat(hama.get("text").asText()).isEqualTo("Hama");
        assertThat(text.substring(hama.get("start").asInt(), hama.get("end").asInt())).isEqualTo("Hama");
        assertThat(hama.get("use").asText()).isEqualTo("literal");
        assertThat(hama.get("geonameid").asLong()).isEqualTo(170017L);
        assertThat(hama.get("lat").asDouble()).isEqualTo(35.13179);
        assertThat(hama.get("country").asText()).isEqualTo("SY");
        assertThat(hama.get("name").asText()).isEqualTo("Hama");
        // a metonym that names no place carries no place fields
        JsonNode damascus = tops.get(1);
        assertThat(damascus.get("use").asText()).isEqualTo("metonymic");
        assertThat(damascus.has("lat")).isFalse();
        JsonNode focus = out.get("focus");
        assertThat(focus.get("city").get("name").asText()).isEqualTo("Hama");
        assertThat(focus.get("city").get("mentions").asInt()).isEqualTo(2);
        assertThat(focus.get("state").get("admin1").asText()).isEqualTo("Hama Governorate");
        assertThat(focus.get("state").get("name").isNull()).isTrue(); // the division is not named itself
        assertThat(focus.get("country").get("country").asText()).isEqualTo("SY");
        assertThat(focus.get("country").get("id").asText()).isEqualTo("SY");
        assertThat(focus.get("country").get("mentions").asInt()).isEqualTo(4);
    }

    @Test
    void anArticleWithoutPlacesHasNoFocus() throws Exception {
        JsonNode out = post("", "Nothing happened anywhere today.").json();
        assertThat(out.get("toponyms")).isEmpty();
        assertThat(out.get("focus").get("country").isNull()).isTrue();
        assertThat(out.get("focus").get("city").isNull()).isTrue();
    }

    @Test
    void takesTheArticlesDayAndRefusesBadInput() throws Exception {
        assertThat(post("?date=2024-12-05", "Rebels entered Hama.").status()).isEqualTo(200);
        assertThat(lastDate.get()).isEqualTo(LocalDate.of(2024, 12, 5));
        ApiTest.assertError(post("?date=yesterday", "Rebels entered Hama."), 400, "date");
        ApiTest.assertError(post("?lang=en", "Rebels entered Hama."), 400, "lang");
        ApiTest.assertError(http.post("/api/geoparse", "text/plain", new byte[0], null), 400, "empty");
        ApiTest.assertError(post("", "Hama ".repeat(2000)), 413);
        ApiTest.assertError(http.post("/api/geoparse", "image/png", "Hama".getBytes(StandardCharsets.UTF_8), null), 415);
        ApiTest.assertError(http.get("/api/geoparse"), 405);
        // the geoparser is loaded once, on the first article, and kept
        assertThat(loaded.get()).isEqualTo(1);
    }

    @Test
    void aServerWithoutAGeoparserSaysSo() throws Exception {
        try (SitrepServer plain = SitrepServer.start(store, ServerOptions.local(0), () -> TestData::code)) {
            Http.Response r = new Http(plain.port()).post("/api/geoparse", "text/plain",
                    "Rebels entered Hama.".getBytes(StandardCharsets.UTF_8), null);
            ApiTest.assertError(r, 503, "geoparser");
        }
    }
}
