package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical example through the store with the real pipeline (the models load once per JVM,
 * shared with the other end-to-end tests): ingest, then the control timeline the gold asks for.
 */
class HamaStoreEndToEndTest {

    @TempDir
    Path tmp;

    static StoreCommandsTest.Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new StoreCommandsTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void hamaPassesFromTheArmyToHts() throws Exception {
        String db = tmp.resolve("hama.duckdb").toString();
        StoreCommandsTest.Run ingest = sitrep("ingest", "--db", db, "--no-progress", "../examples/hama/article.txt");
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 stored", "0 failed");

        JsonNode gold = new ObjectMapper().readTree(Path.of("../examples/hama/gold.json").toFile()).get("control").get(0);
        StoreCommandsTest.Run control = sitrep("control", "--db", db, "--format", "json", gold.get("place").asText());
        assertThat(control.code()).as(control.err()).isZero();
        JsonNode periods = new ObjectMapper().readTree(control.out());
        assertThat(periods).hasSizeGreaterThanOrEqualTo(2);
        JsonNode before = periods.get(periods.size() - 2);
        JsonNode after = periods.get(periods.size() - 1);
        assertThat(after.get("geonameid").asLong()).isEqualTo(gold.get("geonameid").asLong());
        assertThat(before.get("controller").asText()).isEqualTo("SYR_MIL");
        assertThat(before.get("until").asText()).isEqualTo(gold.get("date").asText());
        assertThat(after.get("controller").asText()).isEqualTo("HTS");
        assertThat(after.get("since").asText()).isEqualTo(gold.get("date").asText());
        assertThat(after.get("until").isNull()).isTrue();
        assertThat(after.get("events")).isNotEmpty();

        StoreCommandsTest.Run events = sitrep("events", "--db", db, "--place", "170017", "--format", "jsonl");
        assertThat(events.out()).contains("\"cameo\":\"192\"", "\"cameo\":\"0874\"").doesNotContain("\"geonameid\":170654");

        StoreCommandsTest.Run again = sitrep("ingest", "--db", db, "--no-progress", "../examples/hama/article.txt");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 stored", "1 already stored", "(0 new or changed, 0 gone)");
    }
}
