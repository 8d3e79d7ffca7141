package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.ingest.InputException;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Option;

/** Which store a command works on: a DuckDB file (the default) or a PostgreSQL server. */
final class StoreOptions {

    static final String DEFAULT_DB = "sitrep.duckdb";

    @Option(names = "--db", paramLabel = "FILE",
            description = "The DuckDB database file (default: $SITREP_DB, else ./" + DEFAULT_DB + ").")
    Path db;

    @Option(names = "--pg", paramLabel = "JDBC-URL",
            description = "A PostgreSQL database instead: jdbc:postgresql://HOST:PORT/DB?user=U&password=P "
                    + "(default: $SITREP_PG_URL when no --db is given).")
    String pg;

    /** Where the store is, for messages. */
    String describe() {
        String pgUrl = pgUrl();
        return pgUrl != null ? "PostgreSQL" : dbFile() + " (DuckDB)";
    }

    private String pgUrl() {
        if (pg != null) {
            return pg;
        }
        if (db != null) {
            return null;
        }
        String env = System.getenv("SITREP_PG_URL");
        return env == null || env.isBlank() ? null : env;
    }

    private Path dbFile() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("SITREP_DB");
        return Path.of(env == null || env.isBlank() ? DEFAULT_DB : env);
    }

    /**
     * Opens the store.
     *
     * @param create whether a missing DuckDB file may be created (ingest) or is an error (queries)
     */
    EventStore open(boolean create) {
        return open(create, false);
    }

    /**
     * Opens the store for a command that only reads it: read-only, never migrated, and a database that
     * is not a sitrep store is refused (see {@link EventStore#openReadOnly}).
     */
    EventStore openReadOnly() {
        return open(false, true);
    }

    private EventStore open(boolean create, boolean readOnly) {
        if (pg != null && db != null) {
            throw new UsageException("give --db or --pg, not both");
        }
        String url = pgUrl();
        if (url != null) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new UsageException("--pg takes a JDBC URL: jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
            }
            return readOnly ? EventStore.openReadOnly(url) : EventStore.open(url);
        }
        Path file = dbFile();
        if (!create && !Files.exists(file)) {
            throw new InputException(file + ": no such database (store articles first: sitrep ingest --db "
                    + file + " PATH...)");
        }
        return readOnly ? EventStore.openReadOnly(file.toString()) : EventStore.open(file.toString());
    }
}
