package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.eval.dedup.DedupScorer;
import org.sitrep.eval.dedup.DedupSet;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.InputException;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval dedup}: many articles about the same events, ingested into one store, scored for deduplication. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Ingest the articles of a deduplication set (eval/dedup/README.md) into one",
            "fresh store as 'sitrep ingest' does, every article its own outlet, and score the",
            "stored events against the gold: coverage, split (stored events per gold event",
            "told by two or more articles), pairwise recall, wrongful merges, and why",
            "pairs of tellings of one event were kept apart; per half (topics in order:",
            "the first, third, ... tune, the others check)."})
final class EvalDedupCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "articles.jsonl of the set.")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold.json of the set.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write gold.txt (each gold event of the tune half: its stored events, their tellings, and "
                    + "why pairs were kept apart) and merged.txt (stored events told by two or more articles).")
    Path out;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Keep the store in this DuckDB file (default: a temporary file, deleted). A file that "
                    + "holds the set already is not coded again, only deduplicated again.")
    Path db;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        DedupSet set = DedupSet.read(articles, gold);
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        Path dir = Files.createTempDirectory("sitrep-eval-dedup");
        Path input = dir.resolve("articles.jsonl");
        Map<String, String> docOfUrl = new HashMap<>();
        try (BufferedWriter bw = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (DedupSet.Article a : set.articles()) {
                String url = a.url() != null ? a.url() : "urn:sitrep-eval-dedup:" + a.doc();
                if (docOfUrl.put(url, a.doc()) != null) {
                    throw new InputException(articles + ": two articles share the url " + url);
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("id", a.doc());
                o.put("text", a.text());
                o.put("url", url);
                o.put("outlet", a.outlet() != null ? a.outlet() : a.doc());
                if (a.published() != null) {
                    o.put("published", a.published());
                }
                o.put("language", "en");
                bw.write(JSON.writeValueAsString(o));
                bw.newLine();
            }
        }
        Path file = db != null ? db : dir.resolve("store.duckdb");
        try (EventStore es = EventStore.open(file.toString())) {
            CorpusIngest.Coder coder = new CorpusIngest.Coder() {
                private volatile CorpusIngest.Coder c;

                private synchronized CorpusIngest.Coder coder() {
                    if (c == null) {
                        FastPipeline fast = Pipelines.fastPipeline(null, err);
                        c = CorpusIngest.Coder.of(fast::run);
                    }
                    return c;
                }

                @Override
                public List<EventRecord> code(org.sitrep.ingest.Article a) {
                    return coder().code(a);
                }

                @Override
                public CorpusIngest.Coded coded(org.sitrep.ingest.Article a) {
                    return coder().coded(a);
                }
            };
            CorpusIngest.Summary s = new CorpusIngest(es, coder,
                    new CorpusIngest.Options(n, Ingest.DEFAULT_MAX_BYTES, -1, false, -1), null).run(List.of(input));
            if (s.failed() > 0) {
                err.println("sitrep: " + s.failed() + " articles could not be coded");
            }
            EventStore.Refresh r = es.refresh();
            w.printf(Locale.ROOT, "store: %d articles (%d coded now), %d tellings, %d events%n", s.read(), s.stored(),
                    r.mentions(), r.events());
            List<Event> events = es.events(EventQuery.ALL);
            // the gold's offsets are into the texts as given; the store keeps each text as it read it
            Map<String, String> storedText = new HashMap<>();
            Map<String, String> docOfArticle = new HashMap<>();
            for (Event e : events) {
                for (Report rep : e.reports()) {
                    String doc = docOfUrl.get(rep.url());
                    if (doc != null && docOfArticle.putIfAbsent(rep.articleId(), doc) == null) {
                        storedText.put(doc, es.article(rep.articleId()).map(StoredArticle::text).orElse(null));
                    }
                }
            }
            DedupSet located = locate(set, storedText);
            DedupScorer.Result result = DedupScorer.score(located, events, rep -> docOfUrl.get(rep.url()));
            for (DedupSet.Half h : DedupSet.Half.values()) {
                w.printf("%s (topics %s): %s%n", h.name().toLowerCase(Locale.ROOT), set.topics(h),
                        result.halves().get(h).describe());
            }
            w.printf("all: %s%n", result.all().describe());
            w.flush();
            if (out != null) {
                write(set, result, docOfUrl);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /**
     * The set with each mention's offsets moved into the stored text of its article (found by the words
     * around it); a mention that cannot be found there is left out.
     */
    static DedupSet locate(DedupSet set, Map<String, String> storedText) {
        Map<String, String> given = new HashMap<>();
        set.articles().forEach(a -> given.put(a.doc(), a.text()));
        List<DedupSet.GoldEvent> events = new ArrayList<>();
        for (DedupSet.GoldEvent g : set.events()) {
            List<DedupSet.Mention> ms = new ArrayList<>();
            for (DedupSet.Mention m : g.mentions()) {
                String src = given.get(m.doc());
                String dst = storedText.get(m.doc());
                if (src == null || dst == null || m.start() < 0 || m.end() > src.length() || m.start() >= m.end()) {
                    continue;
                }
                if (src.equals(dst)) {
                    ms.add(m);
                    continue;
                }
                for (int ctx : new int[] {60, 25, 10}) {
                    int from = Math.max(0, m.start() - ctx);
                    int to = Math.min(src.length(), m.end() + ctx);
                    String around = src.substring(from, to);
                    int at = dst.indexOf(around);
                    if (at >= 0 && dst.indexOf(around, at + 1) < 0) {
                        int start = at + m.start() - from;
                        ms.add(new DedupSet.Mention(m.doc(), m.sentence(), start, start + m.end() - m.start(), m.word()));
                        break;
                    }
                }
            }
            events.add(new DedupSet.GoldEvent(g.id(), g.topic(), g.label(), g.classes(), g.docs(), ms, g.flags()));
        }
        return new DedupSet(set.articles(), events);
    }

    private void write(DedupSet set, DedupScorer.Result result, Map<String, String> docOfUrl) {
        try {
            Files.createDirectories(out);
            try (BufferedWriter bw = Files.newBufferedWriter(out.resolve("gold.txt"), StandardCharsets.UTF_8)) {
                for (DedupScorer.GoldResult g : result.gold()) {
                    if (set.half(g.gold().topic()) != DedupSet.Half.TUNE) {
                        continue; // the check half is read by its figures only
                    }
                    bw.write(String.format(Locale.ROOT, "== %s %s (%d docs): %d stored events, pairs %d/%d%n",
                            g.gold().id(), g.gold().label(), g.gold().docs().size(), g.stored().size(), g.together(),
                            g.pairs()));
                    for (Event e : g.stored()) {
                        bw.write("  event " + e.id() + " " + describe(e.head()) + "\n");
                        for (DedupScorer.Telling t : g.tellings()) {
                            if (t.event() == e) {
                                bw.write("     " + t.doc() + " " + describe(t.report().record()) + "\n");
                            }
                        }
                    }
                    for (DedupScorer.Apart a : g.apart()) {
                        bw.write("  apart " + a.a().doc() + " / " + a.b().doc() + ": " + a.reason() + "\n");
                    }
                }
            }
            try (BufferedWriter bw = Files.newBufferedWriter(out.resolve("merged.txt"), StandardCharsets.UTF_8)) {
                for (DedupScorer.Merged m : result.merged()) {
                    if (m.topics().isEmpty() || set.half(m.topics().iterator().next()) != DedupSet.Half.TUNE) {
                        continue;
                    }
                    bw.write((m.wrong() ? "WRONG " : "ok    ") + m.event().id() + " " + describe(m.event().head())
                            + " docs " + m.docs() + " gold " + m.gold() + "\n");
                    for (Report r : m.event().reports()) {
                        bw.write("      " + docOfUrl.get(r.url()) + " " + describe(r.record()) + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot be written (" + e.getMessage() + ")");
        }
    }

    private static String describe(EventRecord e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.cameo()).append(' ').append(e.date()).append('/').append(e.dateBasis()).append(' ');
        sb.append(actor(e.source())).append(" -> ").append(actor(e.target()));
        EventRecord.PlaceRef p = e.place();
        sb.append(" @ ").append(p == null ? "-" : (p.name() != null ? p.name() : p.text()));
        if (e.evidence() != null && e.evidence().text() != null) {
            sb.append(" | ").append(e.evidence().text().replace('\n', ' '));
        }
        return sb.toString();
    }

    private static String actor(EventRecord.Participant p) {
        if (p == null) {
            return "-";
        }
        return (p.id() != null ? p.id() : "?") + "[" + p.text() + "]";
    }
}
