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
    void aHeadlineOnTheFirstLineIsNotPartOfTheStory() {
        Article a = TextArticleParser.parse("Militia storms border post\nFighters of the militia stormed a border post"
                + " on Sunday, officials said. Two guards were hurt.", "t");
        assertThat(a.title()).isEqualTo("Militia storms border post");
        assertThat(a.body()).singleElement().satisfies(s -> assertThat(s.text(a.text())).startsWith("Fighters of"));

        Article wire = TextArticleParser.parse("STRIKE HALTS PORT\nGDANSK, May 3 - Dock workers stopped work\n"
                + "at the port today, a union official said.\n", "t");
        assertThat(wire.title()).isEqualTo("STRIKE HALTS PORT");
        assertThat(wire.datelinePlace()).isEqualTo("GDANSK");
        assertThat(wire.body()).singleElement().satisfies(s -> assertThat(s.text(wire.text())).startsWith("Dock workers"));
    }

    @Test
    void aHardWrappedStoryKeepsItsFirstLine() {
        Article a = TextArticleParser.parse("The ministry said on Monday that troops had entered the town of\n"
                + "Karu after two days of fighting.", "t");
        assertThat(a.title()).isNull();
        assertThat(a.body()).singleElement().satisfies(s -> assertThat(s.text(a.text())).startsWith("The ministry"));
    }

    @Test
    void aDatelineInMixedCaseNeedsAnAgencyOrADay() {
        Article a = TextArticleParser.parse("Talks open\nLusaka (Reuters) – Talks opened on Monday.", "t");
        assertThat(a.datelinePlace()).isEqualTo("Lusaka");
        assertThat(a.cited()).containsExactly("Reuters");
        Article b = TextArticleParser.parse("Talks open\nBamako, July 27 (Reuters) – Talks opened on Saturday.", "t");
        assertThat(b.datelinePlace()).isEqualTo("Bamako");
        Article c = TextArticleParser.parse("Talks open\nSyrian Democratic Forces (SDF) – the group said it would attend.", "t");
        assertThat(c.datelinePlace()).isNull();
        assertThat(c.body()).singleElement().satisfies(s -> assertThat(s.text(c.text())).startsWith("Syrian Democratic"));
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
