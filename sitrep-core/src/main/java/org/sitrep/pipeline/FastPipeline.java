package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.events.CodingOptions;
import org.sitrep.events.Discards;
import org.sitrep.events.EventCoder;
import org.sitrep.events.EventRecord;
import org.sitrep.events.VerbDictionary;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.mentions.Mentions;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.SelectiveAnnotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeCues;
import org.sitrep.pipeline.StageTimes.Stage;

/**
 * The pipeline with a fast path: the article is split into sentences, tokens and tags, the
 * {@link EventSentenceFilter} picks the sentences that can hold an event, and only those are parsed;
 * then mentions and events as in {@link Pipeline}, and time expressions only where an event was told.
 * The text is read once. The full path ({@link Mode#FULL}) parses and dates every sentence.
 *
 * <p>Holds the models and dictionaries (loaded once: the filter, the mentions stage and the coder
 * share them); one instance serves many threads.
 */
public final class FastPipeline {

    /** Which sentences are parsed. */
    public enum Mode {
        /** Only those the filter keeps. */
        FAST,
        /** All of them. */
        FULL
    }

    /** What the pipeline made of one article, and how many of its sentences it parsed. */
    public record Run(Pipeline.Result result, int sentences, int parsed, int tokens) {
        public List<EventRecord> events() {
            return result.events();
        }
    }

    private final SelectiveAnnotator annotator;
    private final EventSentenceFilter filter;
    private final Discards discards;
    private final MentionFinder mentions;
    private final EventCoder coder;

    public FastPipeline(SelectiveAnnotator annotator, EventSentenceFilter filter, Discards discards,
                        MentionFinder mentions, EventCoder coder) {
        this.annotator = Objects.requireNonNull(annotator);
        this.filter = Objects.requireNonNull(filter);
        this.discards = Objects.requireNonNull(discards);
        this.mentions = Objects.requireNonNull(mentions);
        this.coder = Objects.requireNonNull(coder);
    }

    /**
     * A pipeline over the given dictionaries and place finder.
     *
     * @param articleContext resolve actors from the whole article (see {@link MentionFinder})
     */
    public static FastPipeline create(DictionaryFiles dictionaries, ToponymFinder places, CodingOptions options,
                                      boolean articleContext) {
        ActorDictionary actors = ActorDictionary.load(dictionaries);
        VerbDictionary verbs = VerbDictionary.load(dictionaries);
        Discards discards = Discards.load(dictionaries);
        org.sitrep.dict.WordClasses classes = org.sitrep.dict.WordClasses.load(dictionaries);
        return new FastPipeline(SelectiveAnnotator.shared(), new EventSentenceFilter(actors, verbs), discards,
                new MentionFinder(actors, places, articleContext, classes), new EventCoder(verbs, discards, classes, options));
    }

    /**
     * The standard pipeline (see {@link Pipeline#standard}): the bundled dictionaries (plus those of
     * {@code extraDictionaries} when not null), the gazetteer, coding news.
     */
    public static FastPipeline standard(java.nio.file.Path extraDictionaries) {
        DictionaryFiles files = DictionaryFiles.bundled();
        if (extraDictionaries != null) {
            files = files.plus(DictionaryFiles.directory(extraDictionaries));
        }
        return create(files, new org.sitrep.geo.Geoparser()::parse, CodingOptions.NEWS, true)
                .withJudge(Pipeline.bundledJudge());
    }

    /** The same dictionaries with other coding options (cheap: nothing is reloaded). */
    public FastPipeline with(CodingOptions options) {
        return new FastPipeline(annotator, filter, discards, mentions, coder.with(options));
    }

    /** The same with a judge of the events' sentences ({@code null}: none; see {@link EventCoder#withJudge}). */
    public FastPipeline withJudge(org.sitrep.events.SentenceJudge judge) {
        return new FastPipeline(annotator, filter, discards, mentions, coder.withJudge(judge));
    }

    /** This fast path as a {@link Pipeline}, for the shells and evaluations that take one. */
    public Pipeline asPipeline() {
        return Pipeline.fastPath(this, annotator, mentions, coder);
    }

    /** The classic pipeline over the same dictionaries: CoreNLP over every sentence in one go. */
    public Pipeline full() {
        return new Pipeline(CoreNlpAnnotator.shared(), mentions, coder);
    }

    public EventSentenceFilter filter() {
        return filter;
    }

    public EventCoder coder() {
        return coder;
    }

    /** The fast path over one article. */
    public Pipeline.Result run(Article article) {
        return run(article, Mode.FAST, null).result();
    }

    public List<EventRecord> code(Article article) {
        return run(article).events();
    }

    /** Every telling of every event, before the article's repeats are folded. */
    public List<EventRecord> codeAll(Article article) {
        return runAll(article).events();
    }

    /** As {@link #run(Article)}, with every telling of every event, before the article's repeats are folded. */
    public Pipeline.Result runAll(Article article) {
        Pipeline.Result r = run(article, Mode.FAST, null).result();
        return new Pipeline.Result(article, r.doc(), r.mentions(), coder.codeAll(r.mentions()));
    }

    /**
     * One article through the chosen path.
     *
     * <p>The fast path: (1) tokens and sentences; (2) parts of speech and lemmas of every sentence
     * (cheap next to parsing, and the mentions stage reads them everywhere: pronouns, surnames, agents
     * used as verbs); (3) the {@link EventSentenceFilter} keeps the sentences that can hold an event,
     * and with a sentence that has a pronoun, the two before it that name someone (the mentions stage
     * resolves "it" to the subjects there); (4) only those are parsed; (5) mentions and events are found over the whole article; (6) SUTime
     * runs over the sentences that told an event and have a word or number a time expression the coder
     * reads rests on ({@link TimeCues}), and the events are coded again with their dates.
     * Step 6 rests on the coder reading a sentence's time expressions only to date what it codes there
     * (never to decide whether it codes it), so the events come out as the full path would code them
     * from the same mentions. Sentences that are not parsed still give the mentions stage their actors
     * and places, but not their grammar (subjects, appositions, quote attributions): an event whose
     * actor is resolved through such a sentence can come out differently (see {@code sitrep bench}).
     *
     * @param times where to add the time of each stage, or {@code null}
     */
    public Run run(Article article, Mode mode, StageTimes times) {
        long t0 = StageTimes.now();
        SelectiveAnnotator.Tokenized tok = annotator.tokenize(article);
        int n = tok.size();
        BitSet all = all(n);
        long t1 = StageTimes.now();
        annotator.tag(tok, all);
        long t2 = StageTimes.now();
        BitSet parsed = mode == Mode.FULL ? all : select(tok);
        long t3 = StageTimes.now();
        annotator.parse(tok, parsed);
        long t4 = StageTimes.now();
        long timeNanos = 0;
        if (mode == Mode.FULL) {
            annotator.times(tok, all);
            timeNanos = StageTimes.now() - t4;
        }
        long t5 = StageTimes.now();
        AnnotatedDoc doc = annotator.doc(tok, all);
        Mentions m = mentions.find(doc);
        long t6 = StageTimes.now();
        List<EventRecord> events;
        long eventNanos;
        if (mode == Mode.FULL) {
            events = coder.code(m);
            eventNanos = StageTimes.now() - t6;
        } else {
            List<EventRecord> tellings = coder.tellings(m); // which sentences tell events: no judge needed
            long t7 = StageTimes.now();
            BitSet told = new BitSet(n);
            for (EventRecord e : tellings) {
                told.set(e.evidence().sentence());
            }
            told.and(parsed);
            for (int i = told.nextSetBit(0); i >= 0; i = told.nextSetBit(i + 1)) {
                if (!TimeCues.any(tok.words(i))) {
                    told.clear(i); // nothing there SUTime could give the coder
                }
            }
            if (!told.isEmpty()) {
                annotator.times(tok, told);
                List<Sentence> sentences = new ArrayList<>(doc.sentences());
                for (int i = told.nextSetBit(0); i >= 0; i = told.nextSetBit(i + 1)) {
                    sentences.set(i, annotator.sentence(tok, i, true));
                }
                doc = new AnnotatedDoc(article, sentences, doc.notes());
                m = new Mentions(doc, m.actors(), m.places(), m.quotes());
            }
            long t8 = StageTimes.now();
            events = tellings.isEmpty() ? List.of() : coder.code(m);
            long t9 = StageTimes.now();
            timeNanos = t8 - t7;
            eventNanos = (t7 - t6) + (t9 - t8);
        }
        int tokens = tok.tokens();
        if (times != null) {
            times.add(Stage.TOKENIZE, t1 - t0);
            times.add(Stage.TAG, t2 - t1);
            times.add(Stage.FILTER, t3 - t2);
            times.add(Stage.PARSE, t4 - t3);
            times.add(Stage.TIME, timeNanos);
            times.add(Stage.MENTIONS, t6 - t5);
            times.add(Stage.EVENTS, eventNanos);
            times.article(n, parsed.cardinality(), tokens, events.size());
        }
        return new Run(new Pipeline.Result(article, doc, m, events), n, parsed.cardinality(), tokens);
    }

    /**
     * The sentences the fast path parses: those whose words and tags allow an event (see
     * {@link EventSentenceFilter}) and that the discard lists do not rule out (after {@code tag}).
     */
    BitSet select(SelectiveAnnotator.Tokenized tok) {
        BitSet keep = new BitSet(tok.size());
        if (tok.size() == 0 || discards.storyDiscard(tok.article().text()) != null) {
            return keep; // the coder codes nothing of a discarded story
        }
        for (int i = 0; i < tok.size(); i++) {
            if (filter.test(tok.words(i), tok.tags(i), tok.lemmas(i)).keep()
                    && discards.sentenceDiscard(tok.text(i)) == null) {
                keep.set(i);
            }
        }
        // "it", "they" resolve to an actor of the sentence or of the two before it, preferring subjects:
        // where a kept sentence has such a pronoun, the two before it are parsed too when they name someone
        BitSet context = new BitSet(tok.size());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            if (!EventSentenceFilter.hasPronoun(tok.words(i))) {
                continue;
            }
            for (int j = Math.max(0, i - PRONOUN_REACH); j < i; j++) {
                if (!keep.get(j) && filter.mayNameActor(tok.words(j))) {
                    context.set(j);
                }
            }
        }
        keep.or(context);
        return keep;
    }

    /** How many sentences back the mentions stage looks for what a pronoun stands for. */
    private static final int PRONOUN_REACH = 2;

    private static BitSet all(int n) {
        BitSet b = new BitSet(n);
        b.set(0, n);
        return b;
    }
}
