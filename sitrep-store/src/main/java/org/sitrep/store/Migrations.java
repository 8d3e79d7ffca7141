package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema's history: numbered SQL files ({@code migrations/<backend>/V001.sql}, ...) applied in
 * order, each once, all that are missing in one transaction, recorded in {@code schema_version}. The first
 * line of a file ({@code -- ...}) describes it.
 */
public final class Migrations {

    /** One migration: its number, description and statements. */
    public record Migration(int version, String description, List<String> statements) {
    }

    private Migrations() {
    }

    /** The migrations shipped for a back end, in order. */
    public static List<Migration> available(EventStore.Backend backend) {
        List<Migration> out = new ArrayList<>();
        String dir = "migrations/" + backend.name().toLowerCase(Locale.ROOT) + "/";
        for (int v = 1; ; v++) {
            String name = dir + String.format(Locale.ROOT, "V%03d.sql", v);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String first = sql.lines().findFirst().orElse("");
                String description = first.startsWith("--") ? first.substring(2).strip() : "V" + v;
                out.add(new Migration(v, description, statements(sql)));
            } catch (IOException e) {
                throw new StoreException("cannot read migration " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Splits a script on semicolons that end a line; comments are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            String l = line;
            int comment = l.indexOf("--");
            if (comment >= 0) {
                l = l.substring(0, comment);
            }
            if (l.isBlank()) {
                continue;
            }
            cur.append(l).append('\n');
            if (l.stripTrailing().endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /** The newest version applied, 0 for an empty database. */
    static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether the database has the table {@code schema_version} (in the schema searched first). */
    static boolean hasSchemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                     + "'schema_version' AND table_schema = current_schema()")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /**
     * For a store that is only read: refuses a database that is not a sitrep store, or whose schema is
     * not the one this program reads (nothing is changed).
     */
    static void check(Connection c, EventStore.Backend backend, String where) throws SQLException {
        if (!hasSchemaVersion(c)) {
            throw new StoreException(where + ": not a sitrep store (it has no schema_version table)");
        }
        List<Migration> all = available(backend);
        int newest = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
        int have = current(c);
        if (have > newest) {
            throw new StoreException(where + ": the store has schema version " + have
                    + ", newer than this sitrep knows (" + newest + "); upgrade sitrep");
        }
        if (have < newest) {
            throw new StoreException(where + ": the store has schema version " + have + ", older than this sitrep's ("
                    + newest + "); bring it up to date with a writing command (sitrep ingest) first");
        }
    }

    /**
     * Refuses a DuckDB file that holds tables but is not a sitrep store: sitrep's tables are not added to
     * another program's database.
     */
    static void refuseForeign(Connection c, String where) throws SQLException {
        if (hasSchemaVersion(c)) {
            return;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                     + "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                throw new StoreException(where + ": not a sitrep store (it holds other tables and no schema_version); "
                        + "give a new file");
            }
        }
    }

    /**
     * Applies what is missing, all in one transaction (a migration that fails leaves the database as it
     * was, {@code schema_version} included); returns the versions applied.
     *
     * @throws StoreException when the database is newer than this program
     */
    static List<Integer> migrate(Connection c, EventStore.Backend backend) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<Integer> applied = new ArrayList<>();
        try {
            try (Statement st = c.createStatement()) {
                if (backend == EventStore.Backend.POSTGRESQL) {
                    // one migrating process at a time, until this transaction ends
                    st.execute("SELECT pg_advisory_xact_lock(7301995)");
                }
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description " + (backend == EventStore.Backend.POSTGRESQL ? "TEXT" : "VARCHAR")
                        + " NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            List<Migration> all = available(backend);
            int have = current(c);
            int newest = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
            if (have > newest) {
                throw new StoreException("the database has schema version " + have
                        + ", newer than this sitrep knows (" + newest + "); upgrade sitrep");
            }
            for (Migration m : all) {
                if (m.version() <= have) {
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    for (String s : m.statements()) {
                        st.execute(s);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                applied.add(m.version());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }
}
