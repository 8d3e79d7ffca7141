package org.sitrep.nlp;

import java.util.List;

/**
 * One annotated sentence.
 *
 * @param index     0-based position among the article's coded sentences
 * @param paragraph 0-based paragraph the sentence belongs to
 * @param start     character offset in the article text (inclusive)
 * @param end       character offset in the article text (exclusive)
 * @param text      the sentence as written
 * @param tokens    its tokens
 * @param basic     basic UD dependencies (a tree)
 * @param enhanced  enhanced++ UD dependencies (a graph)
 * @param times     time expressions in the sentence
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens,
                       List<Dependency> basic, List<Dependency> enhanced, List<TimeExpression> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
        times = List.copyOf(times);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Words that measure the number after them: "around 20,000", "over 700", "nearly 40". */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("around", "about", "over", "nearly",
            "almost", "approximately", "under", "some");

    /**
     * Whether token {@code i} measures the number that follows it ("around 20,000 civilians", "more than 200
     * soldiers"): part of the number, though the tagger may read it as a preposition.
     */
    public boolean measuresNumber(int i) {
        if (i + 1 >= size() || !token(i + 1).pos().equals("CD")) {
            return false;
        }
        String w = token(i).word().toLowerCase(java.util.Locale.ROOT);
        return w.equals("than") ? i > 0 && java.util.Set.of("more", "less", "fewer")
                .contains(token(i - 1).word().toLowerCase(java.util.Locale.ROOT)) : MEASURES.contains(w);
    }

    /** The text covered by tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
