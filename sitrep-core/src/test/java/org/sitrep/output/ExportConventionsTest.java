package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Published;

/**
 * Each export checked against its convention's own reference: GDELT 2.0's event and mention
 * codebooks and code tables, ACLED's codebook, the PLOVER specification's JSON fields.
 */
class ExportConventionsTest {

    static final EventRecord.PlaceRef BAGHDAD = new EventRecord.PlaceRef("Baghdad", 98182L, "Baghdad", 33.34058, 44.40088,
            "IQ", "Baghdad", "city");
    static final EventRecord.PlaceRef IRAQ = new EventRecord.PlaceRef("Iraq", 99237L, "Iraq", 33.0, 44.0, "IQ", null, "country");
    static final EventRecord.PlaceRef LONDON = new EventRecord.PlaceRef("London", 2643743L, "London", 51.50853, -0.12574,
            "GB", "England", "city");

    static EventRecord record(String id, LocalDate date, String cameo, EventRecord.Participant source,
                              EventRecord.Participant target, EventRecord.PlaceRef place, String sentence, int index,
                              int start, String trigger) {
        return new EventRecord(id, "doc-" + id, date, date == null ? null : "day", date == null ? "past" : "text", cameo,
                CameoTypes.plover(cameo), CameoTypes.acled(cameo, source == null ? null : source.kind(),
                target == null ? null : target.kind()), source, target, place, Modality.ASSERTED,
                new EventRecord.Attribution(null, "Reuters", List.of()),
                new EventRecord.Evidence("doc-" + id, index, start, start + sentence.length(), sentence), List.of(),
                trigger, 0.6);
    }

    static Event event(EventRecord r) {
        return Event.single(new Report(r, "https://example.org/" + r.doc(), "Reuters",
                new Published(LocalDate.of(2024, 12, 5), LocalTime.of(9, 30))));
    }

    static final EventRecord.Participant ARMY = new EventRecord.Participant("Iraqi troops", "IRQ_MIL", "IRQMIL", "state military");
    static final EventRecord.Participant REBELS = new EventRecord.Participant("the insurgents", null, "IRQREB", "non-state armed group");
    static final EventRecord.Participant JUDGE = new EventRecord.Participant("judge", null, "---JUD", "judiciary");
    static final EventRecord.Participant FIRM = new EventRecord.Participant("the company", null, "---BUS", "business");
    static final EventRecord.Participant CANADA = new EventRecord.Participant("CAN", "CAN", "CAN", "state");
    static final EventRecord.Participant IT = new EventRecord.Participant("it", "IRQ_MIL", "IRQMIL", "state military");

    /** Iraqi troops attack insurgents in Baghdad (190), told in the lead. */
    static Event attack() {
        return event(record("a1", LocalDate.of(2024, 12, 4), "190", ARMY, REBELS, BAGHDAD,
                "Iraqi troops attacked the insurgents in Baghdad on Wednesday.", 0, 0, "attacked"));
    }

    /** A judge criticises a company (111), in Iraq, in the fourth sentence. */
    static Event criticism() {
        return event(record("a2", LocalDate.of(2024, 12, 5), "111", JUDGE, FIRM, IRAQ,
                "The judge criticised the company.", 3, 400, "criticised"));
    }

    /** Canada makes a plain statement (010): no PLOVER type, no ACLED type. */
    static Event statement() {
        return event(record("a3", LocalDate.of(2024, 12, 5), "010", CANADA, null, LONDON,
                "Canada said the talks in London went well.", 1, 80, "said"));
    }

    /** An attack told with no date. */
    static Event undated() {
        return event(record("a4", null, "190", IT, REBELS, BAGHDAD, "It had attacked them before.", 5, 700, "attacked"));
    }

    private static String write(ExportFormat f, List<Event> events, Function<String, ArticleFacts> articles, int[] skipped) {
        StringWriter sw = new StringWriter();
        try (EventStreamWriter w = new EventStreamWriter(f, new PrintWriter(sw), false, articles)) {
            events.forEach(w::write);
            if (skipped != null) {
                skipped[0] = w.skipped();
            }
        }
        return sw.toString();
    }

    private static List<String[]> tsv(String s) {
        List<String[]> rows = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ GDELT 2.0 events

    @Test
    void goldsteinFollowsGdeltsPublishedTable() {
        // values of GDELT's CAMEO.goldsteinscale.txt
        assertThat(CodeTables.goldstein("010")).isEqualTo("0.0");
        assertThat(CodeTables.goldstein("0874")).isEqualTo("10.0");
        assertThat(CodeTables.goldstein("111")).isEqualTo("-2.0");
        assertThat(CodeTables.goldstein("130")).isEqualTo("-4.4");
        assertThat(CodeTables.goldstein("173")).isEqualTo("-5.0");
        assertThat(CodeTables.goldstein("190")).isEqualTo("-10.0");
        assertThat(CodeTables.goldstein("192")).isEqualTo("-9.5");
        assertThat(CodeTables.goldstein("1951")).as("a later sub-code takes its base code's value").isEqualTo("-10.0");
        assertThat(CodeTables.goldstein(null)).isNull();
        assertThat(CodeTables.goldstein("99")).isNull();
        // every code sitrep can emit has a value
        for (String[] row : CodeTables.rows("/org/sitrep/events/cameo.tsv")) {
            assertThat(CodeTables.goldstein(row[0])).as("Goldstein of " + row[0]).isNotNull();
        }
    }

    @Test
    void countryCodesAreFips104NotIso() {
        assertThat(CodeTables.fips("IQ")).isEqualTo("IZ");
        assertThat(CodeTables.fips("GB")).isEqualTo("UK");
        assertThat(CodeTables.fips("DE")).isEqualTo("GM");
        assertThat(CodeTables.fips("SY")).isEqualTo("SY");
        assertThat(CodeTables.fips("RU")).isEqualTo("RS");
        assertThat(CodeTables.fips("RS")).isEqualTo("RI");
        assertThat(CodeTables.fips("ZZ")).isNull();
        List<String[]> rows = tsv(write(ExportFormat.GDELT, List.of(attack(), criticism()), id -> null, null));
        int cc = EventTables.GDELT_COLUMNS.indexOf("ActionGeo_CountryCode");
        int adm1 = EventTables.GDELT_COLUMNS.indexOf("ActionGeo_ADM1Code");
        int feature = EventTables.GDELT_COLUMNS.indexOf("ActionGeo_FeatureID");
        int type = EventTables.GDELT_COLUMNS.indexOf("ActionGeo_Type");
        assertThat(rows.get(0)[cc]).isEqualTo("IZ");
        assertThat(rows.get(0)[type]).as("a world city").isEqualTo("4");
        assertThat(rows.get(0)[feature]).isEqualTo("98182");
        assertThat(rows.get(0)[adm1]).as("Baghdad's division is not named as the gazetteer names it: unknown").isEmpty();
        assertThat(rows.get(1)[cc]).isEqualTo("IZ");
        assertThat(rows.get(1)[type]).as("a country").isEqualTo("1");
        assertThat(rows.get(1)[adm1]).as("a country's ADM1 code is its own code").isEqualTo("IZ");
        assertThat(rows.get(1)[feature]).as("a country's feature id is its code").isEqualTo("IZ");
        assertThat(rows.get(0)[EventTables.GDELT_COLUMNS.indexOf("ActionGeo_FullName")]).isEqualTo("Baghdad, Baghdad, Iraq");
    }

    static EventRecord.PlaceRef place(String name, String country, String admin1, String precision, String id) {
        return new EventRecord.PlaceRef(name, id.matches("[0-9]+") ? Long.valueOf(id) : null, name, 1.0, 2.0, country,
                admin1, precision, id);
    }

    @Test
    void adm1CodeIsTheFipsCountryAndTheDivisionsCode() {
        assertThat(Admin1Codes.gdelt(place("Hama", "SY", "Hama Governorate", "city", "170017")))
                .as("a city: its division found by name in the gazetteer").isEqualTo("SY10");
        assertThat(Admin1Codes.gdelt(place("Hama Governorate", "SY", "Hama Governorate", "admin1", "SY.10")))
                .as("a division: its code from its stable id").isEqualTo("SY10");
        assertThat(Admin1Codes.gdelt(place("Mosul", "IQ", "Nineveh Governorate", "city", "99072")))
                .as("FIPS country code, not ISO").isEqualTo("IZ15");
        assertThat(Admin1Codes.gdelt(place("Travis County", "US", "Texas", "admin2", "US.TX.453")))
                .as("a second-level division: its first level's code; US states as GDELT writes them").isEqualTo("USTX");
        assertThat(Admin1Codes.gdelt(IRAQ)).as("a country: its FIPS code alone").isEqualTo("IZ");
        assertThat(Admin1Codes.gdelt(LONDON)).as("GB: GeoNames' ENG is no FIPS code").isEmpty();
        assertThat(Admin1Codes.gdelt(place("Zurich", "CH", "Zurich", "city", "2657896")))
                .as("CH: GeoNames' ZH is an ISO code, not FIPS").isEmpty();
        assertThat(Admin1Codes.gdelt(place("Kyiv", "UA", "Kyiv", "city", "703448")))
                .as("two divisions named Kyiv: neither code").isEmpty();
        assertThat(Admin1Codes.gdelt(place("Somewhere", "SY", "No Such Governorate", "city", "1"))).isEmpty();
        assertThat(Admin1Codes.gdelt(place("Somewhere", "SY", null, "place", "2"))).isEmpty();
        List<String[]> rows = tsv(write(ExportFormat.GDELT, List.of(event(record("h1", LocalDate.of(2024, 12, 5), "192",
                REBELS, ARMY, place("Hama", "SY", "Hama Governorate", "city", "170017"), "Rebels entered Hama.", 0, 0,
                "entered"))), id -> null, null));
        assertThat(rows.get(0)[EventTables.GDELT_COLUMNS.indexOf("ActionGeo_ADM1Code")]).isEqualTo("SY10");
        assertThat(rows.get(0)[EventTables.GDELT_COLUMNS.indexOf("ActionGeo_ADM2Code")]).isEmpty();
        assertThat(Admin1Codes.geonamesCode(LONDON)).as("PLOVER's event_loc keeps GeoNames' own code").isEqualTo("ENG");
    }

    @Test
    void actorsAreLocatedOnlyWhereTheirOwnWordsNameThePlace() {
        EventRecord.Participant police = new EventRecord.Participant("Baghdad police", null, "IRQCOP", "police");
        List<String[]> rows = tsv(write(ExportFormat.GDELT, List.of(
                event(record("g1", LocalDate.of(2024, 12, 4), "173", police, REBELS, BAGHDAD,
                        "Baghdad police arrested the insurgents.", 0, 0, "arrested")),
                attack()), id -> null, null));
        Map<String, Integer> c = columns(EventTables.GDELT_COLUMNS);
        String[] a = rows.get(0);
        assertThat(a[c.get("Actor1Geo_Type")]).isEqualTo("4");
        assertThat(a[c.get("Actor1Geo_FullName")]).isEqualTo(a[c.get("ActionGeo_FullName")]);
        assertThat(a[c.get("Actor1Geo_CountryCode")]).isEqualTo("IZ");
        assertThat(a[c.get("Actor1Geo_Lat")]).isEqualTo("33.34058");
        assertThat(a[c.get("Actor1Geo_FeatureID")]).isEqualTo("98182");
        for (String col : List.of("Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_Lat")) {
            assertThat(a[c.get(col)]).as("the insurgents' words name no place: " + col).isEmpty();
        }
        String[] b = rows.get(1);
        assertThat(b[c.get("Actor1Geo_Type")]).as("'Iraqi troops' names no place ('Iraqi' is not 'Iraq')").isEmpty();
        assertThat(b[c.get("ActionGeo_Type")]).isEqualTo("4");
        assertThat(EventTables.namesPlace(new EventRecord.Participant("residents of Hama", null, "SYRCVL", "civilians"),
                place("Hama", "SY", "Hama Governorate", "city", "170017"))).isTrue();
        assertThat(EventTables.namesPlace(new EventRecord.Participant("Hamas", null, "PSEREB", "non-state armed group"),
                place("Hama", "SY", "Hama Governorate", "city", "170017"))).as("a whole word only").isFalse();
    }

    @Test
    void actorCodesAndNamesAreWrittenAsGdeltDoes() {
        List<String[]> rows = tsv(write(ExportFormat.GDELT, List.of(attack(), criticism()), id -> null, null));
        Map<String, Integer> c = columns(EventTables.GDELT_COLUMNS);
        String[] a = rows.get(0);
        assertThat(a[c.get("Actor1Code")]).isEqualTo("IRQMIL");
        assertThat(a[c.get("Actor1Name")]).isEqualTo("IRAQI TROOPS");
        assertThat(a[c.get("Actor1CountryCode")]).isEqualTo("IRQ");
        assertThat(a[c.get("Actor1Type1Code")]).isEqualTo("MIL");
        assertThat(a[c.get("Actor2Name")]).as("no leading article").isEqualTo("INSURGENTS");
        assertThat(a[c.get("GoldsteinScale")]).isEqualTo("-10.0");
        assertThat(a[c.get("QuadClass")]).isEqualTo("4");
        String[] b = rows.get(1);
        assertThat(b[c.get("Actor1Code")]).as("no --- padding").isEqualTo("JUD");
        assertThat(b[c.get("Actor1Name")]).isEqualTo("JUDGE");
        assertThat(b[c.get("Actor1CountryCode")]).isEmpty();
        assertThat(b[c.get("Actor1Type1Code")]).isEqualTo("JUD");
        assertThat(b[c.get("Actor2Code")]).isEqualTo("BUS");
        assertThat(b[c.get("Actor2Type1Code")]).isEqualTo("BUS");
        assertThat(b[c.get("Actor2Name")]).isEqualTo("COMPANY");
        assertThat(EventTables.gdeltName(CANADA)).as("a country by its name").isEqualTo("CANADA");
        assertThat(EventTables.gdeltName(IT)).as("a pronoun by the actor it stands for").isEqualTo("IRQ MIL");
        for (String[] row : rows) {
            for (String f : row) {
                assertThat(f).doesNotContain("---");
            }
        }
    }

    @Test
    void isRootEventIsTheLeadParagraph() {
        String text = "Iraqi troops attack insurgents\n\nBAGHDAD, Dec 4 (Reuters)\n\n"
                + "Iraqi troops attacked the insurgents in Baghdad on Wednesday. More fighting followed.\n\n"
                + "A second paragraph tells what came before.";
        ArticleFacts facts = ArticleFacts.of(text, "Iraqi troops attack insurgents");
        int lead = text.indexOf("Iraqi troops attacked");
        assertThat(facts.length()).isEqualTo(text.length());
        assertThat(facts.leadEnd()).isEqualTo(text.indexOf("\n\nA second"));
        EventRecord inLead = record("r1", LocalDate.of(2024, 12, 4), "190", ARMY, REBELS, BAGHDAD,
                "Iraqi troops attacked the insurgents in Baghdad on Wednesday.", 2, lead, "attacked");
        EventRecord later = record("r2", LocalDate.of(2024, 12, 4), "190", ARMY, REBELS, BAGHDAD,
                "A second paragraph tells what came before.", 4, text.indexOf("A second"), "tells");
        Function<String, ArticleFacts> articles = id -> facts;
        int root = EventTables.GDELT_COLUMNS.indexOf("IsRootEvent");
        assertThat(tsv(write(ExportFormat.GDELT, List.of(event(inLead), event(later)), articles, null)))
                .extracting(r -> r[root]).containsExactly("1", "0");
        // one paragraph per line, no blank lines
        ArticleFacts lines = ArticleFacts.of("Headline\nFirst sentence of the lead.\nSecond paragraph.", "Headline");
        assertThat(lines.leadEnd()).isEqualTo("Headline\nFirst sentence of the lead.".length());
    }

    @Test
    void undatedEventsAreLeftOutOfBothGdeltTables() {
        int[] skipped = new int[1];
        List<String[]> events = tsv(write(ExportFormat.GDELT, List.of(attack(), undated()), id -> null, skipped));
        assertThat(events).hasSize(1);
        assertThat(events.get(0)[1]).isEqualTo("20241204");
        assertThat(skipped[0]).isEqualTo(1);
        List<String[]> mentions = tsv(write(ExportFormat.GDELT_MENTIONS, List.of(attack(), undated()), id -> null, skipped));
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0)).hasSize(16);
    }

    // ------------------------------------------------------------------ GDELT 2.0 mentions

    @Test
    void mentionsSayWhetherTheEventIsInTheRawText() {
        Event withPronoun = event(record("m2", LocalDate.of(2024, 12, 4), "190", IT, REBELS, BAGHDAD,
                "It attacked the insurgents in Baghdad.", 2, 300, "attacked"));
        List<String[]> rows = tsv(write(ExportFormat.GDELT_MENTIONS, List.of(attack(), withPronoun),
                id -> new ArticleFacts(2000, 100), null));
        Map<String, Integer> c = columns(EventTables.GDELT_MENTION_COLUMNS);
        String[] a = rows.get(0);
        assertThat(a[c.get("InRawText")]).isEqualTo("1");
        assertThat(a[c.get("SentenceID")]).isEqualTo("1");
        assertThat(a[c.get("Actor1CharOffset")]).isEqualTo("0");
        assertThat(a[c.get("Actor2CharOffset")]).isEqualTo(Integer.toString("Iraqi troops attacked ".length()));
        assertThat(a[c.get("ActionCharOffset")]).isEqualTo(Integer.toString("Iraqi troops ".length()));
        assertThat(a[c.get("MentionDocLen")]).isEqualTo("2000");
        assertThat(a[c.get("MentionType")]).as("WEB").isEqualTo("1");
        String[] b = rows.get(1);
        assertThat(b[c.get("InRawText")]).as("a pronoun had to be resolved").isEqualTo("0");
        assertThat(b[c.get("Actor1CharOffset")]).as("the resolved actor is not written in the sentence").isEqualTo("-1");
    }

    @Test
    void aReportWithoutUrlIsACitationOnlyMention() {
        EventRecord r = attack().head();
        Event pasted = Event.single(new Report(r, null, null, new Published(LocalDate.of(2024, 12, 5), null)));
        List<String[]> rows = tsv(write(ExportFormat.GDELT_MENTIONS, List.of(pasted), id -> null, null));
        Map<String, Integer> c = columns(EventTables.GDELT_MENTION_COLUMNS);
        assertThat(rows.get(0)[c.get("MentionType")]).as("2 = CITATIONONLY").isEqualTo("2");
        assertThat(rows.get(0)[c.get("MentionIdentifier")]).as("the textual citation: the article's id").isEqualTo(r.doc());
    }

    // ------------------------------------------------------------------ ACLED

    /** ACLED's codebook columns, in the order of its exports. */
    static final List<String> ACLED_CODEBOOK = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    static final Set<String> ACLED_EVENT_TYPES = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    @Test
    void acledHoldsOnlyAcledEventsInItsCodebooksColumns() {
        int[] skipped = new int[1];
        List<List<String>> rows = EventTablesTest.parseCsv(write(ExportFormat.ACLED,
                List.of(attack(), criticism(), statement(), undated()), id -> null, skipped));
        assertThat(rows.get(0)).isEqualTo(ACLED_CODEBOOK);
        assertThat(rows).as("header and the attack: a criticism and a statement are no ACLED events").hasSize(2);
        assertThat(skipped[0]).isEqualTo(3);
        List<String> r = rows.get(1);
        Map<String, Integer> c = columns(ACLED_CODEBOOK);
        assertThat(r).hasSize(ACLED_CODEBOOK.size());
        assertThat(r.get(c.get("event_type"))).isIn(ACLED_EVENT_TYPES);
        assertThat(r.get(c.get("event_id_cnty"))).matches("IRQ[0-9]+")
                .isEqualTo("IRQ" + EventTables.globalEventId(attack().id()));
        assertThat(r.get(c.get("iso"))).isEqualTo("368");
        assertThat(r.get(c.get("region"))).isEqualTo("Middle East");
        assertThat(r.get(c.get("country"))).isEqualTo("Iraq");
        assertThat(r.get(c.get("event_date"))).isEqualTo("2024-12-04");
        assertThat(r.get(c.get("fatalities"))).as("not coded: empty, never 0").isEmpty();
        assertThat(r.get(c.get("source_scale"))).isEmpty();
        assertThat(r.get(c.get("inter1"))).as("as text, as ACLED's exports give it").isEqualTo("State forces");
        assertThat(r.get(c.get("inter2"))).isEqualTo("Rebel group");
        assertThat(r.get(c.get("interaction"))).isEqualTo("State forces-Rebel group");
        assertThat(Long.parseLong(r.get(c.get("timestamp")))).as("the last report, 2024-12-05T09:30Z")
                .isEqualTo(1733391000L);
    }

    @Test
    void acledActorTypesAreAcledsTexts() {
        Set<String> labels = Set.of("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
                "Protesters", "Civilians", "External/Other forces");
        assertThat(CodeTables.acledActorType("police")).isEqualTo(new CodeTables.ActorType(1, "State forces"));
        assertThat(CodeTables.acledActorType("civilians").label()).isIn(labels);
        assertThat(CodeTables.acledActorType("peacekeepers").code()).isEqualTo(8);
        assertThat(CodeTables.acledActorType("business")).as("no ACLED type").isNull();
        CodeTables.ActorType rebels = CodeTables.acledActorType("non-state armed group");
        CodeTables.ActorType civilians = CodeTables.acledActorType("civilians");
        assertThat(EventTables.interaction(civilians, rebels)).as("the lower code first").isEqualTo("Rebel group-Civilians");
        assertThat(EventTables.interaction(rebels, null)).isEqualTo("Rebel group only");
        assertThat(EventTables.interaction(null, rebels)).isEmpty();
    }

    @Test
    void acledRegionsAndNumericCodes() {
        assertThat(CodeTables.country("AF").isoNumeric()).isEqualTo("004");
        assertThat(CodeTables.country("AF").acledRegion()).isEqualTo("South Asia");
        assertThat(CodeTables.country("IR").acledRegion()).isEqualTo("Middle East");
        assertThat(CodeTables.country("GE").acledRegion()).isEqualTo("Caucasus and Central Asia");
        assertThat(CodeTables.country("NG").acledRegion()).isEqualTo("Western Africa");
        assertThat(CodeTables.country("MX").acledRegion()).isEqualTo("Central America");
        assertThat(CodeTables.country("UA").acledRegion()).isEqualTo("Europe");
        assertThat(CodeTables.country("UA").iso3()).isEqualTo("UKR");
        assertThat(CodeTables.countryByIso3("SYR").iso2()).isEqualTo("SY");
    }

    // ------------------------------------------------------------------ PLOVER

    /** The PLOVER specification's JSON data fields (its table "PLOVER JSON"). */
    static final Set<String> PLOVER_FIELDS = Set.of("id", "has_event", "date", "time", "enddate", "endtime", "source",
            "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link",
            "text", "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment");
    /** sitrep's own fields, which the specification lets providers add. */
    static final Set<String> SITREP_FIELDS = Set.of("cameo", "modality", "speaker", "cited", "confidence",
            "num_mentions", "num_sources", "num_articles", "sources", "story_ids");
    static final Set<String> ACTOR_FIELDS = Set.of("code", "sector", "actor_text", "identifier_id", "identifier_text",
            "actor_loc", "religion", "ethnicity", "office", "gender", "age", "kind");
    static final Set<String> LOCATION_FIELDS = Set.of("geonameid", "name", "asciiname", "alternatenames", "latitude",
            "longitude", "feature class", "feature code", "country code", "cc3", "cc2", "admin1 code", "admin2 code",
            "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone", "admin1_name", "precision");

    @Test
    void ploverRecordsUseTheSpecificationsFieldNames() throws Exception {
        int[] skipped = new int[1];
        String out = write(ExportFormat.PLOVER, List.of(attack(), criticism(), statement(), undated()), id -> null, skipped);
        String[] lines = out.split("\n");
        assertThat(lines).as("the statement (CAMEO 01) has no PLOVER type, the undated attack no date").hasSize(2);
        assertThat(skipped[0]).isEqualTo(2);
        for (String line : lines) {
            JsonNode o = EventJson.mapper().readTree(line);
            assertThat(names(o)).isSubsetOf(union(PLOVER_FIELDS, SITREP_FIELDS));
            assertThat(names(o)).contains("id", "date", "source", "event");
            for (JsonNode actor : o.get("source")) {
                assertThat(names(actor)).isSubsetOf(ACTOR_FIELDS);
            }
            if (o.has("event_loc")) {
                assertThat(names(o.get("event_loc"))).isSubsetOf(LOCATION_FIELDS);
            }
            assertThat(names(o.get("text_info"))).isSubsetOf(Set.of("sequence", "start", "end", "text_story"));
            assertThat(names(o.get("cite_info"))).isSubsetOf(Set.of("corpus", "citation", "url", "title", "language",
                    "publication", "license", "copyright", "coder", "codebook", "version"));
        }
        JsonNode a = EventJson.mapper().readTree(lines[0]);
        assertThat(a.get("id").asText()).isEqualTo(attack().id());
        assertThat(a.get("date").asText()).isEqualTo("2024-12-04");
        assertThat(a.get("event")).hasSize(1);
        assertThat(a.get("event").get(0).asText()).isEqualTo("ASSAULT");
        assertThat(a.get("quad_code").asInt()).isEqualTo(4);
        assertThat(a.get("source").get(0).get("code").asText()).isEqualTo("IRQ");
        assertThat(a.get("source").get(0).get("sector").asText()).isEqualTo("MIL");
        assertThat(a.get("source").get(0).get("actor_text").asText()).isEqualTo("Iraqi troops");
        assertThat(a.get("recipient").get(0).get("sector").asText()).isEqualTo("REB");
        assertThat(a.get("event_loc").get("geonameid").asLong()).isEqualTo(98182L);
        assertThat(a.get("event_loc").get("country code").asText()).isEqualTo("IQ");
        assertThat(a.get("event_loc").get("cc3").asText()).isEqualTo("IRQ");
        assertThat(a.get("event_loc").get("latitude").asDouble()).isEqualTo(33.34058);
        assertThat(a.get("event_text").get(0).asText()).isEqualTo("attacked");
        assertThat(a.get("text_info").get("sequence").asInt()).isZero();
        assertThat(a.get("cite_info").get("url").asText()).isEqualTo("https://example.org/doc-a1");
        JsonNode b = EventJson.mapper().readTree(lines[1]);
        assertThat(b.get("source").get(0).has("code")).as("no country: no top-level code").isFalse();
        assertThat(b.get("source").get(0).get("sector").asText()).isEqualTo("JUD");
    }

    private static Map<String, Integer> columns(List<String> names) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return m;
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new HashSet<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            s.add(it.next());
        }
        return s;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }
}
