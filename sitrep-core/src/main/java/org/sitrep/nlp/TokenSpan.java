package org.sitrep.nlp;

/** Tokens {@code [startToken, endToken)} of one sentence. */
public record TokenSpan(int sentence, int startToken, int endToken) {

    public TokenSpan {
        if (startToken < 0 || endToken < startToken) {
            throw new IllegalArgumentException("bad span " + startToken + ".." + endToken);
        }
    }

    public boolean overlaps(TokenSpan o) {
        return sentence == o.sentence && startToken < o.endToken && o.startToken < endToken;
    }

    public boolean contains(int sentence, int token) {
        return this.sentence == sentence && token >= startToken && token < endToken;
    }

    public int length() {
        return endToken - startToken;
    }
}
