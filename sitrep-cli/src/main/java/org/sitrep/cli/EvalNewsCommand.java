package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.eval.news.NewsEvaluation;
import org.sitrep.eval.news.NewsGold;
import org.sitrep.eval.news.NewsScorer;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.InputException;
import org.sitrep.output.EventJson;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval news}: real articles coded exhaustively, scored event by event. */
@Command(name = "news", mixinStandardHelpOptions = true,
        description = {"Code real news articles as 'sitrep code' does and score every emitted event against",
            "their exhaustive gold (eval/news/README.md): per article and over the tune (odd-numbered) and check",
            "(even-numbered) halves: required, optional, emitted, matched, false positives, duplicates, events in",
            "forbidden places, precision, recall and F1; then precision and recall by confidence threshold."})
final class EvalNewsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold.json; texts are read relative to it.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write NN.jsonl (the events of each article, as 'sitrep code' prints them) and matches.txt "
                    + "(each gold event with what matched it, and each false positive) for the tune half.")
    Path out;

    @Option(names = "--half", paramLabel = "tune|check|all", defaultValue = "all",
            description = "Which articles to code (default ${DEFAULT-VALUE}).")
    String half;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Score only events at or above this confidence (default: what 'sitrep code' prints, "
                    + CodeCommand.DEFAULT_MIN_CONFIDENCE + ").")
    Double minConfidence;

    @Option(names = "--fast", description = "Take the fast path (parse only the sentences the filter keeps).")
    boolean fast;

    @Override
    public Integer call() throws IOException {
        NewsGold.Half only = switch (half.toLowerCase(Locale.ROOT)) {
            case "all" -> null;
            case "tune" -> NewsGold.Half.TUNE;
            case "check" -> NewsGold.Half.CHECK;
            default -> throw new UsageException("--half must be tune, check or all, not '" + half + "'");
        };
        List<NewsGold.Article> articles = NewsGold.read(gold).stream()
                .filter(a -> only == null || a.half() == only).toList();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = fast ? Pipelines.fast(null) : Pipelines.standard(null);
        double threshold = minConfidence != null ? minConfidence : CodeCommand.DEFAULT_MIN_CONFIDENCE;
        List<NewsEvaluation.Coded> coded = new NewsEvaluation(pipeline).code(gold, articles, f -> {
            err.println("coded " + f);
            err.flush();
        });
        List<NewsScorer.ArticleScore> scores = NewsEvaluation.score(coded, threshold);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%-14s %5s %5s %5s %5s %5s %5s %5s %5s %6s %6s %6s%n", "article", "req", "opt", "emit", "match",
                "mopt", "fp", "dup", "forb", "P", "R", "F1");
        for (NewsScorer.ArticleScore s : scores) {
            NewsScorer.Counts c = s.counts();
            w.printf(Locale.ROOT, "%-14s %5d %5d %5d %5d %5d %5d %5d %5d %6.3f %6.3f %6.3f%n", s.article().file(),
                    c.required(), c.optional(), c.emitted(), c.matched(), c.matchedOptional(), c.falsePositives(),
                    c.duplicates(), c.forbidden(), c.precision(), c.recall(), c.f1());
        }
        for (NewsGold.Half h : NewsGold.Half.values()) {
            NewsScorer.Counts c = NewsEvaluation.sum(scores, h);
            if (c.articles() > 0) {
                w.printf("%s (%d articles): %s%n", h.name().toLowerCase(Locale.ROOT), c.articles(), c.describe());
            }
        }
        w.printf("all (%d articles): %s%n", scores.size(), NewsEvaluation.sum(scores, null).describe());
        w.println("by confidence threshold (events at or above it):");
        w.printf("%9s %-22s %-22s %-22s%n", "threshold", "tune P / R / emitted", "check P / R / emitted",
                "all P / R / emitted");
        for (int t = 0; t <= 16; t++) {
            double x = t < 12 ? t * 0.05 : 0.6 + (t - 12) * 0.1;
            List<NewsScorer.ArticleScore> at = NewsEvaluation.score(coded, x);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%9.2f", x));
            for (NewsGold.Half h : new NewsGold.Half[] {NewsGold.Half.TUNE, NewsGold.Half.CHECK, null}) {
                NewsScorer.Counts c = NewsEvaluation.sum(at, h);
                line.append(c.articles() == 0 ? String.format(" %-22s", "-")
                        : String.format(Locale.ROOT, " %.3f / %.3f / %-6d", c.precision(), c.recall(), c.emitted()));
            }
            w.println(line);
        }
        printReasons(w, scores);
        w.flush();
        if (out != null) {
            write(coded, scores, threshold);
        }
        return 0;
    }

    /** False positives at the threshold by kind of error and by CAMEO quad class, per half: figures only. */
    private static void printReasons(PrintWriter w, List<NewsScorer.ArticleScore> scores) {
        List<String> reasons = List.of("duplicate", "source none", "source differs", "target none",
                "target differs", "swapped", "both sides", "date", "code", "place", "modality", "no such event");
        w.println("false positives by what keeps them from matching (duplicate, else the one field that differs):");
        w.printf("%-6s %s%n", "half", String.join(" | ", reasons));
        for (NewsGold.Half h : NewsGold.Half.values()) {
            Map<String, Integer> n = new TreeMap<>();
            int[][] byClass = new int[5][2];
            boolean any = false;
            for (NewsScorer.ArticleScore s : scores) {
                if (s.article().half() != h) {
                    continue;
                }
                any = true;
                for (int e : s.falsePositives()) {
                    n.merge(NewsScorer.reason(s, e), 1, Integer::sum);
                    Integer q = CameoTypes.quad(s.emitted().get(e).cameo());
                    if (q != null) {
                        byClass[q][1]++;
                    }
                }
                for (NewsScorer.Match m : s.matches()) {
                    Integer q = CameoTypes.quad(s.emitted().get(m.emitted()).cameo());
                    if (q != null && !m.optional()) {
                        byClass[q][0]++;
                    }
                }
            }
            if (!any) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-6s", h.name().toLowerCase(Locale.ROOT)));
            for (String r : reasons) {
                line.append(String.format(" %" + r.length() + "d  ", n.getOrDefault(r, 0)));
            }
            w.println(line.toString().stripTrailing());
            StringBuilder classes = new StringBuilder("       matched / false positives by quad class 0-4:");
            for (int q = 0; q < 5; q++) {
                classes.append(String.format(" %d: %d/%d", q, byClass[q][0], byClass[q][1]));
            }
            w.println(classes);
        }
    }

    private void write(List<NewsEvaluation.Coded> coded, List<NewsScorer.ArticleScore> scores, double threshold) {
        try {
            Files.createDirectories(out);
            for (NewsEvaluation.Coded c : coded) {
                String name = Path.of(c.gold().file()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
                try (BufferedWriter bw = Files.newBufferedWriter(out.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
                    for (EventRecord e : NewsEvaluation.above(c.events(), threshold)) {
                        bw.write(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                        bw.newLine();
                    }
                }
            }
            try (BufferedWriter bw = Files.newBufferedWriter(out.resolve("matches.txt"), StandardCharsets.UTF_8)) {
                for (NewsScorer.ArticleScore s : scores) {
                    if (s.article().half() != NewsGold.Half.TUNE) {
                        continue; // the check half is read by its figures only
                    }
                    bw.write("== " + s.article().file() + "  " + s.counts().describe() + "\n");
                    for (int g = 0; g < s.article().events().size(); g++) {
                        NewsGold.Event ge = s.article().events().get(g);
                        int gi = g;
                        var m = s.matches().stream().filter(x -> x.gold() == gi).findFirst();
                        bw.write((ge.optional() ? "  opt " : "  REQ ") + (m.isPresent() ? "OK   " : "MISS ") + ge.cameo()
                                + " " + ge.what() + "\n");
                        if (m.isPresent()) {
                            bw.write("         <- " + NewsEvaluation.describe(s.emitted().get(m.get().emitted())) + "\n");
                        }
                    }
                    for (int e : s.falsePositives()) {
                        EventRecord r = s.emitted().get(e);
                        bw.write((s.duplicates().contains(e) ? "  DUP  " : "  FP   ") + NewsEvaluation.describe(r) + "\n");
                        bw.write("         " + r.evidence().text().replace('\n', ' ') + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
