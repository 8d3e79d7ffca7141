package org.sitrep.server.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.TextArticleParser;
import org.sitrep.store.EventStore;

/**
 * A store filled with generated events, for the load test and for the page on many events. The
 * pipeline is bypassed: each article's text is written from its events, and the events are built
 * directly, with evidence offsets that point at their sentences. The places are made up (GeoNames
 * ids from 9,000,000 up, spread over a box around the Levant), so nothing here is a real report.
 */
public final class GeneratedEvents {

    /** What was stored. */
    public record Summary(int articles, int tellings, int events, double seconds) {
    }

    private static final String[][] ACTORS = {
        {"HTS", "Hayat Tahrir al-Sham", "SYRREB", "non-state armed group"},
        {"SYR_MIL", "the Syrian army", "SYRMIL", "state military"},
        {"RUS_MIL", "Russian forces", "RUSMIL", "state military"},
        {"TUR_MIL", "Turkish forces", "TURMIL", "state military"},
        {"SDF", "the Syrian Democratic Forces", "SYRREB", "non-state armed group"},
        {"ISIL", "Islamic State fighters", "IMGMUSISI", "non-state armed group"},
        {"IRN_MIL", "Iranian advisers", "IRNMIL", "state military"},
        {"SYR_GOV", "the Syrian government", "SYRGOV", "government"},
        {"UN", "the United Nations", "IGOUNO", "international organisation"},
        {"CVL", "civilians", "SYRCVL", "civilians"},
    };
    private static final String[][] CODES = {
        {"190", "attacked"}, {"193", "fought"}, {"195", "bombed"}, {"192", "took control of"},
        {"0874", "withdrew from"}, {"036", "offered talks in"}, {"111", "criticised"}, {"130", "threatened"},
        {"1823", "kidnapped people in"}, {"141", "demonstrated in"}, {"070", "delivered aid to"}, {"154", "mobilised in"},
    };
    private static final String[] OUTLETS = {"EFE", "Xinhua", "SANA", "teleSUR", "Reuters", "AFP", "Anadolu", "TASS"};
    private static final LocalDate DAY0 = LocalDate.of(2024, 9, 1);
    private static final int PLACES = 600;
    private static final int DAYS = 120;
    private static final int EVENTS_PER_ARTICLE = 5;

    private GeneratedEvents() {
    }

    /** Stores about {@code events} generated tellings (deduplication may join a few) and derives the tables. */
    public static Summary fill(EventStore store, int events, long seed) {
        long t0 = System.nanoTime();
        Random rnd = new Random(seed);
        int articles = 0;
        int tellings = 0;
        while (tellings < events) {
            int n = Math.min(EVENTS_PER_ARTICLE, events - tellings);
            Built b = article(rnd, articles, n);
            store.put(b.article, b.events);
            articles++;
            tellings += b.events.size();
        }
        store.flush();
        EventStore.Refresh r = store.refresh();
        return new Summary(articles, tellings, r.events(), (System.nanoTime() - t0) / 1e9);
    }

    /** The generated place of that index: name, GeoNames-like id, latitude, longitude. */
    static EventRecord.PlaceRef place(int i) {
        Random r = new Random(1000L + i);
        double lat = 31.0 + r.nextDouble() * 6.5;
        double lon = 35.0 + r.nextDouble() * 7.5;
        String name = "Place " + i;
        return new EventRecord.PlaceRef(name, 9_000_000L + i, name, round(lat), round(lon), "SY",
                "Region " + (i % 14), "city");
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    private record Built(Article article, List<EventRecord> events) {
    }

    private static Built article(Random rnd, int index, int n) {
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        LocalDate published = DAY0.plusDays(rnd.nextInt(DAYS));
        StringBuilder text = new StringBuilder("Generated report " + index + "\n\n");
        List<int[]> spans = new ArrayList<>();
        List<Object[]> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] src = ACTORS[rnd.nextInt(ACTORS.length - 1)];
            String[] tgt = rnd.nextInt(3) == 0 ? null : ACTORS[rnd.nextInt(ACTORS.length)];
            if (tgt != null && tgt[0].equals(src[0])) {
                tgt = null;
            }
            String[] code = CODES[rnd.nextInt(CODES.length)];
            EventRecord.PlaceRef place = place(rnd.nextInt(PLACES));
            LocalDate day = published.minusDays(rnd.nextInt(3));
            String sentence = String.format(Locale.ROOT, "On %s, %s %s %s%s, sources said.", day, src[1], code[1],
                    place.name(), tgt == null ? "" : " against " + tgt[1]);
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
            int start = text.length();
            text.append(sentence);
            spans.add(new int[] {start, text.length()});
            text.append(i + 1 < n ? " " : "\n");
            facts.add(new Object[] {src, tgt, code, place, day, sentence});
        }
        Article parsed = TextArticleParser.parse(text.toString(), "generated-" + index + ".txt");
        List<String> cited = rnd.nextBoolean() ? List.of(OUTLETS[rnd.nextInt(3)]) : List.of();
        Article a = new Article(parsed.id(), parsed.text(), parsed.segments(), "Generated report " + index,
                new Published(published, LocalTime.of(6 + rnd.nextInt(14), rnd.nextInt(60))), outlet,
                "https://generated.invalid/" + index, cited, null, "en", parsed.origin());
        List<EventRecord> events = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Object[] f = facts.get(i);
            String[] src = (String[]) f[0];
            String[] tgt = (String[]) f[1];
            String[] code = (String[]) f[2];
            EventRecord.Participant s = new EventRecord.Participant(src[1], src[0], src[2], src[3]);
            EventRecord.Participant t = tgt == null ? null : new EventRecord.Participant(tgt[1], tgt[0], tgt[2], tgt[3]);
            int[] span = spans.get(i);
            Modality modality = rnd.nextInt(10) == 0 ? Modality.CLAIMED : Modality.ASSERTED;
            events.add(new EventRecord(a.id() + "-" + i + "-" + code[0], a.id(), (LocalDate) f[4], "day", "text",
                    code[0], CameoTypes.plover(code[0]), CameoTypes.acled(code[0], src[3], tgt == null ? null : tgt[3]),
                    s, t, (EventRecord.PlaceRef) f[3], modality,
                    new EventRecord.Attribution(rnd.nextInt(4) == 0 ? "a local official" : null, outlet, cited),
                    new EventRecord.Evidence(a.id(), i, span[0], span[1], (String) f[5]), List.of(),
                    code[1].split(" ")[0], Math.round((0.5 + rnd.nextDouble() * 0.45) * 100) / 100.0));
        }
        return new Built(a, events);
    }
}
