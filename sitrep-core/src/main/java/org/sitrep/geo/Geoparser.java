package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TokenSpan;

/**
 * The geoparser: finds the place names of an annotated document, tells how each is used and resolves it to a
 * gazetteer entry. It composes three replaceable stages in the manner of CLAVIN: {@link CandidateFinder}
 * (names over tokens, via the {@link Gazetteer}), {@link UseClassifier} (literal, metonymic, demonym, not a
 * place) and {@link Resolver} (which entry, top-down, with the document as context).
 *
 * <p>Thread-safe: one instance can serve every thread (it holds no per-document state).
 */
public final class Geoparser {

    private final Gazetteer gazetteer;
    private final CandidateFinder finder;
    private final UseClassifier classifier;
    private final Resolver resolver;

    /** A geoparser over the process-wide gazetteer. */
    public Geoparser() {
        this(Gazetteer.shared());
    }

    public Geoparser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new CandidateFinder(gazetteer);
        this.classifier = new UseClassifier();
        this.resolver = new Resolver(gazetteer);
    }

    /** {@link #parse(AnnotatedDoc, Collection)} with nothing reserved. */
    public List<Toponym> parse(AnnotatedDoc doc) {
        return parse(doc, List.of());
    }

    /**
     * The place names of a document, in text order.
     *
     * @param doc      the annotated article (only its body sentences are read)
     * @param reserved token spans already claimed (organisation names): no toponym overlaps them
     * @return one toponym per name found; literal, metonymic and demonym uses carry the place they name when
     *         it is known ({@code null} otherwise, never a guess); non-toponyms carry none
     */
    public List<Toponym> parse(AnnotatedDoc doc, Collection<TokenSpan> reserved) {
        List<Candidate> candidates = finder.find(doc, reserved == null ? List.of() : reserved);
        Map<Sentence, UseClassifier.Graph> graphs = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        Set<String> namedThings = new HashSet<>();
        Map<Sentence, boolean[]> covered = new HashMap<>();
        for (Candidate c : candidates) {
            // only names that are surely places (countries, divisions) keep a neighbour from looking like part of a
            // person's name: "Greece Italy", "Maiduguri Borno State", but not "Adrian Dunbar"
            boolean strong = c.isDemonym() || c.matches.stream().anyMatch(m -> m.entry().isCountry()
                    || m.entry().kind() == GazetteerEntry.Kind.ADMIN1 || m.entry().kind() == GazetteerEntry.Kind.REGION);
            if (!strong) {
                continue;
            }
            boolean[] mask = covered.computeIfAbsent(c.sentence, s -> new boolean[s.size()]);
            for (int t = c.span.startToken(); t < c.span.endToken(); t++) {
                mask[t] = true;
            }
        }
        for (Candidate c : candidates) {
            UseClassifier.Graph g = graphs.computeIfAbsent(c.sentence, UseClassifier.Graph::new);
            c.use = classifier.classify(c, g, covered.computeIfAbsent(c.sentence, s -> new boolean[s.size()]));
        }
        oneName(candidates);
        bracketedAbbreviations(candidates);
        for (Candidate c : candidates) {
            if (c.use == ToponymUse.NON_TOPONYM && personNamePart(c)) {
                surnames.add(c.text);
            } else if (c.use == ToponymUse.NON_TOPONYM && c.nameOfOther) {
                namedThings.add(c.text);
            }
        }
        for (Candidate c : candidates) {
            c.surname = surnames.contains(c.text) || namedThings.contains(c.text);
        }
        resolver.resolve(candidates, doc.article(), doc.sentences());
        List<Toponym> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.dropped) {
                continue;
            }
            ToponymUse use = c.use;
            GazetteerEntry e = c.resolved;
            // a surname met earlier ("John Kelly ... Kelly said") is not a small town
            // so is a name the document showed to be a person's or a thing's ("floor plans — Jamison, Norbury ... the
            // Norbury has a tub"), where nothing says it acts
            boolean named = surnames.contains(c.text) || use == ToponymUse.LITERAL && namedThings.contains(c.text);
            if (use != ToponymUse.NON_TOPONYM && use != ToponymUse.DEMONYM && named
                    && !afterLocativePreposition(c)
                    && (e == null || (e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.ADMIN2)
                    && !e.isCapitalOrSeat() && e.weight() < 1_000_000)) {
                use = ToponymUse.NON_TOPONYM;
            }
            // a small town said to speak or act is a person or a company far more often than a town council; when
            // a big place has the name, the team or government is that place's ("outlasted Louisville" in a story
            // that names Mississippi)
            if (use == ToponymUse.METONYMIC && e != null && e.kind() == GazetteerEntry.Kind.PLACE
                    && !e.isCapitalOrSeat() && e.weight() < 20_000) {
                GazetteerEntry big = null;
                for (Gazetteer.Match m : c.matches) {
                    GazetteerEntry o = m.entry();
                    if (m.how() != Gazetteer.MatchKind.VARIANT && o.weight() >= 100_000 && o.hasCoordinates()
                            && (big == null || o.weight() > big.weight())) {
                        big = o;
                    }
                }
                if (big == null) {
                    use = ToponymUse.NON_TOPONYM;
                } else {
                    e = big;
                }
            }
            Place place = use == ToponymUse.NON_TOPONYM ? null : gazetteer.place(e);
            double conf = use == ToponymUse.NON_TOPONYM ? 0.5 : place == null ? 0.0 : c.confidence;
            out.add(new Toponym(c.span, c.start, c.end, c.text, use, place, conf));
        }
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    /**
     * Two names written against each other, with nothing between them, are one name when the classifier found
     * either to be part of a longer name: the other is part of it too ("Barry Douglas", "Seoul Central District
     * Court"). A literal use gives way; demonyms and agents keep theirs.
     */
    static void oneName(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.sentence.index())
                .thenComparingInt(c -> c.span.startToken()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k + 1 < sorted.size(); k++) {
                Candidate a = sorted.get(k);
                Candidate b = sorted.get(k + 1);
                if (a.sentence != b.sentence || a.span.endToken() != b.span.startToken()
                        || CandidateFinder.isAllCaps(a.text) != CandidateFinder.isAllCaps(b.text)) {
                    // "SAN ANTONIO Turner Sports": a dateline in capitals is not the start of the next name
                    continue;
                }
                if (a.use == ToponymUse.NON_TOPONYM && b.use == ToponymUse.LITERAL) {
                    b.use = ToponymUse.NON_TOPONYM;
                    changed = true;
                } else if (b.use == ToponymUse.NON_TOPONYM && a.use == ToponymUse.LITERAL) {
                    a.use = ToponymUse.NON_TOPONYM;
                    changed = true;
                }
            }
        }
    }

    /**
     * An abbreviation in brackets right after a name repeats that name ("the Democratic People's Republic of Korea
     * (DPRK)", "the Passing out Parade (PoP)"): it is used as the name is, and after a name that is no place it is
     * no place, here or later in the document.
     */
    static void bracketedAbbreviations(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            Sentence s = c.sentence;
            int i = c.span.startToken();
            int upper = (int) c.text.chars().filter(Character::isUpperCase).count();
            if (c.span.length() != 1 || upper < 2 || c.text.length() > 8 || i < 2 || c.span.endToken() >= s.size()
                    || !s.token(i - 1).word().equals("(") || !s.token(c.span.endToken()).word().equals(")")
                    || !s.token(i - 2).isCapitalized() || c.start != s.token(i).start() || c.end != s.token(i).end()) {
                continue;
            }
            Candidate named = null;
            for (Candidate p : candidates) {
                if (p.sentence == s && p.span.endToken() == i - 1) {
                    named = p;
                }
            }
            if (named != null) {
                c.use = named.use;
            } else if (c.use == ToponymUse.LITERAL || c.use == ToponymUse.METONYMIC) {
                c.use = ToponymUse.NON_TOPONYM;
                c.nameOfOther = true;
            }
        }
    }

    private static boolean afterLocativePreposition(Candidate c) {
        int i = c.span.startToken() - 1;
        if (i > 0 && c.sentence.token(i).word().equalsIgnoreCase("the")) {
            i--;
        }
        int after = c.span.endToken();
        if (after < c.sentence.size() && c.sentence.token(after).isNoun() && !c.sentence.token(after).isProperNoun()) {
            // "in the Jamison model": the preposition takes the noun, not the name
            return false;
        }
        return i >= 0 && java.util.Set.of("in", "at", "near", "outside", "into", "inside", "across", "throughout")
                .contains(c.sentence.token(i).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A name the classifier found inside a person's name: after a first name or a particle ("John Kelly",
     * "Philippe de Marigny") or before a surname ("James Knight"). Its later uses alone are the person's too.
     */
    private static boolean personNamePart(Candidate c) {
        Sentence s = c.sentence;
        int b = c.span.startToken() - 1;
        int a = c.span.endToken();
        if (b >= 0 && s.token(b).isProperNoun() && s.token(b).isCapitalized()) {
            return true;
        }
        if (b >= 1 && PARTICLES.contains(s.token(b).word()) && s.token(b - 1).isProperNoun()
                && s.token(b - 1).isCapitalized()) {
            return true;
        }
        // "his son James Knight"
        return c.span.length() == 1 && a < s.size() && s.token(a).isProperNoun() && s.token(a).isCapitalized()
                && !CandidateFinder.isAllCaps(s.token(a).word()) && b >= 0 && !s.token(b).isCapitalized()
                && Lexicon.PERSON_TITLES.contains(s.token(b).word());
    }

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "di", "du", "del", "della", "bin",
            "ibn", "le", "la", "dos", "das");

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
