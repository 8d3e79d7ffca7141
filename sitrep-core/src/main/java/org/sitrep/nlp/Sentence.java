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

    /** The text covered by tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
