package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CorpusReader;

/** A corpus with a part that cannot be read: that part is reported and skipped, the rest is stored. */
class CorpusIngestTest {

    @TempDir
    Path tmp;

    private Path deep;

    /**
     * A directory nested so deep that its path is longer than the system allows (4,096 bytes on Linux):
     * it cannot be listed, whoever reads it (root included, where permissions would not stop it).
     */
    static Path unlistable(Path parent) throws IOException, InterruptedException {
        String name = "d".repeat(250);
        // built from the inside out by renames, so that no command ever names the long path
        Process p = new ProcessBuilder("sh", "-c", "mkdir deep && echo 'Rebels attacked Hama.' > deep/story.txt && "
                + "for i in $(seq 1 20); do mkdir wrap && mv deep wrap/" + name + " && mv wrap deep || exit 1; done")
                .directory(parent.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        return parent.resolve("deep");
    }

    @AfterEach
    void removeDeepTree() throws Exception {
        if (deep != null) {
            new ProcessBuilder("rm", "-rf", deep.toString()).start().waitFor(); // too deep for Java's own delete
        }
    }

    /**
     * Generated corpora of every kind the reader takes, good records mixed with bad ones: every good
     * record is stored, every bad one reported, nothing escapes. Seeded.
     */
    @Test
    void mixedGeneratedCorporaStoreEveryGoodRecordAndReportEveryBadOne() throws Exception {
        for (int round = 0; round < 6; round++) {
            java.util.Random r = new java.util.Random(round);
            Path dir = Files.createDirectories(tmp.resolve("mixed-" + round));
            int good = 0;
            int bad = 0;
            int k = 0;
            // JSON Lines
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < 5 + r.nextInt(10); i++, k++) {
                if (r.nextInt(3) == 0) {
                    jsonl.append(r.nextBoolean() ? "{\"text\": \"cut" : "{\"title\": \"no text\"}").append('\n');
                    bad++;
                } else {
                    jsonl.append("{\"text\": \"Story ").append(round).append('-').append(k)
                            .append(": rebels attacked Hama on Thursday.\"}\n");
                    good++;
                }
            }
            Files.writeString(dir.resolve("a.jsonl"), jsonl);
            // an RSS feed
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
            for (int i = 0; i < 3 + r.nextInt(6); i++, k++) {
                if (r.nextInt(3) == 0) {
                    rss.append("<item><title>Empty ").append(k).append("</title></item>");
                    bad++;
                } else {
                    rss.append("<item><title>Story ").append(k).append("</title><description>Story ").append(round)
                            .append('-').append(k).append(": the army shelled Homs.</description></item>");
                    good++;
                }
            }
            Files.writeString(dir.resolve("b.rss"), rss.append("</channel></rss>"));
            // text files, some binary
            for (int i = 0; i < 3 + r.nextInt(5); i++, k++) {
                if (r.nextInt(3) == 0) {
                    byte[] noise = new byte[200 + r.nextInt(500)];
                    r.nextBytes(noise);
                    noise[0] = 0;
                    Files.write(dir.resolve("c" + k + ".txt"), noise);
                    bad++;
                } else {
                    Files.writeString(dir.resolve("c" + k + ".txt"), "Story " + round + "-" + k
                            + "\n\nRebels entered Aleppo on Friday.");
                    good++;
                }
            }
            // a WARC crawl: pages, and random bytes served as a page
            try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(
                    dir.resolve("d.warc"), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
                for (int i = 0; i < 2 + r.nextInt(5); i++, k++) {
                    byte[] body;
                    if (r.nextInt(3) == 0) {
                        body = new byte[300 + r.nextInt(500)];
                        r.nextBytes(body);
                        bad++;
                    } else {
                        body = ("<html><body><article><p>Story " + round + "-" + k + ": clashes went on in Idlib on "
                                + "Sunday.</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        good++;
                    }
                    org.netpreserve.jwarc.HttpResponse http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                            .body(org.netpreserve.jwarc.MediaType.parse("text/html"), body).build();
                    w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://w.example/" + k))
                            .date(java.time.Instant.parse("2024-12-05T12:00:00Z")).body(http).build());
                }
            }
            Map<String, String> errors = new ConcurrentHashMap<>();
            try (EventStore s = EventStore.open(tmp.resolve("mixed-" + round + ".duckdb").toString())) {
                CorpusIngest.Summary sum = new CorpusIngest(s, Fixtures::code, new CorpusIngest.Options(2, 1_000_000, -1),
                        (location, plan, error) -> {
                            if (error != null) {
                                errors.put(location, error);
                            }
                        }).run(List.of(dir));
                String what = "round " + round + " " + errors;
                assertThat(sum.stored()).as(what).isEqualTo(good);
                assertThat(s.counts().articles()).as(what).isEqualTo(good);
                assertThat(sum.failed()).as(what).isEqualTo(bad);
                assertThat(errors).as(what).hasSize(bad);
            }
        }
    }

    @Test
    void aLimitReadsThatManyRecordsAndDerivesAsAWholeRunDoes() throws Exception {
        Path corpus = tmp.resolve("limited");
        Files.createDirectories(corpus);
        for (int i = 0; i < 5; i++) {
            Files.writeString(corpus.resolve("story-" + i + ".txt"), "Story " + i + ": clashes went on in Idlib on Sunday.");
        }
        try (EventStore s = EventStore.open(tmp.resolve("limited.duckdb").toString())) {
            CorpusIngest.Summary sum = new CorpusIngest(s, Fixtures::code, new CorpusIngest.Options(2, 1_000_000, -1, true, 3),
                    null).run(List.of(corpus));
            assertThat(sum.read()).isEqualTo(3);
            assertThat(sum.stored()).isEqualTo(3);
            assertThat(s.counts().articles()).isEqualTo(3);
            assertThat(sum.refresh()).as("the derived tables are built, unlike a stopped run").isNotNull();
        }
    }

    @Test
    void theSummaryCountsTheTellingsStoredNotTheRecordsCoded() throws Exception {
        Path corpus = StoreContract.corpus(tmp.resolve("corpus"));
        try (EventStore s = EventStore.open(tmp.resolve("twice.duckdb").toString())) {
            // a coder that returns every record twice: the store keeps one of each id
            CorpusIngest.Summary sum = new CorpusIngest(s, a -> {
                List<org.sitrep.events.EventRecord> once = Fixtures.code(a);
                List<org.sitrep.events.EventRecord> twice = new java.util.ArrayList<>(once);
                twice.addAll(once);
                return twice;
            }, new CorpusIngest.Options(2, 1_000_000, -1), null).run(List.of(corpus));
            assertThat(sum.mentions()).isPositive();
            assertThat((long) sum.mentions()).isEqualTo(s.counts().mentions());
        }
    }

    /**
     * The corpus holds story-04 twice. When the copy that is kept (its name sorts first) is stored
     * second, it replaces the first: the summary counts the tellings of one of them, not of both.
     * Forced here by holding the kept copy in its coder until the other one is stored (it happened
     * by chance on a loaded machine).
     */
    @Test
    void aCopyThatReplacesOneStoredInTheSameRunIsCountedOnce() throws Exception {
        Path corpus = StoreContract.corpus(tmp.resolve("corpus"));
        java.util.concurrent.CountDownLatch otherStored = new java.util.concurrent.CountDownLatch(1);
        Map<String, EventStore.Plan> plans = new ConcurrentHashMap<>();
        try (EventStore s = EventStore.open(tmp.resolve("copies.duckdb").toString())) {
            CorpusIngest.Summary sum = new CorpusIngest(s, a -> {
                if (a.origin().endsWith("story-04-copy.txt")) {
                    try {
                        assertThat(otherStored.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                List<org.sitrep.events.EventRecord> once = Fixtures.code(a);
                List<org.sitrep.events.EventRecord> twice = new java.util.ArrayList<>(once);
                twice.addAll(once);
                return twice;
            }, new CorpusIngest.Options(2, 1_000_000, -1), (location, plan, error) -> {
                if (plan != null) {
                    plans.put(location, plan);
                }
                if (location.endsWith("story-04.txt")) {
                    otherStored.countDown();
                }
            }).run(List.of(corpus));
            assertThat(plans).hasEntrySatisfying(corpus.resolve("texts/story-04.txt").toString(),
                    p -> assertThat(p).isEqualTo(EventStore.Plan.NEW));
            assertThat(plans).hasEntrySatisfying(corpus.resolve("texts/story-04-copy.txt").toString(),
                    p -> assertThat(p).isEqualTo(EventStore.Plan.REPLACE_COPY));
            assertThat(sum.stored()).isEqualTo(40);
            assertThat(sum.replaced()).isEqualTo(1);
            assertThat(s.counts().articles()).isEqualTo(40);
            assertThat(s.counts().mentions()).isEqualTo(80);
            assertThat((long) sum.mentions()).isEqualTo(s.counts().mentions());
        }
    }

    /** A newer version of an article read later in the same run replaces it: its tellings are counted once. */
    @Test
    void aNewerVersionOfAnArticleStoredInTheSameRunIsCountedOnce() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("versions"));
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"title": "Clashes", "url": "https://news.example/c", "published": "2024-12-05T09:00", \
                "text": "Clashes\\n\\nFirst version [HTS 192 SYR_MIL Hama 2024-12-05]. Then [SYR_MIL 0874 - Hama 2024-12-05]."}
                {"title": "Clashes", "url": "https://news.example/c", "published": "2024-12-05T11:00", \
                "text": "Clashes\\n\\nSecond version [HTS 192 SYR_MIL Hama 2024-12-05]. Then [SYR_MIL 0874 - Hama 2024-12-05]. \
                And [RUS_MIL 195 - Homs 2024-12-05]."}
                {"title": "Other", "url": "https://news.example/o", "text": "Other\\n\\nMore [HTS 190 - Homs 2024-12-06]."}
                """);
        try (EventStore s = EventStore.open(tmp.resolve("versions.duckdb").toString())) {
            CorpusIngest.Summary sum = new CorpusIngest(s, Fixtures::code, new CorpusIngest.Options(1, 1_000_000, -1),
                    null).run(List.of(dir));
            assertThat(sum.stored()).isEqualTo(2);
            assertThat(sum.replaced()).isEqualTo(1);
            assertThat(s.counts().articles()).isEqualTo(2);
            assertThat(s.counts().mentions()).isEqualTo(4);
            assertThat((long) sum.mentions()).isEqualTo(s.counts().mentions());
        }
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestStored() throws Exception {
        Path corpus = StoreContract.corpus(tmp.resolve("corpus"));
        deep = unlistable(corpus);
        CorpusReader.Listing listing = CorpusReader.list(List.of(corpus));
        assertThat(listing.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).startsWith(deep.toString());
            assertThat(f.error()).contains("cannot be");
        });
        Map<String, String> errors = new ConcurrentHashMap<>();
        try (EventStore s = EventStore.open(tmp.resolve("store.duckdb").toString())) {
            CorpusIngest.Summary sum = new CorpusIngest(s, Fixtures::code, new CorpusIngest.Options(2, 1_000_000, -1),
                    (location, plan, error) -> {
                        if (error != null) {
                            errors.put(location, error);
                        }
                    }).run(List.of(corpus));
            assertThat(sum.failed()).isEqualTo(3); // the two broken records of the corpus, and the deep directory
            assertThat(sum.stored()).isEqualTo(40);
            assertThat(s.counts().articles()).isEqualTo(40);
            assertThat(sum.refresh()).isNotNull();
        }
        assertThat(errors).hasSize(3).anySatisfy((location, error) -> {
            assertThat(location).startsWith(deep.toString());
            assertThat(error).contains("cannot be");
        });
    }
}
