package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.output.EventJson;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.CorpusIngest;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The Spark job in local mode over a small corpus (the Hama example and three short wires, in two
 * JSON Lines files) yields exactly the events of the single-machine path.
 */
class SitrepSparkJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("sitrep-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path corpus() throws Exception {
        return Path.of(SitrepSparkJobTest.class.getResource("/corpus/hama.jsonl").toURI()).getParent();
    }

    @Test
    void yieldsTheEventsOfTheSingleMachinePath(@TempDir Path out) throws Exception {
        SitrepSparkJob.Summary s = SitrepSparkJob.run(spark,
                new SitrepSparkJob.Options(List.of(corpus().toString()), out.toString(), false, null, 0));

        // the single-machine path: the same files read as 'sitrep ingest' reads them, coded by the full pipeline
        Pipeline single = SparkPipeline.get("").full();
        Set<String> expected = new TreeSet<>();
        List<EventRecord> all = new ArrayList<>();
        new CorpusReader().readAll(List.of(corpus()), item -> {
            assertThat(item.failed()).as(item.location()).isFalse();
            for (EventRecord e : single.code(item.article())) {
                all.add(e);
                expected.add(EventJson.toJson(e).toString());
            }
        });
        Set<String> actual = new TreeSet<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).select("json").collectAsList()) {
            actual.add(r.getString(0));
        }

        assertThat(s.files()).isEqualTo(2);
        assertThat(s.articles()).isEqualTo(4);
        assertThat(s.failed()).isZero();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.events()).isEqualTo(all.size());
        assertThat(actual).isEqualTo(expected);
        // the Hama example's withdrawal from the city (gold: 0874 by the Syrian army, at Hama 170017)
        assertThat(spark.read().parquet(out.resolve("events").toString())
                .where("cameo = '0874' AND geonameid = 170017").count()).isPositive();
        assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isEqualTo(4);

        // the output loads into the store as 'sitrep ingest DIR' loads it: every article, every telling, no coding
        try (EventStore store = EventStore.open(out.resolve("store.duckdb").toString())) {
            CorpusIngest.Summary loaded = new CorpusIngest(store, a -> {
                throw new AssertionError("the job's articles are coded already");
            }, new CorpusIngest.Options(2, 1_000_000, -1), null).run(List.of(out));
            assertThat(loaded.read()).isEqualTo(4);
            assertThat(loaded.failed()).isZero();
            assertThat(store.counts().articles()).isEqualTo(4);
            assertThat(store.counts().mentions()).isEqualTo(CorpusIngest.stored(all));
            List<org.sitrep.dedup.Event> hama = new ArrayList<>();
            store.events(new EventQuery(null, "170017", null, "0874", null, null, null, null, null, null, null), hama::add);
            assertThat(hama).isNotEmpty();
            assertThat(store.article(hama.get(0).reports().get(0).articleId()).orElseThrow().text()).contains("Hama");
        }
    }

    @Test
    void writesActorAndPlaceMentions(@TempDir Path out) throws Exception {
        SitrepSparkJob.run(spark, new SitrepSparkJob.Options(List.of(corpus().resolve("hama.jsonl").toString()),
                out.toString(), false, "", 1));
        var mentions = spark.read().parquet(out.resolve("mentions").toString());
        assertThat(mentions.where("kind = 'place' AND geonameid = 170017").count()).isPositive();
        assertThat(mentions.where("kind = 'actor' AND actor_id = 'HTS'").count()).isPositive();
        assertThat(mentions.select("article_id").distinct().count()).isEqualTo(1);
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> SitrepSparkJob.parse(new String[] {"in.jsonl"}))
                .hasMessageContaining("--output");
        assertThatThrownBy(() -> SitrepSparkJob.parse(new String[] {"--output", "o", "--bogus", "x"}))
                .hasMessageContaining("unknown option --bogus");
        SitrepSparkJob.Options o = SitrepSparkJob.parse(new String[] {"--full", "--output", "o", "a", "--input", "b"});
        assertThat(o.inputs()).containsExactly("a", "b");
        assertThat(o.full()).isTrue();
        assertThat(SitrepSparkJob.kind("x.warc.gz")).isEqualTo("warc");
        assertThat(SitrepSparkJob.kind("x.NDJSON")).isEqualTo("jsonl");
        assertThat(SitrepSparkJob.kind("x.txt")).isNull();
    }
}
