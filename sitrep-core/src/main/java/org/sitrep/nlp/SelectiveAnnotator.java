package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Segment;

/**
 * The nlp stage in steps, for the fast path: {@link #tokenize} splits the body into sentences and
 * tokens (cheap); {@link #tag} adds parts of speech and lemmas, {@link #parse} dependencies and
 * {@link #times} SUTime's time expressions, each to the sentences asked for. The text is read once:
 * the later steps work on the tokens of the first.
 *
 * <p>A sentence that went through every step comes out exactly as {@link CoreNlpAnnotator} makes it:
 * the same settings and models, and CoreNLP tags, parses and dates each sentence on its own. The
 * parse step makes only the two dependency graphs sitrep reads (basic and enhanced++), where CoreNLP's
 * annotator makes five. A sentence that skipped a step lacks what it adds: without tags its parts of
 * speech are empty and its lemmas are its lower-case words; without a parse it has no dependencies;
 * without SUTime no time expressions. {@code annotate} runs every step over every sentence.
 *
 * <p>Models load once per process ({@link #shared()}), and CoreNLP shares them with
 * {@link CoreNlpAnnotator}'s; all methods are safe to call from several threads.
 */
public final class SelectiveAnnotator implements Annotator {

    private static volatile SelectiveAnnotator shared;

    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP lemmatizer;
    private final DependencyParser parser;
    private final TimeAnnotator sutime;
    private final WorkLimits limits;

    /** An article split into sentences and tokens, waiting for the rest of the nlp stage. */
    public static final class Tokenized {
        private final Article article;
        private final Annotation doc;
        private final List<CoreMap> sentences;
        private final List<List<String>> words;
        private final List<String> texts;
        private final List<String> notes;
        private final WorkLimits.Deadline deadline;

        private Tokenized(Article article, Annotation doc, List<String> notes, WorkLimits.Deadline deadline) {
            this.article = article;
            this.doc = doc;
            this.notes = notes;
            this.deadline = deadline;
            this.sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
            this.words = new ArrayList<>(sentences.size());
            this.texts = new ArrayList<>(sentences.size());
            String text = article.text();
            for (CoreMap s : sentences) {
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                List<String> w = new ArrayList<>(labels.size());
                for (CoreLabel l : labels) {
                    w.add(text.substring(l.beginPosition(), l.endPosition()));
                }
                words.add(w);
                texts.add(labels.isEmpty() ? ""
                        : text.substring(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition()));
            }
        }

        public Article article() {
            return article;
        }

        public int size() {
            return sentences.size();
        }

        /** The words of sentence {@code i} as written. */
        public List<String> words(int i) {
            return words.get(i);
        }

        /** The parts of speech of sentence {@code i} (after {@link SelectiveAnnotator#tag}). */
        public List<String> tags(int i) {
            List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<String> out = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                out.add(l.tag() == null ? "" : l.tag());
            }
            return out;
        }

        /** The lower-case lemmas of sentence {@code i} (after {@link SelectiveAnnotator#tag}). */
        public List<String> lemmas(int i) {
            List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<String> out = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                out.add((l.lemma() == null ? l.word() : l.lemma()).toLowerCase(Locale.ROOT));
            }
            return out;
        }

        /** Sentence {@code i} as written. */
        public String text(int i) {
            return texts.get(i);
        }

        /** What the nlp stage did not do as usual (see {@link AnnotatedDoc#notes()}). */
        public List<String> notes() {
            return notes;
        }

        public int tokens() {
            int n = 0;
            for (List<String> w : words) {
                n += w.size();
            }
            return n;
        }
    }

    public SelectiveAnnotator() {
        this(WorkLimits.DEFAULT);
    }

    /** @param limits the most work done for one sentence and one article */
    public SelectiveAnnotator(WorkLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits);
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,americanize=false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        Properties tok = (Properties) props.clone();
        tok.setProperty("annotators", "tokenize,ssplit");
        this.tokenizer = new StanfordCoreNLP(tok, false);
        Properties tag = (Properties) props.clone();
        tag.setProperty("annotators", "pos");
        this.tagger = new StanfordCoreNLP(tag, false);
        Properties lemma = (Properties) props.clone();
        lemma.setProperty("annotators", "lemma");
        this.lemmatizer = new StanfordCoreNLP(lemma, false);
        // the model and settings of CoreNLP's depparse annotator (depparse.model, depparse.extradependencies)
        this.parser = DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz",
                new Properties());
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.markTimeRanges", "true");
        timeProps.setProperty("sutime.binders", "0");
        this.sutime = new TimeAnnotator("sutime", timeProps);
    }

    /** The process-wide instance, loaded on first use. */
    public static SelectiveAnnotator shared() {
        SelectiveAnnotator s = shared;
        if (s == null) {
            synchronized (SelectiveAnnotator.class) {
                s = shared;
                if (s == null) {
                    s = new SelectiveAnnotator();
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * Step one: sentences and tokens of the article's body (other parts blanked out, offsets kept), with
     * sentences longer than the limit cut into pieces (see {@link WorkLimits}).
     *
     * @throws TooMuchWorkException when the article has more tokens than the limits allow
     */
    public Tokenized tokenize(Article article) {
        WorkLimits.Deadline deadline = limits.start();
        Annotation doc = new Annotation(CoreNlpAnnotator.bodyOnly(article));
        LocalDate date = article.date();
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        tokenizer.annotate(doc);
        List<String> notes = LongSentences.bound(doc, limits);
        return new Tokenized(article, doc, notes, deadline);
    }

    /** Step two: parts of speech (with {@link TagRepair}'s repairs) and lemmas of the sentences in {@code keep}. */
    public void tag(Tokenized t, BitSet keep) {
        t.deadline.check("tagging");
        Batches.run(t.doc, kept(t, keep), t.deadline, "tagging", part -> {
            tagger.annotate(part);
            TagRepair.repairSentences(part);
            lemmatizer.annotate(part);
        });
    }

    /** Step three: dependencies of the sentences in {@code keep} (tagged before). */
    public void parse(Tokenized t, BitSet keep) {
        for (int i = keep.nextSetBit(0); i >= 0 && i < t.size(); i = keep.nextSetBit(i + 1)) {
            t.deadline.check("parsing");
            CoreMap s = t.sentences.get(i);
            GrammaticalStructure gs = parser.predict(s);
            SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                    GrammaticalStructure.Extras.MAXIMAL, null);
            SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                    GrammaticalStructure.Extras.MAXIMAL, null);
            s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
            s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
        }
    }

    /** Step four: time expressions in the sentences in {@code keep} (tagged before). */
    public void times(Tokenized t, BitSet keep) {
        t.deadline.check("time expressions");
        Batches.run(t.doc, kept(t, keep), t.deadline, "time expressions", sutime::annotate);
    }

    /**
     * The annotated document as the steps left it: sentences in {@code tagged} with their parts of
     * speech and lemmas (and whatever later steps added), the others with their tokens only.
     */
    public AnnotatedDoc doc(Tokenized t, BitSet tagged) {
        Article article = t.article;
        List<Segment> body = article.coded();
        List<Sentence> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            CoreMap s = t.sentences.get(i);
            out.add(tagged.get(i) ? CoreNlpAnnotator.convert(i, s, article.text(), body)
                    : tokensOnly(i, s, article.text(), body));
        }
        return new AnnotatedDoc(article, out, t.notes);
    }

    /** Sentence {@code i} as the steps left it (see {@link #doc}). */
    public Sentence sentence(Tokenized t, int i, boolean tagged) {
        CoreMap s = t.sentences.get(i);
        return tagged ? CoreNlpAnnotator.convert(i, s, t.article.text(), t.article.coded())
                : tokensOnly(i, s, t.article.text(), t.article.coded());
    }

    /** Every step over every sentence: the same document {@link CoreNlpAnnotator} makes. */
    @Override
    public AnnotatedDoc annotate(Article article) {
        Tokenized t = tokenize(article);
        BitSet all = new BitSet();
        all.set(0, t.size());
        tag(t, all);
        parse(t, all);
        times(t, all);
        return doc(t, all);
    }

    /** The sentences in {@code keep}, in order. */
    private static List<CoreMap> kept(Tokenized t, BitSet keep) {
        List<CoreMap> out = new ArrayList<>(keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0 && i < t.size(); i = keep.nextSetBit(i + 1)) {
            out.add(t.sentences.get(i));
        }
        return out;
    }

    private static Sentence tokensOnly(int index, CoreMap s, String text, List<Segment> body) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = text.substring(l.beginPosition(), l.endPosition());
            tokens.add(new Token(i, word, word.toLowerCase(Locale.ROOT), "", l.beginPosition(), l.endPosition()));
        }
        int start = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).start();
        int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, paragraphOf(start, body), start, end, text.substring(start, end), tokens,
                List.of(), List.of(), List.of());
    }

    private static int paragraphOf(int offset, List<Segment> body) {
        for (int i = 0; i < body.size(); i++) {
            if (offset < body.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, body.size() - 1);
    }
}
