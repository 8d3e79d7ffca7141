package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text story: splits it into paragraphs and tells the headline, image caption,
 * dateline, "RELATED:" block and source line from the body. What those parts say becomes the
 * article's metadata; only the body is coded.
 */
public final class TextArticleParser {

    private static final int HEADLINE_MAX_WORDS = 30;

    private static final Pattern RELATED = Pattern.compile(
            "^(?:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|MORE ON THIS|RELATED CONTENT|RELATED ARTICLES?|RECOMMENDED)"
                    + "\\s*:?\\s*(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "(?:(?:^|\\s)(?:X|Twitter|Photo|Image|Foto|Photograph|Picture|Video|Credit|Source)\\s*[/:|]\\s*@?\\S"
                    + "|@\\w{2,}\\s*$|Getty Images|Shutterstock|\\bvia (?:Reuters|AFP|AP|EPA)\\b|\\bfile photo\\b"
                    + "|\\|\\s*Photo\\b)", Pattern.CASE_INSENSITIVE);
    /** "DAMASCUS, Dec 5 (Reuters) - " or "BAHIA BLANCA, Argentina, Feb 26 - " at the start of the body. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?)"
                    + "(?:\\s*,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?"
                    + "\\s*(?:\\((?<agency>[\\p{L} ]{2,30})\\)\\s*)?[-–—]+\\s+");
    /**
     * A dateline whose place is not in capitals, told by the agency or the day that follows it: "Hanoi
     * (VNA) – ", "Bamako, July 27 (Reuters) – ".
     */
    private static final Pattern MIXED_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2})?)"
                    + "(?:(?:\\s*,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})"
                    + "(?:\\s*\\((?<agency2>[\\p{L} ]{2,30})\\))?"
                    + "|\\s*\\((?<agency>[\\p{L} ]{2,30})\\))\\s*[-–—]+\\s+");

    private TextArticleParser() {
    }

    /**
     * Parses text that has already been decoded and had its line ends normalised.
     *
     * @param origin where the text came from, for messages and provenance
     */
    public static Article parse(String text, String origin) {
        if (text.isBlank()) {
            throw new InputException(origin + ": empty input, nothing to code");
        }
        List<Paragraph> paragraphs = Paragraph.splitHeadlineLine(Paragraph.split(text), HEADLINE_MAX_WORDS);
        Segment.Kind[] kinds = new Segment.Kind[paragraphs.size()];
        String title = null;
        Published published = null;
        String outlet = null;
        Set<String> cited = new LinkedHashSet<>();

        // source line: one of the last three paragraphs
        for (int i = Math.max(0, paragraphs.size() - 3); i < paragraphs.size(); i++) {
            SourceLine.Info info = SourceLine.parse(paragraphs.get(i).text());
            if (info != null) {
                kinds[i] = Segment.Kind.SOURCE_LINE;
                if (info.outlet() != null) {
                    outlet = info.outlet();
                }
                cited.addAll(info.cited());
            }
        }
        int firstBody = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (kinds[i] != null) {
                continue;
            }
            Paragraph p = paragraphs.get(i);
            var date = Dateline.parse(p.text());
            if (date.isPresent()) {
                kinds[i] = Segment.Kind.DATELINE;
                if (published == null) {
                    published = date.get();
                }
                continue;
            }
            Matcher related = RELATED.matcher(p.text().strip());
            if (related.matches() && p.words() <= HEADLINE_MAX_WORDS) {
                kinds[i] = Segment.Kind.RELATED;
                if (related.group("rest").isBlank() && i + 1 < paragraphs.size()) {
                    Paragraph next = paragraphs.get(i + 1);
                    if (next.words() <= HEADLINE_MAX_WORDS && !next.endsLikeSentence()) {
                        kinds[i + 1] = Segment.Kind.RELATED;
                    }
                }
                continue;
            }
            if (i == 0 && p.words() <= HEADLINE_MAX_WORDS && !p.endsLikeSentence() && paragraphs.size() > 1) {
                kinds[i] = Segment.Kind.HEADLINE;
                title = p.text().strip();
                continue;
            }
            if (p.words() <= 40 && CREDIT.matcher(p.text()).find()) {
                kinds[i] = Segment.Kind.CAPTION;
                continue;
            }
            if (firstBody < 0 && i > 0 && kinds[0] == Segment.Kind.HEADLINE && p.words() <= 40
                    && !p.endsLikeSentence() && nextIsDateline(paragraphs, i)) {
                // a short fragment between headline and dateline is a caption
                kinds[i] = Segment.Kind.CAPTION;
                continue;
            }
            kinds[i] = Segment.Kind.BODY;
            if (firstBody < 0) {
                firstBody = i;
            }
        }
        List<Segment> segments = new ArrayList<>();
        String datelinePlace = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i == firstBody) {
                Matcher m = WIRE_DATELINE.matcher(p.text());
                boolean found = m.find();
                if (!found) {
                    m = MIXED_DATELINE.matcher(p.text());
                    // "Hanoi (VNA) – " is a dateline, "Syrian Democratic Forces (SDF) – " is not
                    found = m.find() && (m.group("agency") == null || Agencies.canonical(m.group("agency").strip()).isPresent());
                }
                if (found) {
                    segments.add(new Segment(Segment.Kind.DATELINE, p.start(), p.start() + m.end()));
                    segments.add(new Segment(Segment.Kind.BODY, p.start() + m.end(), p.end()));
                    datelinePlace = m.group("place").strip();
                    String agency = m.group("agency");
                    if (agency == null && m.pattern() == MIXED_DATELINE) {
                        agency = m.group("agency2");
                    }
                    if (agency != null) {
                        agency = agency.strip();
                        cited.add(Agencies.canonical(agency).orElse(agency));
                    }
                    continue;
                }
            }
            segments.add(new Segment(kinds[i], p.start(), p.end()));
        }
        if (segments.stream().noneMatch(s -> s.kind() == Segment.Kind.BODY)) {
            throw new InputException(origin + ": no story text found (only a headline, dateline or source line)");
        }
        return new Article(Texts.fingerprint(text), text, segments, title, published, outlet, null,
                new ArrayList<>(cited), datelinePlace, "en", origin);
    }

    private static boolean nextIsDateline(List<Paragraph> paragraphs, int i) {
        return i + 1 < paragraphs.size() && Dateline.parse(paragraphs.get(i + 1).text()).isPresent();
    }
}
