package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from JSON Lines: one JSON object per line, blank lines ignored.
 *
 * <pre>
 * {"text": "...",                       the story as plain text (required unless "html" is given)
 *  "html": "...",                       or the page as HTML
 *  "title": "...", "url": "...", "outlet": "teleSUR", "language": "en",
 *  "published": "2024-12-05" | "2024-12-05T09:28" | "2024-12-05T09:28:00+01:00",
 *  "cited": ["EFE", "Xinhua"]}          agencies the story rests on
 * </pre>
 *
 * Fields given override what the text itself says (a dateline, a source line); unknown fields are
 * ignored. A line that is not such an object is reported with its line number and skipped.
 */
public final class JsonlArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long maxBytes;

    public JsonlArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every line of the stream; {@code name} is the file name used in locations. */
    public void read(InputStream raw, String name, Consumer<CorpusItem> sink) throws IOException {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long lineNo = 0;
        boolean tooLong = false;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b < 0) {
                if (b < 0 && line.size() == 0 && !tooLong) {
                    break;
                }
                lineNo++;
                String where = name + ":" + lineNo;
                if (tooLong) {
                    sink.accept(CorpusItem.failed(where, "line longer than " + maxBytes + " bytes"));
                } else {
                    byte[] bytes = line.toByteArray();
                    if (!isBlank(bytes)) {
                        sink.accept(parseLine(bytes, where));
                    }
                }
                line.reset();
                tooLong = false;
                if (b < 0) {
                    break;
                }
                continue;
            }
            if (tooLong) {
                continue;
            }
            line.write(b);
            if (line.size() > Math.min(maxBytes, Integer.MAX_VALUE) * 2 + 1024) { // JSON escapes may double the text
                tooLong = true;
                line.reset();
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte x : bytes) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One line to an article or the reason it is none. */
    public CorpusItem parseLine(byte[] bytes, String where) {
        try {
            String json = Texts.decodeUtf8(bytes, where);
            JsonNode node;
            try {
                node = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                return CorpusItem.failed(where, "malformed JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                return CorpusItem.failed(where, "expected a JSON object with a \"text\" field");
            }
            return CorpusItem.ok(where, article(node, where));
        } catch (InputException e) {
            String msg = e.getMessage();
            return CorpusItem.failed(where, msg.startsWith(where + ": ") ? msg.substring(where.length() + 2) : msg);
        }
    }

    private Article article(JsonNode o, String where) {
        String text = string(o, "text", where);
        String html = string(o, "html", where);
        if (text == null && html == null) {
            throw new InputException(where + ": no \"text\" (or \"html\") field");
        }
        String body = text != null ? text : html;
        if (body.length() > maxBytes) {
            throw new InputException(where + ": the article is longer than " + maxBytes + " characters");
        }
        Article a = text != null
                ? TextArticleParser.parse(Texts.normalizeNewlines(text), where)
                : HtmlArticleParser.parse(html, where);
        String title = string(o, "title", where);
        String url = string(o, "url", where);
        String outlet = string(o, "outlet", where);
        String language = string(o, "language", where);
        String published = string(o, "published", where);
        Published when = published == null ? a.published() : published(published, where);
        Set<String> cited = new LinkedHashSet<>(a.cited());
        JsonNode c = o.get("cited");
        if (c != null && !c.isNull()) {
            if (!c.isArray()) {
                throw new InputException(where + ": \"cited\" must be an array of names");
            }
            for (Iterator<JsonNode> it = c.elements(); it.hasNext(); ) {
                JsonNode n = it.next();
                if (!n.isTextual()) {
                    throw new InputException(where + ": \"cited\" must be an array of names");
                }
                if (!n.asText().isBlank()) {
                    cited.add(n.asText().strip());
                }
            }
        }
        return new Article(a.id(), a.text(), a.segments(), title != null ? title : a.title(), when,
                outlet != null ? outlet : a.outlet(), url != null ? url : a.url(), new ArrayList<>(cited),
                a.datelinePlace(), language != null ? language : a.language(), where);
    }

    private static String string(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InputException(where + ": \"" + field + "\" must be a string");
        }
        String s = n.asText();
        return s.isBlank() ? null : s.strip();
    }

    /** A publication time as ISO 8601: a day, a local time, or a time with an offset (kept as written). */
    public static Published published(String s, String where) {
        String t = s.strip();
        try {
            if (t.length() == 10) {
                return new Published(LocalDate.parse(t), null);
            }
            try {
                LocalDateTime ldt = OffsetDateTime.parse(t).toLocalDateTime();
                return new Published(ldt.toLocalDate(), ldt.toLocalTime());
            } catch (DateTimeParseException e) {
                LocalDateTime ldt = LocalDateTime.parse(t);
                return new Published(ldt.toLocalDate(), ldt.toLocalTime());
            }
        } catch (DateTimeParseException e) {
            throw new InputException(where + ": \"published\" must be an ISO date or date-time, not '"
                    + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "'");
        }
    }
}
