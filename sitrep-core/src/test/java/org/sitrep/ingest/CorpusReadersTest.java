package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class CorpusReadersTest {

    @TempDir
    Path tmp;

    static final String STORY = "Syrian army withdraws from Hama\n\nDAMASCUS, Dec 5 (EFE) - The Syrian army said on "
            + "Thursday that its units had withdrawn from the city of Hama.\n\nFighting continued in several neighbourhoods.";

    private List<CorpusItem> read(Path p) {
        List<CorpusItem> out = new ArrayList<>();
        new CorpusReader().read(p, out::add);
        return out;
    }

    // ------------------------------------------------------------------ JSON Lines

    @Test
    void jsonLinesGiveOneArticlePerLineWithItsFields() throws IOException {
        Path f = tmp.resolve("news.jsonl");
        Files.writeString(f, "{\"text\": " + json(STORY) + ", \"title\": \"Army leaves Hama\", \"url\": \"https://efe.example/1\","
                + " \"published\": \"2024-12-05T09:28:00+01:00\", \"outlet\": \"EFE\", \"cited\": [\"SANA\"]}\n"
                + "\n"
                + "{\"html\": \"<html><body><article><p>HTS fighters entered Hama on Thursday.</p></article></body></html>\","
                + " \"published\": \"2024-12-05\"}\n");
        List<CorpusItem> items = read(f);
        assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.failed()).isFalse());
        Article a = items.get(0).article();
        assertThat(a.title()).isEqualTo("Army leaves Hama");
        assertThat(a.url()).isEqualTo("https://efe.example/1");
        assertThat(a.outlet()).isEqualTo("EFE");
        assertThat(a.published()).hasToString("2024-12-05T09:28");
        assertThat(a.cited()).contains("EFE", "SANA");
        assertThat(a.origin()).isEqualTo(f + ":1");
        assertThat(a.id()).isEqualTo(Texts.fingerprint(a.text()));
        assertThat(items.get(1).location()).isEqualTo(f + ":3");
        assertThat(items.get(1).article().text()).contains("HTS fighters entered Hama");
    }

    @Test
    void aBrokenJsonLineIsReportedWithItsLineAndTheRestIsRead() throws IOException {
        Path f = tmp.resolve("mixed.jsonl");
        byte[] latin1 = "{\"text\": \"caf\u00e9 in Hama\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("{\"text\": " + json(STORY) + "}\n").getBytes(StandardCharsets.UTF_8));
        out.write("{\"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8));
        out.write("[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"title\": \"no text\"}\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"text\": 42}\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"text\": \"A story.\", \"published\": \"last Thursday\"}\n".getBytes(StandardCharsets.UTF_8));
        out.write(latin1);
        out.write(("{\"text\": " + json(STORY + " Again.") + "}").getBytes(StandardCharsets.UTF_8)); // no final newline
        Files.write(f, out.toByteArray());
        List<CorpusItem> items = read(f);
        assertThat(items).hasSize(8);
        assertThat(items).filteredOn(i -> !i.failed()).extracting(CorpusItem::location)
                .containsExactly(f + ":1", f + ":8");
        assertThat(items.get(1).location()).isEqualTo(f + ":2");
        assertThat(items.get(1).error()).startsWith("malformed JSON");
        assertThat(items.get(2).error()).contains("JSON object");
        assertThat(items.get(3).error()).contains("no \"text\"");
        assertThat(items.get(4).error()).contains("\"text\" must be a string");
        assertThat(items.get(5).error()).contains("\"published\"");
        assertThat(items.get(6).error()).containsIgnoringCase("UTF-8");
        assertThat(items).filteredOn(CorpusItem::failed).allSatisfy(i -> assertThat(i.error()).doesNotContain("\n"));
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        Path f = tmp.resolve("news.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(("{\"text\": " + json(STORY) + "}\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(f)).hasSize(1).allSatisfy(i -> assertThat(i.failed()).isFalse());
    }

    // ------------------------------------------------------------------ feeds

    @Test
    void rssItemsBecomeArticles() throws IOException {
        Path f = tmp.resolve("feed.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>teleSUR English</title><language>en-us</language>
                <link>https://telesur.example</link><description>news</description>
                <item><title>Syrian Army Withdraws From Hama City</title>
                  <link>https://telesur.example/hama</link>
                  <pubDate>Thu, 05 Dec 2024 09:28:00 GMT</pubDate>
                  <description>&lt;p&gt;The Syrian army decided to withdraw from the city of Hama on Thursday.&lt;/p&gt;&lt;p&gt;Fighting continued.&lt;/p&gt;</description>
                </item>
                <item><title>Empty</title><link>https://telesur.example/empty</link></item>
                <item><title>Aleppo</title><link>https://telesur.example/aleppo</link>
                  <description>Rebels took control of most of Aleppo on Saturday.</description></item>
                </channel></rss>
                """);
        assertThat(CorpusReader.kindOf(f)).isEqualTo(CorpusReader.Kind.FEED);
        List<CorpusItem> items = read(f);
        assertThat(items).hasSize(3);
        Article a = items.get(0).article();
        assertThat(a.title()).isEqualTo("Syrian Army Withdraws From Hama City");
        assertThat(a.url()).isEqualTo("https://telesur.example/hama");
        assertThat(a.outlet()).isEqualTo("teleSUR English");
        assertThat(a.published()).hasToString("2024-12-05T09:28");
        assertThat(a.text()).contains("withdraw from the city of Hama").doesNotContain("<p>");
        assertThat(items.get(1).failed()).isTrue();
        assertThat(items.get(1).location()).isEqualTo(f + "#item2");
        assertThat(items.get(1).error()).contains("no content or description");
        assertThat(items.get(2).article().text()).contains("Aleppo");
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        Path f = tmp.resolve("news.atom");
        Files.writeString(f, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id><updated>2024-12-05T12:00:00Z</updated>
                <entry><title>Hama</title><id>urn:1</id><link href="https://wire.example/1"/>
                  <published>2024-12-05T11:30:00Z</published><updated>2024-12-05T11:30:00Z</updated>
                  <content type="html">&lt;p&gt;Militants stormed the city of Hama on Thursday.&lt;/p&gt;</content></entry>
                </feed>
                """);
        List<CorpusItem> items = read(f);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).article().url()).isEqualTo("https://wire.example/1");
        assertThat(items.get(0).article().published()).hasToString("2024-12-05T11:30");
    }

    @Test
    void aMalformedFeedIsOneFailureAndNoEntityIsFetched() throws IOException {
        Path broken = tmp.resolve("broken.rss");
        Files.writeString(broken, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel></rss>");
        List<CorpusItem> items = read(broken);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).failed()).isTrue();
        assertThat(items.get(0).error()).startsWith("not a readable RSS/Atom feed");
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path xxe = tmp.resolve("xxe.rss");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x; in Hama</description>"
                + "</item></channel></rss>");
        List<CorpusItem> x = read(xxe);
        assertThat(x).allSatisfy(i -> {
            if (!i.failed()) {
                assertThat(i.article().text()).doesNotContain("TOP SECRET");
            }
        });
    }

    // ------------------------------------------------------------------ WARC

    static byte[] page(String title, String body) {
        return ("<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"Wire\"></head><body><article><h1>" + title + "</h1><p>"
                + body + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static void response(WarcWriter w, String url, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-12-05T12:00:00Z")).body(http).build());
    }

    private Path warc(String name, WarcCompression compression) throws IOException {
        Path f = tmp.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            response(w, "https://wire.example/hama", "text/html; charset=utf-8",
                    page("Army leaves Hama", "The Syrian army withdrew from Hama on Thursday, the army command said."));
            response(w, "https://wire.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            response(w, "https://wire.example/latin", "text/html; charset=iso-8859-1",
                    "<html><body><p>Caf\u00e9 owners in Hama closed their shops on Thursday.</p></body></html>"
                            .getBytes(StandardCharsets.ISO_8859_1));
            response(w, "https://wire.example/aleppo", "text/html",
                    page("Rebels in Aleppo", "Rebels took control of most of Aleppo on Saturday."));
        }
        return f;
    }

    @Test
    void warcResponsesWithHtmlBecomeArticles() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path f = warc(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", c);
            List<CorpusItem> items = read(f);
            assertThat(items).hasSize(3).allSatisfy(i -> assertThat(i.failed()).isFalse());
            Article a = items.get(0).article();
            assertThat(a.url()).isEqualTo("https://wire.example/hama");
            assertThat(a.outlet()).isEqualTo("Wire");
            assertThat(a.text()).contains("withdrew from Hama");
            assertThat(items.get(0).location()).matches(".*crawl\\.warc(\\.gz)?@\\d+");
            assertThat(items.get(1).article().text()).contains("Caf\u00e9 owners");
        }
    }

    @Test
    void aCorruptWarcRecordIsReportedWithItsOffsetAndReadingGoesOn() throws IOException {
        Path f = warc("broken.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(f);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = s.indexOf("WARC/1.", s.indexOf("WARC/1.") + 1);
        int third = s.indexOf("WARC/1.", second + 1);
        // break the third record's header: its Content-Length is no number
        int cl = s.indexOf("Content-Length: ", third);
        bytes[cl + 16] = 'X';
        Files.write(f, bytes);
        List<CorpusItem> items = read(f);
        assertThat(items).filteredOn(CorpusItem::failed).hasSize(1).first().satisfies(i -> {
            assertThat(i.location()).isEqualTo(f + "@" + third);
            assertThat(i.error()).startsWith("corrupt WARC record");
        });
        assertThat(items).filteredOn(i -> !i.failed()).extracting(i -> i.article().url())
                .containsExactly("https://wire.example/hama", "https://wire.example/aleppo");
    }

    @Test
    void aTruncatedGzippedWarcKeepsWhatCameBefore() throws IOException {
        Path f = warc("cut.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        List<CorpusItem> items = read(f);
        assertThat(items).filteredOn(i -> !i.failed()).extracting(i -> i.article().url())
                .contains("https://wire.example/hama");
        assertThat(items).filteredOn(CorpusItem::failed).isNotEmpty()
                .allSatisfy(i -> assertThat(i.location()).contains("cut.warc.gz@"));
    }

    // ------------------------------------------------------------------ directories

    @Test
    void directoriesAreWalkedInOrderAndHiddenFilesLeftOut() throws IOException {
        Path d = tmp.resolve("corpus");
        Files.createDirectories(d.resolve("b"));
        Files.createDirectories(d.resolve(".git"));
        Files.writeString(d.resolve("b/2.txt"), STORY);
        Files.writeString(d.resolve("a.txt"), STORY + " More.");
        Files.writeString(d.resolve(".hidden.txt"), STORY);
        Files.writeString(d.resolve(".git/x.txt"), STORY);
        Files.write(d.resolve("image.bin"), new byte[] {0, 1, 2, 3, 0, 0});
        List<Path> files = CorpusReader.files(List.of(d));
        assertThat(files).extracting(p -> d.relativize(p).toString()).containsExactly("a.txt", "b/2.txt", "image.bin");
        List<CorpusItem> items = new ArrayList<>();
        new CorpusReader().readAll(List.of(d), items::add);
        assertThat(items).hasSize(3);
        assertThat(items.get(2).failed()).isTrue();
        assertThat(items.get(2).location()).endsWith("image.bin");
        assertThatThrownBy(() -> CorpusReader.files(List.of(tmp.resolve("missing"))))
                .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    }

    private static String json(String s) throws IOException {
        return org.sitrep.output.EventJson.mapper().writeValueAsString(s);
    }
}
