package org.sitrep.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.mentions.Mentions;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The hot stages after parsing, on sentences parsed once in the set-up: the event coder alone, the
 * mentions stage (dictionaries, gazetteer, reference resolution), gazetteer look-ups and the fast
 * path's sentence filter. Each benchmark goes over the whole parsed corpus per operation and counts
 * what it went through ({@code sentences}, {@code lookups}) as throughput too.
 *
 * <pre>java -jar sitrep-bench/target/sitrep-bench.jar [-Dsitrep.bench.corpus=PATH] [JMH options]</pre>
 * (set {@code sitrep.bench.*} with {@code -jvmArgsAppend -Dsitrep.bench.corpus=...} for the forked JVM).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Xss4m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class StageBenchmarks {

    /** The parsed corpus, shared by the benchmark's threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        ParsedCorpus parsed;

        @Setup(Level.Trial)
        public void parse() throws Exception {
            parsed = new ParsedCorpus();
        }
    }

    /** What an operation went through, reported as rates next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long sentences;
        public long lookups;

        @Setup(Level.Iteration)
        public void reset() {
            sentences = 0;
            lookups = 0;
        }
    }

    /** {@code EventCoder.code(Mentions)} over every parsed article. */
    @Benchmark
    public void coder(Corpus c, Counts n, Blackhole bh) {
        for (Mentions m : c.parsed.mentions) {
            bh.consume(c.parsed.coder.code(m));
            n.sentences += m.doc().sentences().size();
        }
    }

    /** {@code MentionFinder.find(AnnotatedDoc)}: actors, places (the geoparser), quotes and references. */
    @Benchmark
    public void mentions(Corpus c, Counts n, Blackhole bh) {
        for (AnnotatedDoc d : c.parsed.docs) {
            bh.consume(c.parsed.finder.find(d));
            n.sentences += d.sentences().size();
        }
    }

    /** The geoparser alone over every parsed article. */
    @Benchmark
    public void geoparser(Corpus c, Counts n, Blackhole bh) {
        for (AnnotatedDoc d : c.parsed.docs) {
            bh.consume(c.parsed.geoparser.parse(d));
            n.sentences += d.sentences().size();
        }
    }

    /** Gazetteer look-ups of the place names the geoparser found. */
    @Benchmark
    public void gazetteerLookup(Corpus c, Counts n, Blackhole bh) {
        var g = c.parsed.geoparser.gazetteer();
        for (String name : c.parsed.placeNames) {
            bh.consume(g.mayMatch(name) ? g.lookup(name) : List.of());
            n.lookups++;
        }
    }

    /** The fast path's filter over every sentence (words, tags and lemmas). */
    @Benchmark
    public void sentenceFilter(Corpus c, Counts n, Blackhole bh) {
        for (AnnotatedDoc d : c.parsed.docs) {
            for (Sentence s : d.sentences()) {
                List<Token> t = s.tokens();
                bh.consume(c.parsed.filter.test(t.stream().map(Token::word).toList(),
                        t.stream().map(Token::pos).toList(), t.stream().map(Token::lemma).toList()));
                n.sentences++;
            }
        }
    }
}
