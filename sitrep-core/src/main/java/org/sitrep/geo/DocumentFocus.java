package org.sitrep.geo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a story is about, as CLIFF gives it: the country, the first-level division ("state") and the city
 * most named among its literal places. Each literal place counts once for its country, once for its division
 * (when the gazetteer gives one) and, when it is a populated place, once for itself; a key scores its count
 * plus 1/(1 + n) for the n-th literal place that first names it, so that of two as often named the one named
 * first wins. A level nothing names is {@code null}.
 *
 * @param country the country most named
 * @param state   the first-level division most named (of any country)
 * @param city    the populated place most named
 */
public record DocumentFocus(Focus country, Focus state, Focus city) {

    /**
     * One level of the focus.
     *
     * @param country  ISO 3166-1 alpha-2 code
     * @param admin1   the first-level division's name ({@code null} for a country)
     * @param place    the gazetteer entry of that country, division or city when the article names it itself,
     *                 else {@code null} (a division known only as the one a named city lies in)
     * @param mentions how many literal places of the article lie in it (or are it)
     * @param score    mentions plus the weight of its first position
     */
    public record Focus(String country, String admin1, Place place, int mentions, double score) {
    }

    public static final DocumentFocus NONE = new DocumentFocus(null, null, null);

    /** The focus of an article's place names (in text order; non-literal and unresolved ones are left out). */
    public static DocumentFocus of(List<Toponym> toponyms) {
        List<Toponym> literal = toponyms.stream()
                .filter(t -> t.isLiteral() && t.place() != null && t.place().country() != null)
                .sorted(Comparator.comparingInt(Toponym::start)).toList();
        Focus country = best(literal, p -> p.country(), Place::isCountry, false);
        Focus state = best(literal, p -> p.admin1() == null ? null : p.country() + "\t" + p.admin1(),
                p -> "ADM1".equals(p.featureCode()), true);
        Focus city = best(literal, p -> p.isPopulatedPlace() ? placeKey(p) : null, Place::isPopulatedPlace, true);
        return new DocumentFocus(country, state, city);
    }

    private static String placeKey(Place p) {
        return p.id() != null ? p.id() : p.name() + "\t" + p.lat() + "\t" + p.lon();
    }

    private static Focus best(List<Toponym> literal, Function<Place, String> key,
                              Predicate<Place> itself, boolean withAdmin1) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, Place> first = new LinkedHashMap<>();
        Map<String, Place> named = new LinkedHashMap<>();
        for (int n = 0; n < literal.size(); n++) {
            Place p = literal.get(n).place();
            String k = key.apply(p);
            if (k == null) {
                continue;
            }
            double[] s = scores.get(k);
            if (s == null) {
                s = new double[] {0, 1.0 / (1 + n)};
                scores.put(k, s);
                first.put(k, p);
            }
            s[0]++;
            if (itself.test(p)) {
                named.putIfAbsent(k, p);
            }
        }
        String top = null;
        double topScore = -1;
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double sc = e.getValue()[0] + e.getValue()[1];
            if (sc > topScore) {
                top = e.getKey();
                topScore = sc;
            }
        }
        if (top == null) {
            return null;
        }
        Place p = first.get(top);
        return new Focus(p.country(), withAdmin1 ? p.admin1() : null, named.get(top),
                (int) scores.get(top)[0], Math.round(topScore * 1000) / 1000.0);
    }
}
