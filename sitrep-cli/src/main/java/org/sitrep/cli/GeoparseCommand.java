package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.DocumentFocus;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.output.ToponymJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep geoparse}: the place names of one article as JSON lines. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = {"Find the place names of one article, tell how each is used and resolve it to GeoNames.",
                "Prints one JSON object per name: text, start, end (0-based character offsets, end exclusive), use "
                        + "(literal, metonymic, demonym, non_toponym), and for literal uses geonameid, lat, lon, name, "
                        + "country, admin1, feature_code, precision, confidence (null when unknown)."})
final class GeoparseCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the article (plain text or HTML), - for standard input")
    String input;

    @Option(names = "--focus", description = "End with one more line, {\"focus\": {\"country\": ..., \"state\": ..., "
            + "\"city\": ...}}: what the article is about, the places most named among its literal ones (first mentions "
            + "weigh more), each null or with country, admin1, id, geonameid, name, lat, lon, feature_code, mentions, score.")
    boolean focus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ingest ingest = new Ingest();
        Article article = "-".equals(input) ? ingest.read(System.in, "stdin") : ingest.read(Path.of(input));
        // the first article of the process loads the models and opens (or builds) the place index: say so
        List<Toponym> toponyms = loaded ? new Geoparser().parse(CoreNlpAnnotator.shared().annotate(article))
                : Pipelines.loading(spec.commandLine().getErr(), () -> new Geoparser().parse(CoreNlpAnnotator.shared().annotate(article)));
        loaded = true;
        PrintWriter out = spec.commandLine().getOut();
        for (Toponym t : toponyms) {
            out.println(JSON.writeValueAsString(json(t)));
        }
        if (focus) {
            ObjectNode f = JSON.createObjectNode();
            f.set("focus", ToponymJson.toJson(DocumentFocus.of(toponyms)));
            out.println(JSON.writeValueAsString(f));
        }
        out.flush();
        return 0;
    }

    private static volatile boolean loaded;

    static ObjectNode json(Toponym t) {
        return ToponymJson.toJson(t);
    }
}
