package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.events.EventCoder;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.mentions.Mentions;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Annotator;

/**
 * The whole pipeline over one article: nlp → mentions → events. The command line, the server and
 * the Spark job are shells over this class. It holds the loaded models and dictionaries; one
 * instance serves many threads.
 */
public final class Pipeline {

    /** What the pipeline made of one article, stage by stage. */
    public record Result(Article article, AnnotatedDoc doc, Mentions mentions, List<EventRecord> events) {
    }

    private final Annotator annotator;
    private final MentionFinder mentions;
    private final EventCoder coder;
    /** When not null, {@link #run} takes its fast path (see {@link FastPipeline}). */
    private final FastPipeline fast;

    public Pipeline(Annotator annotator, MentionFinder mentions, EventCoder coder) {
        this(annotator, mentions, coder, null);
    }

    private Pipeline(Annotator annotator, MentionFinder mentions, EventCoder coder, FastPipeline fast) {
        this.annotator = Objects.requireNonNull(annotator);
        this.mentions = Objects.requireNonNull(mentions);
        this.coder = Objects.requireNonNull(coder);
        this.fast = fast;
    }

    /**
     * The pipeline whose {@link #run}, {@link #code} and {@link #codeAll} take the fast path of
     * {@code fast} (only the sentences that can hold an event are parsed); {@link #explain} parses
     * every sentence.
     */
    static Pipeline fastPath(FastPipeline fast, Annotator annotator, MentionFinder mentions, EventCoder coder) {
        return new Pipeline(annotator, mentions, coder, Objects.requireNonNull(fast));
    }

    /** Whether this pipeline takes the fast path. */
    public boolean isFast() {
        return fast != null;
    }

    /** A pipeline over the given dictionaries, annotator and place finder, coding news. */
    public static Pipeline create(DictionaryFiles dictionaries, Annotator annotator, ToponymFinder places) {
        return create(dictionaries, annotator, places, org.sitrep.events.CodingOptions.NEWS);
    }

    /**
     * @param articleContext resolve actors from the whole article (see {@link MentionFinder}); off for
     *                       PETRARCH's sentence-by-sentence convention
     */
    public static Pipeline create(DictionaryFiles dictionaries, Annotator annotator, ToponymFinder places,
                                  org.sitrep.events.CodingOptions options, boolean articleContext) {
        org.sitrep.dict.WordClasses classes = org.sitrep.dict.WordClasses.load(dictionaries);
        return new Pipeline(annotator, new MentionFinder(ActorDictionary.load(dictionaries), places, articleContext, classes),
                EventCoder.load(dictionaries, classes, options));
    }

    public static Pipeline create(DictionaryFiles dictionaries, Annotator annotator, ToponymFinder places,
                                  org.sitrep.events.CodingOptions options) {
        return create(dictionaries, annotator, places, options, true);
    }

    /** The same models and dictionaries with other coding options (cheap: nothing is reloaded). */
    public Pipeline with(org.sitrep.events.CodingOptions options) {
        return fast != null ? fast.with(options).asPipeline() : new Pipeline(annotator, mentions, coder.with(options));
    }

    public EventCoder coder() {
        return coder;
    }

    /**
     * The standard pipeline: CoreNLP shared by the process, the bundled dictionaries (plus those of
     * {@code extraDictionaries} when not null) and the gazetteer.
     */
    public static Pipeline standard(java.nio.file.Path extraDictionaries) {
        DictionaryFiles files = DictionaryFiles.bundled();
        if (extraDictionaries != null) {
            files = files.plus(DictionaryFiles.directory(extraDictionaries));
        }
        return create(files, org.sitrep.nlp.CoreNlpAnnotator.shared(), new org.sitrep.geo.Geoparser()::parse)
                .withJudge(bundledJudge());
    }

    /**
     * The learned judge sitrep ships ({@link org.sitrep.judge.Judge#bundled()}), or {@code null} when
     * the build carries no weights for it or {@code SITREP_JUDGE} is {@code off}; {@code SITREP_JUDGE}
     * naming a file loads the weights from it instead.
     */
    static org.sitrep.events.SentenceJudge bundledJudge() {
        String setting = System.getenv("SITREP_JUDGE");
        if ("off".equals(setting)) {
            return null;
        }
        if (setting != null && !setting.isBlank()) {
            return JUDGES.computeIfAbsent(setting, f -> org.sitrep.judge.Judge.load(java.nio.file.Path.of(f)))::classify;
        }
        return org.sitrep.judge.Judge.bundledAvailable() ? org.sitrep.judge.Judge.bundled()::classify : null;
    }

    private static final java.util.Map<String, org.sitrep.judge.Judge> JUDGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same pipeline with a judge of the events' sentences ({@code null}: none; see {@link EventCoder#withJudge}). */
    public Pipeline withJudge(org.sitrep.events.SentenceJudge judge) {
        return fast != null ? fast.withJudge(judge).asPipeline() : new Pipeline(annotator, mentions, coder.withJudge(judge));
    }

    /** Every telling of every event, before the article's repeats are folded. */
    public List<EventRecord> codeAll(Article article) {
        return runAll(article).events();
    }

    /** As {@link #run}, with every telling of every event, before the article's repeats are folded. */
    public Result runAll(Article article) {
        if (fast != null) {
            return fast.runAll(article);
        }
        AnnotatedDoc doc = annotator.annotate(article);
        Mentions m = mentions.find(doc);
        return new Result(article, doc, m, coder.codeAll(m));
    }

    public Result run(Article article) {
        if (fast != null) {
            return fast.run(article);
        }
        AnnotatedDoc doc = annotator.annotate(article);
        Mentions m = mentions.find(doc);
        return new Result(article, doc, m, coder.code(m));
    }

    /** Runs the pipeline and writes to {@code explain} what each stage found and decided. */
    public Result explain(Article article, List<String> explain) {
        AnnotatedDoc doc = annotator.annotate(article);
        Mentions m = mentions.find(doc);
        for (var s : doc.sentences()) {
            explain.add("s" + s.index() + ": " + s.text());
            for (var a : m.actorsIn(s.index())) {
                explain.add("  actor '" + a.text() + "' = " + a.actor().id() + " " + a.actor().cameo() + " (" + a.via() + ")");
            }
            for (var t : m.placesIn(s.index())) {
                explain.add("  place '" + t.text() + "' " + t.use().label()
                        + (t.place() == null ? "" : " = " + t.place().name() + " " + t.place().geonameId()));
            }
        }
        for (var q : m.quotes()) {
            explain.add("quote " + q.start() + "-" + q.end() + " speaker " + q.speaker());
        }
        return new Result(article, doc, m, coder.code(m, explain));
    }

    public List<EventRecord> code(Article article) {
        return run(article).events();
    }
}
