package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TokenSpan;

/**
 * A name found over tokens, on its way through the geoparser's stages: the extractor fills in where it is and
 * what it may be, the classifier how it is used, the resolver which entry it names.
 */
final class Candidate {

    final Sentence sentence;
    final TokenSpan span;
    final int start;
    final int end;
    final String text;
    /** Gazetteer entries the name matches (empty for an unresolvable facility or street name). */
    final List<Gazetteer.Match> matches;
    /** Countries or regions the name is a demonym of. */
    final List<GazetteerEntry> demonymOf;
    /** A generic word after the name ("province", "city", "County") that says what kind of place it is. */
    final String generic;

    /**
     * What the gazetteer knows of a place name inside this one that is not itself the place: "Douglas County" in
     * "Douglas County Hospital", "St. Cloud" in "St. Cloud Hospital". It tells where the document is, nothing more.
     */
    List<Gazetteer.Match> inner = List.of();

    ToponymUse use;
    GazetteerEntry resolved;
    double confidence;
    /** Found by its cue alone ("the village of Nagrig"), not by the gazetteer. */
    boolean cued;
    /** The name is also part of a person's name in the document ("John Kelly ... Kelly said"). */
    boolean surname;
    /**
     * The classifier found the name to be what a noun before it says it is, not a place ("lawyers Xie Yang",
     * "floor plans — Jamison, Norbury"): its other uses in the document are that too, unless they are surely places.
     */
    boolean nameOfOther;
    /** Set when the resolver decided the name is not a place after all. */
    boolean dropped;

    Candidate(Sentence sentence, TokenSpan span, int start, int end, String text, List<Gazetteer.Match> matches,
              List<GazetteerEntry> demonymOf, String generic) {
        this.sentence = sentence;
        this.span = span;
        this.start = start;
        this.end = end;
        this.text = text;
        this.matches = matches;
        this.demonymOf = demonymOf;
        this.generic = generic;
    }

    boolean isDemonym() {
        return !demonymOf.isEmpty();
    }

    /** The token the name hangs from: the one whose head lies outside the name. */
    int headToken() {
        return span.endToken() - 1;
    }

    @Override
    public String toString() {
        return text + "@" + start + "[" + use + "]";
    }
}
