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
    /** Each spelling of the block's verbs ("SAID") and the verb it is a form of ("SAY"). */
    private final java.util.Map<String, String> verbs = new java.util.HashMap<>();

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

    void addVerb(String spelling, String verb) {
        verbs.put(spelling.toUpperCase(java.util.Locale.ROOT), verb.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a pattern applies to a verb of the block: a pattern whose comment names the verb of the block
     * it was written for ("- * ATTACK [190] # REPORT") applies to that verb only ("reported attacks", not
     * "says ... attacks"); other patterns to every verb of the block.
     */
    boolean appliesTo(VerbPattern p, String spelling) {
        if (p.origin() == null || !verbs.containsValue(p.origin())) {
            return true;
        }
        String verb = verbs.get(spelling.toUpperCase(java.util.Locale.ROOT));
        return verb == null || verb.equals(p.origin());
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
