package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/** {@code sitrep serve} and {@code sitrep bench-serve}: bad options are one line, before anything listens. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void badOptionsAreOneClearLine() {
        String db = tmp.resolve("s.duckdb").toString();
        EventStore.open(db).close();
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", tmp.resolve("missing.duckdb").toString()), 1,
                "no such database");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--token", "short"), 2, "at least 8");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--token", "has a space"), 2, "without spaces");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--port", "70000"), 2, "0..65535");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--port", "http"), 2, "--port");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--tiles", "ftp://tiles.example/x.png"), 2, "{z}");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--max-body", "10"), 2, "1024");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--pg", "jdbc:postgresql://x/y"), 2, "not both");
        assertOneLine(StoreCommandsTest.sitrep("serve", "--db", db, "--threads", "1"), 2, "8..1000");
        assertOneLine(StoreCommandsTest.sitrep("bench-serve", "--clients", "0"), 2, "--clients");
    }

    @Test
    void aPortInUseIsOneClearLine() throws Exception {
        String db = tmp.resolve("p.duckdb").toString();
        EventStore.open(db).close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StoreCommandsTest.Run r = StoreCommandsTest.sitrep("serve", "--db", db, "--port",
                    String.valueOf(taken.getLocalPort()));
            assertOneLine(r, 1, "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        EventStore.open(db).close(); // the store was closed again
    }

    @Test
    void helpNamesTheRoutesAndTheDefaults() {
        StoreCommandsTest.Run help = StoreCommandsTest.sitrep("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("/api/events", "/openapi.json", "127.0.0.1", "--token", "--bind", "--port");
    }

    private static void assertOneLine(StoreCommandsTest.Run r, int code, String words) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip()).startsWith("sitrep: ").contains(words).doesNotContain("\n").doesNotContain("\tat ");
    }
}
