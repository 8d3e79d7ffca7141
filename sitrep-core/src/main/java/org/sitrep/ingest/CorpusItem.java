package org.sitrep.ingest;

import java.util.Objects;

/**
 * One record of a corpus: an article, or the reason it could not be read.
 *
 * @param location where the record is: {@code file}, {@code file:LINE} (JSONL), {@code file#item N}
 *                 (feeds), {@code file@OFFSET} (WARC, byte offset of the record)
 * @param article  the article, {@code null} when the record failed
 * @param error    why the record failed (one line), {@code null} when it was read
 */
public record CorpusItem(String location, Article article, String error) {

    public CorpusItem {
        Objects.requireNonNull(location, "location");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("an item is either an article or an error");
        }
    }

    public static CorpusItem ok(String location, Article article) {
        return new CorpusItem(location, article, null);
    }

    public static CorpusItem failed(String location, String error) {
        return new CorpusItem(location, null, oneLine(error));
    }

    public boolean failed() {
        return article == null;
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "unreadable";
        }
        String line = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
