package org.sitrep.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@code --- NAME [CODE] ---} block of a verb dictionary: synonymous verbs and their patterns. */
public final class VerbBlock {

    private final String name;
    private final VerbCode code;
    private final String source;
    private final List<VerbPattern> patterns = new ArrayList<>();

    public VerbBlock(String name, VerbCode code, String source) {
        this.name = name;
        this.code = code;
        this.source = source;
    }

    public String name() {
        return name;
    }

    public VerbCode code() {
        return code;
    }

    public String source() {
        return source;
    }

    /** Patterns, most specific first (ties in file order). */
    public List<VerbPattern> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    void add(VerbPattern p) {
        patterns.add(p);
    }

    void sortPatterns() {
        patterns.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
    }

    @Override
    public String toString() {
        return "VerbBlock[" + name + " " + code + ", " + patterns.size() + " patterns]";
    }
}
