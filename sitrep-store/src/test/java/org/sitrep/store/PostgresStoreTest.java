package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server: {@code SITREP_TEST_PG_URL} names it (a JDBC URL
 * with user and password). Without it the tests are skipped, unless {@code SITREP_REQUIRE_PG=1}
 * says they must run. Each test works in a schema of its own, dropped afterwards.
 */
class PostgresStoreTest extends StoreContract {

    private String base;
    private String url;
    private final List<String> schemas = new ArrayList<>();

    static String serverUrl() {
        String url = System.getenv("SITREP_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("SITREP_REQUIRE_PG"))) {
                fail("SITREP_REQUIRE_PG=1 but SITREP_TEST_PG_URL is not set: PostgreSQL tests cannot run");
            }
            Assumptions.abort("PostgreSQL tests need SITREP_TEST_PG_URL (a JDBC URL with user and password)");
        }
        return url;
    }

    @BeforeEach
    void server() {
        base = serverUrl();
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (base == null || schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            for (String s : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE"); // names made here: t_ and digits
            }
        }
    }

    @Override
    EventStore fresh() throws Exception {
        String schema = "t_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return EventStore.open(url);
    }

    @Test
    void readOnlyReadsBesideAWriterAndRefusesAnEmptySchema() throws Exception {
        try (EventStore writer = fresh()) {
            try (EventStore reader = EventStore.openReadOnly(url)) {
                assertThat(reader.schemaVersion()).isEqualTo(writer.schemaVersion());
                assertThat(reader.counts().events()).isZero();
            }
        }
        String empty = "t_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + empty);
        }
        schemas.add(empty);
        String emptyUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + empty;
        assertThatThrownBy(() -> EventStore.openReadOnly(emptyUrl)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a sitrep store");
    }

    @Override
    EventStore reopen() {
        return EventStore.open(url);
    }
}
