package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/** POST /api/articles with the real pipeline: the Hama example into an empty store, then its control change. */
class IngestThroughPipelineTest {

    @TempDir
    Path tmp;

    @Test
    void theHamaExamplePostedIsCodedStoredAndQueried() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (EventStore store = EventStore.open(tmp.resolve("empty.duckdb").toString());
             SitrepServer server = SitrepServer.start(store, ServerOptions.local(0).withToken("token-for-tests"), () -> {
                 loads.incrementAndGet();
                 return HamaStore.pipeline()::code;
             })) {
            Http http = new Http(server.port());
            assertThat(http.get("/api/events").json().get("count").asInt()).isZero();
            assertThat(loads.get()).as("the pipeline is loaded on the first write, not before").isZero();

            byte[] article = Files.readAllBytes(HamaStore.ARTICLE);
            Http.Response r = http.post("/api/articles", "text/plain; charset=UTF-8", article, "Bearer token-for-tests");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            List<String> codes = new ArrayList<>();
            r.json().get("records").forEach(x -> codes.add(x.get("cameo").asText()));
            assertThat(codes).contains("192", "0874");

            JsonNode place = http.get("/api/places/" + HamaStore.HAMA).json();
            JsonNode control = place.get("control");
            assertThat(control.get(control.size() - 2).get("controller").get("id").asText()).isEqualTo("SYR_MIL");
            assertThat(control.get(control.size() - 1).get("controller").get("id").asText()).isEqualTo("HTS");
            assertThat(control.get(control.size() - 1).get("since").asText()).isEqualTo("2024-12-05");
            // the metonym 'loyal to Damascus' puts no event in Damascus
            assertThat(http.get("/api/events?place=170654").json().get("count").asInt()).isZero();

            Http.Response again = http.post("/api/articles", "text/plain", article, "Bearer token-for-tests");
            assertThat(again.status()).isEqualTo(200);
            assertThat(loads.get()).isEqualTo(1);
        }
    }
}
