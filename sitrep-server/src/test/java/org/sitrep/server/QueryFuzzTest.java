package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/**
 * Generated query strings for /api/events: a well-formed query with good values is a 200, the same
 * query with one defect (an unknown parameter, a malformed percent-escape, a parameter twice, a value
 * of the wrong form) is a 400; every answer is the API's JSON, never a 500. Seeded; a few seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFuzzTest {

    @TempDir
    static Path tmp;

    EventStore store;
    SitrepServer server;

    @BeforeAll
    void start() {
        store = TestData.store(tmp);
        server = SitrepServer.start(store, ServerOptions.local(0), () -> a -> List.of());
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    static final String[][] GOOD = {
        {"actor", "HTS", "SYR_MIL", "Hayat Tahrir al-Sham", "x'); DROP TABLE events; --", "caf\u00e9 \u0627\u0644\u0634\u0627\u0645"},
        {"place", "Hama", "170017", "%_\\", "<script>"},
        {"cameo", "19", "0874", "1"},
        {"plover", "ASSAULT", "RETREAT"},
        {"from", "2024-12-01", "2024-01-01"}, // every from is before every to
        {"to", "2024-12-31", "2025-06-30"},
        {"limit", "1", "50", "10000"},
        {"bbox", "30,30,40,40", "170,-20,-170,0", "-180,-90,180,90"},
        {"modality", "asserted", "claimed", "DENIED"},
        {"min_sources", "0", "1", "3"},
    };

    /** Defects, each making the query a 400. */
    static final String[] DEFECTS = {"acter=HTS", "actor=HTS%ZZ", "from=%ZZ", "limit=%ZZ", "place=%", "from=yesterday",
        "limit=ten", "limit=0", "bbox=1,2,3", "modality=maybe", "cameo=19a", "actor=a%00b", "z%G0=1"};

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void goodQueriesAnswer200AndOneDefectMakesA400() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int ok = 0;
        int bad = 0;
        for (int round = 0; round < 300; round++) {
            Random r = new Random(round);
            List<String> parts = new ArrayList<>();
            for (String[] p : GOOD) {
                if (r.nextInt(3) == 0) {
                    parts.add(p[0] + "=" + enc(p[1 + r.nextInt(p.length - 1)]));
                }
            }
            boolean defect = r.nextBoolean();
            if (defect) {
                String d = r.nextInt(4) == 0 && !parts.isEmpty() ? parts.get(0) : DEFECTS[r.nextInt(DEFECTS.length)];
                parts.add(r.nextInt(parts.size() + 1), d); // a good one twice is a defect too
            }
            if (r.nextInt(5) == 0) {
                parts.add(r.nextInt(parts.size() + 1), ""); // an empty piece ("&&") names nothing
            }
            String query = String.join("&", parts);
            String answer = Http.raw(server.port(), "GET /api/events?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            String status = answer.substring(9, 12);
            int body = answer.indexOf("\r\n\r\n");
            assertThat(answer.substring(0, body).toLowerCase(java.util.Locale.ROOT)).as(query)
                    .contains("content-type: application/json");
            JsonNode j = json.readTree(answer.substring(body + 4));
            if (defect) {
                assertThat(status).as(query).isEqualTo("400");
                assertThat(j.get("error").asText()).as(query).isNotBlank();
                bad++;
            } else {
                assertThat(status).as(query + " " + j).isEqualTo("200");
                assertThat(j.get("events").isArray()).isTrue();
                ok++;
            }
        }
        assertThat(ok).isGreaterThan(50);
        assertThat(bad).isGreaterThan(50);
    }
}
