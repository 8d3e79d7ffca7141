package org.sitrep.events;

import java.util.List;

/**
 * A verb of a verb block, possibly several words ({@code +TAKE_FLIGHT}: "take" then "flight";
 * {@code KLM_NOP_+RST}: "klm nop" then the verb "rst").
 *
 * @param verb   the verb word, lower case base form
 * @param before words that must come right before it (lower case)
 * @param after  words that must follow it (lower case)
 * @param code   its own code, or the block's
 * @param block  the block it belongs to
 */
public record VerbEntry(String verb, List<String> before, List<String> after, VerbCode code, VerbBlock block) {

    public VerbEntry {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean isMultiword() {
        return !before.isEmpty() || !after.isEmpty();
    }

    @Override
    public String toString() {
        return "VerbEntry[" + String.join(" ", before) + (before.isEmpty() ? "" : " ") + verb
                + (after.isEmpty() ? "" : " ") + String.join(" ", after) + " " + code + " in " + block.name() + "]";
    }
}
