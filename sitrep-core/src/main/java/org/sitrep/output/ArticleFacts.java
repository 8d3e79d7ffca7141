package org.sitrep.output;

import java.util.Locale;

/**
 * What the GDELT tables need to know of an article an event was read from: its length in
 * characters (MentionDocLen) and where its lead paragraph ends (IsRootEvent: an event told in the
 * headline or the lead paragraph is a root event).
 *
 * @param length  the article text's length in characters
 * @param leadEnd the character offset where the lead paragraph ends (exclusive), -1 when unknown
 */
public record ArticleFacts(int length, int leadEnd) {

    private static final int SHORT_LINE = 120;

    /**
     * The facts of an article text. The lead paragraph is the first paragraph of the text (paragraphs
     * are separated by blank lines, or by line breaks in a text that has no blank line) that is not
     * the headline, nor a short line without a sentence end (a dateline, a byline, a caption credit).
     */
    public static ArticleFacts of(String text, String title) {
        if (text == null) {
            return null;
        }
        boolean blankLines = text.contains("\n\n") || text.contains("\n\r\n");
        String normTitle = title == null ? null : norm(title);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = blankLines ? paragraphEnd(text, i) : lineEnd(text, i);
            String p = text.substring(i, end).strip();
            if (!p.isEmpty() && !(normTitle != null && norm(p).equals(normTitle)) && !shortLine(p)) {
                return new ArticleFacts(n, end);
            }
            i = end + 1;
        }
        return new ArticleFacts(n, n);
    }

    private static boolean shortLine(String p) {
        if (p.length() >= SHORT_LINE) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        return ".!?\"'”’".indexOf(last) < 0;
    }

    private static int paragraphEnd(String text, int from) {
        int i = from;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            int j = nl + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return nl;
            }
            i = j;
        }
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
