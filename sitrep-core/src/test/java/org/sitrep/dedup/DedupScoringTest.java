package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventRecord;

/** Scores the deduplication on the hand-labelled set (src/test/resources/dedup). */
class DedupScoringTest {

    private static Map<String, String> clusters(List<Event> events) {
        Map<String, String> m = new HashMap<>();
        for (Event e : events) {
            for (Report r : e.reports()) {
                m.put(r.record().id(), e.id());
            }
        }
        return m;
    }

    @Test
    void pairwisePrecisionAndRecallOnTheLabelledSet() {
        List<LabelledSet.Item> items = LabelledSet.load();
        assertThat(items).hasSize(30);
        Deduplicator d = new Deduplicator(true);
        List<Event> events = d.cluster(items.stream().map(LabelledSet.Item::report).toList());
        double[] s = LabelledSet.pairwise(items, clusters(events));
        System.out.printf("dedup on the labelled set: %d tellings, %d gold events, %d found; pairwise precision %.3f, "
                        + "recall %.3f (tp %d, fp %d, fn %d)%n", items.size(),
                items.stream().map(LabelledSet.Item::gold).distinct().count(), events.size(), s[0], s[1],
                (int) s[2], (int) s[3], (int) s[4]);
        assertThat(s[0]).as("pairwise precision").isGreaterThanOrEqualTo(0.95);
        assertThat(s[1]).as("pairwise recall").isGreaterThanOrEqualTo(0.90);
        assertThat(events).hasSize(10);
        assertThat(d.decisions()).hasSize(30).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
    }

    @Test
    void exactKeysAloneWouldMissManyRepeats() {
        // the baseline: same CAMEO code, source, target, place and date (what folding within one article does)
        List<LabelledSet.Item> items = LabelledSet.load();
        Map<String, String> naive = new HashMap<>();
        for (LabelledSet.Item it : items) {
            EventRecord r = it.report().record();
            naive.put(r.id(), String.join("|", r.cameo(), Objects.toString(r.source() == null ? null : r.source().id()),
                    Objects.toString(r.target() == null ? null : r.target().id()),
                    Objects.toString(r.place() == null ? null : r.place().geonameid()), Objects.toString(r.date())));
        }
        double[] base = LabelledSet.pairwise(items, naive);
        List<Event> events = new Deduplicator().cluster(items.stream().map(LabelledSet.Item::report).toList());
        double[] ours = LabelledSet.pairwise(items, clusters(events));
        System.out.printf("exact-key baseline: precision %.3f, recall %.3f; rules: precision %.3f, recall %.3f%n",
                base[0], base[1], ours[0], ours[1]);
        assertThat(base[1]).isLessThan(0.6);
        assertThat(ours[1]).isGreaterThan(base[1] + 0.4);
    }

    @Test
    void sameDayAndPlaceButDifferentEventsStayApart() {
        List<LabelledSet.Item> items = LabelledSet.load();
        List<Event> events = new Deduplicator().cluster(items.stream().map(LabelledSet.Item::report).toList());
        Map<String, String> byRecord = clusters(events);
        Map<String, String> goldEvent = new HashMap<>();
        for (LabelledSet.Item it : items) {
            String predicted = byRecord.get(it.report().record().id());
            String before = goldEvent.putIfAbsent(predicted, it.gold());
            assertThat(before == null || before.equals(it.gold()))
                    .as("event %s mixes %s and %s", predicted, before, it.gold()).isTrue();
        }
        Event taken = events.stream().filter(e -> e.cameo().equals("192") && e.head().place() != null
                && Long.valueOf(170017L).equals(e.head().place().geonameid())).findFirst().orElseThrow();
        assertThat(taken.numArticles()).isEqualTo(6);
        assertThat(taken.numSources()).isEqualTo(6);
        assertThat(taken.sources()).containsExactly("AFP", "Al Jazeera", "EFE", "Reuters", "Xinhua", "teleSUR");
        assertThat(taken.firstReport()).hasToString("2024-12-05T09:28");
        assertThat(taken.lastReport()).hasToString("2024-12-06T07:40");
        assertThat(taken.cited()).containsExactly("EFE", "SANA", "Xinhua");
        assertThat(taken.head().source().id()).isEqualTo("HTS");
        assertThat(taken.head().target().id()).isEqualTo("SYR_MIL");
        assertThat(taken.confidence()).isGreaterThan(0.9);
    }

    @Test
    void theClusteringDoesNotDependOnTheOrderOfTheTellings() {
        List<Report> reports = new ArrayList<>(LabelledSet.load().stream().map(LabelledSet.Item::report).toList());
        List<Event> first = new Deduplicator().cluster(reports);
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, rnd);
            assertThat(new Deduplicator().cluster(reports)).isEqualTo(first);
        }
    }
}
