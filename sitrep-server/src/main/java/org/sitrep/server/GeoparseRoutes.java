package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.geo.DocumentFocus;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.Published;
import org.sitrep.output.ToponymJson;

/**
 * {@code POST /api/geoparse}: the place names of one article, as {@code sitrep geoparse} gives them, and what
 * the article is about (its focus), for users of CLIFF. Reads and stores nothing, so it needs no token. The
 * geoparser is loaded on the first such request and shared; articles are parsed one at a time.
 */
final class GeoparseRoutes {

    private final int maxBody;
    private final Supplier<Function<Article, List<Toponym>>> parsers;
    private final ReentrantLock parsing = new ReentrantLock(true);
    private Function<Article, List<Toponym>> parser;

    /** @param parsers loads the geoparser, {@code null} when this server has none (every request a 503) */
    GeoparseRoutes(int maxBody, Supplier<Function<Article, List<Toponym>>> parsers) {
        this.maxBody = maxBody;
        this.parsers = parsers;
    }

    /**
     * POST /api/geoparse[?date=YYYY-MM-DD]: the body is one article (text/plain, text/html or a JSON object of the
     * JSON Lines schema); 200 with {@code {"article": id, "toponyms": [...], "focus": {...}}}.
     */
    void post(Context ctx) throws InterruptedException {
        Params params = Params.of(ctx, "date");
        LocalDate date = params.day("date");
        Article article = ArticleRoutes.parse(ctx, ArticleRoutes.body(ctx, maxBody), maxBody);
        if (date != null) {
            article = article.withPublished(new Published(date, null));
        }
        if (parsers == null) {
            throw new ApiException(503, "this server has no geoparser");
        }
        if (!parsing.tryLock(ArticleRoutes.WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new ApiException(503, "busy with other articles; try again later");
        }
        List<Toponym> toponyms;
        try {
            toponyms = parse(article);
        } finally {
            parsing.unlock();
        }
        ObjectNode out = Views.object();
        out.put("article", article.id());
        ArrayNode list = out.putArray("toponyms");
        toponyms.forEach(t -> list.add(ToponymJson.toJson(t)));
        out.set("focus", ToponymJson.toJson(DocumentFocus.of(toponyms)));
        Json.send(ctx, out);
    }

    private List<Toponym> parse(Article article) {
        if (parser == null) {
            try {
                parser = parsers.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new ApiException(503, "the geoparser could not be loaded: " + e.getMessage());
            }
        }
        try {
            return parser.apply(article);
        } catch (InputException e) {
            throw new ApiException(422, "not parsed: " + e.getMessage());
        }
    }
}
