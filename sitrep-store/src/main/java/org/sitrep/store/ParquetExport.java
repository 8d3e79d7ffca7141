package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.dedup.Event;
import org.sitrep.output.EventTables;

/**
 * Writes events as an Apache Parquet file, through an in-memory DuckDB: the columns of sitrep's
 * flat table ({@link EventTables#CSV_COLUMNS}), typed (dates, integers, doubles), one row per event.
 */
public final class ParquetExport implements AutoCloseable {

    private static final Map<String, Integer> TYPES = Map.of(
            "date", Types.DATE, "quad_class", Types.INTEGER, "geonameid", Types.BIGINT, "lat", Types.DOUBLE,
            "lon", Types.DOUBLE, "confidence", Types.DOUBLE, "num_mentions", Types.INTEGER,
            "num_sources", Types.INTEGER, "num_articles", Types.INTEGER, "evidence_sentence", Types.INTEGER);

    private final Path out;
    private final Connection conn;
    private final PreparedStatement insert;
    private int pending;
    private int written;

    public ParquetExport(Path out) {
        this.out = out.toAbsolutePath().normalize();
        if (this.out.getParent() != null && !Files.isDirectory(this.out.getParent())) {
            throw new StoreException(out + ": directory " + this.out.getParent() + " does not exist");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            conn = DriverManager.getConnection("jdbc:duckdb:");
            StringBuilder ddl = new StringBuilder("CREATE TABLE events (");
            List<String> cols = EventTables.CSV_COLUMNS;
            for (int i = 0; i < cols.size(); i++) {
                ddl.append(i == 0 ? "" : ", ").append(cols.get(i)).append(' ').append(sqlType(cols.get(i)));
            }
            try (Statement st = conn.createStatement()) {
                st.execute(ddl.append(")").toString());
            }
            insert = conn.prepareStatement("INSERT INTO events VALUES (" + Sql.marks(cols.size()) + ")");
        } catch (SQLException | ClassNotFoundException e) {
            throw new StoreException("cannot prepare a Parquet file: " + e.getMessage(), e);
        }
    }

    private static String sqlType(String col) {
        Integer t = TYPES.get(col);
        if (t == null) {
            return "VARCHAR";
        }
        return switch (t) {
            case Types.DATE -> "DATE";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            default -> "DOUBLE";
        };
    }

    public void write(Event ev) {
        List<String> row = EventTables.csv(ev);
        List<String> cols = EventTables.CSV_COLUMNS;
        try {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                int type = TYPES.getOrDefault(cols.get(i), Types.VARCHAR);
                Object value = v == null || v.isEmpty() ? null : switch (type) {
                    case Types.DATE -> LocalDate.parse(v);
                    case Types.INTEGER -> Integer.parseInt(v);
                    case Types.BIGINT -> Long.parseLong(v);
                    case Types.DOUBLE -> Double.parseDouble(v);
                    default -> v;
                };
                Sql.bind(insert, i + 1, value, type);
            }
            insert.addBatch();
            if (++pending == 1000) {
                insert.executeBatch();
                pending = 0;
            }
            written++;
        } catch (SQLException e) {
            throw new StoreException("cannot write event " + ev.id() + " to Parquet: " + e.getMessage(), e);
        }
    }

    public int written() {
        return written;
    }

    /** Writes the file. */
    @Override
    public void close() {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
            String path = out.toString();
            if (path.indexOf('\0') >= 0) {
                throw new StoreException("bad file name");
            }
            try (Statement st = conn.createStatement()) {
                // COPY takes no parameters: the path is written as a quoted literal, quotes doubled
                st.execute("COPY events TO '" + path.replace("'", "''") + "' (FORMAT PARQUET)");
            }
        } catch (SQLException e) {
            throw new StoreException(out + ": cannot write Parquet (" + e.getMessage().strip() + ")", e);
        } finally {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // the file is written or the error reported
            }
        }
    }
}
