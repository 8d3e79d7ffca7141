package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.output.EventTables;

class ParquetExportTest {

    @TempDir
    Path tmp;

    @Test
    void eventsBecomeATypedParquetTable() throws Exception {
        Path db = tmp.resolve("s.duckdb");
        Path out = tmp.resolve("it's events.parquet"); // a quote in the name is kept as it is
        try (EventStore s = EventStore.open(db.toString())) {
            for (String text : List.of(StoreContract.HTS_TAKES_HAMA_EFE, StoreContract.HTS_TAKES_HAMA_XINHUA)) {
                var a = Fixtures.article(text, "EFE", null, "2024-12-05", "x" + text.length());
                s.put(a, Fixtures.code(a));
            }
            s.refresh();
            try (ParquetExport px = new ParquetExport(out)) {
                s.events(EventQuery.ALL, px::write);
                assertThat(px.written()).isEqualTo(2);
            }
        }
        assertThat(Files.size(out)).isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> cols = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out.toString().replace("'", "''") + "')")) {
                while (rs.next()) {
                    cols.add(rs.getString("column_name") + ":" + rs.getString("column_type"));
                }
            }
            assertThat(cols).hasSize(EventTables.CSV_COLUMNS.size());
            assertThat(cols).contains("event_id:VARCHAR", "date:DATE", "geonameid:BIGINT", "lat:DOUBLE",
                    "num_sources:INTEGER");
            try (ResultSet rs = st.executeQuery("SELECT cameo, num_articles, geonameid FROM read_parquet('"
                    + out.toString().replace("'", "''") + "') ORDER BY cameo")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("0874");
                assertThat(rs.getInt(2)).isEqualTo(2);
                assertThat(rs.getLong(3)).isEqualTo(170017L);
            }
        }
        assertThatThrownBy(() -> new ParquetExport(tmp.resolve("no/dir/x.parquet")))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
    }
}
