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
