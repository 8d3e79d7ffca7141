package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Where an event happened: a place in the verb's phrases or object, in its subject's phrase, or the
 * settlement a definite "the city" refers back to, with the name the record gives it.
 */
final class EventPlaces {

    private EventPlaces() {
    }

    /** A place an event happened in, and the words that name it there. */
    record Placed(Toponym toponym, String text) {
    }

    /** Where: a place in the verb's prepositional phrases or object, in its subject's phrase, or "the city" named before. */
    static Placed placeOf(SentenceView v, int i, List<Integer> subjects) {
        DepGraph g = v.graph;
        List<Integer> candidates = new ArrayList<>();
        for (var d : g.children(i)) {
            if (d.rel().startsWith("obl") && (d.subtype() == null || Coder.PLACE_PREPS.contains(d.subtype()))) {
                candidates.add(d.dependent());
            }
        }
        candidates.addAll(g.children(i, "obj"));
        if (g.child(i, "obj") < 0) {
            int next = Coder.linearObject(v, i);
            if (next >= 0) {
                candidates.add(next); // "penetrate and enter several areas of the city": the object they share
            }
        }
        List<Integer> complements = new ArrayList<>(g.children(i, "xcomp"));
        for (int n = 0; n < complements.size() && n < 6; n++) {
            int x = complements.get(n);
            for (var d : g.children(x)) {
                if (d.rel().startsWith("obl") || d.rel().equals("obj")) {
                    candidates.add(d.dependent());
                }
                if (d.rel().equals("xcomp") && !complements.contains(d.dependent())) {
                    complements.add(d.dependent());
                }
            }
        }
        candidates.addAll(subjects);
        if (g.rel(i).equals("acl:relcl") && g.head(i) >= 0 && g.children(i, "advmod").stream()
                .anyMatch(a -> g.token(a).lemma().equals("where"))) {
            candidates.add(0, g.head(i)); // "the areas where the organizations entered"
        } else if ((g.rel(i).equals("acl:relcl") || g.rel(i).equals("dep")) && g.head(i) >= 0
                && g.token(g.head(i)).isNoun() && g.child(i, "obj") < 0) {
            candidates.add(g.head(i)); // "the second provincial capital it has taken"
        }
        for (int cand : candidates) {
            Placed p = placeInPhrase(v, cand, 0);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    static Placed placeOfNominal(SentenceView v, int n, int anchor) {
        Placed p = placeInPhrase(v, n, 0);
        if (p != null) {
            return p;
        }
        if (anchor != n) {
            for (var d : v.graph.children(anchor)) {
                if (d.rel().startsWith("obl") && (d.subtype() == null || Coder.PLACE_PREPS.contains(d.subtype()))) {
                    p = placeInPhrase(v, d.dependent(), 0);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** A literal place the phrase is or holds (through "of", "in", ... chains), or "the city" resolved. */
    private static Placed placeInPhrase(SentenceView v, int head, int depth) {
        Toponym t = v.eventPlaceAt(head);
        if (t != null) {
            return new Placed(t, t.text());
        }
        Token tok = v.sentence.token(head);
        if (depth > 3 || tok.isVerb()) {
            return null;
        }
        for (var d : v.graph.children(head)) {
            String r = d.rel();
            if (r.equals("compound") || r.equals("amod") && v.eventPlaceAt(d.dependent()) != null) {
                Toponym c = v.eventPlaceAt(d.dependent());
                if (c != null) {
                    return new Placed(c, c.text());
                }
            }
            if (r.startsWith("nmod:") && Coder.PLACE_PREPS.contains(d.subtype())) {
                Placed p = placeInPhrase(v, d.dependent(), depth + 1);
                if (p != null) {
                    return p;
                }
            }
            if ((r.equals("acl:relcl") || r.equals("acl")) && v.sentence.token(d.dependent()).isVerb()) {
                // "prisoners who remained in the central prison of the city"
                for (var e : v.graph.children(d.dependent())) {
                    if (e.rel().startsWith("obl:") && Coder.PLACE_PREPS.contains(e.subtype())) {
                        Placed p = placeInPhrase(v, e.dependent(), depth + 1);
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
        }
        if (v.classes.has("SETTLEMENT_NOUNS", tok.lemma()) && isDefinite(v, head)) {
            Toponym before = lastSettlementBefore(v, head, tok.lemma());
            if (before != null) {
                return new Placed(before, v.sentence.span(spanStart(v, head), head + 1));
            }
        }
        return null;
    }

    static boolean isDefinite(SentenceView v, int head) {
        for (var d : v.graph.children(head)) {
            if (d.rel().equals("det")) {
                String w = v.sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                return w.equals("the") || w.equals("this") || w.equals("that");
            }
        }
        return false;
    }

    private static int spanStart(SentenceView v, int head) {
        int from = head;
        for (var d : v.graph.children(head)) {
            if (d.rel().equals("det") && d.dependent() < from) {
                from = d.dependent();
            }
        }
        return from;
    }

    /**
     * "the city", "the province", "the capital": the nearest place of that kind named before it in the article
     * ({@code null} when none fits). A populated place ("the city", "the town") must lie in every first-level
     * division or region named between it and the noun ("Aleppo ... Hama province ... the city" is no place,
     * not Aleppo), and no place the gazetteer lacks may be named since; a first-level division answers "the
     * province" (&DIVISION_NOUNS); "the capital"
     * (&CAPITAL_NOUNS) is the capital of the country named last, when the article names that capital.
     */
    static Toponym lastSettlementBefore(SentenceView v, int nounToken, String noun) {
        int offset = v.sentence.token(nounToken).start();
        List<Toponym> before = new ArrayList<>();
        for (Toponym t : v.mentions.places()) {
            if (t.end() <= offset && (t.place() != null || t.use() == ToponymUse.LITERAL)) {
                before.add(t);
            }
        }
        before.sort(Comparator.comparingInt(Toponym::start).reversed());
        if (v.classes.has("CAPITAL_NOUNS", noun)) {
            return capitalBefore(before.stream().filter(t -> t.place() != null).toList());
        }
        boolean division = v.classes.has("DIVISION_NOUNS", noun);
        boolean district = v.classes.has("DISTRICT_NOUNS", noun);
        List<Place> within = new ArrayList<>();
        for (Toponym t : before) {
            Place p = t.place();
            if (p == null) {
                return null; // "seized Bunagana ... the town": a place the gazetteer lacks, not a town named before it
            }
            boolean literal = t.use() == ToponymUse.LITERAL;
            if (division) {
                if (literal && "admin1".equals(p.precision())) {
                    return t;
                }
            } else if (district) {
                if (literal && !p.isCountry()) {
                    return t;
                }
            } else if (p.isPopulatedPlace() && (literal || t.use() == ToponymUse.ASSOCIATIVE)) {
                if (!within.stream().allMatch(c -> inside(p, c))) {
                    return null;
                }
                return t;
            } else if (literal && !p.isCountry() && !p.isPopulatedPlace()) {
                within.add(p); // a division or area named since: the city must be in it
            }
        }
        return null;
    }

    /** Whether a populated place lies in a division or area, as far as the gazetteer's fields say. */
    private static boolean inside(Place p, Place area) {
        if (area.country() != null && !area.country().equals(p.country())) {
            return false;
        }
        return !"admin1".equals(area.precision()) || area.admin1() == null || area.admin1().equals(p.admin1());
    }

    /** The capital of the country named last (in any use), when the article names it before. */
    private static Toponym capitalBefore(List<Toponym> before) {
        String country = null;
        for (Toponym t : before) {
            if (t.place().isCountry() && t.use() != ToponymUse.NON_TOPONYM) {
                country = t.place().country();
                break;
            }
        }
        for (Toponym t : before) {
            Place p = t.place();
            if ("PPLC".equals(p.featureCode()) && t.use() != ToponymUse.NON_TOPONYM
                    && (country == null || country.equals(p.country()))) {
                return t;
            }
        }
        return null;
    }

    /**
     * The place's name as the article writes it ("Hama"), the gazetteer's own spelling ("Ḩamāh") when
     * the words are not a name of it.
     */
    static String nameOf(Toponym t) {
        String text = t.text().strip();
        if (text.regionMatches(true, 0, "the ", 0, 4)) {
            text = text.substring(4);
        }
        return text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) ? t.place().name() : text;
    }
}
