package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersSgmlReaderTest {

    private static final String SGML = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>cocoa</D></TOPICS>
            <TEXT>&#2;
            <TITLE>BAHIA COCOA REVIEW</TITLE>
            <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
            the Bahia cocoa zone, Comissaria Smith said in its weekly review.
                The dry period means the temporao will be late &lt;this> year.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="2">
            <DATE>26-FEB-1987 15:02:20.00</DATE>
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT
            </TITLE>
            &#3;</TEXT>
            </REUTERS>
            """;

    @Test
    void readsEachStoryWithItsDateTitleAndParagraphs() {
        List<CorpusItem> items = new ArrayList<>();
        new ReutersSgmlReader().read(SGML, "reut2-000.sgm", items::add);

        assertThat(items).hasSize(2);
        CorpusItem first = items.get(0);
        assertThat(first.failed()).isFalse();
        assertThat(first.location()).isEqualTo("reut2-000.sgm#1");
        Article a = first.article();
        assertThat(a.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(a.published().time()).isEqualTo(LocalTime.of(15, 1, 1));
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.datelinePlace()).isEqualTo("SALVADOR");
        List<String> body = a.body().stream().map(s -> s.text(a.text())).toList();
        assertThat(body).containsExactly(
                "Showers continued throughout the week in the Bahia cocoa zone, Comissaria Smith said in its weekly review.",
                "The dry period means the temporao will be late <this> year.");
        assertThat(a.text()).doesNotContain("Reuter\n").doesNotContain("&lt;");

        assertThat(items.get(1).failed()).isTrue();
        assertThat(items.get(1).location()).isEqualTo("reut2-000.sgm#2");
    }

    @Test
    void handlesOnlySgmFiles() {
        assertThat(ReutersSgmlReader.handles(java.nio.file.Path.of("reut2-003.sgm"))).isTrue();
        assertThat(ReutersSgmlReader.handles(java.nio.file.Path.of("news.jsonl"))).isFalse();
        assertThat(ReutersSgmlReader.unescape("a &amp; b &#5;c")).isEqualTo("a & b c");
    }

    @Test
    void theCorpusReaderReadsSgmlFilesAsDatedStoriesWithoutTagsOrBriefs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path sgm = dir.resolve("reut2-000.sgm");
        java.nio.file.Files.writeString(sgm, SGML, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(CorpusReader.kindOf(sgm)).isEqualTo(CorpusReader.Kind.SGML);
        List<CorpusItem> items = new ArrayList<>();
        new CorpusReader().read(sgm, items::add);
        assertThat(items).as("the headline-only brief is left out, not reported").hasSize(1);
        CorpusItem story = items.get(0);
        assertThat(story.failed()).isFalse();
        assertThat(story.location()).isEqualTo(sgm + "#1");
        assertThat(story.article().date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(story.article().title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(story.article().text()).doesNotContain("<BODY>", "<TITLE>", "&lt;", "&#3;", "</")
                .contains("Showers continued throughout the week");
        assertThat(CorpusReader.countRecords(List.of(sgm))).isEqualTo(1);
    }

    @Test
    void recordsAreCountedWhereTheyCanBe(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path page = java.nio.file.Files.writeString(dir.resolve("a.txt"), "A story.");
        java.nio.file.Path jsonl = java.nio.file.Files.writeString(dir.resolve("b.jsonl"),
                "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n");
        java.nio.file.Path warc = java.nio.file.Files.writeString(dir.resolve("c.warc"), "WARC/1.0\r\n");
        assertThat(CorpusReader.countRecords(List.of(page, jsonl))).isEqualTo(3);
        assertThat(CorpusReader.countRecords(List.of(page, warc))).as("a crawl's records are not known before reading").isEqualTo(-1);
    }
}
