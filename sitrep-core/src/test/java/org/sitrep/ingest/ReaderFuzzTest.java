package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Generated inputs for the readers (JSON Lines, RSS, WARC, Reuters SGML, HTML pages), good records
 * mixed with bad ones and with random damage. Whatever the input: no exception escapes a reader,
 * every good record comes out as an article (its marker in its text), and every bad one is reported
 * as a failed item. Seeded, so a failure can be replayed; well under a minute in all.
 */
class ReaderFuzzTest {

    private static final int ROUNDS = 25;

    @TempDir
    Path tmp;

    /** A good story that says which it is. */
    static String story(int k) {
        return "Rebels attacked the town of Hama on Thursday, officials said. The report number " + k
                + " is marker" + k + "x.";
    }

    static String marker(int k) {
        return "marker" + k + "x";
    }

    static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Whether the items are, in order, the good records (by marker) and failures for the bad ones. */
    static void assertOutcome(List<CorpusItem> items, List<Integer> expected, String what) {
        // expected: for each record in order, its marker number when good, -1 when bad
        assertThat(items).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            CorpusItem item = items.get(i);
            if (expected.get(i) >= 0) {
                assertThat(item.failed()).as(what + " record " + i + ": " + item.error()).isFalse();
                assertThat(item.article().text()).as(what + " record " + i).contains(marker(expected.get(i)));
            } else {
                assertThat(item.failed()).as(what + " record " + i).isTrue();
                assertThat(item.error()).as(what + " record " + i).isNotBlank().doesNotContain("\n");
            }
        }
    }

    @Test
    void jsonLines() throws IOException {
        List<Function<Random, byte[]>> bad = List.of(
                r -> {
                    byte[] b = randomBytes(r, 1 + r.nextInt(300));
                    b[0] = 1; // not blank
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] == '\n') {
                            b[i] = 'x';
                        }
                    }
                    return b;
                },
                r -> {
                    String good = "{\"text\": " + json(story(9999)) + "}";
                    return good.substring(0, 1 + r.nextInt(good.length() - 2)).getBytes(StandardCharsets.UTF_8);
                },
                r -> "{\"title\": \"no text\"}".getBytes(StandardCharsets.UTF_8),
                r -> "[1, 2]".getBytes(StandardCharsets.UTF_8),
                r -> "null".getBytes(StandardCharsets.UTF_8),
                r -> "{\"text\": 42}".getBytes(StandardCharsets.UTF_8),
                r -> "{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8),
                r -> new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(round);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Integer> expected = new ArrayList<>();
            int n = 5 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(3) == 0) {
                    out.write(bad.get(r.nextInt(bad.size())).apply(r));
                    expected.add(-1);
                } else {
                    int k = round * 1000 + i;
                    out.write(("{\"text\": " + json(story(k)) + ", \"title\": \"Story " + k + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
                    expected.add(k);
                }
                out.write('\n');
            }
            List<CorpusItem> items = new ArrayList<>();
            new JsonlArticleReader(Ingest.DEFAULT_MAX_BYTES).read(new ByteArrayInputStream(out.toByteArray()), "f.jsonl",
                    items::add);
            assertOutcome(items, expected, "jsonl round " + round);
        }
    }

    @Test
    void rssFeeds() {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(100 + round);
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>Wire</title><link>https://wire.example</link><description>news</description>");
            List<Integer> expected = new ArrayList<>();
            int n = 3 + r.nextInt(15);
            for (int i = 0; i < n; i++) {
                int k = round * 1000 + i;
                if (r.nextInt(3) == 0) {
                    // an item with nothing to read
                    feed.append("<item><title>Empty ").append(k).append("</title><link>https://wire.example/").append(k)
                            .append("</link>").append(r.nextBoolean() ? "<description>   </description>" : "")
                            .append("</item>");
                    expected.add(-1);
                } else {
                    feed.append("<item><title>Story ").append(k).append("</title><link>https://wire.example/").append(k)
                            .append("</link><description>&lt;p&gt;").append(story(k)).append("&lt;/p&gt;</description></item>");
                    expected.add(k);
                }
            }
            byte[] bytes = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            List<CorpusItem> items = new ArrayList<>();
            new FeedArticleReader(Ingest.DEFAULT_MAX_BYTES).read(bytes, "f.rss", items::add);
            assertOutcome(items, expected, "rss round " + round);
            // the same feed cut short or with bytes flipped: no exception, and something is said about it
            byte[] damaged = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
            if (damaged.length > 0 && r.nextBoolean()) {
                damaged[r.nextInt(damaged.length)] = (byte) r.nextInt(256);
            }
            List<CorpusItem> some = new ArrayList<>();
            new FeedArticleReader(Ingest.DEFAULT_MAX_BYTES).read(damaged, "cut.rss", some::add);
            assertThat(some).as("damaged rss round " + round).isNotEmpty();
        }
    }

    @Test
    void warcCrawls() throws IOException {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(200 + round);
            Path f = tmp.resolve("crawl-" + round + ".warc");
            List<Integer> expected = new ArrayList<>();
            try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
                int n = 3 + r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    int k = round * 1000 + i;
                    if (r.nextInt(3) == 0) {
                        // a page that is no text: random bytes served as HTML
                        CorpusReadersTest.response(w, "https://wire.example/bad" + k, "text/html",
                                randomBytes(r, 50 + r.nextInt(2000)));
                        expected.add(-1);
                    } else {
                        CorpusReadersTest.response(w, "https://wire.example/" + k, "text/html; charset=utf-8",
                                CorpusReadersTest.page("Story " + k, story(k)));
                        expected.add(k);
                    }
                }
            }
            List<CorpusItem> items = new ArrayList<>();
            new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(f, items::add);
            assertOutcome(items, expected, "warc round " + round);
            // cut short: what came before the cut is still read, and no exception escapes
            byte[] bytes = Files.readAllBytes(f);
            Path cut = tmp.resolve("cut-" + round + ".warc");
            Files.write(cut, java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length)));
            List<CorpusItem> some = new ArrayList<>();
            new CorpusReader().read(cut, some::add);
            assertThat(some).allSatisfy(i -> assertThat(i.failed() ? i.error() : i.article().text()).isNotBlank());
        }
    }

    @Test
    void reutersSgml() {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(300 + round);
            StringBuilder sgml = new StringBuilder("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
            List<Integer> expected = new ArrayList<>();
            int n = 3 + r.nextInt(15);
            for (int i = 0; i < n; i++) {
                int k = round * 1000 + i;
                sgml.append("<REUTERS TOPICS=\"NO\" NEWID=\"").append(k).append("\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n");
                if (r.nextInt(3) == 0) {
                    sgml.append("<TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>BRIEF ").append(k).append("</TITLE>\n&#3;</TEXT>\n");
                    expected.add(-1);
                } else {
                    sgml.append("<TEXT>&#2;\n<TITLE>STORY ").append(k).append("</TITLE>\n<BODY>").append(story(k))
                            .append("\n Reuter\n&#3;</BODY></TEXT>\n");
                    expected.add(k);
                }
                sgml.append("</REUTERS>\n");
            }
            List<CorpusItem> items = new ArrayList<>();
            new ReutersSgmlReader().read(sgml.toString(), "f.sgm", items::add);
            assertOutcome(items, expected, "sgml round " + round);
            String cut = sgml.substring(0, r.nextInt(sgml.length()));
            new ReutersSgmlReader().read(cut, "cut.sgm", item -> assertThat(item.location()).startsWith("cut.sgm#"));
        }
    }

    @Test
    void htmlPagesAndTextAreReadOrRefusedWithOneLine() {
        String page = new String(CorpusReadersTest.page("Army leaves Hama", story(1)), StandardCharsets.UTF_8);
        Ingest ingest = new Ingest();
        int read = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS * 8; round++) {
            Random r = new Random(400 + round);
            byte[] input = switch (round % 4) {
                case 0 -> randomBytes(r, 1 + r.nextInt(4000));
                case 1 -> { // the page with random damage
                    StringBuilder b = new StringBuilder(page);
                    for (int i = 0; i < 1 + r.nextInt(20); i++) {
                        int at = r.nextInt(b.length());
                        if (r.nextBoolean()) {
                            b.deleteCharAt(at);
                        } else {
                            String odd = "<>&;\"'/\u0000\u00e9\ud83d\ude00";
                            b.insert(at, odd.charAt(r.nextInt(odd.length())));
                        }
                    }
                    yield b.toString().getBytes(StandardCharsets.UTF_8);
                }
                case 2 -> ("<html><body>" + "<div>".repeat(2000 + r.nextInt(3000)) + story(2) + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                default -> (story(3) + "\n".repeat(r.nextInt(5)) + "\u202e\u0301".repeat(r.nextInt(200)))
                        .getBytes(StandardCharsets.UTF_8);
            };
            String name = round % 2 == 0 ? "page.html" : "page.txt";
            try {
                Article a = ingest.read(input, name);
                assertThat(a.text()).isNotNull();
                read++;
            } catch (InputException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                refused++;
            }
        }
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }
}
