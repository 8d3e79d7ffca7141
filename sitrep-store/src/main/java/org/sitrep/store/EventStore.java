package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.control.ControlPeriod;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;

/**
 * Where articles, their coded events and what is derived from them (deduplicated events, actors,
 * places, the control timeline) are kept. Two back ends, one contract: an embedded DuckDB file
 * (the default) and a PostgreSQL server. Opening a store brings its schema up to date.
 *
 * <p>Storing is idempotent: an article is identified by the hash of its text, so storing it again
 * changes nothing; a new version of an article (same url and title, other text) replaces the older
 * one. What is stored never depends on the order articles come in, so a run stopped half-way and
 * started again ends with the same database as a run that was never stopped.
 */
public interface EventStore extends AutoCloseable {

    enum Backend { DUCKDB, POSTGRESQL }

    /** What storing an article does. */
    enum Plan {
        /** Not stored yet: code it and store it. */
        NEW,
        /** The same text is stored already (from this or an earlier run): nothing to do. */
        DUPLICATE,
        /** Stored already, but this copy's origin sorts first: code it and let it replace the stored copy. */
        REPLACE_COPY,
        /** A newer version of a stored article (same url and title): code it, it replaces the older one. */
        REPLACE_VERSION,
        /** An older version of a stored article: nothing to do. */
        SUPERSEDED;

        public boolean needsCoding() {
            return this == NEW || this == REPLACE_COPY || this == REPLACE_VERSION;
        }
    }

    /**
     * Opens a store: a {@code jdbc:postgresql:} URL, a {@code jdbc:duckdb:} URL or the path of a
     * DuckDB file (created when missing).
     */
    static EventStore open(String location) {
        if (location.startsWith("jdbc:postgresql:")) {
            return JdbcEventStore.postgres(location);
        }
        if (location.startsWith("jdbc:duckdb:")) {
            return JdbcEventStore.duckdb(Path.of(location.substring("jdbc:duckdb:".length())));
        }
        if (location.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL (use jdbc:postgresql:... or a DuckDB file)");
        }
        return JdbcEventStore.duckdb(Path.of(location));
    }

    /**
     * Opens an existing store read-only, for commands that only read: nothing is created or migrated,
     * and a database that is not a sitrep store (or whose schema is not this program's) is refused.
     * A DuckDB file is opened with {@code duckdb.read_only}: several such processes may read it at
     * once, but not while another process writes it. PostgreSQL connections are read-only and may
     * run beside any writer.
     */
    static EventStore openReadOnly(String location) {
        if (location.startsWith("jdbc:postgresql:")) {
            return JdbcEventStore.postgres(location, true);
        }
        if (location.startsWith("jdbc:duckdb:")) {
            return JdbcEventStore.duckdb(Path.of(location.substring("jdbc:duckdb:".length())), true);
        }
        if (location.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL (use jdbc:postgresql:... or a DuckDB file)");
        }
        return JdbcEventStore.duckdb(Path.of(location), true);
    }

    Backend backend();

    /** The newest migration applied. */
    int schemaVersion();

    /** What storing the article would do, before paying for coding it. */
    Plan plan(Article article);

    /**
     * Stores an article and its coded events in one transaction (or does nothing, see {@link Plan}).
     * Derived tables are brought up to date by {@link #refresh()}.
     */
    default Plan put(Article article, List<EventRecord> events) {
        return store(article, events).plan();
    }

    /**
     * Stores an article as {@link #put} does, and tells how the tellings kept changed: those written
     * (one per event id) and those of the copy or versions it replaced, counted at the moment of the
     * replacement. Summed over a run, {@link Stored#net()} is exactly how many tellings the run added
     * to the store, whatever order concurrent puts came in.
     */
    Stored store(Article article, List<EventRecord> events);

    /** What one {@link #store} did: the plan carried out, the tellings written and the tellings removed. */
    record Stored(Plan plan, int written, int removed) {
        public int net() {
            return written - removed;
        }
    }

    /** Commits what has been stored (articles are committed in groups; closing also commits). */
    void flush();

    /**
     * Re-derives the events from every stored telling (deduplication), the actors and places seen,
     * and the control timeline, in one transaction. Only events that changed are rewritten.
     */
    Refresh refresh();

    /** What a refresh found. */
    record Refresh(int mentions, int events, int inserted, int deleted, int actors, int places, int controlPeriods) {
    }

    /** Counts of the rows of each table. */
    record Counts(long articles, long mentions, long events, long actors, long places, long controlPeriods) {
    }

    Counts counts();

    Optional<StoredArticle> article(String id);

    /** The coded tellings of an article, as stored. */
    List<EventRecord> mentionsOf(String articleId);

    /**
     * The events a query selects, with their reports, one at a time (date order, undated last, then
     * by id; {@link EventQuery#limit} and {@link EventQuery#offset} page through them).
     */
    void events(EventQuery query, Consumer<Event> sink);

    /**
     * The events a query selects without their reports (an empty list): the head, the counts, the
     * outlets and agencies, and the seed's evidence. Much cheaper than {@link #events} for maps and lists.
     */
    void eventHeads(EventQuery query, Consumer<Event> sink);

    /**
     * The events a query selects as map points (one row each, no reports, no evidence): the lean
     * projection for a map of many events. Same selection, order, limit and offset as {@link #events}.
     */
    void mapPoints(EventQuery query, Consumer<MapPoint> sink);

    default List<Event> events(EventQuery query) {
        List<Event> out = new java.util.ArrayList<>();
        events(query, out::add);
        return out;
    }

    /** One event by id, with every report of it. */
    Optional<Event> event(String id);

    /**
     * Actors of the stored events, most events first.
     *
     * @param match an actor id, or words that one of its names contains (case-insensitive); {@code null} for all
     * @param limit at most this many
     */
    List<StoredActor> actors(String match, int limit);

    /**
     * Places of the stored events, most events first.
     *
     * @param match a GeoNames id, or words that its name or one of the names it was given contains; {@code null} for all
     * @param limit at most this many
     */
    List<StoredPlace> places(String match, int limit);

    /** The length in characters of an article's text, -1 when it is not stored. */
    int articleLength(String id);

    /** The control timeline of a place given by GeoNames id or by name (case-insensitive). */
    List<ControlPeriod> control(String place);

    /** Every place that has a control timeline: key and name. */
    List<String[]> controlPlaces();

    @Override
    void close();
}
