package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations are all or nothing; read-only opening never changes a database. */
class MigrationsTest {

    @TempDir
    Path tmp;

    static List<String> tables(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void aMigrationThatFailsHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        Path file = tmp.resolve("clash.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            // a store begun by hand, with a table in the way of the second migration's view
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL)");
            st.execute("CREATE TABLE event_reports (x INTEGER)");
        }
        assertThatThrownBy(() -> EventStore.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot bring the schema up to date");
        // the first migration, which went through, was undone with the second
        assertThat(tables(file)).containsExactly("event_reports", "schema_version");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aNewFileGetsEveryMigrationAndReadsItBackReadOnly() throws Exception {
        Path file = tmp.resolve("new.duckdb");
        int newest;
        try (EventStore s = EventStore.open(file.toString())) {
            newest = s.schemaVersion();
            assertThat(newest).isEqualTo(Migrations.available(EventStore.Backend.DUCKDB).size());
        }
        List<String> before = tables(file);
        try (EventStore r = EventStore.openReadOnly(file.toString())) {
            assertThat(r.schemaVersion()).isEqualTo(newest);
            assertThat(r.counts().events()).isZero();
        }
        assertThat(tables(file)).isEqualTo(before);
    }

    @Test
    void readOnlyRefusesAForeignOrEmptyFileAndChangesNothing() throws Exception {
        Path empty = tmp.resolve("empty.duckdb");
        DriverManager.getConnection("jdbc:duckdb:" + empty).close();
        assertThatThrownBy(() -> EventStore.openReadOnly(empty.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a sitrep store");
        assertThat(tables(empty)).isEmpty();
        assertThatThrownBy(() -> EventStore.openReadOnly(tmp.resolve("none.duckdb").toString()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no such database");
        assertThat(tmp.resolve("none.duckdb")).doesNotExist();
    }
}
