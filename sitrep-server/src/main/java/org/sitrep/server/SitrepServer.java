package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;

/**
 * {@code sitrep serve}: the REST API over an event store and the web page (map, timeline, place and
 * event views), from one process. Listens on 127.0.0.1 unless told otherwise; writes need the bearer
 * token; every answer, errors included, is JSON except the page and its files.
 *
 * <pre>
 * GET  /api/events            events by actor, place, bbox, cameo, plover, acled, from, to, modality, min_sources,
 *                             min_confidence (default 0.15)
 * GET  /api/events/{id}       one event, every telling of it, the sentences it rests on
 * GET  /api/actors[/{id}]     actors with their aliases
 * GET  /api/places[/{place}]  places; one with its control timeline and events
 * GET  /api/places/{place}/control
 * POST /api/articles          code and store one article (Authorization: Bearer TOKEN)
 * POST /api/geoparse          the place names of one article and its focus (stores nothing, no token)
 * GET  /api/stats, /api/config, /openapi.json
 * GET  /                      the page
 * </pre>
 */
public final class SitrepServer implements AutoCloseable {

    /** The most bytes of answers kept for repeated event queries. */
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final Javalin app;
    private final ServerOptions options;

    private SitrepServer(Javalin app, ServerOptions options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Starts a server.
     *
     * @param store  the store it answers from (the caller closes it after the server)
     * @param coders loads the coder for POST /api/articles; called once, on the first such request
     */
    public static SitrepServer start(EventStore store, ServerOptions options, Supplier<CorpusIngest.Coder> coders) {
        return start(store, options, coders, null);
    }

    /**
     * Starts a server that also geoparses.
     *
     * @param geoparsers loads the geoparser for POST /api/geoparse (called once, on the first such request);
     *                   {@code null}: that route answers 503
     */
    public static SitrepServer start(EventStore store, ServerOptions options, Supplier<CorpusIngest.Coder> coders,
                                     Supplier<Function<Article, List<Toponym>>> geoparsers) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        BearerToken token = new BearerToken(options.token());
        // DuckDB: this process holds the file, only its own writes change it; PostgreSQL: others may write
        ResponseCache cache = new ResponseCache(CACHE_BYTES, store.backend() == EventStore.Backend.DUCKDB ? 0 : 5_000);
        EventRoutes events = new EventRoutes(store, cache);
        ActorRoutes actors = new ActorRoutes(store);
        PlaceRoutes places = new PlaceRoutes(store);
        ArticleRoutes articles = new ArticleRoutes(store, token, options.maxBodyBytes(), coders, cache::clear);
        MetaRoutes meta = new MetaRoutes(store, options, token);
        GeoparseRoutes geoparse = new GeoparseRoutes(options.maxBodyBytes(), geoparsers);
        boolean loopback = isLoopback(options.host());
        String csp = contentSecurityPolicy(options);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.threadPool = threadPool(options.threads());
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setRequestHeaderSize(16 * 1024);
            });
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/sitrep/server/web";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });

        app.before(ctx -> {
            if (loopback && !localHost(ctx.host())) {
                // a page elsewhere that renamed itself to this address (DNS rebinding) gets nothing
                throw new ApiException(403, "this server answers only to localhost addresses");
            }
            if ("HTTP/1.0".equals(ctx.protocol())) {
                // HTTP/1.0 has no chunks: an answer streamed without a length (static files, openapi.json)
                // ends when the connection does, so the connection is not kept alive for such a client
                ctx.header("Connection", "close");
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", csp);
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
            }
        });

        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::one);
        app.get("/api/actors", actors::list);
        app.get("/api/actors/{id}", actors::one);
        app.get("/api/places", places::list);
        app.get("/api/places/{place}", places::one);
        app.get("/api/places/{place}/control", places::control);
        app.post("/api/articles", articles::post);
        app.post("/api/geoparse", geoparse::post);
        app.get("/api/stats", meta::stats);
        app.get("/api/config", meta::config);
        app.get("/openapi.json", meta::openapi);

        app.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), message(e)));
        app.exception(StoreException.class, (e, ctx) -> {
            log("store failure on " + ctx.method() + " " + ctx.path() + ": " + Json.oneLine(e.getMessage()));
            Json.error(ctx, 503, "the store could not answer; try again later");
        });
        app.exception(Exception.class, (e, ctx) -> {
            log("internal error on " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Json.oneLine(e.getMessage())));
            Json.error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.error(ctx, 404, "no such resource: " + ctx.method() + " " + shorten(ctx.path()));
            }
        });
        app.error(405, ctx -> Json.error(ctx, 405, ctx.method() + " is not allowed on " + shorten(ctx.path())));

        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + Json.oneLine(rootMessage(e)) + ")", e);
        }
        SitrepServer server = new SitrepServer(app, options);
        server.warm();
        return server;
    }

    /** The page's first query, asked once in the background so that the first visitor gets it at once. */
    private void warm() {
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1"
                : options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        URI uri = URI.create("http://" + host + ":" + port() + "/api/events?limit=" + EventRoutes.MAX_LIMIT + "&view=map");
        Thread t = new Thread(() -> {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the first visitor asks again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The port it listens on (the one picked when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The address of the page. */
    public String url() {
        String h = options.host();
        String shown = h.equals("0.0.0.0") || h.equals("::") ? "127.0.0.1" : h.contains(":") ? "[" + h + "]" : h;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static QueuedThreadPool threadPool(int max) {
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(4, max));
        pool.setName("sitrep-http");
        pool.setDaemon(true);
        return pool;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A Host header naming this machine's loopback (with or without a port). */
    static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') >= 0 && h.indexOf(':') == h.lastIndexOf(':')) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static String contentSecurityPolicy(ServerOptions o) {
        String tiles = o.tileOrigin();
        return "default-src 'self'; img-src 'self' data:" + (tiles == null ? "" : " " + tiles)
                + "; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the body is too large";
            case 404 -> "no such resource";
            default -> e.getMessage();
        };
    }

    private static String shorten(String path) {
        return path.length() > 80 ? path.substring(0, 80) + "..." : path;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void log(String line) {
        System.err.println("sitrep serve: " + line);
    }
}
