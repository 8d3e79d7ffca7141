package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.Published;
import org.sitrep.store.EventStore;

/** The store commands on a store filled through the library (no language models are loaded). */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    Path db;

    record Run(int code, String out, String err) {
    }

    static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");

    static EventRecord record(Article a, int n, String src, String cameo, String tgt) {
        EventRecord.Participant s = new EventRecord.Participant(src.toLowerCase(), src, src.equals("HTS") ? "SYRREB" : "SYRMIL",
                src.equals("HTS") ? "non-state armed group" : "state military");
        EventRecord.Participant t = tgt == null ? null : new EventRecord.Participant(tgt.toLowerCase(), tgt, null, null);
        return new EventRecord(a.id() + "-" + n, a.id(), LocalDate.of(2024, 12, 5), "day", "text", cameo,
                CameoTypes.plover(cameo), CameoTypes.acled(cameo, s.kind(), null), s, t, HAMA, Modality.ASSERTED,
                new EventRecord.Attribution(null, a.outlet(), List.of()),
                new EventRecord.Evidence(a.id(), n, 0, 20, "Sentence " + n + " of the story."), List.of(), "t", 0.8);
    }

    @BeforeEach
    void store() throws Exception {
        db = tmp.resolve("s.duckdb");
        Path story = tmp.resolve("efe.txt");
        Files.writeString(story, "Rebels enter Hama\n\nDAMASCUS, Dec 5 (EFE) - Fighters entered Hama and the army withdrew.");
        try (EventStore s = EventStore.open(db.toString())) {
            Article a = new Ingest().read(story);
            a = new Article(a.id(), a.text(), a.segments(), a.title(), new Published(LocalDate.of(2024, 12, 5), null),
                    "EFE", "https://efe.example/1", a.cited(), a.datelinePlace(), a.language(), a.origin());
            s.put(a, List.of(record(a, 1, "HTS", "192", "SYR_MIL"), record(a, 2, "SYR_MIL", "0874", null)));
            Article b = new Ingest().read("Army leaves Hama\n\nThe Syrian army withdrew from Hama on Thursday."
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "xinhua.txt");
            b = new Article(b.id(), b.text(), b.segments(), b.title(), new Published(LocalDate.of(2024, 12, 5), null),
                    "Xinhua", "https://xinhua.example/1", b.cited(), b.datelinePlace(), b.language(), b.origin());
            s.put(b, List.of(record(b, 1, "SYR_MIL", "0874", null)));
            s.refresh();
        }
    }

    @Test
    void eventsQueriesTheStore() {
        Run r = sitrep("events", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out()).contains("192", "0874", "HTS -> SYR_MIL", "Hama (170017)");
        assertThat(r.err()).contains("2 events");
        Run withdrawn = sitrep("events", "--db", db.toString(), "--plover", "RETREAT", "--format", "jsonl");
        assertThat(withdrawn.out().lines()).hasSize(1).first().asString().contains("\"num_sources\":2");
        assertThat(sitrep("events", "--db", db.toString(), "--actor", "HTS' OR '1'='1").out()).isEmpty();
        assertThat(sitrep("events", "--db", db.toString(), "--bbox", "36,35,37,36", "--from", "2024-12-05").out().lines()).hasSize(2);
        Run bad = sitrep("events", "--db", db.toString(), "--from", "yesterday");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1).first().asString().contains("--from must be a day");
        Run missing = sitrep("events", "--db", tmp.resolve("none.duckdb").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("sitrep: ").contains("no such database").doesNotContain("\n");
        assertThat(sitrep("events", "--db", db.toString(), "--pg", "jdbc:postgresql://x/y").code()).isEqualTo(2);
        assertThat(sitrep("events", "--db", db.toString(), "--bbox", "1,2,3").code()).isEqualTo(2);
    }

    @Test
    void eventsBelowTheDefaultConfidenceAreShownOnlyWhenAskedFor() throws Exception {
        Path other = tmp.resolve("unsure.duckdb");
        try (EventStore s = EventStore.open(other.toString())) {
            Article a = new Ingest().read(tmp.resolve("efe.txt"));
            a = new Article(a.id(), a.text(), a.segments(), a.title(), new Published(LocalDate.of(2024, 12, 5), null),
                    "EFE", "https://efe.example/1", a.cited(), a.datelinePlace(), a.language(), a.origin());
            EventRecord sure = record(a, 1, "HTS", "192", "SYR_MIL");
            EventRecord unsure = record(a, 2, "SYR_MIL", "0874", null);
            unsure = new EventRecord(unsure.id(), unsure.doc(), unsure.date(), unsure.datePrecision(), unsure.dateBasis(),
                    unsure.cameo(), unsure.plover(), unsure.acled(), unsure.source(), unsure.target(), unsure.place(),
                    unsure.modality(), unsure.attribution(), unsure.evidence(), unsure.support(), unsure.trigger(), 0.1);
            s.put(a, List.of(sure, unsure));
            s.refresh();
        }
        assertThat(sitrep("events", "--db", other.toString()).out().lines()).hasSize(1).first().asString().contains("192");
        assertThat(sitrep("events", "--db", other.toString(), "--all").out().lines()).hasSize(2);
        assertThat(sitrep("events", "--db", other.toString(), "--min-confidence", "0.05").out().lines()).hasSize(2);
        assertThat(sitrep("export", "--db", other.toString(), "--format", "csv").out()).contains("192").doesNotContain("0874");
        assertThat(sitrep("events", "--db", other.toString(), "--min-confidence", "2").code()).isEqualTo(2);
        assertThat(sitrep("events", "--db", other.toString(), "--all", "--min-confidence", "0.2").code()).isEqualTo(2);
    }

    @Test
    void badSelectionValuesAreUsageErrorsNotEmptyAnswers() {
        Run plover = sitrep("events", "--db", db.toString(), "--plover", "FOO");
        assertThat(plover.code()).isEqualTo(2);
        assertThat(plover.err().lines()).hasSize(1).first().asString().contains("--plover", "ASSAULT", "'FOO'");
        assertThat(sitrep("export", "--db", db.toString(), "--format", "csv", "--plover", "FOO").code()).isEqualTo(2);
        Run lower = sitrep("events", "--db", db.toString(), "--plover", "retreat");
        assertThat(lower.code()).isZero();
        assertThat(lower.out().lines()).as("a type in lower case is the type").hasSize(1);
        Run cameo = sitrep("events", "--db", db.toString(), "--cameo", "attack");
        assertThat(cameo.code()).isEqualTo(2);
        assertThat(cameo.err()).contains("--cameo");
        assertThat(sitrep("ingest", "--db", db.toString(), "--limit", "-1", tmp.resolve("efe.txt").toString()).code())
                .isEqualTo(2);
    }

    @Test
    void exportsLeaveOutWhatIsOutsideTheirFormatAndSaySo() throws Exception {
        Path other = tmp.resolve("other.duckdb");
        try (EventStore s = EventStore.open(other.toString())) {
            Article a = new Ingest().read("Talks\n\nThe minister said the talks went well.".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "talks.txt");
            EventRecord said = record(a, 1, "SYR_MIL", "010", null);
            EventRecord undated = new EventRecord(a.id() + "-2", a.id(), null, null, "past", "192",
                    CameoTypes.plover("192"), CameoTypes.acled("192", "non-state armed group", null),
                    new EventRecord.Participant("hts", "HTS", "SYRREB", "non-state armed group"), null, HAMA,
                    Modality.ASSERTED, new EventRecord.Attribution(null, null, List.of()),
                    new EventRecord.Evidence(a.id(), 2, 30, 50, "They had taken it before."), List.of(), "taken", 0.5);
            s.put(a, List.of(said, undated));
            s.refresh();
        }
        Run gdelt = sitrep("export", "--db", other.toString(), "--format", "gdelt");
        assertThat(gdelt.code()).isZero();
        assertThat(gdelt.out().lines()).as("the undated event is no GDELT row").hasSize(1);
        assertThat(gdelt.err()).contains("1 event outside the gdelt format's scope left out", "need a date");
        Run plover = sitrep("export", "--db", other.toString(), "--format", "plover");
        assertThat(plover.out()).isEmpty();
        assertThat(plover.err()).contains("2 events outside the plover format's scope");
        assertThat(sitrep("export", "--db", other.toString(), "--format", "csv").out().lines()).as("every event").hasSize(3);
    }

    @Test
    void theEventsTableKeepsOneLinePerEventWhateverTheActorTextHolds() {
        EventRecord.Participant odd = new EventRecord.Participant("the\nBoard\tof Trade", null, "---BUS", "business");
        EventRecord r = new EventRecord("r1", "d1", LocalDate.of(2024, 12, 5), "day", "text", "0874",
                CameoTypes.plover("0874"), null, odd, null, HAMA, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()), new EventRecord.Evidence("d1", 0, 0, 10, "The Board."),
                List.of(), "t", 0.5);
        String line = EventsCommand.line(org.sitrep.dedup.Event.single(org.sitrep.dedup.Report.of(r)));
        assertThat(line).doesNotContain("\n", "\t", "\r").contains("the\\nBoard\\tof Trade -> -");
    }

    @Test
    void readCommandsOpenTheStoreReadOnlyAndRefuseAForeignFile() throws Exception {
        Path foreign = tmp.resolve("foreign.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + foreign);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id INTEGER, owner VARCHAR)");
            st.execute("INSERT INTO accounts VALUES (1, 'ann')");
        }
        byte[] before = Files.readAllBytes(foreign);
        for (String[] args : List.of(new String[] {"events", "--db", foreign.toString()},
                new String[] {"export", "--db", foreign.toString(), "--format", "jsonl"},
                new String[] {"control", "--db", foreign.toString(), "--list"})) {
            Run r = sitrep(args);
            assertThat(r.code()).as(args[0]).isEqualTo(1);
            assertThat(r.err().strip()).as(args[0]).startsWith("sitrep: ").contains("not a sitrep store")
                    .doesNotContain("\n").doesNotContain("Exception");
        }
        // nothing was added to it
        assertThat(Files.readAllBytes(foreign)).isEqualTo(before);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + foreign);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        // a writing command does not take it over either
        Run ingest = sitrep("ingest", "--db", foreign.toString(), "--no-progress", tmp.resolve("efe.txt").toString());
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err().strip()).contains("not a sitrep store").doesNotContain("\n");
    }

    @Test
    void readersRunSideBySideOnOneFile() throws Exception {
        try (EventStore first = EventStore.openReadOnly(db.toString());
             EventStore second = EventStore.openReadOnly(db.toString())) {
            assertThat(first.counts().events()).isEqualTo(2);
            assertThat(second.counts().events()).isEqualTo(2);
            // and a command beside them
            assertThat(sitrep("events", "--db", db.toString()).out().lines()).hasSize(2);
        }
        // a writer holds the file: a reader says so in one line
        try (EventStore writer = EventStore.open(db.toString())) {
            Run r = sitrep("events", "--db", db.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n");
        }
    }

    @Test
    void queriesRefuseFromAfterToAndCrossTheAntimeridian() {
        Run backwards = sitrep("events", "--db", db.toString(), "--from", "2024-12-06", "--to", "2024-12-01");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err().strip()).contains("--from (2024-12-06) is after --to (2024-12-01)").doesNotContain("\n");
        assertThat(sitrep("export", "--db", db.toString(), "--format", "jsonl", "--from", "2024-12-06", "--to",
                "2024-12-01").code()).isEqualTo(2);
        assertThat(sitrep("events", "--db", db.toString(), "--bbox", "NaN,30,40,40").code()).isEqualTo(2);
        // west greater than east: from 30 E eastwards across 180 to 170 W, which holds Hama (36.8 E)
        assertThat(sitrep("events", "--db", db.toString(), "--bbox", "30,30,-170,40").out().lines()).hasSize(2);
        // and the Pacific from 170 E to 170 W does not
        Run pacific = sitrep("events", "--db", db.toString(), "--bbox", "170,30,-170,40");
        assertThat(pacific.code()).isZero();
        assertThat(pacific.out()).isEmpty();
    }

    @Test
    void hugeMaxBytesIsAUsageErrorNotAnOverflow() throws Exception {
        for (String cmd : List.of("code", "ingest")) {
            Run r = sitrep(cmd, "--max-bytes", String.valueOf(Long.MAX_VALUE), tmp.resolve("efe.txt").toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err().strip()).as(cmd).contains("--max-bytes must be within 1..1073741824")
                    .doesNotContain("-20").doesNotContain("\n");
        }
        Path feed = tmp.resolve("feed.rss");
        Files.writeString(feed, "<rss><channel><title>x</title></channel></rss>");
        Run r = sitrep("ingest", "--db", db.toString(), "--no-progress", "--max-bytes", "1073741824", feed.toString());
        assertThat(r.err()).doesNotContain("larger than -");
    }

    @Test
    void aBadDictionariesDirectoryIsTheSameErrorInEveryCommand() throws Exception {
        Path story = tmp.resolve("efe.txt");
        Path notDir = tmp.resolve("nothing-here");
        for (String cmd : List.of("code", "ingest")) {
            Run r = sitrep(cmd, "--dictionaries", notDir.toString(), story.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err().strip()).as(cmd).isEqualTo("sitrep: --dictionaries: " + notDir + " is not a directory");
        }
        Path dicts = Files.createDirectories(tmp.resolve("dicts"));
        byte[] noise = new byte[4096];
        new java.util.Random(20).nextBytes(noise);
        Files.write(dicts.resolve("my.actors.txt"), noise);
        for (String cmd : List.of("code", "ingest")) {
            Run r = sitrep(cmd, "--dictionaries", dicts.toString(), story.toString());
            assertThat(r.code()).as(cmd).isEqualTo(1);
            assertThat(r.err().strip()).as(cmd).startsWith("sitrep: --dictionaries: ")
                    .contains("my.actors.txt is not a dictionary file").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        Path gdelt = tmp.resolve("events.tsv");
        Path mentions = tmp.resolve("mentions.tsv");
        Run r = sitrep("export", "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString(), "--mentions",
                mentions.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("2 events written");
        assertThat(Files.readAllLines(gdelt)).hasSize(2).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(Files.readAllLines(mentions)).hasSize(3).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
        Run acled = sitrep("export", "--db", db.toString(), "--format", "acled");
        assertThat(acled.out().lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,year,time_precision");
        assertThat(acled.out().lines()).hasSize(3);
        Run geo = sitrep("export", "--db", db.toString(), "--format", "geojson", "--cameo", "192");
        assertThat(geo.out()).startsWith("{\"type\":\"FeatureCollection\"").contains("\"coordinates\":[36.75783,35.13179]");
        assertThat(sitrep("export", "--db", db.toString(), "--format", "plover").out().lines()).hasSize(2);
        assertThat(sitrep("export", "--db", db.toString(), "--format", "csv").out().lines()).hasSize(3);
        Path parquet = tmp.resolve("events.parquet");
        assertThat(sitrep("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString()).code()).isZero();
        assertThat(Files.readAllBytes(parquet)).startsWith('P', 'A', 'R', '1');
        Run noOut = sitrep("export", "--db", db.toString(), "--format", "parquet");
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("needs --out");
        Run unknown = sitrep("export", "--db", db.toString(), "--format", "xml");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(sitrep("export", "--db", db.toString(), "--format", "csv", "--out", tmp.resolve("no/dir/x.csv").toString())
                .code()).isEqualTo(1);
    }

    @Test
    void controlPrintsWhoHoldsAPlace() {
        Run r = sitrep("control", "--db", db.toString(), "Hama");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hama (GeoNames 170017, SY, Hama Governorate)");
        List<String> lines = r.out().lines().filter(l -> l.startsWith("  ") && !l.startsWith("      ")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("until 2024-12-05", "SYR_MIL");
        assertThat(lines.get(1)).contains("since 2024-12-05", "HTS");
        Run json = sitrep("control", "--db", db.toString(), "--format", "json", "170017");
        assertThat(json.out()).contains("\"controller\" : \"HTS\"", "\"since\" : \"2024-12-05\"");
        Run none = sitrep("control", "--db", db.toString(), "Atlantis");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("sitrep: no control timeline for 'Atlantis' (places with one: Hama)");
        assertThat(sitrep("control", "--db", db.toString(), "--list").out()).isEqualTo("170017\tHama\n");
        assertThat(sitrep("control", "--db", db.toString()).code()).isEqualTo(2);
    }

    @Test
    void ingestReportsBadInputWithoutLoadingModels() throws Exception {
        Run missing = sitrep("ingest", "--db", db.toString(), tmp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("nowhere: no such file or directory").doesNotContain("\n");
        Path broken = tmp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"text\": \"unterminated\n{\"title\": \"no text\"}\n");
        Path stored = tmp.resolve("efe.txt"); // stored already by the set-up
        Run r = sitrep("ingest", "--db", db.toString(), "--no-progress", broken.toString(), stored.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("skipped " + broken + ":1: malformed JSON", "skipped " + broken + ":2: no \"text\"",
                "2 records could not be read or coded");
        assertThat(r.out()).contains("3 records from 2 files", "0 stored", "1 already stored", "2 failed",
                "2 articles, 3 tellings, 2 events");
        Run again = sitrep("ingest", "--db", db.toString(), stored.toString());
        assertThat(again.code()).isZero();
        Run noServer = sitrep("ingest", "--pg", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret", stored.toString());
        assertThat(noServer.code()).isEqualTo(1);
        assertThat(noServer.err()).contains("cannot connect to PostgreSQL").doesNotContain("secret");
        assertThat(sitrep("ingest", "--db", db.toString(), "--threads", "0", stored.toString()).code()).isEqualTo(2);
        assertThat(sitrep("ingest", "--db", db.toString(), "--bogus", stored.toString()).code()).isEqualTo(2);
    }
}
