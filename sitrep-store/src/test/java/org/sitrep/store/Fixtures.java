package org.sitrep.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.TextArticleParser;
import org.sitrep.ingest.Texts;

/** Hand-built articles and events, and a coder that needs no models. */
final class Fixtures {

    private Fixtures() {
    }

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");
    static final EventRecord.PlaceRef HOMS = new EventRecord.PlaceRef("Homs", 169577L, "Homs", 34.72682, 36.72339,
            "SY", "Homs Governorate", "city");
    static final EventRecord.PlaceRef ALEPPO = new EventRecord.PlaceRef("Aleppo", 170063L, "Aleppo", 36.20124, 37.16117,
            "SY", "Aleppo Governorate", "city");

    /** A country: no GeoNames id in the gazetteer's sources, its id is its code. */
    static final EventRecord.PlaceRef CHINA = new EventRecord.PlaceRef("China", null, "China", 35.0, 103.0, "CN",
            null, "country", "CN");

    static EventRecord.Participant actor(String id) {
        if (id == null || id.equals("-")) {
            return null;
        }
        return switch (id) {
            case "HTS" -> new EventRecord.Participant("Hayat Tahrir al-Sham", "HTS", "SYRREB", "non-state armed group");
            case "SYR_MIL" -> new EventRecord.Participant("the Syrian army", "SYR_MIL", "SYRMIL", "state military");
            case "RUS_MIL" -> new EventRecord.Participant("Russian warplanes", "RUS_MIL", "RUSMIL", "state military");
            case "CVL" -> new EventRecord.Participant("civilians", null, "SYRCVL", "civilians");
            default -> new EventRecord.Participant(id.toLowerCase(), id, null, null);
        };
    }

    static EventRecord.PlaceRef place(String key) {
        if (key == null || key.equals("-")) {
            return null;
        }
        return switch (key) {
            case "170017", "Hama" -> HAMA;
            case "169577", "Homs" -> HOMS;
            case "170063", "Aleppo" -> ALEPPO;
            case "CN", "China" -> CHINA;
            default -> new EventRecord.PlaceRef(key, null, key, 0.0, 0.0, null, null, "place");
        };
    }

    static Article article(String text, String outlet, String url, String published, String origin) {
        Article a = TextArticleParser.parse(Texts.normalizeNewlines(text), origin);
        Published p = published == null ? null : published.length() == 10
                ? new Published(LocalDate.parse(published), null)
                : new Published(LocalDate.parse(published.substring(0, 10)), LocalTime.parse(published.substring(11)));
        return new Article(a.id(), a.text(), a.segments(), a.title(), p, outlet, url, a.cited(), a.datelinePlace(),
                a.language(), origin);
    }

    static EventRecord record(Article a, int sentence, String source, String cameo, String target, String place,
                              String date, String modality, double confidence) {
        EventRecord.Participant s = actor(source);
        EventRecord.Participant t = actor(target);
        String text = "Sentence " + sentence + " of " + a.id() + ": " + source + " " + cameo + " " + target;
        return new EventRecord(a.id() + "-" + sentence + "-" + cameo, a.id(),
                date == null ? null : LocalDate.parse(date), date == null ? null : "day", date == null ? null : "text",
                cameo, CameoTypes.plover(cameo), CameoTypes.acled(cameo, s == null ? null : s.kind(), t == null ? null : t.kind()),
                s, t, place(place), modality == null ? Modality.ASSERTED : Modality.valueOf(modality.toUpperCase()),
                new EventRecord.Attribution(null, a.outlet(), a.cited()),
                new EventRecord.Evidence(a.id(), sentence, sentence * 100, sentence * 100 + 80, text),
                List.of(), "trigger", confidence);
    }

    /** Events written into the text as [SOURCE CAMEO TARGET PLACE DATE]; "-" for none. */
    private static final Pattern TAG = Pattern.compile(
            "\\[(\\S+) (\\d{2,4}) (\\S+) (\\S+) (\\d{4}-\\d{2}-\\d{2}|-)(?: (claimed|future|denied))?\\]");

    /** A coder that reads the tags: deterministic, no models. */
    static List<EventRecord> code(Article a) {
        List<EventRecord> out = new ArrayList<>();
        Matcher m = TAG.matcher(a.text());
        int n = 0;
        while (m.find()) {
            String date = m.group(5).equals("-") ? null : m.group(5);
            EventRecord r = record(a, n++, m.group(1), m.group(2), m.group(3), m.group(4), date, m.group(6), 0.8);
            out.add(r);
        }
        return out;
    }
}
