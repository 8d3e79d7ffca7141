package org.sitrep.nlp;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word  the text as written
 * @param lemma lower-case lemma
 * @param pos   Penn Treebank part of speech
 * @param start character offset in the article text (inclusive)
 * @param end   character offset in the article text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
