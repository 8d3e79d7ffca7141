package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

    static String hama() throws Exception {
        return Files.readString(Path.of("../examples/hama/article.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void hamaMetadataIsRecognisedAndKeptOutOfTheBody() throws Exception {
        Article a = TextArticleParser.parse(Texts.normalizeNewlines(hama()), "hama");
        assertThat(a.title()).isEqualTo("Syrian Army Withdraws From Hama City");
        assertThat(a.published()).isEqualTo(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(9, 28)));
        assertThat(a.published().toString()).isEqualTo("2024-12-05T09:28");
        assertThat(a.outlet()).isEqualTo("teleSUR");
        assertThat(a.cited()).containsExactly("EFE", "Xinhua", "SANA");
        List<Segment.Kind> kinds = a.segments().stream().map(Segment::kind).toList();
        assertThat(kinds).startsWith(Segment.Kind.HEADLINE, Segment.Kind.CAPTION, Segment.Kind.DATELINE,
                Segment.Kind.BODY, Segment.Kind.BODY, Segment.Kind.RELATED, Segment.Kind.RELATED);
        assertThat(kinds).endsWith(Segment.Kind.SOURCE_LINE);
        assertThat(a.body()).hasSize(9);
        for (Segment s : a.body()) {
            String t = s.text(a.text());
            assertThat(t).doesNotContain("RELATED").doesNotContain("@YavuzSelim").doesNotContain("Sources:");
        }
        assertThat(a.segments().get(6).text(a.text())).isEqualTo("Islamist Forces Attempt to Enter the Syrian City of Hama");
    }

    @Test
    void idIsAContentHash() throws Exception {
        String text = Texts.normalizeNewlines(hama());
        assertThat(TextArticleParser.parse(text, "a").id()).isEqualTo(TextArticleParser.parse(text, "b").id()).hasSize(16);
        assertThat(TextArticleParser.parse(text + "\n\nMore.", "a").id()).isNotEqualTo(TextArticleParser.parse(text, "a").id());
    }

    @Test
    void wireDatelineGivesPlaceAndAgency() {
        Article a = TextArticleParser.parse("Rebels seize town\n\nBEIRUT, Dec 5 (Reuters) - Rebels seized the town on Thursday.", "t");
        assertThat(a.datelinePlace()).isEqualTo("BEIRUT");
        assertThat(a.cited()).containsExactly("Reuters");
        assertThat(a.body()).singleElement().satisfies(s -> assertThat(s.text(a.text())).startsWith("Rebels seized"));
    }

    @Test
    void aStoryWithoutMetadataIsAllBody() {
        Article a = TextArticleParser.parse("Troops entered the city on Monday. Residents fled.", "t");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.body()).hasSize(1);
    }

    @Test
    void onlyMetadataIsAnError() {
        assertThatThrownBy(() -> TextArticleParser.parse("December 5, 2024\n\nSources: AFP", "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("no story text");
        assertThatThrownBy(() -> TextArticleParser.parse("  \n ", "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("empty");
    }
}
