package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.events.EventCoder;
import org.sitrep.events.VerbDictionary;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.CorpusItem;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.ReutersSgmlReader;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.mentions.Mentions;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.SelectiveAnnotator;
import org.sitrep.pipeline.EventSentenceFilter;

/**
 * Articles parsed once, for benchmarks of the stages after parsing: the Hama example by default, or
 * the first {@code sitrep.bench.articles} (default 50) articles of the corpus at
 * {@code sitrep.bench.corpus} (Reuters-21578 {@code .sgm} files or anything {@code sitrep ingest} reads).
 */
final class ParsedCorpus {

    final List<AnnotatedDoc> docs = new ArrayList<>();
    final List<Mentions> mentions = new ArrayList<>();
    final List<String> placeNames = new ArrayList<>();
    final MentionFinder finder;
    final EventCoder coder;
    final Geoparser geoparser;
    final EventSentenceFilter filter;
    final int sentences;

    ParsedCorpus() throws IOException {
        DictionaryFiles files = DictionaryFiles.bundled();
        ActorDictionary actors = ActorDictionary.load(files);
        this.geoparser = new Geoparser();
        this.finder = new MentionFinder(actors, geoparser::parse);
        this.coder = EventCoder.load(files);
        this.filter = new EventSentenceFilter(actors, VerbDictionary.load(files));
        int n = 0;
        for (Article a : articles()) {
            AnnotatedDoc doc = SelectiveAnnotator.shared().annotate(a);
            docs.add(doc);
            Mentions m = finder.find(doc);
            mentions.add(m);
            for (Toponym t : m.places()) {
                placeNames.add(t.text());
            }
            n += doc.sentences().size();
        }
        this.sentences = n;
        System.err.printf("sitrep-bench: %d articles, %d sentences parsed, %d place names%n", docs.size(), n,
                placeNames.size());
    }

    static List<Article> articles() throws IOException {
        String corpus = System.getProperty("sitrep.bench.corpus");
        int max = Integer.getInteger("sitrep.bench.articles", 50);
        List<Article> out = new ArrayList<>();
        if (corpus == null || corpus.isBlank()) {
            try (InputStream in = ParsedCorpus.class.getResourceAsStream("article.txt")) {
                if (in == null) {
                    throw new IOException("the Hama example is missing from the benchmark jar");
                }
                out.add(new Ingest().read(in.readAllBytes(), "examples/hama/article.txt"));
            }
            return out;
        }
        java.util.function.Consumer<CorpusItem> sink = item -> {
            if (!item.failed() && out.size() < max) {
                out.add(item.article());
            }
        };
        for (Path f : CorpusReader.files(List.of(Path.of(corpus)))) {
            if (out.size() >= max) {
                break;
            }
            if (ReutersSgmlReader.handles(f)) {
                new ReutersSgmlReader().read(f, sink);
            } else {
                new CorpusReader().read(f, sink);
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no articles in " + corpus);
        }
        return out;
    }
}
