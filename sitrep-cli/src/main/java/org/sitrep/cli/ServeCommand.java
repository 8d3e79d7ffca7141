package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.ingest.InputException;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep serve}: the REST API and the web page over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: a REST API (/api/events, /api/events/{id}, /api/actors, /api/places,",
            "/api/places/{place}/control, POST /api/articles; described at /openapi.json) and a web page with",
            "a map, a timeline, who controls each place and the evidence of each event.",
            "Listens on 127.0.0.1 unless --bind says otherwise. Writes (POST /api/articles) need the token",
            "given with --token or $SITREP_TOKEN and are refused when there is none; the coding pipeline",
            "is loaded on the first write. Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The bearer token that writes need (default: $SITREP_TOKEN; without one, writes are refused).")
    String token;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "A tile server for the map, e.g. https://tile.example.org/{z}/{x}/{y}.png "
                    + "(default: none: country outlines served by sitrep, nothing loaded from elsewhere).")
    String tiles;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY,
            description = "The largest request body accepted (default ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_THREADS,
            description = "The most requests handled at once (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A directory of more dictionaries in the PETRARCH formats, for coding posted articles.")
    Path dictionaries;

    @Override
    public Integer call() throws InterruptedException {
        DictionaryDirs.check(dictionaries);
        String t = token != null ? token : System.getenv("SITREP_TOKEN");
        ServerOptions options;
        try {
            options = new ServerOptions(bind.strip(), port, t, tiles, maxBody, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // without a token nothing is written: the store is opened read-only, so that sitrep events,
        // export and control (and other read-only servers) can read the same DuckDB file meanwhile
        EventStore es = options.token() == null ? store.openReadOnly() : store.open(false);
        SitrepServer server;
        try {
            server = SitrepServer.start(es, options, () -> {
                err.println("sitrep serve: loading the coding pipeline for the first posted article...");
                err.flush();
                return org.sitrep.store.CorpusIngest.Coder.of(Pipelines.standard(dictionaries)::run);
            }, () -> {
                err.println("sitrep serve: loading the geoparser for the first article to geoparse...");
                err.flush();
                org.sitrep.geo.Geoparser geoparser = new org.sitrep.geo.Geoparser();
                return a -> geoparser.parse(org.sitrep.nlp.CoreNlpAnnotator.shared().annotate(a));
            });
        } catch (IllegalStateException e) {
            es.close();
            throw new InputException(e.getMessage()); // cannot listen: one line, no class name
        } catch (RuntimeException e) {
            es.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            es.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        EventStore.Counts c = es.counts();
        out.printf("sitrep serve: %s (%d events, %d places) on %s%n", store.describe(), c.events(), c.places(),
                server.url());
        if (!ServerOptions.DEFAULT_HOST.equals(options.host()) && !options.host().equals("localhost")) {
            err.println("sitrep serve: listening on " + options.host() + ": other machines can read the store"
                    + (options.token() == null ? "" : " (writes need the token)"));
        }
        out.println(options.token() == null ? "sitrep serve: read-only (no --token or $SITREP_TOKEN given)"
                : "sitrep serve: POST /api/articles needs 'Authorization: Bearer <token>'");
        out.flush();
        err.flush();
        stopped.await();
        return 0;
    }
}
