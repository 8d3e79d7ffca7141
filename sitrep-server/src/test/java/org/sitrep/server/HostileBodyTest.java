package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;

/** A posted article that would take too long to code is refused promptly and does not hold the write lock. */
class HostileBodyTest {

    static final String TOKEN = "s3cret-token-for-tests";

    @TempDir
    Path tmp;

    @Test
    void aFourHundredKilobyteSentenceIsRefusedPromptlyAndTheNextWriteGoesThrough() throws Exception {
        StringBuilder b = new StringBuilder("Fighting in Hama\n\n");
        while (b.length() < 400_000) {
            b.append("rebels attacked army positions near the city of Hama, ");
        }
        byte[] body = b.append("residents said.").toString().getBytes(StandardCharsets.UTF_8);
        try (EventStore store = TestData.store(tmp);
             SitrepServer srv = SitrepServer.start(store, ServerOptions.local(0).withToken(TOKEN)
                     .withMaxBodyBytes(1 << 20), () -> CorpusIngest.Coder.of(Pipeline.standard(null)::run))) {
            Http http = new Http(srv.port());
            // load the models first, so that the time below is the article's alone
            Http.Response warm = http.post("/api/articles", "text/plain",
                    "Clashes\n\nRebels attacked the army in Hama on Thursday.".getBytes(StandardCharsets.UTF_8),
                    "Bearer " + TOKEN);
            assertThat(warm.status()).as(warm.body()).isEqualTo(201);
            assertThat(warm.json().get("notes")).isEmpty();
            long t0 = System.nanoTime();
            Http.Response r = http.post("/api/articles", "text/plain", body, "Bearer " + TOKEN);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.json().get("error").asText()).contains("not coded").contains("tokens, more than the 20,000");
            // it used to hold the write lock for minutes
            assertThat(took).isLessThan(Duration.ofSeconds(60));
            Http.Response next = http.post("/api/articles", "text/plain",
                    "Talks\n\nThe army shelled Idlib on Friday.".getBytes(StandardCharsets.UTF_8), "Bearer " + TOKEN);
            assertThat(next.status()).as(next.body()).isEqualTo(201);
        }
    }
}
