package org.sitrep.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies).
 *
 * @param rel       relation, with its subtype and case marker where the enhanced graph has them
 *                  ({@code nsubj}, {@code obl:in}, {@code nmod:of}, {@code conj:and}, ...)
 * @param governor  0-based token index of the head, {@code -1} for the root
 * @param dependent 0-based token index of the dependent
 */
public record Dependency(String rel, int governor, int dependent) {

    /** The relation without its subtype: {@code obl} for {@code obl:in}. */
    public String base() {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    /** The subtype or case marker: {@code in} for {@code obl:in}, {@code null} when there is none. */
    public String subtype() {
        int colon = rel.indexOf(':');
        return colon < 0 ? null : rel.substring(colon + 1);
    }
}
