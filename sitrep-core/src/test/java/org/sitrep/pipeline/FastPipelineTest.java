package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.SelectiveAnnotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Texts;

/** The fast path against the full path: the same events, fewer sentences parsed. */
class FastPipelineTest {

    static FastPipeline fast;
    static Pipeline full;

    @BeforeAll
    static void load() {
        fast = FastPipeline.standard(null);
        full = fast.full();
    }

    private static Article hama() {
        Path p = Path.of("..", "examples", "hama", "article.txt");
        return new Ingest().read(p);
    }

    @Test
    void theHamaExampleGivesTheEventsOfTheFullPath() {
        Article a = hama();
        FastPipeline.Run r = fast.run(a, FastPipeline.Mode.FAST, null);
        List<EventRecord> expected = full.code(a);
        assertThat(expected).isNotEmpty();
        assertThat(r.events()).isEqualTo(expected);
        assertThat(r.parsed()).isLessThanOrEqualTo(r.sentences());
        assertThat(fast.code(a)).isEqualTo(expected);
    }

    @Test
    void theSelectiveAnnotatorOverEverySentenceIsCoreNlpAnnotator() {
        Article a = hama();
        AnnotatedDoc mine = SelectiveAnnotator.shared().annotate(a);
        AnnotatedDoc theirs = CoreNlpAnnotator.shared().annotate(a);
        assertThat(mine).isEqualTo(theirs);
        assertThat(mine.sentences()).allSatisfy(s -> assertThat(s.basic()).isNotEmpty());
        assertThat(mine.sentences().stream().mapToInt(s -> s.times().size()).sum()).isPositive();
    }

    @Test
    void sentencesThatCannotHoldAnEventAreNotParsed() {
        Article a = Texts.article("Syrian troops shelled the town of Saraqib on Thursday, the army said.\n\n"
                + "Wheat prices were steady in quiet trading.\n\n"
                + "The harvest is expected to be larger than last year.");
        StageTimes times = new StageTimes();
        FastPipeline.Run r = fast.run(a, FastPipeline.Mode.FAST, times);
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.parsed()).isEqualTo(1);
        List<Sentence> s = r.result().doc().sentences();
        assertThat(s.get(0).basic()).isNotEmpty();
        assertThat(s.get(1).basic()).isEmpty();
        // unparsed sentences keep their tokens and tags for the mentions stage
        assertThat(s.get(1).tokens()).extracting(t -> t.pos()).doesNotContain("");
        assertThat(r.events()).isEqualTo(full.code(a)).isNotEmpty();
        // the shelling is dated by "on Thursday": SUTime ran over the sentence that told it
        EventRecord shelling = r.events().stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow();
        assertThat(shelling.date()).isEqualTo(Texts.DAY);
        assertThat(shelling.dateBasis()).isEqualTo("text");
        assertThat(times.articles()).isEqualTo(1);
        assertThat(times.parsed()).isEqualTo(1);
        assertThat(times.sentences()).isEqualTo(3);
        assertThat(times.parsedShare()).isBetween(0.3, 0.4);
    }

    @Test
    void theFullModeParsesAndDatesEverySentence() {
        Article a = Texts.article("Wheat prices were steady on Monday.\n\nRebels attacked a convoy near Goma on Tuesday.");
        FastPipeline.Run r = fast.run(a, FastPipeline.Mode.FULL, null);
        assertThat(r.parsed()).isEqualTo(2);
        assertThat(r.result().doc()).isEqualTo(CoreNlpAnnotator.shared().annotate(a));
        assertThat(r.events()).isEqualTo(full.code(a));
        FastPipeline.Run f = fast.run(a, FastPipeline.Mode.FAST, null);
        assertThat(f.parsed()).isEqualTo(1);
        assertThat(f.events()).isEqualTo(r.events());
        // the fast path dates only the sentences that told an event
        assertThat(f.result().doc().sentences().get(0).times()).isEmpty();
        assertThat(r.result().doc().sentences().get(0).times()).isNotEmpty();
    }

    @Test
    void aToldSentenceWithoutATimeCueIsNotDatedBySutime() {
        Article a = Texts.article("Rebels attacked a convoy near Goma, the army said.\n\n"
                + "Rebels attacked a convoy near Goma on Tuesday, the army said.");
        FastPipeline.Run r = fast.run(a, FastPipeline.Mode.FAST, null);
        assertThat(r.parsed()).isEqualTo(2);
        assertThat(r.events()).isEqualTo(full.code(a)).isNotEmpty();
        assertThat(r.result().doc().sentences().get(0).times()).isEmpty();
        assertThat(r.result().doc().sentences().get(1).times()).extracting(t -> t.text()).containsExactly("Tuesday");
    }

    @Test
    void theFastPathAsAPipelineCodesAsTheFastPath() {
        Pipeline p = fast.asPipeline();
        assertThat(p.isFast()).isTrue();
        assertThat(full.isFast()).isFalse();
        Article a = Texts.article("Wheat prices were steady on Monday.\n\nRebels attacked a convoy near Goma on Tuesday.");
        Pipeline.Result r = p.run(a);
        assertThat(r.events()).isEqualTo(full.code(a)).isNotEmpty();
        assertThat(r.doc().sentences().get(0).basic()).isEmpty(); // not parsed
        assertThat(p.with(org.sitrep.events.CodingOptions.PETRARCH).isFast()).isTrue();
    }
}
