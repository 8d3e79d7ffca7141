package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Segment;

/**
 * The nlp stage: Stanford CoreNLP (tokenize, ssplit, pos, lemma, depparse) and SUTime over the body
 * of an article, with the few tagging errors {@link TagRepair} knows repaired before the parse.
 * CoreNLP's own NER is not run: names come from our dictionaries and gazetteer.
 *
 * <p>Loading the models takes seconds and about a gigabyte, so one instance is meant to be shared by
 * the whole process ({@link #shared()}); {@link #annotate} is safe to call from several threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP tokenizing;
    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP parsing;
    private final TimeAnnotator sutime;
    private final WorkLimits limits;

    public CoreNlpAnnotator() {
        this(WorkLimits.DEFAULT);
    }

    /** @param limits the most work done for one sentence and one article */
    public CoreNlpAnnotator(WorkLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits);
        // CoreNLP reports each model it loads; users want their results, not that
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,americanize=false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        Properties tok = (Properties) props.clone();
        tok.setProperty("annotators", "tokenize,ssplit");
        this.tokenizing = new StanfordCoreNLP(tok, false);
        Properties tag = (Properties) props.clone();
        tag.setProperty("annotators", "pos"); // after long sentences are cut (WorkLimits)
        this.tagging = new StanfordCoreNLP(tag, false);
        Properties parse = (Properties) props.clone();
        parse.setProperty("annotators", "lemma,depparse"); // after the tags are repaired (TagRepair)
        this.parsing = new StanfordCoreNLP(parse, false);
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.markTimeRanges", "true");
        timeProps.setProperty("sutime.binders", "0");
        this.sutime = new TimeAnnotator("sutime", timeProps);
    }

    /** The process-wide instance, loaded on first use. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator s = shared;
        if (s == null) {
            synchronized (CoreNlpAnnotator.class) {
                s = shared;
                if (s == null) {
                    s = new CoreNlpAnnotator();
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * Annotates the article's coded text.
     *
     * @throws TooMuchWorkException when the article has more tokens than the limits allow, or its
     *                              time is up
     */
    @Override
    public AnnotatedDoc annotate(Article article) {
        WorkLimits.Deadline deadline = limits.start();
        String masked = bodyOnly(article);
        Annotation doc = new Annotation(masked);
        LocalDate date = article.date();
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        tokenizing.annotate(doc);
        List<String> notes = LongSentences.bound(doc, limits);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Batches.run(doc, sentences, deadline, "tagging", part -> {
            tagging.annotate(part);
            TagRepair.repairSentences(part);
        });
        Batches.run(doc, sentences, deadline, "parsing", parsing::annotate);
        Batches.run(doc, sentences, deadline, "time expressions", sutime::annotate);
        List<Segment> body = article.coded();
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(convert(out.size(), s, article.text(), body));
        }
        return new AnnotatedDoc(article, out, notes);
    }

    /**
     * The article text with everything but its coded parts (headline and body) blanked out, so that
     * offsets stay the same. Where one part follows another after a single line break ("Rebels take
     * town\nRebels took ..."), the break becomes a paragraph separator (U+2029), which ends a sentence
     * as a blank line does.
     */
    static String bodyOnly(Article article) {
        String text = article.text();
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            chars[i] = c == '\n' ? '\n' : ' ';
        }
        List<Segment> coded = article.coded();
        for (int k = 0; k < coded.size(); k++) {
            Segment s = coded.get(k);
            text.getChars(s.start(), s.end(), chars, s.start());
            if (k > 0) {
                int from = coded.get(k - 1).end();
                int breaks = 0;
                int last = -1;
                for (int i = from; i < s.start(); i++) {
                    if (chars[i] == '\n') {
                        breaks++;
                        last = i;
                    }
                }
                if (breaks == 1) {
                    chars[last] = '\u2029';
                }
            }
        }
        return new String(chars);
    }

    static Sentence convert(int index, CoreMap s, String text, List<Segment> body) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, text.substring(l.beginPosition(), l.endPosition()),
                    lemma.toLowerCase(Locale.ROOT), l.tag(), l.beginPosition(), l.endPosition()));
        }
        int start = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).start();
        int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
        List<Dependency> basic = dependencies(
                s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        List<Dependency> enhanced = dependencies(
                s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap t : timexes) {
                TimeExpression te = time(index, t, firstToken, labels.size(), text);
                if (te != null) {
                    times.add(te);
                }
            }
        }
        return new Sentence(index, paragraphOf(start, body), start, end, text.substring(start, end), tokens,
                basic, enhanced, times);
    }

    private static int paragraphOf(int offset, List<Segment> body) {
        for (int i = 0; i < body.size(); i++) {
            if (offset < body.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, body.size() - 1);
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                continue;
            }
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                    e.getDependent().index() - 1));
        }
        return deps;
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    private static TimeExpression time(int sentence, CoreMap t, int firstToken, int size, String text) {
        Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
            return null;
        }
        Integer tb = t.get(CoreAnnotations.TokenBeginAnnotation.class);
        Integer te = t.get(CoreAnnotations.TokenEndAnnotation.class);
        int from = tb == null ? 0 : tb;
        int to = te == null ? from : te;
        if (from >= firstToken) {
            // document-level token offsets
            from -= firstToken;
            to -= firstToken;
        }
        from = Math.max(0, Math.min(from, size));
        to = Math.max(from, Math.min(to, size));
        int cb = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int ce = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String value = timex.value();
        LocalDate date = null;
        String precision = null;
        if (value != null) {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                precision = "day";
            } else if (MONTH.matcher(value).matches()) {
                precision = "month";
            } else if (YEAR.matcher(value).matches()) {
                precision = "year";
            } else if (value.matches("^\\d{4}-W\\d{2}$")) {
                precision = "week";
            }
        }
        return new TimeExpression(sentence, from, to, cb, ce, text.substring(cb, ce), timex.timexType(), value,
                date, precision);
    }
}
