package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;

class CoreNlpAnnotatorTest {

    @Test
    void annotatesOnlyTheHeadlineAndBodyWithOffsetsIntoTheArticle() {
        Article a = new Ingest().read(Path.of("../examples/hama/article.txt"));
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        assertThat(doc.sentences()).hasSize(11);
        assertThat(doc.sentences().get(0).text()).isEqualTo("Syrian Army Withdraws From Hama City");
        assertThat(a.inHeadline(doc.sentences().get(0).start())).isTrue();
        assertThat(a.inHeadline(doc.sentences().get(1).start())).isFalse();
        for (Sentence s : doc.sentences()) {
            assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.word());
            }
            assertThat(s.text()).doesNotContain("RELATED").doesNotContain("Sources:").doesNotContain("Hour:");
        }
        assertThat(doc.sentences().get(10).paragraph()).isEqualTo(9);
    }

    @Test
    void aHeadlineOnTheLineBeforeTheStoryIsASentenceOfItsOwn() {
        Article a = new Ingest().read("Rebels take border town\nRebels took the town of Karu on Monday.".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "t");
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("Rebels take border town", "Rebels took the town of Karu on Monday.");
    }

    @Test
    void sutimeResolvesWeekdaysAgainstTheArticleDate() {
        Article a = new Ingest().read(Path.of("../examples/hama/article.txt"));
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        Sentence s = doc.sentences().get(2);
        assertThat(s.text()).startsWith("On Thursday");
        assertThat(s.times()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("Thursday");
            assertThat(t.date()).isEqualTo(LocalDate.of(2024, 12, 5));
            assertThat(t.precision()).isEqualTo("day");
        });
    }

    @Test
    void theEnhancedGraphGivesControlledVerbsTheirSubject() {
        Article a = new Ingest().read(Path.of("../examples/hama/article.txt"));
        Sentence s = CoreNlpAnnotator.shared().annotate(a).sentences().get(2);
        int penetrate = s.tokens().stream().filter(t -> t.word().equals("penetrate")).findFirst().orElseThrow().index();
        DepGraph g = new DepGraph(s);
        assertThat(g.children(penetrate, "nsubj")).extracting(i -> s.token(i).word()).contains("al-Sham");
        assertThat(s.token(penetrate).lemma()).isEqualTo("penetrate");
        assertThat(s.token(penetrate).pos()).isEqualTo("VB");
    }
}
