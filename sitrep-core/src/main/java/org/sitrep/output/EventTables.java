package org.sitrep.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Published;
import org.sitrep.mentions.Actor;

/**
 * Events as rows of the standard tables: GDELT 2.0 events and mentions, ACLED's CSV, and sitrep's
 * own flat CSV. Codes follow each format's tables (resource files read by {@link CodeTables}):
 * GDELT's Goldstein scale by CAMEO code and FIPS 10-4 country codes; ACLED's ISO alpha-3 and
 * numeric codes and regions. What sitrep does not know stays empty, as the format leaves it; only
 * the events in a format's scope are written ({@link ExportFormat#covers}).
 *
 * <p>What GDELT's event table gets empty from sitrep: the known group, ethnic and religion codes,
 * AvgTone, every ADM2Code, the ADM1Code of places in the few countries whose GeoNames division codes
 * are not FIPS codes ({@link Admin1Codes}), and an actor's location (Actor1Geo_*, Actor2Geo_*) unless
 * the actor's own words name the event's place ({@link #namesPlace}). ADM1Code is the FIPS country
 * code and the division's code ("SY10"), the FIPS country code alone for a country. FeatureID is the
 * FIPS code of a country (as GDELT writes it) and the GeoNames id of other places (GDELT uses GNS ids).
 * DATEADDED is the first report's publication time (YYYYMMDD when it has no time of day).
 *
 * <p>Mentions: MentionType is 1 (WEB) for a report with a URL, its MentionIdentifier the URL; 2
 * (CITATIONONLY: "a broadcast, print, or other offline source in which only a textual citation is
 * available", GDELT 2.0 codebook) for a file or pasted text without one, its MentionIdentifier the
 * article's id (its file name or the id it was given).
 */
public final class EventTables {

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The 61 columns of a GDELT 2.0 event record, in order. */
    public static final List<String> GDELT_COLUMNS = List.of(
            "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The 16 columns of a GDELT 2.0 mentions record, in order. */
    public static final List<String> GDELT_MENTION_COLUMNS = List.of(
            "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
            "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    /** ACLED's export columns, in order. */
    public static final List<String> ACLED_COLUMNS = List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    /** sitrep's flat table (CSV and Parquet). */
    public static final List<String> CSV_COLUMNS = List.of(
            "event_id", "date", "date_precision", "cameo", "cameo_name", "event_root", "quad_class",
            "plover_type", "plover_mode", "acled_event_type", "acled_sub_event_type",
            "source_id", "source_cameo", "source_kind", "source_text",
            "target_id", "target_cameo", "target_kind", "target_text",
            "place_name", "geonameid", "lat", "lon", "country", "admin1", "place_precision",
            "modality", "confidence", "num_mentions", "num_sources", "num_articles",
            "first_report", "last_report", "sources", "cited", "speaker",
            "evidence_doc", "evidence_sentence", "evidence_text", "source_url");

    private EventTables() {
    }

    /** GDELT's numeric GlobalEventID for a sitrep event id (its first 60 bits). */
    public static long globalEventId(String eventId) {
        String hex = eventId.length() > 15 ? eventId.substring(0, 15) : eventId;
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return eventId.hashCode() & 0x7fffffffL;
        }
    }

    public static List<String> gdelt(Event ev) {
        return gdelt(ev, id -> null);
    }

    /**
     * An event as a row of GDELT 2.0's event table; {@code articles} tells the length and lead
     * paragraph of an article by id ({@code null} when unknown).
     */
    public static List<String> gdelt(Event ev, Function<String, ArticleFacts> articles) {
        EventRecord h = ev.head();
        List<String> r = new ArrayList<>(61);
        r.add(Long.toString(globalEventId(ev.id())));
        LocalDate d = h.date();
        r.add(d == null ? "" : d.format(YMD));
        r.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        r.add(d == null ? "" : Integer.toString(d.getYear()));
        r.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        gdeltActor(r, h.source());
        gdeltActor(r, h.target());
        r.add(isRootEvent(ev, articles));
        String code = h.cameo();
        r.add(s(code));
        r.add(code == null ? "" : code.substring(0, Math.min(3, code.length())));
        r.add(s(h.root()));
        r.add(quadClass(code));
        r.add(s(CodeTables.goldstein(code)));
        r.add(Integer.toString(ev.numMentions()));
        r.add(Integer.toString(ev.numSources()));
        r.add(Integer.toString(ev.numArticles()));
        r.add(""); // AvgTone
        EventRecord.PlaceRef p = h.place();
        gdeltGeo(r, namesPlace(h.source(), p) ? p : null);
        gdeltGeo(r, namesPlace(h.target(), p) ? p : null);
        gdeltGeo(r, p);
        r.add(ev.firstReport() == null ? "" : stamp(ev.firstReport()));
        r.add(firstUrl(ev));
        return r;
    }

    /** The eight *Geo_* columns of a place (all empty without one). */
    private static void gdeltGeo(List<String> r, EventRecord.PlaceRef p) {
        if (p == null) {
            for (int i = 0; i < 8; i++) {
                r.add("");
            }
            return;
        }
        String fips = CodeTables.fips(p.country());
        r.add(geoType(p));
        r.add(fullName(p));
        r.add(s(fips));
        r.add(Admin1Codes.gdelt(p));
        r.add(""); // ADM2Code: GDELT's own ADM2 ids have no counterpart in GeoNames
        r.add(coordinate(p, p.lat()));
        r.add(coordinate(p, p.lon()));
        r.add("country".equals(p.precision()) && fips != null ? fips : p.geonameid() == null ? "" : p.geonameid().toString());
    }

    /**
     * Whether an actor's own words name the event's place ("Baghdad police", "residents of Hama"): the
     * only location sitrep knows to be the actor's. GDELT fills Actor1Geo_* and Actor2Geo_* from the
     * place its geocoder finds nearest the actor in the text; sitrep's records keep no place per actor,
     * so an actor whose phrase names no place, or names another one, is left unlocated.
     */
    static boolean namesPlace(EventRecord.Participant actor, EventRecord.PlaceRef p) {
        if (actor == null || actor.text() == null || p == null) {
            return false;
        }
        for (String name : new String[] {p.text(), p.name()}) {
            if (name != null && name.length() > 1 && java.util.regex.Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(actor.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * GDELT's IsRootEvent: 1 when a report tells the event in its headline or lead paragraph, 0
     * otherwise. Where an article's text is not at hand, the lead is its first sentence.
     */
    static String isRootEvent(Event ev, Function<String, ArticleFacts> articles) {
        for (Report rep : ev.reports()) {
            EventRecord.Evidence e = rep.record().evidence();
            if (e == null) {
                continue;
            }
            ArticleFacts facts = articles == null ? null : articles.apply(rep.articleId());
            if (facts != null && facts.leadEnd() >= 0 ? e.start() < facts.leadEnd() : e.sentence() == 0) {
                return "1";
            }
        }
        return "0";
    }

    /** One GDELT mention row per sentence that tells the event. */
    public static List<List<String>> gdeltMentions(Event ev, Function<String, ArticleFacts> articles) {
        List<List<String>> rows = new ArrayList<>();
        String eventTime = ev.firstReport() == null ? "" : stamp(ev.firstReport());
        for (Report rep : ev.reports()) {
            EventRecord rec = rep.record();
            List<EventRecord.Evidence> sentences = new ArrayList<>();
            sentences.add(rec.evidence());
            sentences.addAll(rec.support());
            ArticleFacts facts = articles == null ? null : articles.apply(rep.articleId());
            for (EventRecord.Evidence e : sentences) {
                List<String> r = new ArrayList<>(16);
                r.add(Long.toString(globalEventId(ev.id())));
                r.add(eventTime);
                r.add(rep.published() == null ? "" : stamp(rep.published()));
                r.add(rep.url() == null ? "2" : "1"); // WEB, or CITATIONONLY for a file or text without a URL
                r.add(rep.outlet() != null ? rep.outlet() : s(hostOf(rep.url())));
                r.add(rep.url() != null ? rep.url() : rep.articleId());
                r.add(e == null ? "" : Integer.toString(e.sentence() + 1));
                r.add(charOffset(e, rec.source() == null ? null : rec.source().text()));
                r.add(charOffset(e, rec.target() == null ? null : rec.target().text()));
                r.add(charOffset(e, rec.trigger()));
                r.add(e == null ? "" : inRawText(e, rec));
                r.add(Long.toString(Math.round(rec.confidence() * 100)));
                r.add(facts == null ? "" : Integer.toString(facts.length()));
                r.add("");
                r.add("");
                r.add("");
                rows.add(r);
            }
        }
        return rows;
    }

    /** Where a phrase starts in the article (the sentence's offset plus its place there), -1 when it is not in the sentence. */
    private static String charOffset(EventRecord.Evidence e, String phrase) {
        if (e == null || phrase == null || phrase.isBlank()) {
            return "-1";
        }
        int i = e.text() == null ? -1 : e.text().indexOf(phrase);
        return i < 0 ? "-1" : Integer.toString(e.start() + i);
    }

    /**
     * GDELT's InRawText: 1 when the sentence names the event's sides as written (each side the record
     * has is in the sentence's text, and none is a pronoun that had to be resolved), 0 when finding
     * them took more processing (a pronoun, a side named in another sentence).
     */
    static String inRawText(EventRecord.Evidence e, EventRecord rec) {
        for (EventRecord.Participant p : new EventRecord.Participant[] {rec.source(), rec.target()}) {
            if (p == null) {
                continue;
            }
            String t = p.text();
            if (t == null || t.isBlank() || PRONOUNS.contains(firstWord(t)) || e.text() == null || !e.text().contains(t)) {
                return "0";
            }
        }
        return "1";
    }

    /** The first word of a phrase, lower-cased; "US" written in capitals is a country, not a pronoun. */
    private static String firstWord(String t) {
        String w = t.strip();
        int sp = w.indexOf(' ');
        w = sp < 0 ? w : w.substring(0, sp);
        return w.equals("US") ? w : w.toLowerCase(Locale.ROOT);
    }

    public static List<String> acled(Event ev) {
        EventRecord h = ev.head();
        EventRecord.PlaceRef p = h.place();
        List<String> r = new ArrayList<>(31);
        CodeTables.Country country = p == null ? null : CodeTables.country(p.country());
        r.add(acledEventId(ev, country));
        r.add(h.date() == null ? "" : h.date().toString());
        r.add(h.date() == null ? "" : Integer.toString(h.date().getYear()));
        r.add(timePrecision(h));
        String type = h.acled() == null ? null : h.acled().eventType();
        r.add(disorder(type));
        r.add(s(type));
        r.add(h.acled() == null ? "" : s(h.acled().subEventType()));
        r.add(name(h.source()));
        r.add("");
        CodeTables.ActorType inter1 = inter(h.source());
        r.add(inter1 == null ? "" : inter1.label());
        r.add(name(h.target()));
        r.add("");
        CodeTables.ActorType inter2 = inter(h.target());
        r.add(inter2 == null ? "" : inter2.label());
        r.add(h.target() == null || inter2 != null ? interaction(inter1, inter2) : "");
        r.add(h.target() != null && "civilians".equals(h.target().kind()) ? "Civilian targeting" : "");
        r.add(country == null || country.isoNumeric() == null ? "" : Integer.toString(Integer.parseInt(country.isoNumeric())));
        r.add(country == null ? "" : s(country.acledRegion()));
        r.add(p == null ? "" : countryName(p.country()));
        r.add(p == null ? "" : s(p.admin1()));
        r.add("");
        r.add("");
        r.add(p == null ? "" : s(p.name() != null ? p.name() : p.text()));
        r.add(p == null ? "" : coordinate(p, p.lat()));
        r.add(p == null ? "" : coordinate(p, p.lon()));
        r.add(p == null ? "" : geoPrecision(p));
        r.add(String.join("; ", ev.sources()));
        r.add("");
        r.add(h.evidence() == null ? "" : s(h.evidence().text()));
        r.add(h.fatalities() == null ? "" : Integer.toString(h.fatalities()));
        List<String> tags = new ArrayList<>();
        tags.add("sitrep_event_id=" + ev.id());
        if (h.cameo() != null) {
            tags.add("cameo=" + h.cameo());
        }
        if (h.source() != null && h.source().id() != null) {
            tags.add("actor1_id=" + h.source().id());
        }
        if (h.target() != null && h.target().id() != null) {
            tags.add("actor2_id=" + h.target().id());
        }
        if (!ev.cited().isEmpty()) {
            tags.add("cited=" + String.join("/", ev.cited()));
        }
        r.add(String.join("; ", tags));
        r.add(ev.lastReport() == null ? "" : Long.toString(epochSecond(ev.lastReport())));
        return r;
    }

    /**
     * ACLED's event_id_cnty: the country's ISO 3166-1 alpha-3 code and a number (the event's GDELT
     * GlobalEventID, so that the two exports of one event can be joined); without a country, the
     * number alone.
     */
    static String acledEventId(Event ev, CodeTables.Country country) {
        return (country == null ? "" : country.iso3()) + globalEventId(ev.id());
    }

    /** Seconds since 1970 of a publication time read as UTC (a day without a time: its start). */
    static long epochSecond(Published p) {
        return p.date().atTime(p.time() == null ? java.time.LocalTime.MIDNIGHT : p.time()).toEpochSecond(java.time.ZoneOffset.UTC);
    }

    public static List<String> csv(Event ev) {
        EventRecord h = ev.head();
        EventRecord.PlaceRef p = h.place();
        List<String> r = new ArrayList<>(CSV_COLUMNS.size());
        r.add(ev.id());
        r.add(h.date() == null ? "" : h.date().toString());
        r.add(s(h.datePrecision()));
        r.add(s(h.cameo()));
        r.add(s(CameoTypes.description(h.cameo())));
        r.add(s(h.root()));
        r.add(quadClass(h.cameo()));
        r.add(h.plover() == null ? "" : s(h.plover().type()));
        r.add(h.plover() == null ? "" : s(h.plover().mode()));
        r.add(h.acled() == null ? "" : s(h.acled().eventType()));
        r.add(h.acled() == null ? "" : s(h.acled().subEventType()));
        participant(r, h.source());
        participant(r, h.target());
        r.add(p == null ? "" : s(p.name() != null ? p.name() : p.text()));
        r.add(p == null || p.geonameid() == null ? "" : p.geonameid().toString());
        r.add(p == null ? "" : coordinate(p, p.lat()));
        r.add(p == null ? "" : coordinate(p, p.lon()));
        r.add(p == null ? "" : s(p.country()));
        r.add(p == null ? "" : s(p.admin1()));
        r.add(p == null ? "" : s(p.precision()));
        r.add(h.modality() == null ? "" : h.modality().label());
        r.add(Double.toString(ev.confidence()));
        r.add(Integer.toString(ev.numMentions()));
        r.add(Integer.toString(ev.numSources()));
        r.add(Integer.toString(ev.numArticles()));
        r.add(ev.firstReport() == null ? "" : ev.firstReport().toString());
        r.add(ev.lastReport() == null ? "" : ev.lastReport().toString());
        r.add(String.join("; ", ev.sources()));
        r.add(String.join("; ", ev.cited()));
        r.add(h.attribution() == null ? "" : s(h.attribution().speaker()));
        r.add(h.evidence() == null ? "" : s(h.evidence().doc()));
        r.add(h.evidence() == null ? "" : Integer.toString(h.evidence().sentence()));
        r.add(h.evidence() == null ? "" : s(h.evidence().text()));
        r.add(firstUrl(ev));
        return r;
    }

    // ------------------------------------------------------------------ helpers

    private static void participant(List<String> r, EventRecord.Participant p) {
        r.add(p == null ? "" : s(p.id()));
        r.add(p == null ? "" : s(p.cameo()));
        r.add(p == null ? "" : s(p.kind()));
        r.add(p == null ? "" : s(p.text()));
    }

    private static void gdeltActor(List<String> r, EventRecord.Participant p) {
        String code = gdeltCode(p == null ? null : p.cameo());
        r.add(s(code));
        r.add(gdeltName(p));
        r.add(s(Actor.countryOf(code)));
        r.add(""); // KnownGroupCode
        r.add("");
        r.add("");
        r.add("");
        String roles = code == null ? "" : Actor.rolesOf(code);
        for (int i = 0; i < 3; i++) {
            r.add(roles.length() >= (i + 1) * 3 ? roles.substring(i * 3, i * 3 + 3) : "");
        }
    }

    /** A CAMEO actor code as GDELT writes it: without the "---" that stands for an unknown country ("BUS", not "---BUS"). */
    static String gdeltCode(String cameo) {
        if (cameo == null) {
            return null;
        }
        String c = cameo;
        while (c.startsWith("---")) {
            c = c.substring(3);
        }
        return c.isEmpty() ? null : c;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "its", "their", "our",
            "his", "her", "this", "these", "those", "that");

    /**
     * GDELT's actor name: upper case, the country's name for an actor that is a country ("CAN" →
     * "CANADA"), else the words that name it without a leading article or possessive ("the judge" →
     * "JUDGE"), without quotes or an appositive; for a pronoun, the actor it stands for.
     */
    static String gdeltName(EventRecord.Participant p) {
        if (p == null) {
            return "";
        }
        String code = gdeltCode(p.cameo());
        if (code != null && code.length() == 3 && Actor.countryOf(code) != null) {
            String country = countryNameOfIso3(code);
            if (!country.isEmpty()) {
                return country.toUpperCase(Locale.ROOT);
            }
        }
        String t = p.text() == null ? "" : p.text().strip();
        int cut = appositive(t);
        t = (cut < 0 ? t : t.substring(0, cut)).replaceAll("[\"“”]", "").strip();
        if (t.isEmpty() || PRONOUNS.contains(firstWord(t)) && t.indexOf(' ') < 0) {
            if (p.id() == null) {
                return "";
            }
            String country = countryNameOfIso3(p.id());
            return (country.isEmpty() ? p.id().replace('_', ' ') : country).toUpperCase(Locale.ROOT);
        }
        String[] words = t.split("\\s+");
        int i = 0;
        while (i < words.length - 1 && DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        if (name.endsWith("'s") || name.endsWith("’s")) {
            name = name.substring(0, name.length() - 2);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** Where an appositive starts ("Hayat Tahrir al-Sham, \"HTS\"", "the army (SAA)"): -1 when there is none. */
    private static int appositive(String t) {
        int comma = t.indexOf(", ");
        int paren = t.indexOf(" (");
        if (comma < 0) {
            return paren;
        }
        return paren < 0 ? comma : Math.min(comma, paren);
    }

    private static String countryNameOfIso3(String iso3) {
        CodeTables.Country c = CodeTables.countryByIso3(iso3);
        return c == null ? "" : countryName(c.iso2());
    }

    /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public static String quadClass(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return "";
        }
        int root;
        try {
            root = Integer.parseInt(cameo.substring(0, 2));
        } catch (NumberFormatException e) {
            return "";
        }
        if (root >= 1 && root <= 5) {
            return "1";
        }
        if (root >= 6 && root <= 9) {
            return "2";
        }
        if (root >= 10 && root <= 14) {
            return "3";
        }
        return root >= 15 && root <= 20 ? "4" : "";
    }

    private static String geoType(EventRecord.PlaceRef p) {
        boolean us = "US".equalsIgnoreCase(p.country());
        String precision = p.precision() == null ? "" : p.precision();
        return switch (precision) {
            case "country" -> "1";
            case "admin1" -> us ? "2" : "5";
            case "city", "admin2", "place" -> us ? "3" : "4";
            default -> "";
        };
    }

    private static String fullName(EventRecord.PlaceRef p) {
        List<String> parts = new ArrayList<>();
        String name = p.name() != null ? p.name() : p.text();
        if (name != null) {
            parts.add(name);
        }
        if (p.admin1() != null && !"admin1".equals(p.precision()) && !"country".equals(p.precision())) {
            parts.add(p.admin1());
        }
        String country = countryName(p.country());
        if (!country.isEmpty() && !"country".equals(p.precision())) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    /** The English name of an ISO 3166-1 alpha-2 country code, {@code ""} when unknown. */
    static String countryName(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return "";
        }
        String name = new Locale("", iso2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.equalsIgnoreCase(iso2) ? "" : name;
    }

    private static String coordinate(EventRecord.PlaceRef p, double v) {
        if (p.lat() == 0.0 && p.lon() == 0.0 && p.geonameid() == null) {
            return ""; // no coordinates known
        }
        return Double.toString(v);
    }

    private static String timePrecision(EventRecord h) {
        if (h.date() == null) {
            return "";
        }
        String p = h.datePrecision() == null ? "day" : h.datePrecision();
        return switch (p) {
            case "day" -> "1";
            case "week" -> "2";
            case "month" -> "3";
            default -> "";
        };
    }

    private static String disorder(String eventType) {
        if (eventType == null) {
            return "";
        }
        return switch (eventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "";
        };
    }

    /**
     * ACLED's actor type of a participant ({@code acled-inter.tsv}), {@code null} when unknown. ACLED's
     * exports give inter1 and inter2 as text ("State forces", "Rebel group"), no longer as the numbers
     * 1 to 8 (acledR's acled_api() asks for numbers only with inter_numeric = TRUE; its manual: "If
     * FALSE (default), interaction code columns (inter1, inter2, and interaction) returned as strings
     * describing the actor types/interactions"); the numbers still order the interaction.
     */
    private static CodeTables.ActorType inter(EventRecord.Participant p) {
        return p == null ? null : CodeTables.acledActorType(p.kind());
    }

    /** ACLED's interaction: the two types, the lower code first ("State forces-Rebel group"), or "Rebel group only". */
    static String interaction(CodeTables.ActorType a, CodeTables.ActorType b) {
        if (a == null) {
            return "";
        }
        if (b == null) {
            return a.label() + " only";
        }
        return a.code() <= b.code() ? a.label() + "-" + b.label() : b.label() + "-" + a.label();
    }

    private static String geoPrecision(EventRecord.PlaceRef p) {
        String precision = p.precision() == null ? "" : p.precision();
        return switch (precision) {
            case "city", "place" -> "1";
            case "admin2" -> "2";
            case "admin1", "country" -> "3";
            default -> "";
        };
    }

    /** The actor's name as written; for a pronoun ("it", "its forces"), the actor it stands for. */
    private static String name(EventRecord.Participant p) {
        if (p == null) {
            return "";
        }
        if (p.text() == null || PRONOUNS.contains(p.text().toLowerCase(java.util.Locale.ROOT)) && p.id() != null) {
            return s(p.id());
        }
        return p.text();
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "its", "they", "their", "them",
            "we", "our", "us", "he", "his", "she", "her", "him");

    private static String firstUrl(Event ev) {
        for (Report r : ev.reports()) {
            if (r.url() != null) {
                return r.url();
            }
        }
        return "";
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** GDELT's YYYYMMDDHHMMSS; a day without a time is written YYYYMMDD. */
    static String stamp(Published p) {
        String day = p.date().format(YMD);
        if (p.time() == null) {
            return day;
        }
        return day + String.format(Locale.ROOT, "%02d%02d%02d", p.time().getHour(), p.time().getMinute(), p.time().getSecond());
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    /** A TSV field: tabs and line breaks become spaces. */
    public static String tsv(String v) {
        return v == null ? "" : v.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
    public static String csvField(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
