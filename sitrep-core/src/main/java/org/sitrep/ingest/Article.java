package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One news report as read from its source, with what is known about it.
 * Unknown values are {@code null}.
 *
 * @param id        stable identifier: the SHA-256 of the text, in hex, shortened to 16 characters
 * @param text      the full text (for HTML, the extracted text); all offsets refer to it
 * @param segments  what each part of the text is; only {@link Segment.Kind#BODY} parts are coded
 * @param title     headline
 * @param published publication time as given by the source
 * @param outlet    the outlet that published it ("teleSUR")
 * @param url       where it was published
 * @param cited     news agencies the story says it rests on ("EFE", "Xinhua", "SANA")
 * @param datelinePlace the place a wire dateline names ("DAMASCUS, Dec 5 (Reuters) -"), as written
 * @param language  ISO 639-1 code
 * @param origin    where it was read from (file path, "stdin", WARC record id)
 */
public record Article(String id, String text, List<Segment> segments, String title, Published published,
                      String outlet, String url, List<String> cited, String datelinePlace, String language,
                      String origin) {

    public Article {
        segments = List.copyOf(segments);
        cited = List.copyOf(cited);
    }

    /** The day the story was published, or {@code null}. */
    public LocalDate date() {
        return published == null ? null : published.date();
    }

    public List<Segment> body() {
        return segments.stream().filter(s -> s.kind() == Segment.Kind.BODY).toList();
    }

    /**
     * The parts that are coded: the headline, which tells the story's main event, and the body. The
     * headline's sentences are told apart by {@link #inHeadline}.
     */
    public List<Segment> coded() {
        return segments.stream().filter(s -> s.kind() == Segment.Kind.BODY || s.kind() == Segment.Kind.HEADLINE).toList();
    }

    /** Whether a character offset lies in the headline. */
    public boolean inHeadline(int offset) {
        for (Segment s : segments) {
            if (s.kind() == Segment.Kind.HEADLINE && offset >= s.start() && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** A copy whose publication time is replaced (for a date given on the command line). */
    public Article withPublished(Published when) {
        return new Article(id, text, segments, title, when, outlet, url, cited, datelinePlace, language, origin);
    }
}
