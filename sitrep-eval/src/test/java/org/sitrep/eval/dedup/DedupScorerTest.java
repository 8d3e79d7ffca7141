package org.sitrep.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Deduplicator;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Published;

class DedupScorerTest {

    static final EventRecord.PlaceRef TOWN = new EventRecord.PlaceRef("Riverton", 9000001L, "Riverton", 41.2, -95.1,
            "US", "Iowa", "city");

    /** A telling of sentence {@code s} (characters s*100 .. s*100+90) of an article. */
    static Report tell(String doc, int s, String cameo, String who, String whom, EventRecord.PlaceRef place, String date) {
        EventRecord r = new EventRecord(doc + "#" + s, doc, LocalDate.parse(date), "day", "text", cameo, null, null,
                who == null ? null : new EventRecord.Participant(who, null, null, null),
                whom == null ? null : new EventRecord.Participant(whom, null, null, null), place, Modality.ASSERTED,
                new EventRecord.Attribution(null, doc, List.of()),
                new EventRecord.Evidence(doc, s, s * 100, s * 100 + 90, "s"), List.of(), "t", 0.6);
        return new Report(r, "https://x.example/" + doc, doc, new Published(LocalDate.parse(date), null));
    }

    static DedupSet.Mention m(String doc, int s) {
        return new DedupSet.Mention(doc, s, s * 100 + 5, s * 100 + 10, "word");
    }

    @Test
    void figuresFollowTheReadme() {
        List<DedupSet.Article> articles = new ArrayList<>();
        for (String d : List.of("a1", "a2", "a3")) {
            articles.add(new DedupSet.Article(d, 7, "https://x.example/" + d, d, "2031-01-02", "text"));
        }
        articles.add(new DedupSet.Article("b1", 9, "https://x.example/b1", "b1", "2031-01-02", "text"));
        articles.add(new DedupSet.Article("b2", 9, "https://x.example/b2", "b2", "2031-01-02", "text"));
        DedupSet set = new DedupSet(articles, List.of(
                new DedupSet.GoldEvent("7a", 7, "a shooting", List.of("18", "19", "20"), List.of("a1", "a2", "a3"),
                        List.of(m("a1", 0), m("a2", 0), m("a3", 1)), List.of()),
                new DedupSet.GoldEvent("7b", 7, "an arrest", List.of("17", "112"), List.of("a1"),
                        List.of(m("a1", 2)), List.of()),
                new DedupSet.GoldEvent("9a", 9, "another shooting", List.of("19"), List.of("b1", "b2"),
                        List.of(m("b1", 0), m("b2", 0)), List.of())));
        assertThat(set.half(7)).isEqualTo(DedupSet.Half.TUNE);
        assertThat(set.half(9)).isEqualTo(DedupSet.Half.CHECK);
        List<Report> reports = List.of(
                tell("a1", 0, "193", "Mark Delaney", null, TOWN, "2031-01-01"),
                tell("a2", 0, "190", "Mark Delaney", null, null, "2031-01-01"),
                tell("a3", 1, "190", "a man", null, null, "2031-01-01"), // nothing to tie it to the others
                tell("a1", 2, "173", "police", "Mark Delaney", TOWN, "2031-01-01"),
                tell("b1", 0, "190", "Ann Kowalski", null, null, "2031-01-01"),
                tell("b2", 0, "190", "Ann Kowalski", null, null, "2031-01-01"));
        List<Event> events = new Deduplicator().cluster(reports);
        DedupScorer.Result r = DedupScorer.score(set, events, rep -> rep.url().substring(rep.url().lastIndexOf('/') + 1));
        DedupScorer.Figures tune = r.halves().get(DedupSet.Half.TUNE);
        assertThat(tune.covered()).isEqualTo(2);
        assertThat(tune.multiReported()).isEqualTo(1);
        assertThat(tune.split()).isEqualTo(2.0); // a1+a2 together, a3 alone
        assertThat(tune.pairs()).isEqualTo(3);
        assertThat(tune.together()).isEqualTo(1);
        assertThat(tune.apart()).containsEntry("no shared actor id or place", 2);
        assertThat(tune.wrongful()).isZero();
        DedupScorer.Figures check = r.halves().get(DedupSet.Half.CHECK);
        assertThat(check.split()).isEqualTo(1.0);
        assertThat(check.pairwiseRecall()).isEqualTo(1.0);
        assertThat(r.all().covered()).isEqualTo(3);
    }

    @Test
    void anEventHoldingTwoTopicsIsAWrongfulMerge() {
        DedupSet set = new DedupSet(List.of(new DedupSet.Article("a1", 1, "https://x.example/a1", "a1", null, "t"),
                new DedupSet.Article("b1", 2, "https://x.example/b1", "b1", null, "t")), List.of(
                new DedupSet.GoldEvent("1a", 1, "x", List.of("19"), List.of("a1"), List.of(m("a1", 0)), List.of()),
                new DedupSet.GoldEvent("2a", 2, "y", List.of("19"), List.of("b1"), List.of(m("b1", 0)), List.of())));
        List<Event> events = new Deduplicator().cluster(List.of(
                tell("a1", 0, "190", "Ann Kowalski", null, TOWN, "2031-01-01"),
                tell("b1", 0, "190", "Ann Kowalski", null, TOWN, "2031-01-01")));
        assertThat(events).hasSize(1);
        DedupScorer.Result r = DedupScorer.score(set, events, rep -> rep.url().substring(rep.url().lastIndexOf('/') + 1));
        assertThat(r.all().multiArticleEvents()).isEqualTo(1);
        assertThat(r.all().wrongful()).isEqualTo(1);
        assertThat(r.merged()).singleElement().satisfies(x -> assertThat(x.topics()).containsExactly(1, 2));
    }

    @Test
    void reasonsAreTheRuleThatFails() {
        assertThat(DedupScorer.category("action: 190 and 173 are different actions")).isEqualTo("different action class");
        assertThat(DedupScorer.category("date: a and b do not overlap")).isEqualTo("date windows apart");
        assertThat(DedupScorer.category("anchor: no known actor")).isEqualTo("no shared actor id or place");
        assertThat(DedupScorer.category("actors: x differ")).isEqualTo("actors differ");
        assertThat(DedupScorer.category("place: a and b are apart")).isEqualTo("places apart");
    }
}
