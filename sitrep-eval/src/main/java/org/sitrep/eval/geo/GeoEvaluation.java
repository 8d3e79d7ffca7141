package org.sitrep.eval.geo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Segment;
import org.sitrep.ingest.Texts;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Annotator;

/**
 * Runs the geoparser over a corpus: each article's whole text is one body segment (the corpora's offsets count
 * from its first character, datelines included), annotated by the given annotator and geoparsed.
 */
public final class GeoEvaluation {

    private final java.util.function.Supplier<Annotator> annotator;
    private final Geoparser geoparser;
    private final AnnotationCache cache;

    /**
     * @param annotator gives the annotator when an article is not in the cache (so that a fully cached run
     *                  never loads CoreNLP)
     * @param cacheDir  where to keep annotations between runs, or {@code null} for none
     */
    public GeoEvaluation(java.util.function.Supplier<Annotator> annotator, Geoparser geoparser, Path cacheDir) {
        this.annotator = annotator;
        this.geoparser = geoparser;
        this.cache = cacheDir == null ? null : new AnnotationCache(cacheDir);
    }

    /** The predictions for every article, by article index; progress goes to {@code progress} (may be null). */
    public Map<Integer, List<PredictedToponym>> run(List<GoldArticle> corpus, PrintWriter progress) {
        Map<Integer, List<PredictedToponym>> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        int done = 0;
        for (GoldArticle g : corpus) {
            Article article = article(g);
            AnnotatedDoc doc = cache == null ? null : cache.get(article);
            if (doc == null) {
                doc = annotator.get().annotate(article);
                if (cache != null) {
                    cache.put(doc);
                }
            }
            List<PredictedToponym> preds = new ArrayList<>();
            for (Toponym t : geoparser.parse(doc)) {
                Place p = t.place();
                boolean located = p != null;
                preds.add(new PredictedToponym(g.index(), t.start(), t.end(), t.text(), t.use().label(),
                        located ? p.geonameId() : null, located ? p.lat() : null, located ? p.lon() : null));
            }
            out.put(g.index(), preds);
            done++;
            if (progress != null && (done % 10 == 0 || done == corpus.size())) {
                double s = (System.nanoTime() - t0) / 1e9;
                progress.printf("eval geo: %d/%d articles, %.0f s%n", done, corpus.size(), s);
                progress.flush();
            }
        }
        return out;
    }

    static Article article(GoldArticle g) {
        String text = g.text();
        return new Article(Texts.fingerprint(text), text, List.of(new Segment(Segment.Kind.BODY, 0, text.length())),
                g.title(), null, null, null, List.of(), null, "en", "article " + g.index());
    }
}
