package org.sitrep.ingest;

/**
 * A part of an article's text and what it is.
 *
 * @param kind  what the part is
 * @param start character offset in the article text (inclusive)
 * @param end   character offset in the article text (exclusive)
 */
public record Segment(Kind kind, int start, int end) {

    public enum Kind {
        /** The story's headline. */
        HEADLINE,
        /** An image caption or photo credit. */
        CAPTION,
        /** A line that gives the story's date and time. */
        DATELINE,
        /** A "RELATED:" / "READ MORE:" block and the headline it links to. */
        RELATED,
        /** The line naming the outlet, the editor and the agencies the story rests on. */
        SOURCE_LINE,
        /** A paragraph of the story itself: the only kind that is coded. */
        BODY
    }

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
