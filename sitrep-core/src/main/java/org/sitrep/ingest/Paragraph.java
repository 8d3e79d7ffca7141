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

    /**
     * A headline written on the story's first line, with the story on the next line and no blank line
     * between ("Rebels enter Aleppo\nSyrian rebel forces entered ..."), split from it. The first line is
     * a headline when it is short, does not end like a sentence, the next line starts like one, and
     * the line is in capitals or shorter than the story's lines (a hard-wrapped story's first line is as
     * long as its others).
     */
    static List<Paragraph> splitHeadlineLine(List<Paragraph> paragraphs, int maxWords) {
        if (paragraphs.isEmpty()) {
            return paragraphs;
        }
        Paragraph first = paragraphs.get(0);
        String[] lines = first.text.split("\n", -1);
        if (lines.length < 2) {
            return paragraphs;
        }
        String head = lines[0].strip();
        Paragraph headline = new Paragraph(first.start, first.start + trimEnd(first.text, 0, lines[0].length()), head);
        String rest = lines[1].strip();
        int longest = 0;
        for (int k = 1; k < lines.length; k++) {
            longest = Math.max(longest, lines[k].strip().length());
        }
        boolean startsSentence = !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0))
                || Character.isDigit(rest.codePointAt(0)) || "\"“‘'(".indexOf(rest.charAt(0)) >= 0);
        boolean capitals = head.codePoints().noneMatch(Character::isLowerCase)
                && head.codePoints().anyMatch(Character::isUpperCase);
        if (head.isEmpty() || headline.words() > maxWords || headline.endsLikeSentence() || !startsSentence
                || !(capitals || head.length() < 0.8 * longest)) {
            return paragraphs;
        }
        int bodyStart = first.start + lines[0].length() + 1;
        while (bodyStart < first.end && Character.isWhitespace(first.text.charAt(bodyStart - first.start))) {
            bodyStart++;
        }
        List<Paragraph> out = new ArrayList<>();
        out.add(headline);
        out.add(new Paragraph(bodyStart, first.end, first.text.substring(bodyStart - first.start)));
        out.addAll(paragraphs.subList(1, paragraphs.size()));
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
