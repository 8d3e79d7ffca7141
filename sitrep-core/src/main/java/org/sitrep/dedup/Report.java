package org.sitrep.dedup;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Published;

/**
 * One article's telling of an event: the coded record and what is known of the article that tells it.
 * Unknown values are {@code null}.
 *
 * @param record    the event as coded from the article
 * @param url       where the article was published
 * @param outlet    who published it (falls back to the record's attribution)
 * @param published when the article was published
 * @param mentions  sentences of the article that tell the event: the evidence and the supporting ones
 */
public record Report(EventRecord record, String url, String outlet, Published published, int mentions) {

    /** Earlier publication first; a day without a time sorts before the same day with one. */
    public static final Comparator<Published> PUBLISHED_ORDER = Comparator
            .comparing(Published::date)
            .thenComparing(Published::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Report {
        Objects.requireNonNull(record, "record");
        if (outlet == null && record.attribution() != null) {
            outlet = record.attribution().outlet();
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("a report tells its event at least once");
        }
    }

    public Report(EventRecord record, String url, String outlet, Published published) {
        this(record, url, outlet, published, 1 + record.support().size());
    }

    public static Report of(EventRecord record) {
        return new Report(record, null, null, null);
    }

    public Report withRecord(EventRecord r) {
        return new Report(r, url, outlet, published, mentions);
    }

    public String articleId() {
        return record.doc();
    }

    /**
     * Who the information comes from, for counting sources as GDELT does: the outlet, else the
     * host of the url, else the article itself (an unknown source still counts once).
     */
    public String sourceKey() {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip().toLowerCase(Locale.ROOT);
        }
        String host = host(url);
        if (host != null) {
            return host;
        }
        return "article:" + articleId();
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
