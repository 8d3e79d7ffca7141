package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/** A block of text between blank lines, with its offsets in the article text. */
record Paragraph(int start, int end, String text) {

    /** Splits text into paragraphs at blank lines; offsets point into {@code text}. */
    static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                end = trimEnd(text, i, lineEnd);
                i = lineEnd;
                // a blank line (or the end) closes the paragraph
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (i >= n || j >= n || text.charAt(j) == '\n') {
                    break;
                }
                i = i + 1;
            }
            if (end > start) {
                out.add(new Paragraph(start, end, text.substring(start, end)));
            }
            i = Math.max(i, end);
        }
        return out;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, or a closing quote after one. */
    boolean endsLikeSentence() {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '…') {
            return true;
        }
        if ((last == '"' || last == '”' || last == '’' || last == '»') && t.length() > 1) {
            char before = t.charAt(t.length() - 2);
            return before == '.' || before == '!' || before == '?' || before == ',' || before == '…';
        }
        return false;
    }
}
