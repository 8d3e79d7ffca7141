package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news web page with jsoup: keeps the headline and the story's paragraphs, drops navigation,
 * scripts, figures and their captions, asides and "related" boxes, and takes the publication time,
 * outlet and address from the page's metadata. The text left is then read like a plain-text story,
 * so that source lines and "RELATED:" paragraphs inside the story are recognised too.
 */
public final class HtmlArticleParser {

    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, button, iframe, svg,"
            + " figure, figcaption, picture, video, [role=navigation], [aria-hidden=true],"
            + " [class~=(?i)(related|recommend|share|social|newsletter|advert|promo|caption|breadcrumb|comments?)],"
            + " [id~=(?i)(related|recommend|share|social|newsletter|advert|promo|comments?)]";

    private HtmlArticleParser() {
    }

    public static Article parse(String html, String origin) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String outlet = meta(doc, "og:site_name");
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));

        doc.select(NOISE).remove();
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
                doc.selectFirst("[itemprop=articleBody]"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        if (title != null) {
            paragraphs.add(title.strip());
        }
        if (root != null) {
            Elements blocks = root.select("p, h2, h3, h4, blockquote, li, pre");
            for (Element e : blocks) {
                if (!e.select("p, h2, h3, h4, blockquote, li, pre").isEmpty() && e.children().stream()
                        .anyMatch(c -> c.is("p, h2, h3, h4, blockquote, li, pre"))) {
                    continue; // its children are taken one by one
                }
                String t = e.text().strip();
                if (!t.isEmpty() && !(title != null && t.equals(title.strip()))) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.size() <= (title == null ? 0 : 1)) {
                String t = root.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank()) {
            throw new InputException(origin + ": the page holds no text");
        }
        Article parsed = TextArticleParser.parse(text, origin);
        Published when = parsed.published();
        if (published != null) {
            var p = Dateline.parse(published);
            if (p.isPresent()) {
                when = p.get();
            }
        }
        return new Article(parsed.id(), parsed.text(), parsed.segments(), title != null ? title.strip() : parsed.title(),
                when, outlet != null ? outlet : parsed.outlet(), url, parsed.cited(), parsed.datelinePlace(),
                langOf(doc), origin);
    }

    private static String langOf(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        if (html == null) {
            return "en";
        }
        String lang = html.attr("lang").strip();
        return lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(java.util.Locale.ROOT) : "en";
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
