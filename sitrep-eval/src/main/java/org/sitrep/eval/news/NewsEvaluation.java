package org.sitrep.eval.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.Published;
import org.sitrep.pipeline.Pipeline;

/**
 * Codes each article of the news gold as {@code sitrep code} does (the gold's day as the date of
 * publication), keeps the events at or above a confidence, and scores them with {@link NewsScorer}.
 */
public final class NewsEvaluation {

    /** What the pipeline made of one article, before any confidence threshold. */
    public record Coded(NewsGold.Article gold, Article article, List<EventRecord> events) {
    }

    private final Pipeline pipeline;

    public NewsEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<Coded> code(Path goldFile, List<NewsGold.Article> articles, Consumer<String> progress) {
        Ingest ingest = new Ingest();
        List<Coded> out = new ArrayList<>();
        for (NewsGold.Article g : articles) {
            Article a = ingest.read(NewsGold.textOf(goldFile, g));
            if (g.date() != null) {
                a = a.withPublished(new Published(g.date(), null));
            }
            out.add(new Coded(g, a, pipeline.code(a)));
            progress.accept(g.file());
        }
        return out;
    }

    /** The scores of every article, counting only the events whose confidence is at least {@code threshold}. */
    public static List<NewsScorer.ArticleScore> score(List<Coded> coded, double threshold) {
        List<NewsScorer.ArticleScore> out = new ArrayList<>();
        for (Coded c : coded) {
            out.add(NewsScorer.score(c.gold(), above(c.events(), threshold)));
        }
        return out;
    }

    public static List<EventRecord> above(List<EventRecord> events, double threshold) {
        return events.stream().filter(e -> e.confidence() >= threshold - 1e-9).toList();
    }

    public static NewsScorer.Counts sum(List<NewsScorer.ArticleScore> scores, NewsGold.Half half) {
        NewsScorer.Counts c = NewsScorer.Counts.ZERO;
        for (NewsScorer.ArticleScore s : scores) {
            if (half == null || s.article().half() == half) {
                c = c.plus(s.counts());
            }
        }
        return c;
    }

    /** One line about an emitted event, for reading failures. */
    public static String describe(EventRecord e) {
        return String.format(Locale.ROOT, "%s %s -> %s | %s | %s %s %.2f | s%d \"%s\"", e.cameo(),
                who(e.source()), who(e.target()), e.place() == null ? "-" : e.place().name(), e.date(),
                e.modality().label(), e.confidence(), e.evidence().sentence(), e.trigger());
    }

    private static String who(EventRecord.Participant p) {
        return p == null ? "-" : p.text() + (p.id() == null ? "" : "[" + p.id() + "]");
    }
}
