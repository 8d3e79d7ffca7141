package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Deduplicator;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Published;

class EventTablesTest {

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");

    static Report report(String doc, String outlet, Published published, EventRecord.PlaceRef place,
                         EventRecord.Participant target, List<EventRecord.Evidence> support) {
        EventRecord.Participant hts = new EventRecord.Participant("Hayat Tahrir al-Sham, \"HTS\"", "HTS", "SYRREB",
                "non-state armed group");
        EventRecord r = new EventRecord(doc + "-1", doc, LocalDate.of(2024, 12, 5), "day", "text", "192",
                CameoTypes.plover("192"), CameoTypes.acled("192", hts.kind(), target == null ? null : target.kind()),
                hts, target, place, Modality.ASSERTED, new EventRecord.Attribution("a spokesman", outlet, List.of("SANA")),
                new EventRecord.Evidence(doc, 2, 120, 200, "HTS entered Hama,\tthe city\non Thursday."), support,
                "entered", 0.8);
        return new Report(r, "https://" + outlet.toLowerCase() + ".example/" + doc, outlet, published);
    }

    static Event hama() {
        EventRecord.Participant army = new EventRecord.Participant("the Syrian army", "SYR_MIL", "SYRMIL", "state military");
        return new Deduplicator().cluster(List.of(
                report("a", "EFE", new Published(LocalDate.of(2024, 12, 5), LocalTime.of(10, 2)), HAMA, army,
                        List.of(new EventRecord.Evidence("a", 4, 300, 340, "support"))),
                report("b", "Xinhua", new Published(LocalDate.of(2024, 12, 5), null), HAMA, null, List.of()))).get(0);
    }

    static Event unplaced() {
        return Event.single(report("c", "AFP", null, null, null, List.of()));
    }

    private static String write(ExportFormat f, List<Event> events, boolean header) {
        StringWriter sw = new StringWriter();
        try (EventStreamWriter w = new EventStreamWriter(f, new PrintWriter(sw), header, id -> id.equals("a") ? new ArticleFacts(1234, -1) : null)) {
            events.forEach(w::write);
        }
        return sw.toString();
    }

    @Test
    void gdeltEventsHaveTheir61ColumnsInOrder() {
        assertThat(EventTables.GDELT_COLUMNS).hasSize(61);
        assertThat(EventTables.GDELT_COLUMNS.get(0)).isEqualTo("GlobalEventID");
        assertThat(EventTables.GDELT_COLUMNS.get(26)).isEqualTo("EventCode");
        assertThat(EventTables.GDELT_COLUMNS.get(31)).isEqualTo("NumMentions");
        assertThat(EventTables.GDELT_COLUMNS.get(56)).isEqualTo("ActionGeo_Lat");
        assertThat(EventTables.GDELT_COLUMNS.get(60)).isEqualTo("SOURCEURL");
        String tsv = write(ExportFormat.GDELT, List.of(hama(), unplaced()), false);
        String[] lines = tsv.split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(61);
        }
        String[] f = lines[0].split("\t", -1);
        Event e = hama();
        assertThat(Long.parseLong(f[0])).isEqualTo(EventTables.globalEventId(e.id())).isPositive();
        assertThat(f[1]).isEqualTo("20241205");
        assertThat(f[2]).isEqualTo("202412");
        assertThat(f[3]).isEqualTo("2024");
        assertThat(f[5]).isEqualTo("SYRREB");
        assertThat(f[6]).as("upper case, without the appositive").isEqualTo("HAYAT TAHRIR AL-SHAM");
        assertThat(f[7]).isEqualTo("SYR");
        assertThat(f[12]).isEqualTo("REB");
        assertThat(f[15]).isEqualTo("SYRMIL");
        assertThat(f[22]).isEqualTo("MIL");
        assertThat(f[25]).as("IsRootEvent: told in the third sentence, no lead known").isEqualTo("0");
        assertThat(f[26]).isEqualTo("192");
        assertThat(f[27]).isEqualTo("192");
        assertThat(f[28]).isEqualTo("19");
        assertThat(f[29]).isEqualTo("4");
        assertThat(f[30]).as("Goldstein of 192 by GDELT's table").isEqualTo("-9.5");
        assertThat(f[31]).isEqualTo("3");
        assertThat(f[32]).isEqualTo("2");
        assertThat(f[33]).isEqualTo("2");
        assertThat(f[34]).as("AvgTone").isEmpty();
        assertThat(f[35]).as("Actor1Geo").isEmpty();
        assertThat(f[51]).isEqualTo("4");
        assertThat(f[52]).isEqualTo("Hama, Hama Governorate, Syria");
        assertThat(f[53]).isEqualTo("SY");
        assertThat(f[54]).as("ADM1Code: FIPS country and division").isEqualTo("SY10");
        assertThat(f[56]).isEqualTo("35.13179");
        assertThat(f[57]).isEqualTo("36.75783");
        assertThat(f[58]).isEqualTo("170017");
        assertThat(f[59]).as("the first report: a day without a time").isEqualTo("20241205");
        assertThat(f[60]).isEqualTo("https://xinhua.example/b");
        String[] g = lines[1].split("\t", -1);
        assertThat(g[51]).isEmpty();
        assertThat(g[56]).isEmpty();
        assertThat(g[59]).isEmpty();
        assertThat(write(ExportFormat.GDELT, List.of(hama()), true)).startsWith("GlobalEventID\tDay\tMonthYear");
    }

    @Test
    void gdeltMentionsHaveOneRowPerSentence() {
        String tsv = write(ExportFormat.GDELT_MENTIONS, List.of(hama()), false);
        String[] lines = tsv.split("\n");
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(16);
        }
        String[] f = lines[0].split("\t", -1);
        assertThat(f[2]).isEqualTo("20241205");
        assertThat(f[4]).isEqualTo("Xinhua");
        assertThat(f[5]).isEqualTo("https://xinhua.example/b");
        assertThat(f[6]).isEqualTo("3");
        assertThat(f[11]).isEqualTo("80");
        String[] a = lines[1].split("\t", -1);
        assertThat(a[2]).isEqualTo("20241205100200");
        assertThat(a[12]).isEqualTo("1234");
        assertThat(lines[2].split("\t", -1)[6]).isEqualTo("5");
    }

    @Test
    void acledFatalitiesAreTheLowestFigureOfTheReports() {
        EventRecord.Participant army = new EventRecord.Participant("the Syrian army", "SYR_MIL", "SYRMIL", "state military");
        Report a = report("a", "EFE", new Published(LocalDate.of(2024, 12, 5), null), HAMA, army, List.of());
        Report b = report("b", "Xinhua", new Published(LocalDate.of(2024, 12, 5), null), HAMA, null, List.of());
        Event ev = new Deduplicator().cluster(List.of(
                new Report(a.record().withCasualties(12, 30), a.url(), a.outlet(), a.published()),
                new Report(b.record().withCasualties(9, null), b.url(), b.outlet(), b.published()))).get(0);
        assertThat(ev.head().fatalities()).isEqualTo(9);
        assertThat(ev.head().injured()).isEqualTo(30);
        List<List<String>> rows = parseCsv(write(ExportFormat.ACLED, List.of(ev), false));
        assertThat(col(rows.get(1), "fatalities")).isEqualTo("9");
    }

    @Test
    void acledCsvHasAcledsColumns() {
        String csv = write(ExportFormat.ACLED, List.of(hama(), unplaced()), false);
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.get(0)).isEqualTo(EventTables.ACLED_COLUMNS);
        assertThat(rows.get(0)).containsSubsequence("event_id_cnty", "event_date", "year", "time_precision",
                "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
        List<String> r = rows.get(1);
        assertThat(r).hasSize(EventTables.ACLED_COLUMNS.size());
        assertThat(col(r, "event_date")).isEqualTo("2024-12-05");
        assertThat(col(r, "time_precision")).isEqualTo("1");
        assertThat(col(r, "disorder_type")).isEqualTo("Political violence");
        assertThat(col(r, "event_type")).isEqualTo("Battles");
        assertThat(col(r, "sub_event_type")).isEqualTo("Non-state actor overtakes territory");
        assertThat(col(r, "actor1")).isEqualTo("Hayat Tahrir al-Sham, \"HTS\"");
        assertThat(col(r, "inter1")).isEqualTo("Rebel group");
        assertThat(col(r, "inter2")).isEqualTo("State forces");
        assertThat(col(r, "interaction")).isEqualTo("State forces-Rebel group");
        assertThat(col(r, "country")).isEqualTo("Syria");
        assertThat(col(r, "location")).isEqualTo("Hama");
        assertThat(col(r, "geo_precision")).isEqualTo("1");
        assertThat(col(r, "source")).isEqualTo("EFE; Xinhua");
        assertThat(col(r, "notes")).isEqualTo("HTS entered Hama,\tthe city\non Thursday.");
        assertThat(col(r, "fatalities")).as("unknown, not zero").isEmpty();
        assertThat(col(r, "tags")).contains("actor1_id=HTS", "cited=SANA");
        assertThat(rows).as("the unplaced event has no country: outside ACLED's scope").hasSize(2);
    }

    @Test
    void csvIsOneRowPerEventWithEveryColumn() {
        List<List<String>> rows = parseCsv(write(ExportFormat.CSV, List.of(hama(), unplaced()), false));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(EventTables.CSV_COLUMNS);
        assertThat(rows.get(1)).hasSize(EventTables.CSV_COLUMNS.size());
        assertThat(rows.get(1).get(EventTables.CSV_COLUMNS.indexOf("num_sources"))).isEqualTo("2");
        assertThat(rows.get(1).get(EventTables.CSV_COLUMNS.indexOf("first_report"))).isEqualTo("2024-12-05");
        assertThat(rows.get(1).get(EventTables.CSV_COLUMNS.indexOf("last_report"))).isEqualTo("2024-12-05T10:02");
        assertThat(rows.get(1).get(EventTables.CSV_COLUMNS.indexOf("geonameid"))).isEqualTo("170017");
    }

    @Test
    void ploverAndGeojsonAndJsonl() throws Exception {
        String plover = write(ExportFormat.PLOVER, List.of(hama()), false);
        JsonNode p = EventJson.mapper().readTree(plover);
        assertThat(p.get("event").get(0).asText()).isEqualTo("COERCE");
        assertThat(p.get("num_sources").asInt()).isEqualTo(2);
        assertThat(p.get("event_loc").get("geonameid").asLong()).isEqualTo(170017L);
        JsonNode fc = EventJson.mapper().readTree(write(ExportFormat.GEOJSON, List.of(hama(), unplaced()), false));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(2);
        assertThat(fc.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(36.75783);
        assertThat(fc.get("features").get(1).get("geometry").isNull()).isTrue();
        JsonNode empty = EventJson.mapper().readTree(write(ExportFormat.GEOJSON, List.of(), false));
        assertThat(empty.get("features")).isEmpty();
        JsonNode j = EventJson.mapper().readTree(write(ExportFormat.JSONL, List.of(hama()), false));
        assertThat(j.get("cameo").asText()).isEqualTo("192");
        assertThat(j.get("num_mentions").asInt()).isEqualTo(3);
        assertThat(j.get("reports")).hasSize(2);
        assertThat(EventJsonReader.fromJson(j).source().id()).isEqualTo("HTS");
    }

    @Test
    void formatsByName() {
        assertThat(ExportFormat.parse("gdelt-mentions")).isEqualTo(ExportFormat.GDELT_MENTIONS);
        assertThat(ExportFormat.parse(" ACLED ")).isEqualTo(ExportFormat.ACLED);
        assertThat(ExportFormat.GDELT_MENTIONS.label()).isEqualTo("gdelt-mentions");
        assertThatThrownBy(() -> ExportFormat.parse("xml")).hasMessageContaining("unknown format 'xml'");
        assertThatThrownBy(() -> new EventStreamWriter(ExportFormat.PARQUET, new PrintWriter(new StringWriter())))
                .hasMessageContaining("--out");
    }

    @Test
    void recordsOfOneArticleCanBeWrittenAsTables() {
        StringWriter sw = new StringWriter();
        EventWriter.write(List.of(hama().reports().get(0).record()), ExportFormat.GDELT, new PrintWriter(sw));
        assertThat(sw.toString().split("\t", -1)).hasSize(61);
    }

    private static String col(List<String> row, String name) {
        return row.get(EventTables.ACLED_COLUMNS.indexOf(name));
    }

    /** RFC 4180, enough for the test. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        return rows;
    }
}
