package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.CorpusItem;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.JsonlArticleReader;
import org.sitrep.output.EventJson;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;

/**
 * {@code POST /api/articles}: code one article and store it, as {@code sitrep ingest} does. The
 * pipeline is loaded on the first such request (so that a read-only server starts at once) and
 * shared; articles are coded one at a time.
 */
final class ArticleRoutes {

    /** How long a request waits for the one before it to be coded. */
    static final long WAIT_SECONDS = 120;

    private final EventStore store;
    private final BearerToken token;
    private final int maxBody;
    private final Supplier<CorpusIngest.Coder> coders;
    private final Runnable changed;
    private final ReentrantLock writing = new ReentrantLock(true);
    private CorpusIngest.Coder coder;

    /** @param changed told when a write changed the store */
    ArticleRoutes(EventStore store, BearerToken token, int maxBody, Supplier<CorpusIngest.Coder> coders,
                  Runnable changed) {
        this.store = store;
        this.token = token;
        this.maxBody = maxBody;
        this.coders = coders;
        this.changed = changed;
    }

    /**
     * POST /api/articles (bearer token): the body is one article, as plain text, as an HTML page, or as
     * a JSON object of the JSON Lines schema. 201 with what was coded; 200 when it was stored already.
     */
    void post(Context ctx) throws InterruptedException {
        token.check(ctx);
        Params.of(ctx);
        Article article = parse(ctx, body(ctx, maxBody), maxBody);
        if (!writing.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new ApiException(503, "busy coding other articles; try again later");
        }
        try {
            EventStore.Plan plan = store.plan(article);
            CorpusIngest.Coded result = plan.needsCoding() ? code(article) : new CorpusIngest.Coded(List.of(), List.of());
            List<EventRecord> coded = result.events();
            EventStore.Plan done = plan.needsCoding() ? store.put(article, coded) : plan;
            store.flush();
            EventStore.Refresh refresh = null;
            if (done.needsCoding()) {
                try {
                    refresh = store.refresh();
                } finally {
                    changed.run();
                }
            }
            ObjectNode out = Views.object();
            out.put("article", article.id());
            out.put("result", done.name().toLowerCase(Locale.ROOT));
            out.put("tellings", CorpusIngest.stored(coded));
            ArrayNode notes = out.putArray("notes");
            result.notes().forEach(notes::add);
            ArrayNode recs = out.putArray("records");
            coded.forEach(r -> recs.add(EventJson.toJson(r)));
            out.put("events", refresh == null ? store.counts().events() : refresh.events());
            ctx.status(done.needsCoding() ? 201 : 200);
            Json.send(ctx, out);
        } finally {
            writing.unlock();
        }
    }

    /**
     * The article coded; an article that would take more work than the pipeline's limits allow (see
     * {@link org.sitrep.nlp.WorkLimits}) is a 422, given up within its time budget.
     */
    private CorpusIngest.Coded code(Article article) {
        if (coder == null) {
            try {
                coder = coders.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new ApiException(503, "the coding pipeline could not be loaded: " + e.getMessage());
            }
        }
        try {
            return coder.coded(article);
        } catch (InputException e) {
            throw new ApiException(422, "not coded: " + e.getMessage());
        }
    }

    /** The body, read up to the limit: more is a 413, before anything is parsed. */
    static byte[] body(Context ctx, int maxBody) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw new ApiException(413, "the body is larger than " + maxBody + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                throw new ApiException(413, "the body is larger than " + maxBody + " bytes");
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("the body is empty: send the article as text/plain, text/html "
                        + "or application/json");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read");
        }
    }

    /** The article the body holds, by its content type; 415 for another type or charset, 400 when it cannot be read. */
    static Article parse(Context ctx, byte[] bytes, int maxBody) {
        String type = ctx.contentType() == null ? "text/plain" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mime = type.split(";", 2)[0].strip();
        if (!type.contains("charset") || type.matches(".*charset=\"?utf-8\"?.*")) {
            try {
                switch (mime) {
                    case "application/json" -> {
                        CorpusItem item = new JsonlArticleReader(maxBody).parseLine(bytes, "request");
                        if (item.failed()) {
                            throw ApiException.badRequest(item.error());
                        }
                        return item.article();
                    }
                    case "text/plain" -> {
                        return new Ingest(maxBody).read(bytes, "request.txt");
                    }
                    case "text/html", "application/xhtml+xml" -> {
                        return new Ingest(maxBody).read(bytes, "request.html");
                    }
                    default -> throw new ApiException(415, "send the article as text/plain, text/html or "
                            + "application/json, not " + mime);
                }
            } catch (InputException e) {
                String msg = e.getMessage();
                throw ApiException.badRequest(msg.replaceFirst("^request(\\.txt|\\.html)?: ", ""));
            }
        }
        throw new ApiException(415, "send the article in UTF-8");
    }
}
