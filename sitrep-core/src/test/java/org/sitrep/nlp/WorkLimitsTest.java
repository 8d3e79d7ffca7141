package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;

/** The bounds on the work of one sentence and one article (README, "Limits"). */
class WorkLimitsTest {

    private static final String[] CLAUSES = {
        "rebels of Hayat Tahrir al-Sham attacked army positions near the city of Hama",
        "the Syrian army said that its forces had withdrawn from several villages in the north",
        "residents told reporters that shelling continued through the night",
        "officials in Damascus accused Turkey of supporting the fighters who entered the town"};

    /** One sentence of about {@code tokens} tokens, clauses joined by commas and "and", no full stop before the end. */
    static String longSentence(int tokens) {
        StringBuilder b = new StringBuilder("On Thursday");
        int n = 2;
        for (int i = 0; n < tokens; i++) {
            String c = CLAUSES[i % CLAUSES.length];
            b.append(i % 3 == 2 ? " and " : ", ").append(c);
            n += c.split(" ").length + 1;
        }
        return b.append(".\n").toString();
    }

    static Article article(String text) {
        return new Ingest().read(text.getBytes(StandardCharsets.UTF_8), "long.txt");
    }

    @Test
    void aTwoMegabyteSentenceOnOneLineIsRefusedPromptlyWithAClearReason() {
        String text = longSentence(400_000);
        assertThat(text.length()).isGreaterThan(2_000_000);
        Article a = article(text);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> CoreNlpAnnotator.shared().annotate(a))
                .isInstanceOf(TooMuchWorkException.class)
                .hasMessageContaining("tokens, more than the 20,000 one article may have");
        assertThatThrownBy(() -> FastPipeline.standard(null).run(a))
                .isInstanceOf(TooMuchWorkException.class)
                .hasMessageContaining("one article may have");
        // it used to run for more than seven minutes
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(90));
    }

    @Test
    void aLongSentenceIsCutIntoPiecesAndTheArticleSaysSo() {
        String text = longSentence(1_000);
        Article a = article(text);
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        assertThat(doc.sentences()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(doc.notes()).singleElement().asString()
                .contains("was cut into " + doc.sentences().size() + " pieces of at most 200 tokens");
        int tokens = 0;
        for (Sentence s : doc.sentences()) {
            assertThat(s.size()).isBetween(1, WorkLimits.SENTENCE_TOKENS);
            assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.basic()).isNotEmpty();
            assertThat(s.enhanced()).isNotEmpty();
            for (Dependency d : s.basic()) {
                assertThat(d.dependent()).isBetween(0, s.size() - 1);
            }
            tokens += s.size();
        }
        assertThat(tokens).isGreaterThanOrEqualTo(1_000);
        // a piece ends after a comma where there is one in its second half
        assertThat(doc.sentences().get(0).tokens().get(doc.sentences().get(0).size() - 1).word()).isEqualTo(",");
        // "On Thursday" is still dated in the first piece
        assertThat(doc.sentences().get(0).times()).isNotEmpty();
        // the fast path cuts the same pieces
        Pipeline.Result fast = FastPipeline.standard(null).run(a);
        assertThat(fast.doc().notes()).isEqualTo(doc.notes());
        assertThat(fast.doc().sentences()).hasSameSizeAs(doc.sentences());
        assertThat(fast.events()).isNotEmpty();
    }

    @Test
    void aNormalArticleHasNoNotes() {
        Article a = article("Rebels attacked the town of Hama on Thursday, the army said.\n");
        assertThat(CoreNlpAnnotator.shared().annotate(a).notes()).isEmpty();
    }

    @Test
    void anArticleOverItsTimeBudgetIsGivenUp() {
        SelectiveAnnotator impatient = new SelectiveAnnotator(WorkLimits.DEFAULT.withBudget(Duration.ofNanos(1)));
        Article a = article(longSentence(300));
        SelectiveAnnotator.Tokenized t = impatient.tokenize(a);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, t.size());
        assertThatThrownBy(() -> impatient.tag(t, all))
                .isInstanceOf(TooMuchWorkException.class)
                .hasMessageContaining("took more than the 0 s one article may take");
    }

    @Test
    void piecesAreCutAfterPunctuationInTheirSecondHalfElseAtTheLimit() {
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            CoreLabel l = new CoreLabel();
            l.setWord(i == 7 || i == 16 ? "," : "word");
            labels.add(l);
        }
        assertThat(LongSentences.cut(labels, 0, 20)).isEqualTo(17); // after the comma at 16
        assertThat(LongSentences.cut(labels, 17, 20)).isEqualTo(37); // no comma in 27..36
        assertThat(LongSentences.cut(labels, 40, 20)).isEqualTo(50); // the rest fits
        assertThat(LongSentences.cut(labels, 0, 10)).isEqualTo(8); // the comma at 7 is in the second half
    }

    @Test
    void limitsMustBeSensible() {
        assertThatThrownBy(() -> new WorkLimits(5, 100, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkLimits(100, 100, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
