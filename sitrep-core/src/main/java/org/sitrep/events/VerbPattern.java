package org.sitrep.events;

import java.util.List;

/**
 * A pattern of a verb block: what must surround the verb for a more specific code.
 * {@code - $ TROOP * (TOWARD RETREAT) [0874]} has {@code before = [$, TROOP]} and
 * {@code after = [(, TOWARD, RETREAT, )]}.
 *
 * @param before elements before the verb (the subject side), in text order
 * @param after  elements after the verb (the object side), in text order; the first is joined
 *               when it must follow the verb directly ({@code *_OUT})
 * @param verbJoined whether the verb must follow the last element before it directly ({@code IN_*})
 * @param code   the code when it matches
 * @param line   line number in its file
 */
public record VerbPattern(List<Element> before, List<Element> after, boolean verbJoined, VerbCode code, int line,
                          String origin) {

    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public VerbPattern(List<Element> before, List<Element> after, boolean verbJoined, VerbCode code, int line) {
        this(before, after, verbJoined, code, line, null);
    }

    /** What a pattern position holds. */
    public enum Kind {
        /** A word (upper case). */
        WORD,
        /** A synonym set, {@code &NAME}. */
        SYNSET,
        /** {@code $}: the source actor. */
        SOURCE,
        /** {@code +}: the target actor. */
        TARGET,
        /** {@code %}: an actor that is both source and target (compound, "A and B agreed"). */
        COMPOUND,
        /** {@code ^}: skip the next noun phrase. */
        SKIP,
        /** {@code (}: a prepositional phrase starts. */
        OPEN,
        /** {@code )}: it ends. */
        CLOSE,
        /** {@code {}: a noun phrase starts. */
        PHRASE_OPEN,
        /** {@code }}: it ends. */
        PHRASE_CLOSE
    }

    /**
     * One position.
     *
     * @param kind  what it holds
     * @param value the word or synset name (without {@code &}), else {@code null}
     * @param joined whether it was joined to the previous element with {@code _} (must follow it directly)
     */
    public record Element(Kind kind, String value, boolean joined) {
    }

    /** How many words and synsets it requires: more is more specific. */
    public int specificity() {
        int n = 0;
        for (Element e : before) {
            n += e.kind() == Kind.WORD || e.kind() == Kind.SYNSET ? 1 : 0;
        }
        for (Element e : after) {
            n += e.kind() == Kind.WORD || e.kind() == Kind.SYNSET ? 1 : 0;
        }
        return n;
    }
}
