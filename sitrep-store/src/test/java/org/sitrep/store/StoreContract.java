package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.control.ControlPeriod;
import org.sitrep.dedup.Event;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;

/** What every back end must do; run against DuckDB and PostgreSQL. */
abstract class StoreContract {

    @TempDir
    Path tmp;

    /** A new, empty store. */
    abstract EventStore fresh() throws Exception;

    /** The same store opened again (a new connection). */
    abstract EventStore reopen() throws Exception;

    static final String HTS_TAKES_HAMA_EFE = "Rebels enter Hama\n\nDAMASCUS, Dec 5 (EFE) - Hayat Tahrir al-Sham fighters "
            + "entered the city of Hama on Thursday [HTS 192 SYR_MIL Hama 2024-12-05].\n\nThe army said its units "
            + "had withdrawn from the city [SYR_MIL 0874 - Hama 2024-12-05].";
    static final String HTS_TAKES_HAMA_XINHUA = "Syrian army pulls out of Hama\n\nDAMASCUS, Dec 5 (Xinhua) - The "
            + "Syrian army withdrew from Hama on Thursday [SYR_MIL 0874 - Hama 2024-12-05] after militants led by "
            + "HTS stormed the city [HTS 192 - Hama 2024-12-05].";
    static final String HTS_TAKES_HAMA_SANA = "Army redeploys outside Hama\n\nDAMASCUS, Dec 5 (SANA) - Military "
            + "units in Hama redeployed outside the city to protect civilians [SYR_MIL 0874 - Hama 2024-12-05].";
    static final String RUSSIAN_STRIKE = "Air strikes on Idlib\n\nMOSCOW, Dec 5 (TASS) - Russian warplanes struck "
            + "positions near Hama [RUS_MIL 195 HTS Hama 2024-12-05].";

    List<Article> hamaArticles() {
        return List.of(
                Fixtures.article(HTS_TAKES_HAMA_EFE, "EFE", "https://efe.example/hama", "2024-12-05T10:02", "efe.txt"),
                Fixtures.article(HTS_TAKES_HAMA_XINHUA, "Xinhua", "https://xinhua.example/hama", "2024-12-05T11:30", "xinhua.txt"),
                Fixtures.article(HTS_TAKES_HAMA_SANA, "SANA", "https://sana.example/hama", "2024-12-05", "sana.txt"),
                Fixtures.article(RUSSIAN_STRIKE, "TASS", "https://tass.example/strike", "2024-12-06T08:00", "tass.txt"));
    }

    EventStore hamaStore() throws Exception {
        EventStore s = fresh();
        for (Article a : hamaArticles()) {
            s.put(a, Fixtures.code(a));
        }
        s.refresh();
        return s;
    }

    @Test
    void aCountryIsAStoredPlaceUnderItsIdAndName() throws Exception {
        try (EventStore s = fresh()) {
            Article a = Fixtures.article("Protests in China\n\nBEIJING, Dec 5 (Reuters) - Police arrested protesters "
                    + "in China [CHN_POL 1711 - China 2024-12-05].", "Reuters", "https://reuters.example/cn",
                    "2024-12-05", "cn.txt");
            s.put(a, Fixtures.code(a));
            s.refresh();
            List<StoredPlace> places = s.places(null, 10);
            assertThat(places).extracting(StoredPlace::id).containsExactly("CN");
            assertThat(places.get(0).geonameid()).isNull();
            assertThat(places.get(0).precision()).isEqualTo("country");
            assertThat(s.places("CN", 10)).extracting(StoredPlace::name).containsExactly("China");
            assertThat(s.places("china", 10)).extracting(StoredPlace::id).containsExactly("CN");
            assertThat(s.events(EventQuery.ALL.withPlace("CN"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withPlace("China"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withPlace("CN")).get(0).head().place().id()).isEqualTo("CN");
            List<MapPoint> points = new ArrayList<>();
            s.mapPoints(EventQuery.ALL, points::add);
            assertThat(points).extracting(MapPoint::placeKey).containsExactly("CN");
        }
    }

    @Test
    void migrationsAreAppliedOnceAndRecorded() throws Exception {
        try (EventStore s = fresh()) {
            int shipped = Migrations.available(s.backend()).size();
            assertThat(shipped).isGreaterThanOrEqualTo(2);
            assertThat(s.schemaVersion()).isEqualTo(shipped);
            assertThat(rows((JdbcEventStore) s, "SELECT version, description FROM schema_version ORDER BY version"))
                    .hasSize(shipped)
                    .first().asString().contains("articles");
        }
        try (EventStore s = reopen()) {
            assertThat(rows((JdbcEventStore) s, "SELECT version FROM schema_version")).hasSize(
                    Migrations.available(s.backend()).size());
            // the view of the second migration is there
            assertThat(rows((JdbcEventStore) s, "SELECT * FROM event_reports")).isEmpty();
        }
    }

    @Test
    void articlesAndEventsRoundTrip() throws Exception {
        try (EventStore s = fresh()) {
            Article a = Fixtures.article(HTS_TAKES_HAMA_EFE, "EFE", "https://efe.example/hama?a=1&b='x'",
                    "2024-12-05T10:02", "efe.txt");
            EventRecord r1 = Fixtures.record(a, 1, "HTS", "192", "SYR_MIL", "Hama", "2024-12-05", null, 0.8)
                    .withCasualties(3, null);
            EventRecord r2 = new EventRecord(a.id() + "-x", a.id(), null, null, null, "0874", null, null,
                    Fixtures.actor("SYR_MIL"), null, new EventRecord.PlaceRef("the city", null, null, 0.0, 0.0, null, null, null),
                    org.sitrep.events.Modality.CLAIMED,
                    new EventRecord.Attribution("Syrian Armed Forces Command", "EFE", List.of("SANA", "Xinhua")),
                    new EventRecord.Evidence(a.id(), 3, 300, 380, "“Units have withdrawn,” it said; 'quoted' -- text"),
                    List.of(new EventRecord.Evidence(a.id(), 5, 500, 560, "another sentence")), "withdrawn", 0.61);
            assertThat(s.put(a, List.of(r1, r2))).isEqualTo(EventStore.Plan.NEW);
            assertThat(s.mentionsOf(a.id())).containsExactly(r1, r2);
            assertThat(s.mentionsOf(a.id()).get(0).fatalities()).isEqualTo(3);
            assertThat(s.mentionsOf(a.id()).get(1).fatalities()).as("not said: null, not 0").isNull();
            s.refresh();
            assertThat(s.events(EventQuery.ALL)).filteredOn(e -> e.head().cameo().equals("192"))
                    .singleElement().satisfies(e -> assertThat(e.head().fatalities()).isEqualTo(3));
            StoredArticle sa = s.article(a.id()).orElseThrow();
            assertThat(sa.url()).isEqualTo(a.url());
            assertThat(sa.outlet()).isEqualTo("EFE");
            assertThat(sa.title()).isEqualTo("Rebels enter Hama");
            assertThat(sa.published()).isEqualTo(a.published());
            assertThat(sa.cited()).isEqualTo(a.cited());
            assertThat(sa.text()).isEqualTo(a.text());
            assertThat(sa.mentions()).isEqualTo(2);
            assertThat(s.articleLength(a.id())).isEqualTo(a.text().length());
            assertThat(s.articleLength("nope")).isEqualTo(-1);
        }
        try (EventStore s = reopen()) {
            assertThat(s.counts().articles()).isEqualTo(1);
            assertThat(s.counts().mentions()).isEqualTo(2);
        }
    }

    @Test
    void theSameArticleTwiceIsStoredOnce() throws Exception {
        try (EventStore s = fresh()) {
            Article a = hamaArticles().get(0);
            assertThat(s.plan(a)).isEqualTo(EventStore.Plan.NEW);
            assertThat(s.put(a, Fixtures.code(a))).isEqualTo(EventStore.Plan.NEW);
            assertThat(s.plan(a)).isEqualTo(EventStore.Plan.DUPLICATE);
            assertThat(s.put(a, Fixtures.code(a))).isEqualTo(EventStore.Plan.DUPLICATE);
            // the same text read from another file is the same article
            Article copy = new Article(a.id(), a.text(), a.segments(), a.title(), a.published(), a.outlet(), a.url(),
                    a.cited(), a.datelinePlace(), a.language(), "zz-later-copy.txt");
            assertThat(s.put(copy, Fixtures.code(copy))).isEqualTo(EventStore.Plan.DUPLICATE);
            assertThat(s.counts().articles()).isEqualTo(1);
            assertThat(s.counts().mentions()).isEqualTo(2);
        }
    }

    /** An invented telling whose actors no dictionary knows (words only). */
    private static EventRecord told(Article a, int sentence, String who, String cameo, String whom, String place) {
        EventRecord r = Fixtures.record(a, sentence, null, cameo, null, place, "2031-03-13", null, 0.7);
        return new EventRecord(r.id(), r.doc(), r.date(), r.datePrecision(), r.dateBasis(), r.cameo(), r.plover(),
                r.acled(), who == null ? null : new EventRecord.Participant(who, null, null, null),
                whom == null ? null : new EventRecord.Participant(whom, null, null, null), r.place(), r.modality(),
                r.attribution(), r.evidence(), r.support(), r.trigger(), r.confidence());
    }

    @Test
    void articlesInAnyOrderGiveTheSameEvents() throws Exception {
        Article gazette = Fixtures.article("Office shooting in Riverton\n\nMark Delaney opened fire.", "Gazette",
                "https://gazette.example/1", "2031-03-14", "gazette.txt");
        Article wire = Fixtures.article("Gunman kills two\n\nA former employee shot two people. Police named Mark Delaney.",
                "Wire", "https://wire.example/1", "2031-03-14", "wire.txt");
        Article radio = Fixtures.article("Shots at a Riverton office\n\nA man fired at workers in Riverton.", "Radio",
                "https://radio.example/1", "2031-03-13", "radio.txt");
        Article courier = Fixtures.article("Shooting in Millbrook\n\nA man fired at co-workers in Millbrook.", "Courier",
                "https://courier.example/1", "2031-03-14", "courier.txt");
        Map<Article, List<EventRecord>> coded = new java.util.LinkedHashMap<>();
        coded.put(gazette, List.of(told(gazette, 0, "Mark Delaney", "193", "co-workers", "Riverton"),
                told(gazette, 1, "the gunman", "190", "his former boss", "-"),
                told(gazette, 2, "police", "173", "Mark Delaney", "-")));
        coded.put(wire, List.of(told(wire, 0, "a former employee", "180", "two people", "-"),
                told(wire, 1, "Mark Delaney", "193", null, "-")));
        coded.put(radio, List.of(told(radio, 0, "a man", "190", "workers", "Riverton")));
        coded.put(courier, List.of(told(courier, 0, "a man", "193", "co-workers", "Millbrook"),
                told(courier, 1, "the gunman", "190", null, "-")));
        List<Article> forward = new ArrayList<>(coded.keySet());
        List<Article> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        List<String> dumps = new ArrayList<>();
        for (List<Article> order : List.of(forward, backward)) {
            try (EventStore s = fresh()) {
                boolean eachRefreshed = order == backward; // refreshed after every article: the same in the end
                for (Article x : order) {
                    s.put(x, coded.get(x));
                    if (eachRefreshed) {
                        s.refresh();
                    }
                }
                s.refresh();
                List<Event> events = s.events(EventQuery.ALL);
                assertThat(events).hasSize(3);
                assertThat(events).extracting(Event::numArticles).containsExactlyInAnyOrder(3, 1, 1);
                // the arrest no sentence places is placed where its article is, and says so
                Event arrest = events.stream().filter(e -> e.cameo().equals("173")).findFirst().orElseThrow();
                assertThat(arrest.head().place().name()).isEqualTo("Riverton");
                assertThat(arrest.placeBasis()).isEqualTo(Event.PLACE_FROM_ARTICLE);
                assertThat(s.event(arrest.id()).orElseThrow().placeBasis()).isEqualTo(Event.PLACE_FROM_ARTICLE);
                assertThat(events).filteredOn(e -> !e.cameo().equals("173"))
                        .allSatisfy(e -> assertThat(e.placeBasis()).isEqualTo(Event.PLACE_FROM_TEXT));
                dumps.add(dump((JdbcEventStore) s));
            }
        }
        assertThat(dumps.get(1)).isEqualTo(dumps.get(0));
    }

    @Test
    void copiesAndVersionsEndTheSameWhateverTheOrder() throws Exception {
        Article a = hamaArticles().get(0);
        Article copyFirst = new Article(a.id(), a.text(), a.segments(), a.title(), a.published(), "Other outlet", a.url(),
                a.cited(), a.datelinePlace(), a.language(), "aa-first.txt");
        String newerText = HTS_TAKES_HAMA_EFE + "\n\nThis story was updated with the army's statement.";
        Article newer = Fixtures.article(newerText, "EFE", a.url(), "2024-12-05T12:00", "efe-update.txt");
        List<List<Article>> orders = List.of(List.of(a, copyFirst, newer), List.of(newer, copyFirst, a),
                List.of(copyFirst, newer, a), List.of(a, copyFirst), List.of(copyFirst, a));
        List<String> dumps = new ArrayList<>();
        for (List<Article> order : orders) {
            try (EventStore s = fresh()) {
                for (Article x : order) {
                    s.put(x, Fixtures.code(x));
                }
                s.refresh();
                assertThat(s.counts().articles()).isEqualTo(1);
                dumps.add(dump((JdbcEventStore) s));
            }
        }
        // the newest version wins over both copies of the older one
        assertThat(dumps.get(1)).isEqualTo(dumps.get(0));
        assertThat(dumps.get(2)).isEqualTo(dumps.get(0));
        assertThat(dumps.get(0)).contains("efe-update.txt").doesNotContain("aa-first.txt");
        // of two copies of one text, the one whose origin sorts first is kept
        assertThat(dumps.get(4)).isEqualTo(dumps.get(3));
        assertThat(dumps.get(3)).contains("aa-first.txt").contains("Other outlet").doesNotContain("|efe.txt|");
    }

    /**
     * What a put writes and removes (pending or committed, copies and versions, any order) adds up to
     * the tellings stored: the ingest summary counts from it.
     */
    @Test
    void theTellingsPutsWriteAndRemoveAddUpToTheTellingsStored() throws Exception {
        Article a = hamaArticles().get(0);
        Article copyFirst = new Article(a.id(), a.text(), a.segments(), a.title(), a.published(), "Other outlet", a.url(),
                a.cited(), a.datelinePlace(), a.language(), "aa-first.txt");
        String newerText = HTS_TAKES_HAMA_EFE + "\n\nLater, Russian warplanes struck [RUS_MIL 195 HTS Hama 2024-12-05].";
        Article newer = Fixtures.article(newerText, "EFE", a.url(), "2024-12-05T12:00", "efe-update.txt");
        List<List<Article>> orders = List.of(List.of(a, copyFirst, newer), List.of(newer, copyFirst, a),
                List.of(copyFirst, newer, a), List.of(a, newer, copyFirst), List.of(a, copyFirst), List.of(copyFirst, a));
        for (boolean commitEach : new boolean[] {false, true}) {
            for (List<Article> order : orders) {
                try (EventStore s = fresh()) {
                    long net = 0;
                    for (Article x : order) {
                        List<EventRecord> twice = new ArrayList<>(Fixtures.code(x));
                        twice.addAll(Fixtures.code(x));
                        EventStore.Stored put = s.store(x, twice);
                        assertThat(put.written()).isEqualTo(put.plan().needsCoding() ? Fixtures.code(x).size() : 0);
                        net += put.net();
                        if (commitEach) {
                            s.flush();
                        }
                    }
                    assertThat(net).as("%s %s", commitEach, order).isEqualTo(s.counts().mentions());
                }
            }
        }
        try (EventStore s = fresh()) {
            assertThat(s.store(a, Fixtures.code(a))).isEqualTo(new EventStore.Stored(EventStore.Plan.NEW, 2, 0));
            s.flush();
            assertThat(s.store(copyFirst, Fixtures.code(copyFirst)))
                    .isEqualTo(new EventStore.Stored(EventStore.Plan.REPLACE_COPY, 2, 2));
            assertThat(s.store(newer, Fixtures.code(newer)))
                    .isEqualTo(new EventStore.Stored(EventStore.Plan.REPLACE_VERSION, 3, 2));
            assertThat(s.store(a, Fixtures.code(a))).isEqualTo(new EventStore.Stored(EventStore.Plan.SUPERSEDED, 0, 0));
            assertThat(s.counts().mentions()).isEqualTo(3);
        }
    }

    @Test
    void aNewerVersionOfAnArticleReplacesTheOlder() throws Exception {
        try (EventStore s = fresh()) {
            Article old = Fixtures.article(HTS_TAKES_HAMA_EFE, "EFE", "https://efe.example/hama", "2024-12-05T10:02", "v1.txt");
            Article v2 = Fixtures.article(HTS_TAKES_HAMA_EFE + "\n\nUpdated.", "EFE", "https://efe.example/hama",
                    "2024-12-05T12:00", "v2.txt");
            assertThat(s.put(old, Fixtures.code(old))).isEqualTo(EventStore.Plan.NEW);
            assertThat(s.put(v2, Fixtures.code(v2))).isEqualTo(EventStore.Plan.REPLACE_VERSION);
            assertThat(s.plan(old)).isEqualTo(EventStore.Plan.SUPERSEDED);
            assertThat(s.article(old.id())).isEmpty();
            assertThat(s.article(v2.id())).isPresent();
            assertThat(s.counts().mentions()).isEqualTo(2);
            // another story at the same address (a feed linking every item to its front page) is kept
            Article other = Fixtures.article(RUSSIAN_STRIKE, "EFE", "https://efe.example/hama", "2024-12-06", "v3.txt");
            assertThat(s.put(other, Fixtures.code(other))).isEqualTo(EventStore.Plan.NEW);
            assertThat(s.counts().articles()).isEqualTo(2);
        }
    }

    @Test
    void reportsOfTheSameEventBecomeOneEventWithGdeltCounts() throws Exception {
        try (EventStore s = hamaStore()) {
            EventStore.Counts c = s.counts();
            assertThat(c.articles()).isEqualTo(4);
            assertThat(c.mentions()).isEqualTo(6);
            List<Event> all = s.events(EventQuery.ALL);
            assertThat(all).hasSize(3);
            Event withdrawal = s.events(EventQuery.ALL.withCameo("0874")).get(0);
            assertThat(withdrawal.numArticles()).isEqualTo(3);
            assertThat(withdrawal.numSources()).isEqualTo(3);
            assertThat(withdrawal.numMentions()).isEqualTo(3);
            assertThat(withdrawal.sources()).containsExactly("EFE", "SANA", "Xinhua");
            assertThat(withdrawal.firstReport()).hasToString("2024-12-05");
            assertThat(withdrawal.lastReport()).hasToString("2024-12-05T11:30");
            assertThat(withdrawal.reports()).extracting(r -> r.outlet()).containsExactly("SANA", "EFE", "Xinhua");
            assertThat(withdrawal.head().source().id()).isEqualTo("SYR_MIL");
            assertThat(withdrawal.head().evidence().text()).startsWith("Sentence");
            Event taking = s.events(EventQuery.ALL.withCameo("192")).get(0);
            assertThat(taking.numArticles()).isEqualTo(2);
            assertThat(taking.head().target().id()).isEqualTo("SYR_MIL");
            // the air strike the same day at the same place stays apart
            Event strike = s.events(EventQuery.ALL.withCameo("195")).get(0);
            assertThat(strike.numArticles()).isEqualTo(1);
            assertThat(strike.head().source().id()).isEqualTo("RUS_MIL");
            // each telling points at its event
            assertThat(rows((JdbcEventStore) s, "SELECT id FROM mentions WHERE event_id IS NULL")).isEmpty();
            assertThat(rows((JdbcEventStore) s, "SELECT * FROM event_reports")).hasSize(6);
            assertThat(c.actors()).isEqualTo(3);
            assertThat(c.places()).isEqualTo(1);
        }
    }

    @Test
    void refreshRewritesOnlyWhatChanged() throws Exception {
        try (EventStore s = hamaStore()) {
            EventStore.Refresh again = s.refresh();
            assertThat(again.inserted()).isZero();
            assertThat(again.deleted()).isZero();
            Article late = Fixtures.article("Hama falls\n\nBEIRUT, Dec 6 (AFP) - The army withdrew from Hama "
                    + "[SYR_MIL 0874 - Hama 2024-12-05].", "AFP", "https://afp.example/h", "2024-12-06T07:00", "afp.txt");
            s.put(late, Fixtures.code(late));
            EventStore.Refresh r = s.refresh();
            assertThat(r.events()).isEqualTo(3);
            assertThat(r.inserted()).isEqualTo(1);
            assertThat(r.deleted()).isEqualTo(1);
            Event withdrawal = s.events(EventQuery.ALL.withCameo("0874")).get(0);
            assertThat(withdrawal.numSources()).isEqualTo(4);
            assertThat(withdrawal.lastReport()).hasToString("2024-12-06T07:00");
        }
    }

    @Test
    void controlTimelineOfHama() throws Exception {
        try (EventStore s = hamaStore()) {
            for (String key : List.of("Hama", "hama", "170017")) {
                List<ControlPeriod> t = s.control(key);
                assertThat(t).hasSize(2);
                assertThat(t.get(0).controllerId()).isEqualTo("SYR_MIL");
                assertThat(t.get(0).since()).isNull();
                assertThat(t.get(0).until()).isEqualTo(LocalDate.of(2024, 12, 5));
                assertThat(t.get(1).controllerId()).isEqualTo("HTS");
                assertThat(t.get(1).since()).isEqualTo(LocalDate.of(2024, 12, 5));
                assertThat(t.get(1).until()).isNull();
                assertThat(t.get(1).confidence()).isGreaterThan(0.8).isLessThanOrEqualTo(0.99);
                assertThat(t.get(1).evidence()).extracting(ControlPeriod.Evidence::role).contains("gained", "lost");
                assertThat(t.get(1).evidence()).allSatisfy(e -> assertThat(e.text()).isNotBlank());
                assertThat(t.get(1).place().lat()).isEqualTo(35.13179);
            }
            assertThat(s.control("Homs")).isEmpty();
            assertThat(s.controlPlaces()).extracting(p -> p[1]).containsExactly("Hama");
        }
    }

    @Test
    void queriesSelectByEachField() throws Exception {
        try (EventStore s = hamaStore()) {
            assertThat(s.events(EventQuery.ALL.withActor("HTS"))).hasSize(2);
            assertThat(s.events(EventQuery.ALL.withActor("hts"))).hasSize(2);
            assertThat(s.events(EventQuery.ALL.withActor("Hayat Tahrir al-Sham"))).hasSize(2);
            assertThat(s.events(EventQuery.ALL.withActor("RUS_MIL"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withPlace("170017"))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withPlace("hama"))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withBbox(new double[] {36.0, 35.0, 37.0, 36.0}))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withBbox(new double[] {37.0, 35.0, 38.0, 36.0}))).isEmpty();
            assertThat(s.events(EventQuery.ALL.withBbox(new double[] {170.0, 35.0, 37.0, 36.0}))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withCameo("19"))).hasSize(2);
            assertThat(s.events(EventQuery.ALL.withPlover("retreat"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withAcled("Battles"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withAcled("Air/drone strike"))).hasSize(1);
            assertThat(s.events(EventQuery.ALL.withDates(LocalDate.of(2024, 12, 6), null))).isEmpty();
            assertThat(s.events(EventQuery.ALL.withDates(null, LocalDate.of(2024, 12, 5)))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withModality("asserted"))).hasSize(3);
            assertThat(s.events(EventQuery.ALL.withModality("future"))).isEmpty();
            assertThat(s.events(EventQuery.ALL.withMinSources(2))).hasSize(2);
            assertThat(s.events(EventQuery.ALL.withLimit(1))).hasSize(1);
        }
    }

    @Test
    void oneEventActorsAndPlacesByIdOrName() throws Exception {
        try (EventStore s = hamaStore()) {
            Event withdrawal = s.events(EventQuery.ALL.withCameo("0874")).get(0);
            Event one = s.event(withdrawal.id()).orElseThrow();
            assertThat(one.id()).isEqualTo(withdrawal.id());
            assertThat(one.reports()).hasSize(3);
            assertThat(one.reports()).allSatisfy(r -> assertThat(r.record().evidence().text()).isNotBlank());
            assertThat(one.head().source().id()).isEqualTo("SYR_MIL");
            assertThat(s.event("nope")).isEmpty();
            List<Event> heads = new ArrayList<>();
            s.eventHeads(EventQuery.ALL, heads::add);
            assertThat(heads).extracting(Event::id).containsExactlyElementsOf(
                    s.events(EventQuery.ALL).stream().map(Event::id).toList());
            assertThat(heads).allSatisfy(h -> assertThat(h.reports()).isEmpty());
            Event head = heads.stream().filter(h -> h.id().equals(withdrawal.id())).findFirst().orElseThrow();
            assertThat(head.numSources()).isEqualTo(3);
            assertThat(head.head().evidence().text()).isEqualTo(withdrawal.head().evidence().text());

            List<StoredActor> actors = s.actors(null, 10);
            assertThat(actors).extracting(StoredActor::id).containsExactlyInAnyOrder("HTS", "SYR_MIL", "RUS_MIL");
            StoredActor hts = s.actors("hts", 10).get(0);
            assertThat(hts.id()).isEqualTo("HTS");
            assertThat(hts.names()).contains("Hayat Tahrir al-Sham");
            assertThat(hts.kind()).isEqualTo("non-state armed group");
            assertThat(hts.firstSeen()).isEqualTo(LocalDate.of(2024, 12, 5));
            assertThat(s.actors("tahrir", 10)).extracting(StoredActor::id).containsExactly("HTS");
            assertThat(s.actors(null, 1)).hasSize(1);

            List<StoredPlace> places = s.places(null, 10);
            assertThat(places).hasSize(1);
            assertThat(places.get(0).geonameid()).isEqualTo(170017L);
            assertThat(places.get(0).lat()).isEqualTo(35.13179);
            assertThat(places.get(0).events()).isEqualTo(3);
            assertThat(s.places("170017", 10)).hasSize(1);
            assertThat(s.places("ham", 10)).hasSize(1);
            assertThat(s.places("Homs", 10)).isEmpty();
            for (String evil : List.of("%", "_", "' OR 1=1 --", "\\")) {
                assertThat(s.actors(evil, 10)).isEmpty();
                assertThat(s.places(evil, 10)).isEmpty();
                assertThat(s.event(evil)).isEmpty();
            }
        }
    }

    List<MapPoint> points(EventStore s, EventQuery q) {
        List<MapPoint> out = new ArrayList<>();
        s.mapPoints(q, out::add);
        return out;
    }

    @Test
    void mapPointsAreTheSelectedEventsInFewFields() throws Exception {
        try (EventStore s = hamaStore()) {
            List<Event> all = s.events(EventQuery.ALL);
            List<MapPoint> points = points(s, EventQuery.ALL);
            assertThat(points).extracting(MapPoint::id).containsExactlyElementsOf(all.stream().map(Event::id).toList());
            MapPoint withdrawal = points(s, EventQuery.ALL.withCameo("0874")).get(0);
            assertThat(withdrawal.date()).isEqualTo(LocalDate.of(2024, 12, 5));
            assertThat(withdrawal.lat()).isEqualTo(35.13179);
            assertThat(withdrawal.lon()).isNotNull();
            assertThat(withdrawal.located()).isTrue();
            assertThat(withdrawal.plover()).isEqualTo("RETREAT");
            assertThat(withdrawal.geonameid()).isEqualTo(170017L);
            assertThat(withdrawal.placeKey()).isEqualTo("170017");
            assertThat(withdrawal.placeName()).isEqualTo("Hama");
            assertThat(withdrawal.source()).isEqualTo("SYR_MIL");
            assertThat(withdrawal.target()).isNull();
            assertThat(withdrawal.modality()).isEqualTo("asserted");
            assertThat(withdrawal.numSources()).isEqualTo(3);
            // the same selection as the full query, filter by filter
            for (EventQuery q : List.of(EventQuery.ALL.withActor("Hayat Tahrir al-Sham"), EventQuery.ALL.withPlace("hama"),
                    EventQuery.ALL.withBbox(new double[] {170.0, 35.0, 37.0, 36.0}), EventQuery.ALL.withCameo("19"),
                    EventQuery.ALL.withPlover("retreat"), EventQuery.ALL.withDates(null, LocalDate.of(2024, 12, 5)),
                    EventQuery.ALL.withMinSources(2), EventQuery.ALL.withModality("future"),
                    EventQuery.ALL.withActor("HTS' OR '1'='1"))) {
                assertThat(points(s, q)).extracting(MapPoint::id)
                        .containsExactlyElementsOf(s.events(q).stream().map(Event::id).toList());
            }
        }
    }

    @Test
    void limitAndOffsetPageThroughTheEventsInOrder() throws Exception {
        try (EventStore s = hamaStore()) {
            List<String> all = s.events(EventQuery.ALL).stream().map(Event::id).toList();
            assertThat(all).hasSize(3);
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 4; offset += 2) {
                EventQuery page = EventQuery.ALL.withLimit(2).withOffset(offset);
                s.eventHeads(page, e -> paged.add(e.id()));
                assertThat(points(s, page)).extracting(MapPoint::id)
                        .containsExactlyElementsOf(all.subList(offset, Math.min(all.size(), offset + 2)));
            }
            assertThat(paged).containsExactlyElementsOf(all);
            assertThat(s.events(EventQuery.ALL.withOffset(1))).extracting(Event::id).containsExactlyElementsOf(all.subList(1, 3));
            assertThat(s.events(EventQuery.ALL.withOffset(3))).isEmpty();
            assertThatThrownBy(() -> EventQuery.ALL.withOffset(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsRunSideBySideAndSeeWhatWasStoredBefore() throws Exception {
        try (EventStore s = hamaStore()) {
            // a reader's callback that reads again (as exports do) is answered, whatever the number of threads
            List<Integer> lengths = new ArrayList<>();
            s.events(EventQuery.ALL, e -> lengths.add(s.articleLength(e.reports().get(0).articleId())));
            assertThat(lengths).hasSize(3).allSatisfy(n -> assertThat(n).isPositive());
            // many threads at once get the same answers as one
            List<String> expected = points(s, EventQuery.ALL).stream().map(MapPoint::id).toList();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            try {
                List<java.util.concurrent.Future<List<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    int k = i;
                    answers.add(pool.submit(() -> switch (k % 3) {
                        case 0 -> points(s, EventQuery.ALL).stream().map(MapPoint::id).toList();
                        case 1 -> s.events(EventQuery.ALL).stream().map(Event::id).toList();
                        default -> {
                            List<String> ids = new ArrayList<>();
                            s.eventHeads(EventQuery.ALL, e -> ids.add(e.id()));
                            assertThat(s.control("Hama")).isNotEmpty();
                            yield ids;
                        }
                    }));
                }
                for (var a : answers) {
                    assertThat(a.get()).containsExactlyElementsOf(expected);
                }
            } finally {
                pool.shutdownNow();
            }
            // what is stored (not yet committed) is seen by the next read
            Article a = Fixtures.article("Clashes in Homs\n\nHOMS, Dec 7 (AFP) - Fighting broke out [HTS 190 SYR_MIL Homs 2024-12-07].",
                    "AFP", "https://afp.example/homs", "2024-12-07", "afp.txt");
            s.put(a, Fixtures.code(a));
            assertThat(s.article(a.id())).isPresent();
            assertThat(s.counts().articles()).isEqualTo(5);
            s.refresh();
            assertThat(points(s, EventQuery.ALL)).hasSize(4);
        }
    }

    @Test
    void queryParametersAreData() throws Exception {
        try (EventStore s = hamaStore()) {
            for (String evil : List.of("HTS' OR '1'='1", "x'); DROP TABLE events; --", "%", "_TS", "\\", "' OR 1=1 --")) {
                assertThat(s.events(EventQuery.ALL.withActor(evil))).isEmpty();
                assertThat(s.events(EventQuery.ALL.withPlace(evil))).isEmpty();
                assertThat(s.events(EventQuery.ALL.withCameo(evil))).isEmpty();
                assertThat(s.events(EventQuery.ALL.withPlover(evil))).isEmpty();
                assertThat(s.events(EventQuery.ALL.withAcled(evil))).isEmpty();
                assertThat(s.events(EventQuery.ALL.withModality(evil))).isEmpty();
                assertThat(s.control(evil)).isEmpty();
                assertThat(s.article(evil)).isEmpty();
            }
            assertThat(s.counts().events()).isEqualTo(3);
            // stored text with quotes and SQL is kept as it is
            String sqlish = "Robert'); DROP TABLE articles; --\n\nBEIRUT - a story about 'quotes' and \"more\" [HTS 192 - Homs 2024-12-07].";
            Article a = Fixtures.article(sqlish, "O'Reilly Times", "https://x.example/?q=1';--", "2024-12-07", "evil.txt");
            s.put(a, Fixtures.code(a));
            assertThat(s.article(a.id()).orElseThrow().text()).isEqualTo(a.text());
            assertThat(s.article(a.id()).orElseThrow().outlet()).isEqualTo("O'Reilly Times");
            assertThat(s.counts().articles()).isEqualTo(5);
        }
    }

    @Test
    void aRunStoppedHalfWayAndStartedAgainEndsWithTheSameDatabase() throws Exception {
        Path corpus = corpus(tmp.resolve("corpus"));
        CorpusIngest.Options all = new CorpusIngest.Options(2, 1_000_000, -1);
        String uninterrupted;
        try (EventStore s = fresh()) {
            CorpusIngest.Summary sum = new CorpusIngest(s, Fixtures::code, all, null).run(List.of(corpus));
            assertThat(sum.read()).isEqualTo(43);
            assertThat(sum.failed()).isEqualTo(2);
            // story-04 and its copy: whichever is coded second is a duplicate, or replaces the first
            // (the copy's name sorts first); either way one article is kept
            assertThat(sum.stored()).isEqualTo(40);
            assertThat(sum.duplicates() + sum.replaced()).isEqualTo(1);
            assertThat(s.counts().articles()).isEqualTo(40);
            uninterrupted = dump((JdbcEventStore) s);
        }
        for (int stopAfter : new int[] {7, 23}) {
            try (EventStore s = fresh()) {
                CorpusIngest.Summary first = new CorpusIngest(s, Fixtures::code,
                        new CorpusIngest.Options(2, 1_000_000, stopAfter), null).run(List.of(corpus));
                assertThat(first.read()).isEqualTo(stopAfter);
                assertThat(first.refresh()).isNull();
                assertThat(dump((JdbcEventStore) s)).isNotEqualTo(uninterrupted);
                CorpusIngest.Summary second = new CorpusIngest(s, Fixtures::code, all, null).run(List.of(corpus));
                assertThat(second.duplicates()).isGreaterThanOrEqualTo(first.stored());
                assertThat(dump((JdbcEventStore) s)).isEqualTo(uninterrupted);
            }
        }
        // and running it all again changes nothing
        try (EventStore s = reopenLast()) {
            if (s != null) {
                CorpusIngest.Summary again = new CorpusIngest(s, Fixtures::code, all, null).run(List.of(corpus));
                assertThat(again.stored()).isZero();
                assertThat(dump((JdbcEventStore) s)).isEqualTo(uninterrupted);
            }
        }
    }

    /** The store last made by {@link #fresh()}, opened again; null when a back end cannot. */
    EventStore reopenLast() throws Exception {
        return reopen();
    }

    /** 41 stories (one a copy of another) in text files and JSON Lines, and 2 broken records. */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        String[] places = {"Hama", "Homs", "Aleppo"};
        String[] actors = {"HTS", "SYR_MIL", "RUS_MIL"};
        String[] codes = {"192", "0874", "195", "190", "042"};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String place = places[i % 3];
            String src = actors[i % 3];
            String tgt = actors[(i + 1) % 3];
            String code = codes[i % 5];
            String day = "2024-12-0" + (1 + i % 7);
            String body = "Story " + i + "\n\nBEIRUT - Report number " + i + " says " + src + " acted in " + place
                    + " [" + src + " " + code + " " + tgt + " " + place + " " + day + "]. A second event followed ["
                    + tgt + " " + codes[(i + 2) % 5] + " - " + place + " " + day + "].";
            if (i % 2 == 0) {
                Files.writeString(dir.resolve("texts").resolve(String.format("story-%02d.txt", i)), body);
            } else {
                jsonl.append(org.sitrep.output.EventJson.mapper().writeValueAsString(Map.of("text", body,
                        "outlet", "Outlet " + (i % 4), "url", "https://news.example/" + i,
                        "published", day + "T0" + (i % 9) + ":00"))).append('\n');
                if (i == 11) {
                    jsonl.append("{\"text\": \"broken\n");
                }
            }
        }
        jsonl.append("{\"title\": \"no text here\"}\n");
        Files.writeString(dir.resolve("feed.jsonl"), jsonl.toString());
        Files.copy(dir.resolve("texts/story-04.txt"), dir.resolve("texts/story-04-copy.txt"));
        return dir;
    }

    // ------------------------------------------------------------------ helpers

    static List<String> rows(JdbcEventStore s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object o = rs.getObject(i);
                    sb.append(o instanceof Double d ? String.format("%.6f", d) : o).append('|');
                }
                out.add(sb.toString());
            }
        }
        s.connection().commit();
        return out;
    }

    /** Every table, every row, in key order (the schema version table left out). */
    static String dump(JdbcEventStore s) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String q : List.of("SELECT * FROM articles ORDER BY id", "SELECT * FROM mentions ORDER BY id",
                "SELECT * FROM events ORDER BY id", "SELECT * FROM actors ORDER BY id",
                "SELECT * FROM places ORDER BY geonameid", "SELECT * FROM control ORDER BY id",
                "SELECT * FROM control_events ORDER BY control_id, event_id, role")) {
            sb.append(q).append('\n');
            for (String r : rows(s, q)) {
                sb.append(r).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void aBrokenDatabaseIsOneClearError() throws Exception {
        Path junk = tmp.resolve("junk.duckdb");
        Files.writeString(junk, "this is not a database at all, just text".repeat(200));
        assertThatThrownBy(() -> EventStore.open(junk.toString()))
                .isInstanceOf(StoreException.class).hasMessageContaining("junk.duckdb");
        assertThatThrownBy(() -> EventStore.open(tmp.resolve("no/such/dir/x.duckdb").toString()))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> EventStore.open("jdbc:mysql://localhost/x"))
                .isInstanceOf(StoreException.class).hasMessageContaining("unsupported");
    }
}
