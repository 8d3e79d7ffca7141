package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        out.flush();
        return 0;
    }

    private static volatile boolean loaded;

    static ObjectNode json(Toponym t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", t.text());
        o.put("start", t.start());
        o.put("end", t.end());
        o.put("use", t.use().label());
        Place p = t.place();
        boolean located = p != null && t.use() != ToponymUse.NON_TOPONYM;
        if (t.use() == ToponymUse.LITERAL || located) {
            if (located && p.geonameId() != null) {
                o.put("geonameid", p.geonameId());
            } else {
                o.putNull("geonameid");
            }
            o.put("id", located ? p.id() : null);
            if (located) {
                o.put("lat", p.lat());
                o.put("lon", p.lon());
                o.put("name", p.name());
                o.put("country", p.country());
                o.put("admin1", p.admin1());
                o.put("feature_code", p.featureCode());
                o.put("precision", p.precision());
            } else {
                for (String k : List.of("lat", "lon", "name", "country", "admin1", "feature_code", "precision")) {
                    o.putNull(k);
                }
            }
            o.put("confidence", Math.round(t.confidence() * 1000) / 1000.0);
        }
        return o;
    }
}
