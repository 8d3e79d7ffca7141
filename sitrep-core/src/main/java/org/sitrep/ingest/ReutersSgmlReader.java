package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SGML files of the Reuters-21578 collection ({@code reut2-NNN.sgm}): one article per
 * {@code <REUTERS>} element, from its {@code <DATE>}, {@code <TITLE>}, {@code <DATELINE>} and
 * {@code <BODY>}. The wire's paragraphs (lines indented by blanks) become paragraphs; the closing
 * "Reuter" signature is dropped. A story without a body (a headline-only brief) is reported as a
 * failed record.
 */
public final class ReutersSgmlReader {

    private static final Pattern DOC = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})-([A-Z]{3})-(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern SIGNATURE = Pattern.compile("\\s*\\bReuter\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

    /** Whether a file looks like one of the collection's ({@code .sgm}). */
    public static boolean handles(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sgm");
    }

    /** Reads every story of one file, in order. */
    public void read(Path file, Consumer<CorpusItem> sink) throws IOException {
        // the files are ASCII with a few stray Latin-1 bytes
        String sgml = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        read(sgml, file.toString(), sink);
    }

    /** Reads every story of an SGML text; {@code name} is used in locations ({@code name#NEWID}). */
    public void read(String sgml, String name, Consumer<CorpusItem> sink) {
        Matcher m = DOC.matcher(sgml);
        while (m.find()) {
            Matcher id = NEWID.matcher(m.group(1));
            String where = name + "#" + (id.find() ? id.group(1) : String.valueOf(m.start()));
            sink.accept(parse(m.group(2), where));
        }
    }

    private static final String BRIEF = "no story text (a headline-only brief)";

    /** Whether an item is a headline-only brief: no story to code, nothing wrong with the file. */
    public static boolean isBrief(CorpusItem item) {
        return item.failed() && BRIEF.equals(item.error());
    }

    /** How many stories with a body an SGML text holds (briefs without one are not counted). */
    public static int countStories(String sgml) {
        int n = 0;
        Matcher m = DOC.matcher(sgml);
        while (m.find()) {
            String body = element(m.group(2), "BODY");
            if (body != null && !body.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** One {@code <REUTERS>} element's content to an article, or the reason it is none. */
    static CorpusItem parse(String doc, String where) {
        String body = element(doc, "BODY");
        if (body == null || body.isBlank()) {
            return CorpusItem.failed(where, BRIEF);
        }
        String title = element(doc, "TITLE");
        String dateline = element(doc, "DATELINE");
        title = title == null ? null : unescape(title).strip().replaceAll("\\s+", " ");
        StringBuilder text = new StringBuilder();
        if (title != null && !title.isEmpty()) {
            text.append(title).append("\n\n");
        }
        String lead = dateline == null ? "" : unescape(dateline).strip().replaceAll("\\s+", " ") + " ";
        text.append(lead).append(paragraphs(SIGNATURE.matcher(unescape(body)).replaceFirst("")));
        Published published = published(element(doc, "DATE"));
        try {
            Article a = TextArticleParser.parse(text.toString(), where);
            return CorpusItem.ok(where, new Article(a.id(), a.text(), a.segments(), title != null ? title : a.title(),
                    published != null ? published : a.published(), "Reuters", null, a.cited(), a.datelinePlace(),
                    "en", where));
        } catch (InputException e) {
            String msg = e.getMessage();
            return CorpusItem.failed(where, msg.startsWith(where + ": ") ? msg.substring(where.length() + 2) : msg);
        }
    }

    /** The wire's lines joined into paragraphs: an indented line starts a new one. */
    static String paragraphs(String body) {
        StringBuilder out = new StringBuilder(body.length());
        boolean first = true;
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!first) {
                out.append(indented ? "\n\n" : " ");
            }
            out.append(line.strip());
            first = false;
        }
        return out.toString();
    }

    private static String element(String doc, String tag) {
        int open = doc.indexOf("<" + tag);
        if (open < 0) {
            return null;
        }
        int start = doc.indexOf('>', open);
        int end = doc.indexOf("</" + tag + ">", start);
        if (start < 0 || end < 0) {
            return null;
        }
        return doc.substring(start + 1, end);
    }

    static Published published(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date);
        if (!m.find() || !MONTHS.containsKey(m.group(2))) {
            return null;
        }
        try {
            return new Published(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
                    Integer.parseInt(m.group(1))), LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** SGML character references and the three entities the collection uses; control characters go. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String ent = s.substring(i + 1, semi);
                    String rep = switch (ent) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        default -> null;
                    };
                    if (rep == null && ent.startsWith("#")) {
                        try {
                            int cp = Integer.parseInt(ent.substring(1));
                            rep = cp < 32 && cp != '\n' && cp != '\t' ? "" : new String(Character.toChars(cp));
                        } catch (IllegalArgumentException e) {
                            rep = null;
                        }
                    }
                    if (rep != null) {
                        out.append(rep);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c < 32 && c != '\n' && c != '\t' ? ' ' : c);
            i++;
        }
        return out.toString();
    }
}
