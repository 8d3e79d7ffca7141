package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Reads the items of an RSS or Atom feed (Rome) as articles: the item's full content when the feed
 * carries it, else its description; the item's title, link and date; the feed's title as outlet.
 * A feed that is not well-formed XML is one failure; an item without text is reported and skipped.
 * Document type declarations are refused (no external entities are ever fetched).
 */
public final class FeedArticleReader {

    private final long maxBytes;

    public FeedArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether these bytes look like a feed: an XML document whose root is rss, feed or rdf:RDF. */
    public static boolean looksLikeFeed(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return false;
            }
            char c = s.charAt(lt + 1);
            if (c == '?' || c == '!') {
                i = lt + 1;
                continue;
            }
            return s.startsWith("rss", lt + 1) || s.startsWith("feed", lt + 1) || s.startsWith("rdf:rdf", lt + 1);
        }
    }

    public void read(byte[] bytes, String name, Consumer<CorpusItem> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            feed = input.build(source);
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(CorpusItem.failed(name, "not a readable RSS/Atom feed: " + reason(e)));
            return;
        }
        String outlet = blankToNull(feed.getTitle());
        String language = feed.getLanguage() == null || feed.getLanguage().length() < 2 ? null
                : feed.getLanguage().substring(0, 2).toLowerCase(Locale.ROOT);
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String where = name + "#item" + (i + 1);
            try {
                sink.accept(CorpusItem.ok(where, entry(entries.get(i), where, outlet, language)));
            } catch (InputException e) {
                String msg = e.getMessage();
                sink.accept(CorpusItem.failed(where, msg.startsWith(where + ": ") ? msg.substring(where.length() + 2) : msg));
            } catch (RuntimeException e) {
                sink.accept(CorpusItem.failed(where, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private Article entry(SyndEntry e, String where, String outlet, String language) {
        String html = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html = c.getValue();
                break;
            }
        }
        if (html == null && e.getDescription() != null && e.getDescription().getValue() != null
                && !e.getDescription().getValue().isBlank()) {
            html = e.getDescription().getValue();
        }
        if (html == null) {
            throw new InputException(where + ": the item has no content or description");
        }
        if (html.length() > maxBytes) {
            throw new InputException(where + ": the item is longer than " + maxBytes + " characters");
        }
        Article a = HtmlArticleParser.parse("<html><body>" + html + "</body></html>", where);
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        Published published = a.published();
        if (when != null) {
            LocalDateTime t = LocalDateTime.ofInstant(when.toInstant(), ZoneOffset.UTC);
            published = new Published(t.toLocalDate(), t.toLocalTime());
        }
        String title = blankToNull(e.getTitle());
        String url = blankToNull(e.getLink());
        return new Article(a.id(), a.text(), a.segments(), title != null ? title.strip() : a.title(), published,
                outlet != null ? outlet.strip() : a.outlet(), url != null ? url.strip() : a.url(), a.cited(),
                a.datelinePlace(), language != null ? language : a.language(), where);
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = e.getMessage() == null ? t.toString() : e.getMessage();
        if (t != e && t.getMessage() != null && !msg.contains(t.getMessage())) {
            msg += " (" + t.getMessage() + ")";
        }
        return msg;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
