package org.sitrep.events;

/**
 * How the coder behaves where conventions differ.
 *
 * @param requireDyad drop events without both a source and a target (PETRARCH's default; news
 *                    output keeps them, with the missing side null)
 * @param fold        fold repeats of an event within an article into one
 * @param commas      comma-delimited clauses left out of coding, by position and length (TABARI's and
 *                    PETRARCH's convention: "..., a senior official said on Saturday.")
 * @param futureCodes code what is announced, planned or vowed as a threat or an intent (CAMEO 13x, 03x), and
 *                    a concession refused ("will not lift", "refused to release") as the rejection (12x)
 * @param linearTargets take the first actor after the verb as its target (TABARI's reading) rather
 *                    than the actor of its object or prepositional phrases
 * @param patternLemmas let a pattern's word match the word's lemma too ("TROOP" matches "troops")
 * @param agentlessPassiveSubjectActs in a passive without "by ...", the subject is the source (PETRARCH's
 *                    convention) rather than the target
 * @param newActorLength code a noun phrase of up to this many words that no dictionary knows as an
 *                    actor named by its own words ("\"THE MINISTRY OF MAGIC\""); 0 never
 * @param namedUnknowns a proper name no dictionary knows ("LaDonna Davis declined to comment") is still
 *                    the actor, with its words and no code, rather than no event
 * @param transformations add CAMEO's events for reported violence: a speaker claiming its own attack
 *                    claims responsibility (015), one reporting another's attack accuses it (112)
 * @param hearsayAsStatement in "X is said to V" code the saying, with X as its source (TABARI's and
 *                    PETRARCH's convention), rather than V told as a claim
 * @param worthiness  judge each candidate as an analyst would ({@link EventWorthiness}): who reports a
 *                    fact is attribution, not an event; PETRARCH codes every verb it can. With it, a
 *                    pattern written for one verb of saying (its comment names that verb of its block:
 *                    "- * ATTACK [190] # REPORT") applies to that verb only, not to the block's other verbs
 *                    of saying (&ATTRIBUTION: "says ... attacks"); PETRARCH applies every pattern of a
 *                    block to all its verbs
 */
public record CodingOptions(boolean requireDyad, boolean fold, Commas commas, boolean futureCodes,
                            boolean linearTargets, boolean patternLemmas, boolean agentlessPassiveSubjectActs,
                            int newActorLength, boolean namedUnknowns, boolean transformations,
                            boolean hearsayAsStatement, boolean worthiness) {

    /**
     * For news: events with one side unknown are kept; repeats fold; every clause is coded; a vowed
     * or planned act is coded as the threat or intent it is; a target must stand in the verb's phrase.
     */
    public static final CodingOptions NEWS = new CodingOptions(false, true, Commas.NONE, true, false, true, false, 0, true, false,
            false, true);

    /**
     * PETRARCH's defaults: dyads only, no folding, TABARI's comma clauses, the verb's own code
     * whatever its tense, and the first actor after the verb as target when its phrases name none.
     */
    public static final CodingOptions PETRARCH = new CodingOptions(true, false, Commas.PETRARCH, false, true, false, true, 0, false, false,
            true, false);

    /**
     * CAMEO's own conventions over news (for sets labelled by them, such as ConfliBERT's CAMEO
     * sentences): as {@link #NEWS}, but every verb the dictionaries code is an event, statements
     * included, and reports of violence are transformed into claims and accusations.
     */
    public static final CodingOptions CAMEO = NEWS.withTransformations(true).withWorthiness(false);

    public CodingOptions withWorthiness(boolean v) {
        return new CodingOptions(requireDyad, fold, commas, futureCodes, linearTargets, patternLemmas,
                agentlessPassiveSubjectActs, newActorLength, namedUnknowns, transformations, hearsayAsStatement, v);
    }

    public CodingOptions withRequireDyad(boolean v) {
        return new CodingOptions(v, fold, commas, futureCodes, linearTargets, patternLemmas, agentlessPassiveSubjectActs,
                newActorLength, namedUnknowns, transformations, hearsayAsStatement, worthiness);
    }

    /** With or without CAMEO's transformations of reported violence (015, 112; see the record's parameters). */
    public CodingOptions withTransformations(boolean v) {
        return new CodingOptions(requireDyad, fold, commas, futureCodes, linearTargets, patternLemmas,
                agentlessPassiveSubjectActs, newActorLength, namedUnknowns, v, hearsayAsStatement, worthiness);
    }

    public CodingOptions withCommas(Commas c) {
        return new CodingOptions(requireDyad, fold, c, futureCodes, linearTargets, patternLemmas,
                agentlessPassiveSubjectActs, newActorLength, namedUnknowns, transformations, hearsayAsStatement, worthiness);
    }

    public CodingOptions withNewActorLength(int n) {
        return new CodingOptions(requireDyad, fold, commas, futureCodes, linearTargets, patternLemmas,
                agentlessPassiveSubjectActs, n, namedUnknowns, transformations, hearsayAsStatement, worthiness);
    }

    /**
     * Lengths in words of comma-delimited clauses to leave out: internal ({@code min..max}), initial
     * ({@code bmin..bmax}) and terminal ({@code emin..emax}). A maximum of 0 leaves that kind in.
     */
    public record Commas(int min, int max, int bmin, int bmax, int emin, int emax) {
        public static final Commas NONE = new Commas(0, 0, 0, 0, 0, 0);
        public static final Commas PETRARCH = new Commas(2, 8, 0, 0, 2, 8);

        public Commas with(String option, int value) {
            return switch (option) {
                case "comma_min" -> new Commas(value, max, bmin, bmax, emin, emax);
                case "comma_max" -> new Commas(min, value, bmin, bmax, emin, emax);
                case "comma_bmin" -> new Commas(min, max, value, bmax, emin, emax);
                case "comma_bmax" -> new Commas(min, max, bmin, value, emin, emax);
                case "comma_emin" -> new Commas(min, max, bmin, bmax, value, emax);
                case "comma_emax" -> new Commas(min, max, bmin, bmax, emin, value);
                default -> throw new IllegalArgumentException("not a comma option: " + option);
            };
        }
    }
}
