package org.sitrep.eval.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

class NewsScorerTest {

    private static EventRecord event(String cameo, String source, String target, String date, Double lat, Double lon) {
        EventRecord.PlaceRef place = lat == null ? null
                : new EventRecord.PlaceRef("x", null, "x", lat, lon, null, null, "city");
        return new EventRecord("id", "doc", date == null ? null : LocalDate.parse(date), "day", "text", cameo, null, null,
                source == null ? null : new EventRecord.Participant(source, null, null, null),
                target == null ? null : new EventRecord.Participant(target, null, null, null), place, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()), new EventRecord.Evidence("doc", 0, 0, 1, "x"),
                List.of(), "x", 0.6);
    }

    private static NewsGold.Event gold(List<String> cameo, List<String> source, String date, boolean optional) {
        return new NewsGold.Event("what", cameo, source, List.of(), date == null ? null : LocalDate.parse(date),
                10.0, 20.0, 25.0, null, optional);
    }

    @Test
    void matchesRequiredFirstCountsDuplicatesAndSetsAsideOptional() {
        NewsGold.Article a = new NewsGold.Article("texts/01.txt", LocalDate.parse("2024-01-02"), "t", List.of(
                gold(List.of("19"), List.of("rebels"), "2024-01-02", false),
                gold(List.of("01"), List.of(), null, true),
                gold(List.of("17"), List.of("police"), null, false)),
                List.of(new NewsGold.Forbidden("metonymy", 50.0, 50.0, 100)));
        List<EventRecord> emitted = List.of(
                event("190", "the rebels", null, "2024-01-02", 10.05, 20.05), // matches the attack
                event("193", "Rebels", "army", null, null, null),             // would match it again: duplicate
                event("010", "minister", null, null, null, null),              // the optional statement: set aside
                event("173", "police", null, "2024-01-03", 50.1, 50.1),        // no: wrong place, forbidden
                event("190", "army", null, null, null, null));                 // no: wrong source
        NewsScorer.ArticleScore s = NewsScorer.score(a, emitted);
        NewsScorer.Counts c = s.counts();
        assertThat(c.required()).isEqualTo(2);
        assertThat(c.matched()).isEqualTo(1);
        assertThat(c.matchedOptional()).isEqualTo(1);
        assertThat(c.falsePositives()).isEqualTo(3);
        assertThat(s.duplicates()).containsExactly(1);
        assertThat(s.forbidden()).containsExactly(3);
        assertThat(s.missed()).containsExactly(2);
        assertThat(c.precision()).isEqualTo(1.0 / 4);
        assertThat(c.recall()).isEqualTo(0.5);
    }

    @Test
    void eachFalsePositiveIsNamedByTheOneFieldThatKeepsItFromMatching() {
        NewsGold.Event attack = new NewsGold.Event("rebels attack the army", List.of("19"), List.of("rebel"),
                List.of("army"), LocalDate.parse("2024-01-02"), null, null, null, null, false);
        NewsGold.Article a = new NewsGold.Article("texts/03.txt", null, "t", List.of(attack), List.of());
        List<EventRecord> emitted = List.of(
                event("190", "rebels", "army", "2024-01-02", null, null),   // matched
                event("193", "rebels", "army", null, null, null),           // duplicate
                event("190", null, "army", null, null, null),               // source none
                event("190", "police", "army", null, null, null),           // source differs
                event("190", "rebels", "the city", null, null, null),       // target differs
                event("190", "army", "rebels", null, null, null),           // swapped
                event("190", "police", "civilians", null, null, null),      // both sides
                event("190", "rebels", "army", "2024-01-05", null, null),   // date
                event("120", "rebels", "army", null, null, null),           // code
                event("010", "minister", null, null, null, null));          // no such event
        NewsScorer.ArticleScore s = NewsScorer.score(a, emitted);
        assertThat(s.falsePositives().stream().map(e -> NewsScorer.reason(s, e)).toList()).containsExactly(
                "duplicate", "source none", "source differs", "target differs", "swapped", "both sides", "date",
                "code", "no such event");
    }

    @Test
    void bestMatchFirstAndNullsAcceptedButCounted() {
        NewsGold.Article a = new NewsGold.Article("texts/02.txt", null, "t", List.of(
                gold(List.of("19"), List.of("rebels"), "2024-01-02", false)), List.of());
        // the first emitted event states neither date nor place; the second states both, agreeing: it wins
        NewsScorer.ArticleScore s = NewsScorer.score(a, List.of(
                event("190", "rebels", null, null, null, null),
                event("190", "rebels", null, "2024-01-02", 10.0, 20.0)));
        assertThat(s.matches()).singleElement().satisfies(m -> {
            assertThat(m.emitted()).isEqualTo(1);
            assertThat(m.nullDate()).isFalse();
        });
        assertThat(s.duplicates()).containsExactly(0);
        NewsScorer.ArticleScore nulls = NewsScorer.score(a, List.of(event("190", "rebels", null, null, null, null)));
        assertThat(nulls.counts().nullDates()).isEqualTo(1);
        assertThat(nulls.counts().nullPlaces()).isEqualTo(1);
        assertThat(a.half()).isEqualTo(NewsGold.Half.CHECK);
    }

    @Test
    void readsTheGoldFormat(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"articles": [{"file": "texts/07.txt", "date": "2024-12-05", "title": "t",
                  "events": [{"what": "w", "cameo": ["19", "192"], "source": ["HTS"], "target": [],
                              "date": "2024-12-05", "lat": 35.1, "lon": 36.7, "km": 25, "modality": "claimed",
                              "optional": false}],
                  "forbidden": [{"why": "metonymy", "lat": 33.5, "lon": 36.3, "km": 100}]}]}
                """);
        List<NewsGold.Article> articles = NewsGold.read(gold);
        assertThat(articles).singleElement().satisfies(x -> {
            assertThat(x.half()).isEqualTo(NewsGold.Half.TUNE);
            assertThat(x.events().get(0).cameo()).containsExactly("19", "192");
            assertThat(x.events().get(0).modality()).isEqualTo("claimed");
            assertThat(x.forbidden().get(0).km()).isEqualTo(100.0);
        });
        assertThat(NewsGold.textOf(gold, articles.get(0))).isEqualTo(dir.toAbsolutePath().resolve("texts/07.txt"));
    }
}
