package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over a small gazetteer built from fixtures. */
class GazetteerIndexTest {

    @Test
    void buildsTheIndexOnceUnderTheCacheRootAndReusesIt(@TempDir Path dir) throws Exception {
        GazetteerIndex.Data data = GazetteerIndex.Data.of(GazetteerBuilderTest.buildFixture(dir));
        Path cache = dir.resolve("cache");
        Gazetteer first = Gazetteer.open(data, cache);
        assertThat(first.location()).startsWith(cache.toString());
        try (var s = Files.list(cache)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("gazetteer-v"));
        }
        Gazetteer second = Gazetteer.open(data, cache);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.size()).isEqualTo(first.size());
    }

    @Test
    void twoProcessesStartingAtOnceBothGetAWorkingIndex(@TempDir Path dir) throws Exception {
        GazetteerIndex.Data data = GazetteerIndex.Data.of(GazetteerBuilderTest.buildFixture(dir));
        Path cache = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Gazetteer>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(pool.submit(() -> Gazetteer.open(data, cache)));
            }
            for (Future<Gazetteer> f : fs) {
                Gazetteer g = f.get();
                assertThat(g.lookup("Hama")).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        try (var s = Files.list(cache)) {
            // no temporary build directory is left behind
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp"))).isEmpty();
        }
    }

    @Test
    void fallsBackToMemoryWhenTheCacheCannotBeWritten(@TempDir Path dir) throws Exception {
        GazetteerIndex.Data data = GazetteerIndex.Data.of(GazetteerBuilderTest.buildFixture(dir));
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        Gazetteer g = Gazetteer.open(data, notADir.resolve("cache"));
        assertThat(g.location()).isEqualTo("memory");
        assertThat(g.lookup("Damascus")).extracting(m -> m.entry().geonameId()).contains(170654L);
    }

    @Test
    void looksUpExactFoldedAbbreviatedAndDemonymForms(@TempDir Path dir) throws Exception {
        Gazetteer g = Gazetteer.open(GazetteerIndex.Data.of(GazetteerBuilderTest.buildFixture(dir)), null);
        assertThat(g.lookup("Damascus").get(0).how()).isEqualTo(Gazetteer.MatchKind.NAME);
        assertThat(g.lookup("DIMASHQ")).extracting(m -> m.entry().geonameId()).containsExactly(170654L);
        assertThat(g.lookup("U.S.")).extracting(m -> m.entry().country()).containsExactly("US");
        assertThat(g.lookup("U.S.").get(0).how()).isEqualTo(Gazetteer.MatchKind.ABBREVIATION);
        // abbreviations match only as written
        assertThat(g.lookup("u.s.")).isEmpty();
        assertThat(g.demonym("Syrians")).extracting(GazetteerEntry::country).containsExactly("SY");
        assertThat(g.demonym("Europeans")).extracting(GazetteerEntry::name).containsExactly("Europe");
        assertThat(g.mayMatch("Xyzzyqq")).isFalse();
        assertThat(g.lookup("Xyzzyqq")).isEmpty();
        assertThat(g.country("SY").name()).isEqualTo("Syria");
        assertThat(g.admin1("SY", "10").name()).isEqualTo("Hama Governorate");
        assertThat(g.place(g.lookup("Hamah").get(0).entry()).admin1()).isEqualTo("Hama Governorate");
    }

    @Test
    void theKeyHashIsTheSameOverAStringAndItsUtf8Bytes() {
        for (String k : List.of("hama", "حماة", "łódź", "东京", "\uD83D\uDE00x", "")) {
            assertThat(Gazetteer.hash(k)).as(k).isEqualTo(Gazetteer.hash(new org.apache.lucene.util.BytesRef(k)));
        }
        assertThat(Gazetteer.hash("hama")).isNotEqualTo(Gazetteer.hash("homs"));
    }
}
