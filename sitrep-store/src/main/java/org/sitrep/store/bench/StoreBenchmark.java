package org.sitrep.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Article;
import org.sitrep.output.EventJson;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;

/**
 * A benchmark of the store (not a test): generates a corpus of news-like articles as JSON Lines,
 * ingests it into DuckDB and into PostgreSQL through the batch path (reading, parsing, storing
 * each article in its own transaction, then deduplicating and deriving actors, places and the
 * control timeline) and reports articles per second and the peak Java heap.
 *
 * <p>Coding is bypassed: each generated article carries its events as tags that a trivial coder
 * reads, so the figures measure ingest and the store, not CoreNLP.
 *
 * <pre>java -cp ... org.sitrep.store.bench.StoreBenchmark [--articles N] [--threads N] [--pg JDBC-URL] [--dir DIR]</pre>
 * PostgreSQL is used when {@code --pg} or {@code SITREP_PG_URL} or {@code SITREP_TEST_PG_URL}
 * names a server; the run works in a schema of its own and drops it afterwards.
 */
public final class StoreBenchmark {

    /** One back end's figures. */
    public record Result(String backend, int articles, int tellings, double ingestSeconds, double refreshSeconds,
                         int events, long peakHeapBytes, long sizeBytes) {
        public double articlesPerSecond() {
            return articles / (ingestSeconds + refreshSeconds);
        }
    }

    private static final String[] ACTORS = {"HTS", "SYR_MIL", "RUS_MIL", "TUR_MIL", "SDF", "ISIL", "USA_MIL", "IRN_MIL",
        "SNA", "HEZ", "SYR_GOV", "UKR_MIL", "RUS_GOV", "UKR_GOV", "ISR_MIL", "HAMAS", "SDN_MIL", "RSF", "MLI_MIL", "JNIM"};
    private static final String[] KINDS = {"non-state armed group", "state military", "state military", "state military",
        "non-state armed group", "non-state armed group", "state military", "state military", "non-state armed group",
        "non-state armed group", "government", "state military", "government", "government", "state military",
        "non-state armed group", "state military", "non-state armed group", "state military", "non-state armed group"};
    private static final String[] CODES = {"190", "193", "194", "195", "192", "0874", "042", "036", "111", "130", "1823",
        "183", "0841", "172", "051"};
    private static final String[] OUTLETS = {"EFE", "Xinhua", "SANA", "teleSUR", "Reuters", "AFP", "AP", "Anadolu",
        "TASS", "Al Jazeera", "BBC", "DW"};
    private static final String[] WORDS = ("the a of in on at forces said city officials reported according sources "
            + "spokesman fighting near province government military local residents witnesses statement agency "
            + "village road killed wounded attack clashes positions area control").split(" ");
    private static final Pattern TAG = Pattern.compile("\\[ev (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)\\]");
    private static final LocalDate DAY0 = LocalDate.of(2024, 11, 1);

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = 10_000;
        int threads = Runtime.getRuntime().availableProcessors();
        String pg = firstNonBlank(System.getenv("SITREP_PG_URL"), System.getenv("SITREP_TEST_PG_URL"));
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--pg" -> pg = args[++i];
                case "--no-pg" -> pg = null;
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--articles N, --threads N, --pg JDBC-URL, --no-pg, --dir DIR)");
            }
        }
        run(articles, threads, pg, dir, System.out);
    }

    public static List<Result> run(int articles, int threads, String pgUrl, Path dir, PrintStream out)
            throws IOException, SQLException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-bench");
        Path corpus = work.resolve("corpus.jsonl");
        int tellings = generate(corpus, articles, 20241205L);
        out.printf(Locale.ROOT, "store benchmark: %,d generated articles with %,d event tellings (%s, %.1f MB), "
                        + "%d threads, max heap %d MiB%n", articles, tellings, corpus,
                Files.size(corpus) / 1e6, threads, Runtime.getRuntime().maxMemory() >> 20);
        out.println("coding is bypassed: the events are generated with the articles and read back by a trivial coder;"
                + " CoreNLP is not run, so this measures reading, parsing, storing and deduplicating");
        List<Result> results = new ArrayList<>();
        Path db = work.resolve("bench.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(work.resolve("bench.duckdb.wal"));
        results.add(measure("duckdb", db.toString(), corpus, articles, tellings, threads, () -> Files.size(db)));
        if (pgUrl != null) {
            String schema = "bench_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(pgUrl); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema); // a name made here: letters, digits, underscore
            }
            String url = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            try {
                results.add(measure("postgresql", url, corpus, articles, tellings, threads, () -> {
                    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                         var rs = st.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                                 + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
            } finally {
                try (Connection c = DriverManager.getConnection(pgUrl); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } else {
            out.println("postgresql: skipped (give --pg JDBC-URL or set SITREP_PG_URL)");
        }
        out.println();
        out.println("backend      articles/s  ingest s  refresh s  events   peak heap MiB  size MB");
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-12s %10.0f  %8.1f  %9.1f  %7d  %13d  %7.1f%n", r.backend(), r.articlesPerSecond(),
                    r.ingestSeconds(), r.refreshSeconds(), r.events(), r.peakHeapBytes() >> 20, r.sizeBytes() / 1e6);
        }
        return results;
    }

    private interface Size {
        long get() throws IOException, SQLException;
    }

    private static Result measure(String name, String location, Path corpus, int articles, int tellings, int threads,
                                  Size size) throws IOException, SQLException {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        long t0 = System.nanoTime();
        int events;
        double ingest;
        double refresh;
        try (EventStore store = EventStore.open(location)) {
            CorpusIngest.Summary s = new CorpusIngest(store, StoreBenchmark::code,
                    new CorpusIngest.Options(threads, 5_000_000, -1, false), null).run(List.of(corpus));
            if (s.failed() > 0 || s.stored() != articles) {
                throw new IllegalStateException(name + ": stored " + s.stored() + " of " + articles + ", "
                        + s.failed() + " failed");
            }
            ingest = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            events = store.refresh().events();
            refresh = (System.nanoTime() - t1) / 1e9;
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return new Result(name, articles, tellings, ingest, refresh, events, peak, size.get());
    }

    /** Writes the corpus; returns the number of event tellings in it. */
    static int generate(Path file, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        int tellings = 0;
        List<int[]> earlier = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int day = i * 90 / n;
                int k = 1 + rnd.nextInt(4);
                StringBuilder body = new StringBuilder();
                body.append("Report ").append(i).append(" from the front\n\n");
                body.append("BEIRUT, ").append(DAY0.plusDays(day)).append(" - ");
                for (int e = 0; e < k; e++) {
                    int[] ev;
                    if (!earlier.isEmpty() && rnd.nextDouble() < 0.4) {
                        ev = earlier.get(earlier.size() - 1 - rnd.nextInt(Math.min(earlier.size(), 200)));
                    } else {
                        ev = new int[] {rnd.nextInt(ACTORS.length), rnd.nextInt(CODES.length), rnd.nextInt(ACTORS.length),
                            rnd.nextInt(300), Math.max(0, day - rnd.nextInt(2))};
                        earlier.add(ev);
                    }
                    body.append(sentence(rnd, 12 + rnd.nextInt(20))).append(" [ev ").append(ev[0]).append(' ')
                            .append(ev[1]).append(' ').append(ev[2]).append(' ').append(ev[3]).append(' ').append(ev[4])
                            .append("].\n\n");
                    body.append(sentence(rnd, 25 + rnd.nextInt(40))).append(".\n\n");
                    tellings++;
                }
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("text", body.toString());
                o.put("title", "Report " + i);
                String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
                o.put("outlet", outlet);
                o.put("url", "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/news/" + i);
                o.put("published", DAY0.plusDays(day) + String.format(Locale.ROOT, "T%02d:%02d", rnd.nextInt(24), rnd.nextInt(60)));
                w.write(EventJson.mapper().writeValueAsString(o));
                w.write('\n');
            }
        }
        return tellings;
    }

    private static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder("Officials");
        for (int i = 0; i < words; i++) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /** The trivial coder: reads the generated tags back as events. */
    static List<EventRecord> code(Article a) {
        List<EventRecord> out = new ArrayList<>();
        Matcher m = TAG.matcher(a.text());
        int n = 0;
        while (m.find()) {
            int s = Integer.parseInt(m.group(1));
            String cameo = CODES[Integer.parseInt(m.group(2))];
            int t = Integer.parseInt(m.group(3));
            int p = Integer.parseInt(m.group(4));
            LocalDate d = DAY0.plusDays(Integer.parseInt(m.group(5)));
            EventRecord.Participant src = new EventRecord.Participant(ACTORS[s].toLowerCase(Locale.ROOT), ACTORS[s], null, KINDS[s]);
            EventRecord.Participant tgt = t == s ? null
                    : new EventRecord.Participant(ACTORS[t].toLowerCase(Locale.ROOT), ACTORS[t], null, KINDS[t]);
            EventRecord.PlaceRef place = new EventRecord.PlaceRef("Place " + p, 9_000_000L + p, "Place " + p,
                    30 + (p % 20) * 0.5, 35 + (p / 20) * 0.5, "SY", "Province " + (p % 14), "city");
            int start = m.start();
            out.add(new EventRecord(a.id() + "-" + n, a.id(), d, "day", "text", cameo, CameoTypes.plover(cameo),
                    CameoTypes.acled(cameo, src.kind(), tgt == null ? null : tgt.kind()), src, tgt, place,
                    Modality.ASSERTED, new EventRecord.Attribution(null, a.outlet(), a.cited()),
                    new EventRecord.Evidence(a.id(), n, start, m.end(), a.text().substring(Math.max(0, start - 80), m.end())),
                    List.of(), "tag", 0.7));
            n++;
        }
        return out;
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }
}
