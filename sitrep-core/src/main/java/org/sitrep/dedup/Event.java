package org.sitrep.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.Texts;

/**
 * One event as told by one or more articles: the coded fields of its most specific telling (the
 * head), every telling (reports), and GDELT's counts. Unknown values are {@code null}.
 *
 * @param id          stable identifier: derived from the id of the telling that seeded the event
 * @param head        the event's coded fields; its {@code id} is the event id, its evidence that of the seed
 * @param seed        the id of the telling the head was taken from
 * @param reports     every telling, earliest report first
 * @param numMentions sentences, over all articles, that tell the event (GDELT NumMentions)
 * @param numSources  distinct information sources: outlets, else web sites (GDELT NumSources)
 * @param numArticles distinct articles (GDELT NumArticles)
 * @param firstReport the earliest publication time of a report, {@code null} when none is known
 * @param lastReport  the latest publication time of a report
 * @param sources     the outlets (or sites) that reported it, sorted
 * @param cited       the news agencies those reports cite, sorted
 * @param confidence  0..1: the best telling of each source, combined as independent evidence
 * @param placeBasis  where the head's place comes from: {@code text} (a sentence that tells the event
 *                    names it), {@code article} (no telling names one: the place of the article that
 *                    tells it, see {@link DedupRules.Context#articlePlace}); {@code null} when it has no place
 */
public record Event(String id, EventRecord head, String seed, List<Report> reports, int numMentions, int numSources,
                    int numArticles, Published firstReport, Published lastReport, List<String> sources,
                    List<String> cited, double confidence, String placeBasis) {

    /** Where an event's place comes from when a sentence that tells it names it. */
    public static final String PLACE_FROM_TEXT = "text";
    /** Where an event's place comes from when no telling names one: its article's place. */
    public static final String PLACE_FROM_ARTICLE = "article";

    public Event {
        reports = List.copyOf(reports);
        sources = List.copyOf(sources);
        cited = List.copyOf(cited);
        if (head.place() == null) {
            placeBasis = null;
        } else if (placeBasis == null) {
            placeBasis = PLACE_FROM_TEXT;
        }
    }

    /** An event whose place, if any, is one a sentence names. */
    public Event(String id, EventRecord head, String seed, List<Report> reports, int numMentions, int numSources,
                 int numArticles, Published firstReport, Published lastReport, List<String> sources,
                 List<String> cited, double confidence) {
        this(id, head, seed, reports, numMentions, numSources, numArticles, firstReport, lastReport, sources, cited,
                confidence, null);
    }

    public LocalDate date() {
        return head.date();
    }

    public String cameo() {
        return head.cameo();
    }

    /** The event id an event seeded by the given telling gets. */
    public static String idFor(String seedRecordId) {
        return Texts.fingerprint("event:" + seedRecordId);
    }

    /** An event told once (what {@code sitrep code} finds in one article, before deduplication). */
    public static Event single(Report r) {
        return assemble(r, List.of(r));
    }

    static Event assemble(Report seed, List<Report> members) {
        return assemble(seed, members, r -> null);
    }

    /**
     * Builds the event of a cluster. The head is the seed's telling, with what the seed leaves
     * unknown (target, place, date) taken from the other tellings in order; when no telling names a
     * place, the place of the seed's article (else of the first report's article that has one), marked
     * {@link #PLACE_FROM_ARTICLE}.
     */
    static Event assemble(Report seed, List<Report> members,
                          java.util.function.Function<Report, EventRecord.PlaceRef> articlePlace) {
        List<Report> reports = new ArrayList<>(members);
        reports.sort(Deduplicator.REPORT_ORDER);
        String id = idFor(seed.record().id());
        EventRecord s = seed.record();
        EventRecord.Participant source = s.source();
        EventRecord.Participant target = s.target();
        EventRecord.PlaceRef place = s.place();
        LocalDate date = s.date();
        String precision = s.datePrecision();
        String basis = s.dateBasis();
        for (Report r : reports) {
            EventRecord e = r.record();
            if (source == null && e.source() != null) {
                source = e.source();
            }
            if (target == null && e.target() != null && !sameActor(e.target(), source)) {
                target = e.target();
            }
            if (place == null && e.place() != null) {
                place = e.place();
            }
            if (date == null && e.date() != null) {
                date = e.date();
                precision = e.datePrecision();
                basis = e.dateBasis();
            }
        }
        String placeBasis = place == null ? null : PLACE_FROM_TEXT;
        if (place == null) {
            List<Report> byArticle = new ArrayList<>();
            byArticle.add(seed);
            byArticle.addAll(reports);
            for (Report r : byArticle) {
                EventRecord.PlaceRef p = articlePlace.apply(r);
                if (p != null) {
                    place = p;
                    placeBasis = PLACE_FROM_ARTICLE;
                    break;
                }
            }
        }
        int mentions = 0;
        Set<String> articles = new LinkedHashSet<>();
        Map<String, Double> bestBySource = new HashMap<>();
        TreeSet<String> sourceNames = new TreeSet<>();
        TreeSet<String> cited = new TreeSet<>();
        Published first = null;
        Published last = null;
        org.sitrep.events.Modality modality = s.modality();
        for (Report r : reports) {
            mentions += r.mentions();
            articles.add(r.articleId());
            bestBySource.merge(r.sourceKey(), r.record().confidence(), Math::max);
            if (r.outlet() != null && !r.outlet().isBlank()) {
                sourceNames.add(r.outlet().strip());
            } else if (Report.host(r.url()) != null) {
                sourceNames.add(Report.host(r.url()));
            }
            if (r.record().attribution() != null) {
                cited.addAll(r.record().attribution().cited());
            }
            if (r.published() != null) {
                if (first == null || Report.PUBLISHED_ORDER.compare(r.published(), first) < 0) {
                    first = r.published();
                }
                if (last == null || Report.PUBLISHED_ORDER.compare(r.published(), last) > 0) {
                    last = r.published();
                }
            }
            if (r.record().modality() == org.sitrep.events.Modality.ASSERTED) {
                modality = org.sitrep.events.Modality.ASSERTED;
            }
        }
        double doubt = 1.0;
        for (double c : bestBySource.values()) {
            doubt *= 1.0 - Math.max(0.0, Math.min(1.0, c));
        }
        double confidence = Math.round(Math.min(0.99, Math.max(s.confidence(), 1.0 - doubt)) * 100) / 100.0;
        EventRecord.Attribution att = s.attribution() == null
                ? new EventRecord.Attribution(null, seed.outlet(), List.copyOf(cited))
                : new EventRecord.Attribution(s.attribution().speaker(), seed.outlet(), List.copyOf(cited));
        EventRecord head = new EventRecord(id, s.doc(), date, precision, basis, s.cameo(), s.plover(), s.acled(),
                source, target, place, modality, att, s.evidence(), List.of(), s.trigger(), confidence)
                .withCasualties(lowest(reports, EventRecord::fatalities), lowest(reports, EventRecord::injured));
        return new Event(id, head, s.id(), reports, mentions, bestBySource.size(), articles.size(), first, last,
                new ArrayList<>(sourceNames), new ArrayList<>(cited), confidence, placeBasis);
    }

    /** The lowest figure the tellings give (ACLED's conservative rule), {@code null} when none gives one. */
    private static Integer lowest(List<Report> reports, java.util.function.Function<EventRecord, Integer> figure) {
        Integer low = null;
        for (Report r : reports) {
            Integer v = figure.apply(r.record());
            if (v != null && (low == null || v < low)) {
                low = v;
            }
        }
        return low;
    }

    private static boolean sameActor(EventRecord.Participant a, EventRecord.Participant b) {
        return a != null && b != null && a.id() != null && a.id().equals(b.id());
    }
}
