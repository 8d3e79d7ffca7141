package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.geo.GeoCorpus;
import org.sitrep.eval.geo.GeoEvaluation;
import org.sitrep.eval.geo.GeoScorer;
import org.sitrep.eval.geo.GoldArticle;
import org.sitrep.eval.geo.PredictedToponym;
import org.sitrep.geo.Geoparser;
import org.sitrep.ingest.InputException;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval geo}: score the geoparser on GeoWebNews or LGL. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Score the geoparser on a GeoWebNews or LGL corpus file.",
                "Literal toponyms (Literal, Literal_Modifier, Embedded_Literal, Mixed; all of LGL): recall and precision "
                        + "on spans, accuracy within 161 km, mean and median error; Metonymic ones: the share labelled "
                        + "metonymic and the number placed as literal. The headline figures match exact spans; the "
                        + "overlap figures match spans that share a character."})
final class EvalGeoCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--corpus", required = true, paramLabel = "gwn|lgl", description = "the corpus format")
    String corpus;

    @Parameters(index = "0", paramLabel = "FILE", description = "the corpus file (GWN.dev.xml, lgl.xml)")
    Path file;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write one JSON line per predicted toponym: doc, start, end, text, use, geonameid, lat, lon")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "keep the CoreNLP annotations here and reuse them on the next run")
    Path cache;

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N articles")
    Integer limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GeoCorpus.Format format = GeoCorpus.Format.of(corpus);
        List<GoldArticle> gold = GeoCorpus.read(file, format);
        if (limit != null) {
            if (limit <= 0) {
                throw new UsageException("--limit must be positive");
            }
            gold = gold.subList(0, Math.min(limit, gold.size()));
        }
        PrintWriter err = spec.commandLine().getErr();
        GeoEvaluation eval = new GeoEvaluation(CoreNlpAnnotator::shared, new Geoparser(), cache);
        Map<Integer, List<PredictedToponym>> predicted = eval.run(gold, err);
        if (out != null) {
            write(predicted, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d articles%n", file, gold.size());
        for (GeoScorer.Rule rule : GeoScorer.Rule.values()) {
            o.println(GeoScorer.score(gold, predicted, rule).describe());
        }
        o.flush();
        return 0;
    }

    private static void write(Map<Integer, List<PredictedToponym>> predicted, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (List<PredictedToponym> list : predicted.values()) {
                for (PredictedToponym p : list) {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("doc", p.doc());
                    n.put("start", p.start());
                    n.put("end", p.end());
                    n.put("text", p.text());
                    n.put("use", p.use());
                    if (p.geonameId() == null) {
                        n.putNull("geonameid");
                    } else {
                        n.put("geonameid", p.geonameId());
                    }
                    if (p.lat() == null) {
                        n.putNull("lat");
                        n.putNull("lon");
                    } else {
                        n.put("lat", p.lat());
                        n.put("lon", p.lon());
                    }
                    w.write(JSON.writeValueAsString(n));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
