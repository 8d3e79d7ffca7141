package org.sitrep.server;

import java.nio.file.Path;
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
import org.sitrep.store.EventStore;

/**
 * A small store built without models: articles whose events are written into the text as tags
 * {@code [SOURCE CAMEO TARGET PLACE DATE]}, coded by reading the tags; each event's evidence is the
 * sentence that holds its tag.
 */
final class TestData {

    private TestData() {
    }

    static final String EFE = "Rebels enter Hama\n\nDAMASCUS, Dec 5 (EFE) - Hayat Tahrir al-Sham fighters entered the "
            + "city of Hama on Thursday [HTS 192 SYR_MIL Hama 2024-12-05]. The army said its units had withdrawn "
            + "from the city [SYR_MIL 0874 - Hama 2024-12-05].";
    static final String XINHUA = "Syrian army pulls out of Hama\n\nDAMASCUS, Dec 5 (Xinhua) - The Syrian army withdrew "
            + "from Hama on Thursday [SYR_MIL 0874 - Hama 2024-12-05]. Militants led by HTS stormed the city "
            + "[HTS 192 - Hama 2024-12-05].";
    static final String TASS = "Air strikes near Hama\n\nMOSCOW, Dec 6 (TASS) - Russian warplanes struck positions "
            + "near Hama [RUS_MIL 195 HTS Hama 2024-12-06]. Fighting went on in Homs [SYR_MIL 190 HTS Homs 2024-12-06].";

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");
    static final EventRecord.PlaceRef HOMS = new EventRecord.PlaceRef("Homs", 169577L, "Homs", 34.72682, 36.72339,
            "SY", "Homs Governorate", "city");

    static EventStore store(Path dir) {
        EventStore s = EventStore.open(dir.resolve("test.duckdb").toString());
        put(s, EFE, "EFE", "2024-12-05T10:02", List.of("EFE"));
        put(s, XINHUA, "Xinhua", "2024-12-05T11:30", List.of());
        put(s, TASS, "TASS", "2024-12-06T08:00", List.of("TASS", "RIA"));
        s.refresh();
        return s;
    }

    static Article article(String text, String outlet, String published, List<String> cited) {
        Article a = TextArticleParser.parse(Texts.normalizeNewlines(text), outlet + ".txt");
        Published p = new Published(LocalDate.parse(published.substring(0, 10)), LocalTime.parse(published.substring(11)));
        return new Article(a.id(), a.text(), a.segments(), a.title(), p, outlet, "https://" + outlet.toLowerCase()
                + ".example/" + a.id(), cited, a.datelinePlace(), "en", a.origin());
    }

    static void put(EventStore s, String text, String outlet, String published, List<String> cited) {
        Article a = article(text, outlet, published, cited);
        s.put(a, code(a));
    }

    private static final Pattern TAG = Pattern.compile("\\[(\\S+) (\\d{2,4}) (\\S+) (\\S+) (\\d{4}-\\d{2}-\\d{2})]");

    /** Reads the tags: one event per tag, its sentence as evidence. */
    static List<EventRecord> code(Article a) {
        List<EventRecord> out = new ArrayList<>();
        Matcher m = TAG.matcher(a.text());
        int n = 0;
        while (m.find()) {
            int start = Math.max(a.text().lastIndexOf(". ", m.start()) + 2, a.text().lastIndexOf("- ", m.start()) + 2);
            int end = a.text().indexOf('.', m.end()) + 1;
            String cameo = m.group(2);
            EventRecord.Participant s = actor(m.group(1));
            EventRecord.Participant t = actor(m.group(3));
            out.add(new EventRecord(a.id() + "-" + n, a.id(), LocalDate.parse(m.group(5)), "day", "text", cameo,
                    CameoTypes.plover(cameo), CameoTypes.acled(cameo, s == null ? null : s.kind(), t == null ? null : t.kind()),
                    s, t, m.group(4).equals("Hama") ? HAMA : HOMS, Modality.ASSERTED,
                    new EventRecord.Attribution(n == 1 ? "the army" : null, a.outlet(), a.cited()),
                    new EventRecord.Evidence(a.id(), n, start, end, a.text().substring(start, end)), List.of(),
                    null, 0.8));
            n++;
        }
        return out;
    }

    static EventRecord.Participant actor(String id) {
        return switch (id) {
            case "-" -> null;
            case "HTS" -> new EventRecord.Participant("Hayat Tahrir al-Sham", "HTS", "SYRREB", "non-state armed group");
            case "SYR_MIL" -> new EventRecord.Participant("the Syrian army", "SYR_MIL", "SYRMIL", "state military");
            case "RUS_MIL" -> new EventRecord.Participant("Russian warplanes", "RUS_MIL", "RUSMIL", "state military");
            default -> new EventRecord.Participant(id, id, null, null);
        };
    }
}
