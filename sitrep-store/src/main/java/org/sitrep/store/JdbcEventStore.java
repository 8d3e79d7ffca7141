package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sitrep.control.ControlPeriod;
import org.sitrep.control.ControlTimeline;
import org.sitrep.dedup.Deduplicator;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.JsonlArticleReader;
import org.sitrep.ingest.Published;

/** The store over JDBC: the same SQL on DuckDB and PostgreSQL, every value a bound parameter. */
final class JdbcEventStore implements EventStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final com.fasterxml.jackson.databind.ObjectReader STRINGS_READER = JSON.readerFor(STRINGS);
    private static final int V = Types.VARCHAR, B = Types.BIGINT, I = Types.INTEGER, D = Types.DOUBLE,
            DT = Types.DATE, TM = Types.TIME;

    private static final List<String> ARTICLE_COLS = List.of("id", "url", "outlet", "title", "published_date",
            "published_time", "language", "cited", "dateline_place", "origin", "chars", "mentions", "text");
    private static final List<Integer> ARTICLE_TYPES = List.of(V, V, V, V, DT, TM, V, V, V, V, I, I, V);

    private static final List<String> MENTION_COLS = List.of("id", "article_id", "event_id", "date", "date_precision",
            "date_basis", "cameo", "plover_type", "plover_mode", "acled_type", "acled_sub_type",
            "source_id", "source_cameo", "source_kind", "source_text", "target_id", "target_cameo", "target_kind",
            "target_text", "place_text", "geonameid", "place_name", "lat", "lon", "country", "admin1",
            "place_precision", "modality", "speaker", "outlet", "cited", "sentence", "ev_start", "ev_end", "evidence",
            "support", "sentences", "trigger_word", "confidence", "place_id", "fatalities", "injured");
    private static final List<Integer> MENTION_TYPES = List.of(V, V, V, DT, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, B, V, D, D, V, V, V, V, V, V, V, I, I, I, V, V, I, V, D, V, I, I);

    private static final List<String> EVENT_COLS = List.of("id", "seed_mention", "date", "date_precision",
            "date_basis", "cameo", "event_root", "plover_type", "plover_mode", "acled_type", "acled_sub_type",
            "source_id", "source_cameo", "source_kind", "source_text", "target_id", "target_cameo", "target_kind",
            "target_text", "place_text", "geonameid", "place_name", "lat", "lon", "country", "admin1",
            "place_precision", "modality", "speaker", "confidence", "num_mentions", "num_sources", "num_articles",
            "first_report", "last_report", "sources", "cited", "signature", "place_id", "place_basis", "fatalities", "injured");
    private static final List<Integer> EVENT_TYPES = List.of(V, V, DT, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, B, V, D, D, V, V, V, V, V, D, I, I, I, V, V, V, V, V, V, V, I, I);

    /** Writes are committed in groups: after this many articles, or this long after the first uncommitted one. */
    private static final int COMMIT_EVERY = 200;
    private static final long COMMIT_AFTER_NANOS = 1_000_000_000L;

    private final Backend backend;
    /** The connection that writes (and plans writes); used under this object's lock. */
    private final Connection conn;
    /** Connections that read, side by side, outside this object's lock. */
    private final ReadConnections reads;
    /** DuckDB: the connection read connections are made from (never used for queries), else null. */
    private final Connection template;
    private final String where;
    private int uncommitted;
    /** Whether articles were stored and not committed yet (read without the lock by readers). */
    private volatile boolean dirty;
    private long firstUncommitted;

    private JdbcEventStore(Backend backend, Connection conn, ReadConnections.Opener readers, Connection template,
                           String where, boolean readOnly) {
        this.backend = backend;
        this.conn = conn;
        this.template = template;
        this.where = where;
        this.reads = new ReadConnections(readers, ReadConnections.defaultSize());
        try {
            if (readOnly) {
                Migrations.check(conn, backend, where);
            } else {
                if (backend == Backend.DUCKDB) {
                    Migrations.refuseForeign(conn, where);
                }
                Migrations.migrate(conn, backend);
            }
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly();
            throw new StoreException(where + ": cannot bring the schema up to date (" + oneLine(e) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    static JdbcEventStore duckdb(Path file) {
        return duckdb(file, false);
    }

    /**
     * @param readOnly open the file read-only (DuckDB's {@code duckdb.read_only}): nothing is migrated,
     *                 a file that is not a sitrep store is refused, and other read-only processes may
     *                 open it at the same time (none may write it meanwhile)
     */
    static JdbcEventStore duckdb(Path file, boolean readOnly) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new StoreException(file + ": is a directory, not a database file");
        }
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new StoreException(file + ": directory " + abs.getParent() + " does not exist");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties props = new Properties();
            if (readOnly) {
                if (!Files.exists(abs)) {
                    throw new StoreException(file + ": no such database");
                }
                props.setProperty("duckdb.read_only", "true");
            }
            Connection c;
            try {
                c = DriverManager.getConnection("jdbc:duckdb:" + abs, props);
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("lock")) {
                    throw new StoreException(file + ": in use by another process that writes it (sitrep ingest or a "
                            + "writable sitrep serve); query that server's API, or use PostgreSQL for reads beside writes", e);
                }
                throw e;
            }
            try (Statement st = c.createStatement()) {
                String mem = System.getenv().getOrDefault("SITREP_DUCKDB_MEMORY", "2GB");
                if (!mem.matches("\\d+(\\.\\d+)?\\s*[KMGT]?i?B")) {
                    throw new StoreException("SITREP_DUCKDB_MEMORY must be a size such as 2GB, not '" + mem + "'");
                }
                st.execute("SET memory_limit = '" + mem + "'"); // checked above: digits and a unit only
            }
            // readers are further connections to the same database instance, made from one kept for that
            org.duckdb.DuckDBConnection template = c.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
            ReadConnections.Opener readers = () -> {
                synchronized (template) {
                    return template.duplicate();
                }
            };
            return new JdbcEventStore(Backend.DUCKDB, c, readers, template, file.toString(), readOnly);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open as a DuckDB database (" + oneLine(e) + ")", e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB driver is missing from the classpath", e);
        }
    }

    static JdbcEventStore postgres(String url) {
        return postgres(url, false);
    }

    /** @param readOnly every connection read-only; nothing is migrated and a database that is not a sitrep store is refused */
    static JdbcEventStore postgres(String url, boolean readOnly) {
        String shown = redact(url);
        try {
            Class.forName("org.postgresql.Driver");
            Connection c = DriverManager.getConnection(url);
            if (readOnly) {
                c.setReadOnly(true);
            }
            return new JdbcEventStore(Backend.POSTGRESQL, c, () -> {
                Connection r = DriverManager.getConnection(url);
                r.setReadOnly(true);
                return r;
            }, null, shown, readOnly);
        } catch (SQLException e) {
            throw new StoreException(shown + ": cannot connect to PostgreSQL (" + oneLine(e) + ")", e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the PostgreSQL driver is missing from the classpath", e);
        }
    }

    /** The URL without its password. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^:/@]+:)[^@/]*@", "$1***@");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.strip().replaceAll("\\s*\\R\\s*", " ");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public synchronized int schemaVersion() {
        try {
            flushPending();
            int v = Migrations.current(conn);
            commit();
            return v;
        } catch (SQLException e) {
            throw fail("read the schema version", e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        uncommitted = 0;
        dirty = false;
        pendingArticles.clear();
        pendingMentions.clear();
        pendingVersions.clear();
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
        return new StoreException(where + ": cannot " + what + " (" + oneLine(e) + ")", e);
    }

    // ------------------------------------------------------------------ storing

    /** Which of two copies of the same text is kept: the one whose origin sorts first. */
    private static int originOrder(String a, String b) {
        return Objects.toString(a, "").compareTo(Objects.toString(b, ""));
    }

    /** Versions of an article: later publication wins, then the longer text, then the larger id. */
    private static final Comparator<Object[]> VERSION_ORDER = Comparator
            .comparing((Object[] v) -> (Published) v[0], Comparator.nullsFirst(Report.PUBLISHED_ORDER))
            .thenComparingInt(v -> (Integer) v[1])
            .thenComparing(v -> (String) v[2]);

    @Override
    public synchronized Plan plan(Article a) {
        try {
            return planIn(a); // read in the open transaction, which may hold articles not committed yet
        } catch (SQLException e) {
            throw fail("look up article " + a.id(), e);
        }
    }

    private PreparedStatement planQuery;

    /*
     * Articles stored in the open transaction but not yet written: written in bulk when the group
     * is committed (DuckDB's appender, multi-row inserts on PostgreSQL), seen by every lookup before.
     */
    private final Map<String, List<Object>> pendingArticles = new LinkedHashMap<>();
    private final Map<String, List<List<Object>>> pendingMentions = new HashMap<>();
    private final Map<String, String> pendingVersions = new HashMap<>();

    private static String versionKey(String url, String title) {
        return url == null || title == null ? null : url + "\u0001" + title;
    }

    private static Object[] version(List<Object> row) {
        LocalDate d = (LocalDate) row.get(4);
        return new Object[] {d == null ? null : new Published(d, (java.time.LocalTime) row.get(5)), row.get(10), row.get(0)};
    }

    /** Drops a pending article; returns how many tellings it had. */
    private int removePending(String id) {
        List<Object> row = pendingArticles.remove(id);
        List<List<Object>> mentions = pendingMentions.remove(id);
        if (row != null) {
            String vk = versionKey((String) row.get(1), (String) row.get(3));
            if (vk != null && id.equals(pendingVersions.get(vk))) {
                pendingVersions.remove(vk);
            }
        }
        return mentions == null ? 0 : mentions.size();
    }

    /** Writes the pending articles and their mentions (in the open transaction). */
    private void flushPending() throws SQLException {
        if (pendingArticles.isEmpty()) {
            return;
        }
        List<List<Object>> mentions = new ArrayList<>();
        for (String id : pendingArticles.keySet()) {
            mentions.addAll(pendingMentions.getOrDefault(id, List.of()));
        }
        insertRows("articles", ARTICLE_COLS, ARTICLE_TYPES, new ArrayList<>(pendingArticles.values()));
        insertRows("mentions", MENTION_COLS, MENTION_TYPES, mentions);
        pendingArticles.clear();
        pendingMentions.clear();
        pendingVersions.clear();
    }

    /** One round trip: the stored copy of the same text, and stored versions of the same url and title. */
    private Plan planIn(Article a) throws SQLException {
        List<Object> pending = pendingArticles.get(a.id());
        if (pending != null) {
            return originOrder(a.origin(), (String) pending.get(9)) < 0 ? Plan.REPLACE_COPY : Plan.DUPLICATE;
        }
        if (planQuery == null) {
            planQuery = conn.prepareStatement("SELECT 1 AS kind, id, origin, published_date, published_time, chars "
                    + "FROM articles WHERE id = ? UNION ALL SELECT 2, id, origin, published_date, published_time, chars "
                    + "FROM articles WHERE url = ? AND title = ? AND id <> ?");
        }
        planQuery.setString(1, a.id());
        Sql.bind(planQuery, 2, a.url() == null || a.title() == null ? null : a.url(), V);
        Sql.bind(planQuery, 3, a.url() == null || a.title() == null ? null : a.title(), V);
        planQuery.setString(4, a.id());
        Plan p = Plan.NEW;
        Object[] mine = {a.published(), a.text().length(), a.id()};
        try (ResultSet rs = planQuery.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt("kind") == 1) {
                    return originOrder(a.origin(), rs.getString("origin")) < 0 ? Plan.REPLACE_COPY : Plan.DUPLICATE;
                }
                LocalDate d = Sql.date(rs, "published_date");
                Published pub = d == null ? null : new Published(d, Sql.time(rs, "published_time"));
                Object[] theirs = {pub, rs.getInt("chars"), rs.getString("id")};
                if (VERSION_ORDER.compare(theirs, mine) > 0) {
                    p = Plan.SUPERSEDED;
                } else if (p == Plan.NEW) {
                    p = Plan.REPLACE_VERSION;
                }
            }
        }
        String vk = versionKey(a.url(), a.title());
        String pendingVersion = vk == null ? null : pendingVersions.get(vk);
        if (pendingVersion != null && !pendingVersion.equals(a.id())) {
            if (VERSION_ORDER.compare(version(pendingArticles.get(pendingVersion)), mine) > 0) {
                p = Plan.SUPERSEDED;
            } else if (p == Plan.NEW) {
                p = Plan.REPLACE_VERSION;
            }
        }
        return p;
    }

    @Override
    public synchronized Stored store(Article a, List<EventRecord> events) {
        try {
            Plan p = planIn(a);
            int removed = 0;
            switch (p) {
                case DUPLICATE, SUPERSEDED -> {
                    return new Stored(p, 0, 0);
                }
                case REPLACE_COPY -> {
                    if (pendingArticles.containsKey(a.id())) {
                        removed += removePending(a.id());
                    } else {
                        removed += deleteArticle(a.id());
                    }
                }
                case REPLACE_VERSION -> {
                    String pendingVersion = pendingVersions.get(versionKey(a.url(), a.title()));
                    if (pendingVersion != null) {
                        removed += removePending(pendingVersion);
                    }
                    List<String> old = new ArrayList<>();
                    try (PreparedStatement ps = conn.prepareStatement(
                            "SELECT id FROM articles WHERE url = ? AND title = ? AND id <> ?")) {
                        ps.setString(1, a.url());
                        ps.setString(2, a.title());
                        ps.setString(3, a.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                old.add(rs.getString(1));
                            }
                        }
                    }
                    for (String id : old) {
                        removed += deleteArticle(id);
                    }
                }
                default -> {
                }
            }
            Map<String, EventRecord> unique = new LinkedHashMap<>();
            for (EventRecord e : events) {
                unique.putIfAbsent(e.id(), e);
            }
            List<List<Object>> rows = new ArrayList<>();
            for (EventRecord e : unique.values()) {
                rows.add(mentionRow(a.id(), e));
            }
            pendingArticles.put(a.id(), articleRow(a, unique.size()));
            pendingMentions.put(a.id(), rows);
            String vk = versionKey(a.url(), a.title());
            if (vk != null) {
                pendingVersions.put(vk, a.id());
            }
            written();
            return new Stored(p, rows.size(), removed);
        } catch (SQLException e) {
            throw fail("store article " + a.id() + " (" + a.origin() + ")", e);
        }
    }

    /**
     * Counts an article written. Articles are committed in groups (a commit costs a disk flush):
     * each article is still all or nothing, and a run stopped before a commit loses only articles
     * that the next run stores again.
     */
    private void written() throws SQLException {
        dirty = true;
        if (uncommitted++ == 0) {
            firstUncommitted = System.nanoTime();
        }
        if (uncommitted >= COMMIT_EVERY || System.nanoTime() - firstUncommitted > COMMIT_AFTER_NANOS) {
            commit();
        }
    }

    private void commit() throws SQLException {
        flushPending();
        conn.commit();
        uncommitted = 0;
        dirty = false;
    }

    /** Commits what is written. */
    @Override
    public synchronized void flush() {
        try {
            commit();
        } catch (SQLException e) {
            throw fail("commit", e);
        }
    }

    /** Prepared inserts of the articles and mentions of one article (1 to 8 rows), kept open. */
    private final Map<String, PreparedStatement> inserts = new HashMap<>();

    /** Inserts rows, many per statement (one statement per row is slow on DuckDB). */
    private void insertRows(String table, List<String> cols, List<Integer> types, List<List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (backend == Backend.DUCKDB && rows.size() > 8 && !table.startsWith("sitrep_")) {
            append(table, types, rows);
            return;
        }
        int per = Math.max(1, Math.min(500, 4000 / cols.size()));
        for (int from = 0; from < rows.size(); from += per) {
            int n = Math.min(per, rows.size() - from);
            boolean keep = n <= 8 && (table.equals("articles") || table.equals("mentions"));
            String key = table + "/" + n;
            PreparedStatement ps = keep ? inserts.get(key) : null;
            if (ps == null) {
                StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ");
                String one = "(" + Sql.marks(cols.size()) + ")";
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "" : ", ").append(one);
                }
                ps = conn.prepareStatement(sql.toString());
                if (keep) {
                    inserts.put(key, ps);
                }
            }
            try {
                int k = 1;
                for (int i = 0; i < n; i++) {
                    List<Object> row = rows.get(from + i);
                    for (int c = 0; c < row.size(); c++) {
                        Sql.bind(ps, k++, row.get(c), types.get(c));
                    }
                }
                ps.executeUpdate();
            } finally {
                if (!keep) {
                    ps.close();
                }
            }
        }
    }

    /**
     * DuckDB's appender: bulk rows in the open transaction, much faster than INSERT statements. The
     * values must cover every column of the table, in the table's order.
     */
    private void append(String table, List<Integer> types, List<List<Object>> rows) throws SQLException {
        try (org.duckdb.DuckDBAppender ap = conn.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", table)) {
            for (List<Object> row : rows) {
                ap.beginRow();
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) {
                        ap.appendNull();
                        continue;
                    }
                    switch (types.get(c)) {
                        case Types.BIGINT -> ap.append(((Number) v).longValue());
                        case Types.INTEGER -> ap.append(((Number) v).intValue());
                        case Types.DOUBLE -> ap.append(((Number) v).doubleValue());
                        case Types.DATE -> ap.append((LocalDate) v);
                        case Types.TIME -> ap.append((java.time.LocalTime) v);
                        default -> ap.append(v.toString());
                    }
                }
                ap.endRow();
            }
        }
    }

    /** Deletes rows by key, many keys per statement. */
    private void deleteKeys(String table, String key, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            int n = Math.min(500, ids.size() - from);
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE " + key + " IN ("
                    + Sql.marks(n) + ")")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(i + 1, ids.get(from + i));
                }
                ps.executeUpdate();
            }
        }
    }

    /** Deletes a stored article and its tellings; returns how many tellings it had. */
    private int deleteArticle(String id) throws SQLException {
        try (PreparedStatement m = conn.prepareStatement("DELETE FROM mentions WHERE article_id = ?");
             PreparedStatement ar = conn.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            m.setString(1, id);
            int removed = m.executeUpdate();
            ar.setString(1, id);
            ar.executeUpdate();
            return removed;
        }
    }

    private static List<Object> articleRow(Article a, int mentions) {
        List<Object> r = new ArrayList<>();
        r.add(a.id());
        r.add(a.url());
        r.add(a.outlet());
        r.add(a.title());
        r.add(a.published() == null ? null : a.published().date());
        r.add(a.published() == null ? null : a.published().time());
        r.add(a.language());
        r.add(json(a.cited()));
        r.add(a.datelinePlace());
        r.add(a.origin() == null ? "" : a.origin());
        r.add(a.text().length());
        r.add(mentions);
        r.add(a.text());
        return r;
    }

    private static List<Object> mentionRow(String articleId, EventRecord e) {
        List<Object> r = new ArrayList<>();
        r.add(e.id());
        r.add(articleId);
        r.add(null);
        r.add(e.date());
        r.add(e.datePrecision());
        r.add(e.dateBasis());
        r.add(e.cameo());
        r.add(e.plover() == null ? null : e.plover().type());
        r.add(e.plover() == null ? null : e.plover().mode());
        r.add(e.acled() == null ? null : e.acled().eventType());
        r.add(e.acled() == null ? null : e.acled().subEventType());
        participant(r, e.source());
        participant(r, e.target());
        place(r, e.place());
        r.add(e.modality() == null ? Modality.ASSERTED.label() : e.modality().label());
        EventRecord.Attribution att = e.attribution();
        r.add(att == null ? null : att.speaker());
        r.add(att == null ? null : att.outlet());
        r.add(att == null ? json(List.of()) : json(att.cited()));
        EventRecord.Evidence ev = e.evidence();
        r.add(ev == null ? null : ev.sentence());
        r.add(ev == null ? null : ev.start());
        r.add(ev == null ? null : ev.end());
        r.add(ev == null ? null : ev.text());
        List<Map<String, Object>> support = new ArrayList<>();
        for (EventRecord.Evidence s : e.support()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sentence", s.sentence());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("text", s.text());
            support.add(m);
        }
        r.add(json(support));
        r.add(1 + e.support().size());
        r.add(e.trigger());
        r.add(e.confidence());
        r.add(e.place() == null ? null : e.place().id());
        r.add(e.fatalities());
        r.add(e.injured());
        return r;
    }

    private static void participant(List<Object> r, EventRecord.Participant p) {
        r.add(p == null ? null : p.id());
        r.add(p == null ? null : p.cameo());
        r.add(p == null ? null : p.kind());
        r.add(p == null ? null : p.text());
    }

    private static void place(List<Object> r, EventRecord.PlaceRef p) {
        if (p == null) {
            for (int i = 0; i < 8; i++) {
                r.add(null);
            }
            return;
        }
        boolean noCoordinates = p.lat() == 0.0 && p.lon() == 0.0 && p.geonameid() == null;
        r.add(p.text());
        r.add(p.geonameid());
        r.add(p.name());
        r.add(noCoordinates ? null : p.lat());
        r.add(noCoordinates ? null : p.lon());
        r.add(p.country());
        r.add(p.admin1());
        r.add(p.precision());
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return STRINGS_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored list is not valid JSON: " + json, e);
        }
    }

    // ------------------------------------------------------------------ deriving

    @Override
    public synchronized Refresh refresh() {
        try {
            flushPending();
            if (backend == Backend.POSTGRESQL) {
                try (Statement st = conn.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(7301996)"); // one refresh at a time
                }
            }
            Map<String, String> currentEvent = new HashMap<>();
            List<Report> reports = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT m.*, a.url AS a_url, a.outlet AS a_outlet, "
                    + "a.published_date AS a_date, a.published_time AS a_time "
                    + "FROM mentions m JOIN articles a ON a.id = m.article_id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reports.add(report(rs, false));
                        currentEvent.put(rs.getString("id"), rs.getString("event_id"));
                    }
                }
            }
            List<Event> events = new Deduplicator().cluster(reports);

            // events: rewrite only those that changed
            Map<String, String> existing = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, signature FROM events")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            List<List<Object>> toInsert = new ArrayList<>();
            Set<String> keep = new java.util.HashSet<>();
            for (Event e : events) {
                List<Object> row = eventRow(e);
                String sig = (String) row.get(EVENT_COLS.indexOf("signature"));
                if (sig.equals(existing.get(e.id()))) {
                    keep.add(e.id());
                } else {
                    toInsert.add(row);
                }
            }
            List<String> toDelete = new ArrayList<>();
            for (String id : existing.keySet()) {
                if (!keep.contains(id)) {
                    toDelete.add(id);
                }
            }
            toDelete.sort(null);
            deleteKeys("events", "id", toDelete);
            insertRows("events", EVENT_COLS, EVENT_TYPES, toInsert);

            // mentions: point each telling at its event
            List<List<Object>> moves = new ArrayList<>();
            for (Event e : events) {
                for (Report r : e.reports()) {
                    if (!e.id().equals(currentEvent.get(r.record().id()))) {
                        moves.add(List.of(r.record().id(), e.id()));
                    }
                }
            }
            if (!moves.isEmpty()) {
                try (Statement st = conn.createStatement()) {
                    st.execute("CREATE TEMPORARY TABLE sitrep_moves (id VARCHAR, event_id VARCHAR)");
                }
                insertRows("sitrep_moves", List.of("id", "event_id"), List.of(V, V), moves);
                try (Statement st = conn.createStatement()) {
                    st.executeUpdate("UPDATE mentions SET event_id = mv.event_id FROM sitrep_moves mv WHERE mentions.id = mv.id");
                    st.execute("DROP TABLE sitrep_moves");
                }
            }

            int actors = writeActors(events);
            int places = writePlaces(events);
            int periods = writeControl(events);
            commit();
            return new Refresh(reports.size(), events.size(), toInsert.size(), toDelete.size(), actors, places, periods);
        } catch (SQLException e) {
            throw fail("derive events", e);
        }
    }

    private static List<Object> eventRow(Event e) {
        EventRecord h = e.head();
        List<Object> r = new ArrayList<>();
        r.add(e.id());
        r.add(e.seed());
        r.add(h.date());
        r.add(h.datePrecision());
        r.add(h.dateBasis());
        r.add(h.cameo());
        r.add(h.root());
        r.add(h.plover() == null ? null : h.plover().type());
        r.add(h.plover() == null ? null : h.plover().mode());
        r.add(h.acled() == null ? null : h.acled().eventType());
        r.add(h.acled() == null ? null : h.acled().subEventType());
        participant(r, h.source());
        participant(r, h.target());
        place(r, h.place());
        r.add(h.modality() == null ? Modality.ASSERTED.label() : h.modality().label());
        r.add(h.attribution() == null ? null : h.attribution().speaker());
        r.add(e.confidence());
        r.add(e.numMentions());
        r.add(e.numSources());
        r.add(e.numArticles());
        r.add(e.firstReport() == null ? null : e.firstReport().toString());
        r.add(e.lastReport() == null ? null : e.lastReport().toString());
        r.add(json(e.sources()));
        r.add(json(e.cited()));
        // the signature covers the row (the place id included) and which tellings the event holds
        String placeId = h.place() == null ? null : h.place().id();
        StringBuilder sb = new StringBuilder();
        for (Object o : r) {
            sb.append(o).append('\u0001');
        }
        sb.append(placeId).append('\u0001').append(e.placeBasis()).append('\u0001')
                .append(h.fatalities()).append('\u0001').append(h.injured()).append('\u0001');
        e.reports().stream().map(x -> x.record().id()).sorted().forEach(id -> sb.append(id).append('\u0002'));
        r.add(sha(sb.toString()));
        r.add(placeId);
        r.add(e.placeBasis());
        r.add(h.fatalities());
        r.add(h.injured());
        return r;
    }

    private static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int writeActors(List<Event> events) throws SQLException {
        final class Acc {
            final TreeSet<String> names = new TreeSet<>();
            final Map<String, Integer> cameos = new TreeMap<>();
            final Map<String, Integer> kinds = new TreeMap<>();
            final Set<String> events = new java.util.HashSet<>();
            int mentions;
            LocalDate first;
            LocalDate last;
        }
        Map<String, Acc> acc = new TreeMap<>();
        for (Event e : events) {
            for (Report r : e.reports()) {
                for (EventRecord.Participant p : new EventRecord.Participant[] {r.record().source(), r.record().target()}) {
                    if (p == null || p.id() == null || p.id().isBlank()) {
                        continue;
                    }
                    Acc a = acc.computeIfAbsent(p.id(), k -> new Acc());
                    if (isName(p.text())) {
                        a.names.add(p.text().strip());
                    }
                    if (p.cameo() != null) {
                        a.cameos.merge(p.cameo(), 1, Integer::sum);
                    }
                    if (p.kind() != null) {
                        a.kinds.merge(p.kind(), 1, Integer::sum);
                    }
                    a.events.add(e.id());
                    a.mentions += r.mentions();
                    LocalDate d = r.record().date();
                    if (d != null) {
                        a.first = a.first == null || d.isBefore(a.first) ? d : a.first;
                        a.last = a.last == null || d.isAfter(a.last) ? d : a.last;
                    }
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Acc> en : acc.entrySet()) {
            Acc a = en.getValue();
            rows.add(java.util.Arrays.asList(en.getKey(), mostFrequent(a.cameos), mostFrequent(a.kinds),
                    json(new ArrayList<>(a.names)), a.mentions, a.events.size(), a.first, a.last));
        }
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM actors");
        }
        insertRows("actors", List.of("id", "cameo", "kind", "names", "mentions", "events", "first_seen", "last_seen"),
                List.of(V, V, V, V, I, I, DT, DT), rows);
        return rows.size();
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // sorted: ties go to the first
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private int writePlaces(List<Event> events) throws SQLException {
        Map<String, EventRecord.PlaceRef> first = new TreeMap<>();
        Map<String, TreeSet<String>> names = new HashMap<>();
        Map<String, Set<String>> evs = new HashMap<>();
        for (Event e : events) {
            for (Report r : e.reports()) {
                EventRecord.PlaceRef p = r.record().place();
                if (p == null || p.id() == null) {
                    continue;
                }
                first.putIfAbsent(p.id(), p);
                if (p.text() != null && !p.text().isBlank()) {
                    names.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(p.text().strip());
                }
                evs.computeIfAbsent(p.id(), k -> new java.util.HashSet<>()).add(e.id());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, EventRecord.PlaceRef> en : first.entrySet()) {
            EventRecord.PlaceRef p = en.getValue();
            rows.add(java.util.Arrays.asList(en.getKey(), p.geonameid(), p.name(), p.lat(), p.lon(), p.country(),
                    p.admin1(),
                    p.precision(), json(new ArrayList<>(names.getOrDefault(en.getKey(), new TreeSet<>()))),
                    evs.get(en.getKey()).size()));
        }
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM places");
        }
        insertRows("places", List.of("id", "geonameid", "name", "lat", "lon", "country", "admin1", "precision", "names",
                "events"), List.of(V, B, V, D, D, V, V, V, V, I), rows);
        return rows.size();
    }

    private int writeControl(List<Event> events) throws SQLException {
        Map<String, List<ControlPeriod>> timeline = ControlTimeline.build(events);
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> links = new ArrayList<>();
        for (List<ControlPeriod> periods : timeline.values()) {
            String previous = null;
            for (ControlPeriod p : periods) {
                String id = p.placeKey() + "/" + p.seq();
                EventRecord.Participant c = p.controller();
                rows.add(java.util.Arrays.asList(id, p.placeKey(), p.place().geonameid(),
                        p.place().name() != null ? p.place().name() : p.place().text(), p.seq(),
                        c == null ? null : c.id(), c == null ? null : c.cameo(), c == null ? null : c.kind(),
                        c == null ? null : c.text(), p.since(), p.until(), p.confidence(), p.basis(), previous));
                Set<String> seen = new java.util.HashSet<>();
                for (ControlPeriod.Evidence ev : p.evidence()) {
                    if (seen.add(ev.eventId() + "|" + ev.role())) {
                        links.add(List.of(id, ev.eventId(), ev.role()));
                    }
                }
                previous = id;
            }
        }
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM control_events");
            st.executeUpdate("DELETE FROM control");
        }
        insertRows("control", List.of("id", "place_key", "geonameid", "place_name", "seq", "controller_id",
                "controller_cameo", "controller_kind", "controller_name", "since", "until", "confidence", "basis",
                "previous_id"), List.of(V, V, B, V, I, V, V, V, V, DT, DT, D, V, V), rows);
        insertRows("control_events", List.of("control_id", "event_id", "role"), List.of(V, V, V), links);
        return rows.size();
    }

    // ------------------------------------------------------------------ reading

    /** A stored telling; {@code full} also reads its evidence text and supporting sentences. */
    private static Report report(ResultSet rs, boolean full) throws SQLException {
        String articleId = rs.getString("article_id");
        EventRecord.Participant source = participant(rs, "source");
        EventRecord.Participant target = participant(rs, "target");
        EventRecord.PlaceRef place = place(rs);
        String cameo = rs.getString("cameo");
        String pt = rs.getString("plover_type");
        String at = rs.getString("acled_type");
        String modality = rs.getString("modality");
        Integer sentence = Sql.integer(rs, "sentence");
        EventRecord.Evidence ev = sentence == null ? null : new EventRecord.Evidence(articleId, sentence,
                rs.getInt("ev_start"), rs.getInt("ev_end"), full ? rs.getString("evidence") : null);
        List<EventRecord.Evidence> support = new ArrayList<>();
        if (full) {
            String s = rs.getString("support");
            if (s != null && !s.isBlank()) {
                try {
                    for (var n : JSON.readTree(s)) {
                        support.add(new EventRecord.Evidence(articleId, n.path("sentence").asInt(),
                                n.path("start").asInt(), n.path("end").asInt(),
                                n.path("text").isNull() ? null : n.path("text").asText()));
                    }
                } catch (JsonProcessingException e) {
                    throw new StoreException("a stored list of sentences is not valid JSON", e);
                }
            }
        }
        EventRecord rec = new EventRecord(rs.getString("id"), articleId, Sql.date(rs, "date"),
                rs.getString("date_precision"), rs.getString("date_basis"), cameo,
                pt == null ? null : new EventRecord.Plover(pt, rs.getString("plover_mode")),
                at == null ? null : new EventRecord.Acled(at, rs.getString("acled_sub_type")),
                source, target, place, Modality.valueOf(modality.toUpperCase(Locale.ROOT)),
                new EventRecord.Attribution(rs.getString("speaker"), rs.getString("outlet"), strings(rs.getString("cited"))),
                ev, support, rs.getString("trigger_word"), rs.getDouble("confidence"))
                .withCasualties(Sql.integer(rs, "fatalities"), Sql.integer(rs, "injured"));
        LocalDate d = Sql.date(rs, "a_date");
        Published pub = d == null ? null : new Published(d, Sql.time(rs, "a_time"));
        String outlet = rs.getString("a_outlet");
        return new Report(rec, rs.getString("a_url"), outlet, pub, rs.getInt("sentences"));
    }

    private static EventRecord.Participant participant(ResultSet rs, String role) throws SQLException {
        String id = rs.getString(role + "_id");
        String cameo = rs.getString(role + "_cameo");
        String kind = rs.getString(role + "_kind");
        String text = rs.getString(role + "_text");
        if (id == null && cameo == null && kind == null && text == null) {
            return null;
        }
        return new EventRecord.Participant(text, id, cameo, kind);
    }

    private static EventRecord.PlaceRef place(ResultSet rs) throws SQLException {
        String text = rs.getString("place_text");
        Long geonameid = Sql.lng(rs, "geonameid");
        String name = rs.getString("place_name");
        if (text == null && geonameid == null && name == null) {
            return null;
        }
        Double lat = Sql.dbl(rs, "lat");
        Double lon = Sql.dbl(rs, "lon");
        return new EventRecord.PlaceRef(text, geonameid, name, lat == null ? 0.0 : lat, lon == null ? 0.0 : lon,
                rs.getString("country"), rs.getString("admin1"), rs.getString("place_precision"),
                rs.getString("place_id"));
    }

    /**
     * Commits what was stored but not committed yet, so that reads (on other connections) see it.
     * Without such writes a read takes no lock: it never waits for a write in progress.
     */
    private void commitForReaders() {
        if (!dirty) {
            return;
        }
        synchronized (this) {
            if (uncommitted == 0 && pendingArticles.isEmpty()) {
                return;
            }
            try {
                commit();
            } catch (SQLException e) {
                throw fail("commit", e);
            }
        }
    }

    /** Runs a read on a read connection, after committing what was stored before it. */
    private <T> T read(String what, ReadConnections.Read<T> r) {
        commitForReaders();
        try {
            return reads.read(r);
        } catch (SQLException e) {
            throw new StoreException(where + ": cannot " + what + " (" + oneLine(e) + ")", e);
        }
    }

    @Override
    public Counts counts() {
        return read("count rows", c -> {
            long[] n = new long[6];
            String[] tables = {"articles", "mentions", "events", "actors", "places", "control"};
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < tables.length; i++) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) { // fixed names
                        rs.next();
                        n[i] = rs.getLong(1);
                    }
                }
            }
            return new Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
        });
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return read("read article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    LocalDate d = Sql.date(rs, "published_date");
                    return Optional.of(new StoredArticle(rs.getString("id"), rs.getString("url"), rs.getString("outlet"),
                            rs.getString("title"), d == null ? null : new Published(d, Sql.time(rs, "published_time")),
                            rs.getString("language"), strings(rs.getString("cited")), rs.getString("dateline_place"),
                            rs.getString("origin"), rs.getInt("chars"), rs.getInt("mentions"), rs.getString("text")));
                }
            }
        });
    }

    @Override
    public int articleLength(String id) {
        return read("read article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT chars FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
    }

    private static final String REPORT_SELECT = "SELECT m.*, a.url AS a_url, a.outlet AS a_outlet, "
            + "a.published_date AS a_date, a.published_time AS a_time FROM mentions m JOIN articles a ON a.id = m.article_id ";

    @Override
    public List<EventRecord> mentionsOf(String articleId) {
        return read("read the events of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement(REPORT_SELECT
                    + "WHERE m.article_id = ? ORDER BY m.sentence, m.id")) {
                ps.setString(1, articleId);
                List<EventRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(report(rs, true).record());
                    }
                }
                return out;
            }
        });
    }

    private static final String EVENT_SELECT = "SELECT e.*, sm.article_id AS seed_article, sm.sentence AS seed_sentence, "
            + "sm.ev_start AS seed_start, sm.ev_end AS seed_end, sm.evidence AS seed_evidence, "
            + "sm.trigger_word AS seed_trigger, sm.outlet AS seed_outlet "
            + "FROM events e LEFT JOIN mentions sm ON sm.id = e.seed_mention ";

    /** The order of every event list: by date, undated last, then by id (stable, so pages do not overlap). */
    private static final String EVENT_ORDER = " ORDER BY e.date ASC NULLS LAST, e.id";

    @Override
    public void events(EventQuery q, Consumer<Event> sink) {
        select(q, true, sink);
    }

    @Override
    public void eventHeads(EventQuery q, Consumer<Event> sink) {
        select(q, false, sink);
    }

    /** The columns of a map point, in the order {@link #mapPoint} reads them. */
    private static final String MAP_SELECT = "SELECT e.id, e.date, e.lat, e.lon, e.plover_type, e.cameo, e.geonameid, "
            + "COALESCE(e.place_name, e.place_text), COALESCE(e.source_id, e.source_text), "
            + "COALESCE(e.target_id, e.target_text), e.modality, e.num_sources, e.place_id FROM events e ";

    @Override
    public void mapPoints(EventQuery q, Consumer<MapPoint> sink) {
        StringBuilder sql = new StringBuilder(MAP_SELECT);
        List<Object> args = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        whereClause(q, sql, args, types);
        read("query map points", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                Sql.bindAll(ps, args, types);
                ps.setFetchSize(2048);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapPoint(rs));
                    }
                }
            }
            return null;
        });
    }

    private static MapPoint mapPoint(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(3);
        boolean located = !rs.wasNull();
        double lon = rs.getDouble(4);
        located &= !rs.wasNull();
        long g = rs.getLong(7);
        Long geonameid = rs.wasNull() ? null : g;
        Object d = rs.getObject(2);
        LocalDate date = d == null ? null : d instanceof LocalDate ld ? ld
                : d instanceof java.sql.Date sd ? sd.toLocalDate() : LocalDate.parse(d.toString().substring(0, 10));
        return new MapPoint(rs.getString(1), date, located ? lat : null, located ? lon : null, rs.getString(5),
                rs.getString(6), geonameid, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getInt(12), rs.getString(13));
    }

    /**
     * Appends the WHERE clause of a query, its order and its page (LIMIT, OFFSET) to {@code sql}, and
     * the values to bind to {@code args}: every value is a parameter, never pasted into the text.
     */
    private static void whereClause(EventQuery q, StringBuilder sql, List<Object> args, List<Integer> types) {
        sql.append("WHERE 1 = 1");
        if (q.actor() != null) {
            sql.append(" AND (upper(e.source_id) = upper(?) OR upper(e.target_id) = upper(?)"
                    + " OR lower(e.source_text) = lower(?) OR lower(e.target_text) = lower(?)"
                    + " OR EXISTS (SELECT 1 FROM actors ac WHERE (ac.id = e.source_id OR ac.id = e.target_id)"
                    + " AND lower(ac.names) LIKE ? ESCAPE '\\'))");
            for (int i = 0; i < 4; i++) {
                args.add(q.actor());
                types.add(V);
            }
            args.add("%" + Sql.likeLiteral(json(q.actor().toLowerCase(Locale.ROOT))) + "%");
            types.add(V);
        }
        if (q.place() != null) {
            String place = q.place().strip();
            if (place.matches("\\d{1,12}")) {
                sql.append(" AND (e.geonameid = ? OR e.place_id = ?)");
                args.add(Long.parseLong(place));
                types.add(B);
            } else {
                sql.append(" AND (e.place_id = ? OR lower(e.place_name) = lower(?) OR lower(e.place_text) = lower(?))");
                args.add(place);
                types.add(V);
                args.add(place);
                types.add(V);
            }
            args.add(place);
            types.add(V);
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            sql.append(" AND e.lat IS NOT NULL AND e.lat BETWEEN ? AND ?");
            args.add(b[1]);
            args.add(b[3]);
            types.add(D);
            types.add(D);
            sql.append(b[0] <= b[2] ? " AND e.lon BETWEEN ? AND ?" : " AND (e.lon >= ? OR e.lon <= ?)");
            args.add(b[0]);
            args.add(b[2]);
            types.add(D);
            types.add(D);
        }
        if (q.cameo() != null) {
            sql.append(" AND e.cameo LIKE ? ESCAPE '\\'");
            args.add(Sql.likeLiteral(q.cameo().strip()) + "%");
            types.add(V);
        }
        if (q.plover() != null) {
            sql.append(" AND upper(e.plover_type) = upper(?)");
            args.add(q.plover().strip());
            types.add(V);
        }
        if (q.acled() != null) {
            sql.append(" AND (lower(e.acled_type) = lower(?) OR lower(e.acled_sub_type) = lower(?))");
            args.add(q.acled().strip());
            args.add(q.acled().strip());
            types.add(V);
            types.add(V);
        }
        if (q.from() != null) {
            sql.append(" AND e.date >= ?");
            args.add(q.from());
            types.add(DT);
        }
        if (q.to() != null) {
            sql.append(" AND e.date <= ?");
            args.add(q.to());
            types.add(DT);
        }
        if (q.modality() != null) {
            sql.append(" AND e.modality = lower(?)");
            args.add(q.modality().strip());
            types.add(V);
        }
        if (q.minSources() != null) {
            sql.append(" AND e.num_sources >= ?");
            args.add(q.minSources());
            types.add(I);
        }
        if (q.minConfidence() != null && q.minConfidence() > 0) {
            sql.append(" AND e.confidence >= ?");
            args.add(q.minConfidence() - 1e-9);
            types.add(D);
        }
        sql.append(EVENT_ORDER);
        if (q.limit() != null) {
            sql.append(" LIMIT ?");
            args.add(q.limit());
            types.add(I);
        }
        if (q.offset() > 0) {
            sql.append(" OFFSET ?");
            args.add(q.offset());
            types.add(I);
        }
    }

    private void select(EventQuery q, boolean withReports, Consumer<Event> sink) {
        StringBuilder sql = new StringBuilder(EVENT_SELECT);
        List<Object> args = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        whereClause(q, sql, args, types);
        read("query events", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                Sql.bindAll(ps, args, types);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Object[]> page = new ArrayList<>();
                    while (rs.next()) {
                        EventFields f = eventFields(rs);
                        page.add(new Object[] {rs.getString("id"), headOf(rs, f.cited()), f});
                        if (page.size() == 500) {
                            emit(c, page, withReports, sink);
                            page.clear();
                        }
                    }
                    emit(c, page, withReports, sink);
                }
            }
            return null;
        });
    }

    private record EventFields(String seed, int mentions, int sources, int articles, Published first, Published last,
                               List<String> sourceNames, List<String> cited, double confidence, String placeBasis) {
    }

    private static EventFields eventFields(ResultSet rs) throws SQLException {
        return new EventFields(rs.getString("seed_mention"), rs.getInt("num_mentions"), rs.getInt("num_sources"),
                rs.getInt("num_articles"), published(rs.getString("first_report")),
                published(rs.getString("last_report")), strings(rs.getString("sources")),
                strings(rs.getString("cited")), rs.getDouble("confidence"), rs.getString("place_basis"));
    }

    private static Published published(String iso) {
        return iso == null ? null : JsonlArticleReader.published(iso, "stored report time");
    }

    /** The head of a stored event; {@code cited} is its agencies, read once with the other fields. */
    private static EventRecord headOf(ResultSet rs, List<String> cited) throws SQLException {
        String cameo = rs.getString("cameo");
        String pt = rs.getString("plover_type");
        String at = rs.getString("acled_type");
        Integer sentence = Sql.integer(rs, "seed_sentence");
        String seedArticle = rs.getString("seed_article");
        EventRecord.Evidence ev = sentence == null ? null : new EventRecord.Evidence(seedArticle, sentence,
                rs.getInt("seed_start"), rs.getInt("seed_end"), rs.getString("seed_evidence"));
        return new EventRecord(rs.getString("id"), seedArticle, Sql.date(rs, "date"), rs.getString("date_precision"),
                rs.getString("date_basis"), cameo,
                pt == null ? null : new EventRecord.Plover(pt, rs.getString("plover_mode")),
                at == null ? null : new EventRecord.Acled(at, rs.getString("acled_sub_type")),
                participant(rs, "source"), participant(rs, "target"), place(rs),
                Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)),
                new EventRecord.Attribution(rs.getString("speaker"), rs.getString("seed_outlet"), cited),
                ev, List.of(), rs.getString("seed_trigger"), rs.getDouble("confidence"))
                .withCasualties(Sql.integer(rs, "fatalities"), Sql.integer(rs, "injured"));
    }

    /** Hands a page of events to the sink, with their reports (one query for the page) when asked. */
    private static void emit(Connection c, List<Object[]> page, boolean withReports, Consumer<Event> sink)
            throws SQLException {
        if (page.isEmpty()) {
            return;
        }
        Map<String, List<Report>> reports = new HashMap<>();
        if (withReports) {
            try (PreparedStatement ps = c.prepareStatement(REPORT_SELECT + "WHERE m.event_id IN ("
                    + Sql.marks(page.size()) + ")")) {
                for (int i = 0; i < page.size(); i++) {
                    ps.setString(i + 1, (String) page.get(i)[0]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reports.computeIfAbsent(rs.getString("event_id"), k -> new ArrayList<>()).add(report(rs, true));
                    }
                }
            }
        }
        for (Object[] row : page) {
            String id = (String) row[0];
            EventFields f = (EventFields) row[2];
            List<Report> rs = new ArrayList<>(reports.getOrDefault(id, List.of()));
            rs.sort(org.sitrep.dedup.Deduplicator.REPORT_ORDER);
            sink.accept(new Event(id, (EventRecord) row[1], f.seed(), rs, f.mentions(), f.sources(), f.articles(),
                    f.first(), f.last(), f.sourceNames(), f.cited(), f.confidence(), f.placeBasis()));
        }
    }

    @Override
    public List<ControlPeriod> control(String placeArg) {
        String p = placeArg.strip();
        boolean byId = p.matches("\\d{1,12}");
        String sql = "SELECT c.*, pl.lat AS p_lat, pl.lon AS p_lon, pl.country AS p_country, pl.admin1 AS p_admin1, "
                + "pl.precision AS p_precision FROM control c LEFT JOIN places pl ON pl.geonameid = c.geonameid WHERE "
                + (byId ? "c.place_key = ?" : "(lower(c.place_name) = lower(?) OR c.place_key = ?)")
                + " ORDER BY c.place_key, c.seq";
        return read("read the control timeline", c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, p);
                if (!byId) {
                    ps.setString(2, "name:" + p.toLowerCase(Locale.ROOT));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long g = Sql.lng(rs, "geonameid");
                        Double lat = Sql.dbl(rs, "p_lat");
                        Double lon = Sql.dbl(rs, "p_lon");
                        EventRecord.PlaceRef place = new EventRecord.PlaceRef(rs.getString("place_name"), g,
                                rs.getString("place_name"), lat == null ? 0.0 : lat, lon == null ? 0.0 : lon,
                                rs.getString("p_country"), rs.getString("p_admin1"), rs.getString("p_precision"));
                        String cid = rs.getString("controller_id");
                        String cname = rs.getString("controller_name");
                        EventRecord.Participant who = cid == null && cname == null ? null : new EventRecord.Participant(
                                cname, cid, rs.getString("controller_cameo"), rs.getString("controller_kind"));
                        rows.add(new Object[] {rs.getString("id"), rs.getString("place_key"), place, rs.getInt("seq"),
                                who, Sql.date(rs, "since"), Sql.date(rs, "until"), rs.getDouble("confidence"),
                                rs.getString("basis")});
                    }
                }
            }
            Map<String, List<ControlPeriod.Evidence>> evidence = new HashMap<>();
            if (!rows.isEmpty()) {
                try (PreparedStatement ev = c.prepareStatement("SELECT ce.control_id, ce.role, e.id, e.date, e.cameo, "
                        + "e.source_id, e.target_id, e.num_sources, e.confidence, m.evidence FROM control_events ce "
                        + "JOIN events e ON e.id = ce.event_id LEFT JOIN mentions m ON m.id = e.seed_mention "
                        + "WHERE ce.control_id IN (" + Sql.marks(rows.size()) + ") ORDER BY e.date, e.id, ce.role")) {
                    for (int i = 0; i < rows.size(); i++) {
                        ev.setString(i + 1, (String) rows.get(i)[0]);
                    }
                    try (ResultSet rs = ev.executeQuery()) {
                        while (rs.next()) {
                            String role = rs.getString("role");
                            String cameo = rs.getString("cameo");
                            String actor = "lost".equals(role) && cameo != null && cameo.startsWith("192")
                                    ? rs.getString("target_id") : rs.getString("source_id");
                            evidence.computeIfAbsent(rs.getString("control_id"), k -> new ArrayList<>()).add(
                                    new ControlPeriod.Evidence(rs.getString("id"), role, Sql.date(rs, "date"), cameo,
                                            actor, rs.getInt("num_sources"), rs.getDouble("confidence"),
                                            rs.getString("evidence")));
                        }
                    }
                }
            }
            List<ControlPeriod> out = new ArrayList<>();
            for (Object[] r : rows) {
                out.add(new ControlPeriod((String) r[1], (EventRecord.PlaceRef) r[2], (Integer) r[3],
                        (EventRecord.Participant) r[4], (LocalDate) r[5], (LocalDate) r[6], (Double) r[7],
                        (String) r[8], evidence.getOrDefault((String) r[0], List.of())));
            }
            return out;
        });
    }

    @Override
    public List<String[]> controlPlaces() {
        return read("list places", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT place_key, place_name FROM control ORDER BY place_name, place_key")) {
                List<String[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Event> event(String id) {
        return read("read event " + id, c -> {
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(EVENT_SELECT + "WHERE e.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        EventFields f = eventFields(rs);
                        page.add(new Object[] {rs.getString("id"), headOf(rs, f.cited()), f});
                    }
                }
            }
            List<Event> out = new ArrayList<>(1);
            emit(c, page, true, out::add);
            return out.stream().findFirst();
        });
    }

    @Override
    public List<StoredActor> actors(String match, int limit) {
        String sql = "SELECT * FROM actors" + (match == null ? "" : " WHERE upper(id) = upper(?) OR lower(names) LIKE ? ESCAPE '\\'")
                + " ORDER BY events DESC, mentions DESC, id LIMIT ?";
        return read("list actors", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (match != null) {
                    ps.setString(i++, match.strip());
                    ps.setString(i++, "%" + Sql.likeLiteral(match.strip().toLowerCase(Locale.ROOT)) + "%");
                }
                ps.setInt(i, Math.max(0, limit));
                List<StoredActor> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredActor(rs.getString("id"), rs.getString("cameo"), rs.getString("kind"),
                                strings(rs.getString("names")), rs.getInt("mentions"), rs.getInt("events"),
                                Sql.date(rs, "first_seen"), Sql.date(rs, "last_seen")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<StoredPlace> places(String match, int limit) {
        boolean byId = match != null && match.strip().matches("\\d{1,12}");
        String sql = "SELECT * FROM places" + (match == null ? "" : byId ? " WHERE id = ?"
                : " WHERE id = ? OR lower(name) LIKE ? ESCAPE '\\' OR lower(names) LIKE ? ESCAPE '\\'")
                + " ORDER BY events DESC, name, id LIMIT ?";
        return read("list places", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (byId) {
                    ps.setString(i++, match.strip());
                } else if (match != null) {
                    ps.setString(i++, match.strip());
                    String like = "%" + Sql.likeLiteral(match.strip().toLowerCase(Locale.ROOT)) + "%";
                    ps.setString(i++, like);
                    ps.setString(i++, like);
                }
                ps.setInt(i, Math.max(0, limit));
                List<StoredPlace> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredPlace(rs.getString("id"), Sql.lng(rs, "geonameid"), rs.getString("name"),
                                Sql.dbl(rs, "lat"),
                                Sql.dbl(rs, "lon"), rs.getString("country"), rs.getString("admin1"),
                                rs.getString("precision"), strings(rs.getString("names")), rs.getInt("events")));
                    }
                }
                return out;
            }
        });
    }

    /** For tests and tools in this package: the connection (do not close it). */
    Connection connection() {
        return conn;
    }

    static String cameoName(String code) {
        return CameoTypes.description(code);
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) {
                commit(); // what was stored stays stored
                for (PreparedStatement ps : inserts.values()) {
                    ps.close();
                }
                if (planQuery != null) {
                    planQuery.close();
                }
                reads.close();
                if (template != null) {
                    template.close();
                }
                conn.close();
            }
        } catch (SQLException e) {
            throw new StoreException(where + ": cannot close (" + oneLine(e) + ")", e);
        }
    }

    private void closeQuietly() {
        reads.close();
        try {
            if (template != null) {
                template.close();
            }
            conn.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "its", "they", "their", "them", "we",
            "our", "us", "he", "his", "she", "her", "him", "i", "my", "you", "your");

    /**
     * Whether the words that named an actor are a name of it ("Syrian army", "HTS") and not a
     * pronoun or a common noun that stood for it in one article ("it", "forces").
     */
    static boolean isName(String text) {
        if (text == null || text.isBlank() || PRONOUNS.contains(text.strip().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return text.chars().anyMatch(Character::isUpperCase);
    }
}
