package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Picks the gazetteer entry each name refers to, top-down and using the whole document:
 *
 * <ol>
 *   <li>the wire dateline's place and every demonym give the document's countries;</li>
 *   <li>names whose best entry on its own (feature type, size, how the name matched) is a country or a
 *       continent are settled first and add their country; a first-level division may already use the countries
 *       of the document's likeliest entries, so that "Georgia" in a story about Atlanta is the state;</li>
 *   <li>then first-level divisions, scored with the countries known so far, and add their division;</li>
 *   <li>then populated places and second-level divisions, the best-scored first, each scored with everything
 *       known so far: being in a country or division the document names, an explicit container right after a
 *       comma ("Paris, Texas", "Severn, Md."), a generic word right after the name ("Hama province",
 *       "Hama city"), a direction before it ("central Washington"), the distance to places already placed and to
 *       the likeliest entries of names not yet placed; a division's seat, a capital or a big city beats the
 *       division of the same name ("Hama", "New York");</li>
 *   <li>a second pass scores every place again with the whole document known (less its own contribution).</li>
 * </ol>
 * One name keeps one sense in a document. A one-word name that resolves only to a small place with no support
 * from the document, or a name that only a loose spelling matched, is dropped: it is far more likely a common
 * word or a surname than a hamlet.
 */
final class Resolver {

    private final Gazetteer gazetteer;

    Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What the document has told so far. */
    private static final class Context {
        final Map<String, Double> countries = new HashMap<>();
        final Set<String> admin1 = new HashSet<>();
        final List<double[]> points = new ArrayList<>();
        final Set<String> lowerCaseWords = new HashSet<>();
        /** Countries of the likeliest entries of the document's names, each name counted once. */
        final Map<String, Integer> likelyCountries = new HashMap<>();
        /** Points the names not yet placed may be at (their likeliest entries), by group. */
        final Map<String, List<double[]>> open = new HashMap<>();
        /** For each first-level division ("US.GA"), the groups with a town or county in it. */
        final Map<String, Set<String>> inside = new HashMap<>();
        /** The division most of the document's names can lie in, when one clearly stands out. */
        String focus;

        void addCountry(String cc, double w) {
            if (cc != null) {
                countries.merge(cc, w, Double::sum);
            }
        }

        /** A copy that no longer counts what one settled entry added. */
        Context without(GazetteerEntry e) {
            Context c = new Context();
            c.countries.putAll(countries);
            if (e.country() != null) {
                c.countries.computeIfPresent(e.country(), (k, v) -> {
                    double left = v - (e.isCountry() ? 1.0 : 0.5);
                    return left <= 1e-9 ? null : left;
                });
            }
            c.admin1.addAll(admin1);
            boolean removed = false;
            for (double[] p : points) {
                if (!removed && e.hasCoordinates() && p[0] == e.lat() && p[1] == e.lon()) {
                    removed = true;
                    continue;
                }
                c.points.add(p);
            }
            c.lowerCaseWords.addAll(lowerCaseWords);
            c.likelyCountries.putAll(likelyCountries);
            c.inside.putAll(inside);
            c.focus = focus;
            return c;
        }

        void add(GazetteerEntry e) {
            if (e == null) {
                return;
            }
            addCountry(e.country(), e.isCountry() ? 1.0 : 0.5);
            if (e.kind() == GazetteerEntry.Kind.ADMIN1) {
                admin1.add(e.country() + "." + e.admin1Code());
            }
            if (e.hasCoordinates() && (e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.ADMIN2)) {
                points.add(new double[] {e.lat(), e.lon()});
            }
        }
    }

    void resolve(List<Candidate> candidates, Article article, List<Sentence> sentences) {
        Context ctx = new Context();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
                    ctx.lowerCaseWords.add(t.word());
                }
            }
        }
        dateline(article, ctx);
        Map<Candidate, GazetteerEntry> container = containers(candidates);

        for (Candidate c : candidates) {
            if (c.isDemonym()) {
                GazetteerEntry best = null;
                for (GazetteerEntry e : c.demonymOf) {
                    if (best == null || e.isCountry() && !best.isCountry() || e.isCountry() == best.isCountry()
                            && e.weight() > best.weight()) {
                        best = e;
                    }
                }
                c.resolved = best;
                c.confidence = c.demonymOf.size() == 1 ? 0.9 : 0.6;
                if (best != null && best.isCountry()) {
                    ctx.addCountry(best.country(), 1.0);
                }
            }
        }
        // group the names by folded text: one sense per document
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (!c.isDemonym() && !c.matches.isEmpty() && c.use != ToponymUse.NON_TOPONYM) {
                groups.computeIfAbsent(NameFolder.fold(c.text) + "|" + (c.generic == null ? "" : c.generic),
                        k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> g : groups.values()) {
            GazetteerEntry top = null;
            double topScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Match m : g.get(0).matches) {
                double p = prior(m.entry(), m.how());
                if (p > topScore) {
                    topScore = p;
                    top = m.entry();
                }
            }
            if (top != null && top.country() != null && !top.isCountry()) {
                ctx.likelyCountries.merge(top.country(), 1, Integer::sum);
            }
        }
        Map<String, List<Gazetteer.Match>> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, List<Candidate>> g : groups.entrySet()) {
            if (g.getValue().stream().noneMatch(c -> c.surname)
                    && g.getValue().stream().anyMatch(c -> c.use != ToponymUse.METONYMIC)) {
                // by name: "Hama" and "Hama city" are one name
                evidence.merge(nameOf(g.getKey()), g.getValue().get(0).matches, (a, b) -> {
                    List<Gazetteer.Match> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        }
        for (Candidate c : candidates) {
            if (!c.inner.isEmpty()) {
                int sp = c.text.lastIndexOf(' ');
                evidence.putIfAbsent(NameFolder.fold(sp < 0 ? c.text : c.text.substring(0, sp)), c.inner);
            }
        }
        divisionsOfNames(evidence, ctx);
        Set<String> done = new HashSet<>();
        // 1. countries and regions, on their own merits (only a division may use the countries known so far:
        //    "Georgia" in a story about Atlanta)
        for (Map.Entry<String, List<Candidate>> g : groups.entrySet()) {
            Scored best = best(g.getValue(), ctx, container, Pass.COUNTRIES, g.getKey());
            if (best != null && (best.entry.isCountry() || best.entry.kind() == GazetteerEntry.Kind.REGION)) {
                settle(g.getValue(), best, ctx);
                done.add(g.getKey());
            }
        }
        // 2. first-level divisions
        for (Map.Entry<String, List<Candidate>> g : groups.entrySet()) {
            if (done.contains(g.getKey())) {
                continue;
            }
            Scored best = best(g.getValue(), ctx, container, Pass.DIVISIONS, g.getKey());
            if (best != null && best.entry.kind() == GazetteerEntry.Kind.ADMIN1) {
                settle(g.getValue(), best, ctx);
                done.add(g.getKey());
            }
        }
        // 3. places and second-level divisions: the surest first, so that they can place the others
        List<Map.Entry<String, List<Candidate>>> rest = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> g : groups.entrySet()) {
            if (!done.contains(g.getKey())) {
                rest.add(g);
            }
        }
        // names near each other are likelier at places near each other: "Paris and Henry County"
        for (Map.Entry<String, List<Candidate>> g : rest) {
            List<GazetteerEntry> es = new ArrayList<>();
            Set<Ref> seen = new HashSet<>();
            for (Candidate c : g.getValue()) {
                for (Gazetteer.Match m : c.matches) {
                    if (m.entry().hasCoordinates() && !m.entry().isCountry() && seen.add(new Ref(m.entry()))) {
                        es.add(m.entry());
                    }
                }
            }
            es.sort((a, b) -> Double.compare(prior(b, Gazetteer.MatchKind.NAME), prior(a, Gazetteer.MatchKind.NAME)));
            List<double[]> pts = new ArrayList<>();
            for (GazetteerEntry e : es.subList(0, Math.min(10, es.size()))) {
                pts.add(new double[] {e.lat(), e.lon()});
            }
            ctx.open.put(g.getKey(), pts);
        }
        Map<String, Scored> first = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> g : rest) {
            first.put(g.getKey(), best(g.getValue(), ctx, container, Pass.PLACES, g.getKey()));
        }
        // the surest first: the best-scored (big, well-matched, supported) names place the others
        rest.sort((a, b) -> Double.compare(score(first.get(b.getKey())), score(first.get(a.getKey()))));
        Map<String, GazetteerEntry> chosen = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> g : rest) {
            Scored best = best(g.getValue(), ctx, container, Pass.PLACES, g.getKey());
            ctx.open.remove(g.getKey());
            if (best == null) {
                continue;
            }
            if (unsupportedSmallPlace(g.getValue(), best, ctx)) {
                for (Candidate c : g.getValue()) {
                    c.dropped = true;
                }
                continue;
            }
            settle(g.getValue(), best, ctx);
            chosen.put(g.getKey(), best.entry);
        }
        // once more with everything the document placed, each name without its own contribution; a name left
        // without support is dropped
        for (Map.Entry<String, List<Candidate>> g : rest) {
            GazetteerEntry mine = chosen.get(g.getKey());
            if (mine == null) {
                continue;
            }
            Context others = ctx.without(mine);
            Scored best = best(g.getValue(), others, container, Pass.PLACES, g.getKey());
            if (best == null || unsupportedSmallPlace(g.getValue(), best, others)) {
                for (Candidate c : g.getValue()) {
                    c.dropped = true;
                }
                continue;
            }
            double conf = 1.0 / (1.0 + Math.exp(-best.margin));
            for (Candidate c : g.getValue()) {
                c.resolved = best.entry;
                c.confidence = Math.max(0.05, Math.min(0.99, conf));
            }
        }
    }

    /** Towns of fewer people than this do not tell which division a document is about: every state has some. */
    private static final long MIN_TELLING_POPULATION = 1_000;

    /**
     * Which first-level divisions the document's names can lie in: for each, the groups with a well-matched town
     * (of at least {@value #MIN_TELLING_POPULATION} people) or county there. A local story names several places of
     * its own state, most of which exist elsewhere too ("Alexandria", "Nelson", "Douglas County", "St. Cloud"):
     * the one division that holds at least three of them, and more than any other, is the document's
     * focus.
     */
    private static void divisionsOfNames(Map<String, List<Gazetteer.Match>> names, Context ctx) {
        for (Map.Entry<String, List<Gazetteer.Match>> g : names.entrySet()) {
            GazetteerEntry likeliest = null;
            double top = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Match m : g.getValue()) {
                double p = prior(m.entry(), m.how());
                if (p > top) {
                    top = p;
                    likeliest = m.entry();
                }
            }
            if (likeliest == null || likeliest.isCountry() || likeliest.kind() == GazetteerEntry.Kind.REGION) {
                // "Peru", "Mexico": a country's name says nothing of the towns that share it
                continue;
            }
            for (Gazetteer.Match m : g.getValue()) {
                GazetteerEntry e = m.entry();
                if (m.how() == Gazetteer.MatchKind.VARIANT || e.country() == null || e.admin1Code() == null) {
                    continue;
                }
                boolean telling = e.kind() == GazetteerEntry.Kind.ADMIN2 || e.kind() == GazetteerEntry.Kind.ADMIN1
                        || e.kind() == GazetteerEntry.Kind.PLACE && e.population() >= MIN_TELLING_POPULATION;
                if (telling) {
                    ctx.inside.computeIfAbsent(e.country() + "." + e.admin1Code(), k -> new HashSet<>()).add(g.getKey());
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> d : ctx.inside.entrySet()) {
            int n = d.getValue().size();
            if (n > first) {
                second = first;
                first = n;
                best = d.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        if (first >= 3 && first > second) {
            ctx.focus = best;
        }
    }

    /** The folded name of a group's key, without the generic word after it. */
    private static String nameOf(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    private static double score(Scored s) {
        return s == null ? Double.NEGATIVE_INFINITY : s.score;
    }

    private void settle(List<Candidate> group, Scored best, Context ctx) {
        double conf = 1.0 / (1.0 + Math.exp(-best.margin));
        for (Candidate c : group) {
            c.resolved = best.entry;
            c.confidence = Math.max(0.05, Math.min(0.99, conf));
        }
        ctx.add(best.entry);
    }

    private boolean unsupportedSmallPlace(List<Candidate> group, Scored best, Context ctx) {
        GazetteerEntry e = best.entry;
        boolean variantOnly = group.stream().allMatch(c -> c.matches.stream()
                .allMatch(m -> m.how() == Gazetteer.MatchKind.VARIANT));
        if (variantOnly && best.support < 2.0 && e.weight() < 100_000) {
            // only a loose spelling agrees and nothing in the story supports it
            return true;
        }
        if (e.kind() != GazetteerEntry.Kind.PLACE) {
            return false;
        }
        boolean oneWord = group.stream().allMatch(c -> c.span.length() == 1 && c.text.indexOf(' ') < 0);
        if (!oneWord) {
            return false;
        }
        boolean abbreviation = group.stream().anyMatch(c -> c.matches.stream()
                .anyMatch(m -> m.how() == Gazetteer.MatchKind.ABBREVIATION));
        if (abbreviation) {
            return false;
        }
        String word = group.get(0).text;
        boolean commonWord = ctx.lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
        boolean alternateOnly = group.stream().allMatch(c -> c.matches.stream()
                .noneMatch(m -> m.entry() == e && m.how() == Gazetteer.MatchKind.NAME));
        boolean weak = best.support < 2.5;
        return weak && (e.weight() < 10_000 || alternateOnly && e.weight() < 100_000)
                || commonWord && e.weight() < 100_000 && best.support < 4;
    }

    /** A direction word right before the name: "northern Syria", "central Washington". */
    private static boolean directionalBefore(Candidate c) {
        int i = c.span.startToken() - 1;
        if (i < 0) {
            return false;
        }
        String w = c.sentence.token(i).word();
        return Character.isLowerCase(w.charAt(0)) && DIRECTIONS.contains(w);
    }

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "rural", "across", "throughout");

    /** The dateline's place ("DAMASCUS", "BAHIA BLANCA, Argentina") tells the document's country. */
    private void dateline(Article article, Context ctx) {
        if (article == null || article.datelinePlace() == null) {
            return;
        }
        for (String part : article.datelinePlace().split(",")) {
            String p = part.strip();
            if (p.isEmpty() || !gazetteer.mayMatch(p)) {
                continue;
            }
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Match m : gazetteer.lookup(p)) {
                double s = prior(m.entry(), m.how());
                if (s > bestScore) {
                    bestScore = s;
                    best = m.entry();
                }
            }
            if (best != null) {
                ctx.addCountry(best.country(), 1.0);
                if (best.hasCoordinates() && best.kind() == GazetteerEntry.Kind.PLACE) {
                    ctx.points.add(new double[] {best.lat(), best.lon()});
                }
            }
        }
    }

    /** For "Paris, Texas" and "Severn, Md.": the division or country named right after the comma. */
    private Map<Candidate, GazetteerEntry> containers(List<Candidate> candidates) {
        Map<Candidate, GazetteerEntry> out = new HashMap<>();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            Candidate b = candidates.get(i + 1);
            if (a.sentence != b.sentence || b.span.startToken() != a.span.endToken() + 1
                    || !a.sentence.token(a.span.endToken()).word().equals(",")) {
                continue;
            }
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Match m : b.matches) {
                GazetteerEntry e = m.entry();
                if (e.isCountry() || e.kind() == GazetteerEntry.Kind.ADMIN1) {
                    double s = prior(e, m.how());
                    if (s > bestScore) {
                        bestScore = s;
                        best = e;
                    }
                }
            }
            if (best != null) {
                out.put(a, best);
            }
        }
        return out;
    }

    private enum Pass { COUNTRIES, DIVISIONS, PLACES }

    /** An entry compared by identity. */
    private record Ref(GazetteerEntry e) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.e == e;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(e);
        }
    }

    private record Scored(GazetteerEntry entry, double score, double margin, double support) {
    }

    private Scored best(List<Candidate> group, Context ctx, Map<Candidate, GazetteerEntry> container,
                        Pass pass, String key) {
        // keyed by identity (the gazetteer hands out one object per entry): hashing a record with hundreds of
        // alternate names for every lookup would cost more than the scoring
        Map<Ref, Gazetteer.MatchKind> how = new LinkedHashMap<>();
        String generic = group.get(0).generic;
        boolean regional = group.stream().anyMatch(Resolver::directionalBefore);
        List<GazetteerEntry> hints = new ArrayList<>();
        for (Candidate c : group) {
            for (Gazetteer.Match m : c.matches) {
                how.merge(new Ref(m.entry()), m.how(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
            GazetteerEntry h = container.get(c);
            if (h != null) {
                hints.add(h);
            }
        }
        Set<String> competingCountries = new HashSet<>();
        for (Ref r : how.keySet()) {
            GazetteerEntry e = r.e();
            if (e.isCountry()) {
                competingCountries.add(e.country());
            }
        }
        GazetteerEntry bestE = null;
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        double bestSupport = 0;
        for (Map.Entry<Ref, Gazetteer.MatchKind> m : how.entrySet()) {
            GazetteerEntry e = m.getKey().e();
            double s = prior(e, m.getValue());
            double support = 0;
            // the document's countries and divisions; when a country of the same name competes, only another
            // country's context counts ("Georgia" in a story about Atlanta, but "Mexico" stays the country in a
            // story full of Mexicans)
            boolean useContext = pass != Pass.COUNTRIES || e.kind() == GazetteerEntry.Kind.ADMIN1
                    && !competingCountries.contains(e.country());
            if (useContext && !e.isCountry() && e.country() != null && (ctx.countries.containsKey(e.country())
                    || pass == Pass.COUNTRIES && ctx.likelyCountries.getOrDefault(e.country(), 0) >= 2)) {
                support += 2.0;
            }
            if (e.isCountry() && ctx.countries.containsKey(e.country())) {
                // the country is named otherwise too: a demonym, its dateline
                support += 1.0;
            }
            String division = e.country() + "." + e.admin1Code();
            if ((e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.ADMIN2)
                    && ctx.admin1.contains(division)) {
                support += 2.0;
            } else if ((e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.ADMIN2)
                    && division.equals(ctx.focus)) {
                // the division the document's other names are in
                support += 2.0;
            }
            if (e.kind() == GazetteerEntry.Kind.ADMIN1) {
                // a division that holds another of the document's names: "Georgia" with "Albany"
                Set<String> in = ctx.inside.get(division);
                if (in != null && (in.size() > 1 || !in.contains(nameOf(key)))) {
                    support += 2.0;
                }
            }
            for (GazetteerEntry h : hints) {
                if (h.isCountry() && h.country().equals(e.country()) && !e.isCountry()
                        || h.kind() == GazetteerEntry.Kind.ADMIN1 && h.country().equals(e.country())
                        && h.admin1Code().equals(e.admin1Code()) && e.kind() != GazetteerEntry.Kind.ADMIN1) {
                    support += 4.0;
                    break;
                }
            }
            if (pass == Pass.PLACES && e.hasCoordinates() && e.kind() != GazetteerEntry.Kind.COUNTRY) {
                double d = Double.MAX_VALUE;
                for (double[] p : ctx.points) {
                    d = Math.min(d, km(e.lat(), e.lon(), p[0], p[1]));
                }
                double near = nearness(d);
                double dOpen = Double.MAX_VALUE;
                for (Map.Entry<String, List<double[]>> o : ctx.open.entrySet()) {
                    if (!o.getKey().equals(key)) {
                        for (double[] p : o.getValue()) {
                            dOpen = Math.min(dOpen, fastKm(e.lat(), e.lon(), p[0], p[1]));
                        }
                    }
                }
                support += Math.max(near, 0.8 * nearness(dOpen));
            }
            s += support;
            // what the generic word after the name says
            if (generic != null) {
                if (Lexicon.ADMIN1_WORDS.contains(generic) && e.kind() == GazetteerEntry.Kind.ADMIN1
                        || Lexicon.ADMIN2_WORDS.contains(generic) && e.kind() == GazetteerEntry.Kind.ADMIN2
                        || Lexicon.CITY_WORDS.contains(generic) && e.kind() == GazetteerEntry.Kind.PLACE) {
                    s += 3.0;
                }
            }
            // "central Washington", "northern Syria": a direction before the name points at an area
            if (regional && (e.kind() == GazetteerEntry.Kind.ADMIN1 || e.isCountry()
                    || e.kind() == GazetteerEntry.Kind.REGION)) {
                s += 2.0;
            }
            // a seat, a capital or a big city beats the division of the same name: "Hama", "New York"
            if (e.kind() == GazetteerEntry.Kind.PLACE && (e.isCapitalOrSeat() || e.population() >= 1_000_000)) {
                for (Ref ref : how.keySet()) {
                    GazetteerEntry o = ref.e();
                    if (o.kind() == GazetteerEntry.Kind.ADMIN1 && o.country().equals(e.country())
                            && (o.admin1Code().equals(e.admin1Code()) || "PPLC".equals(e.featureCode()))
                            && (e.isCapitalOrSeat() || e.population() > o.weight() / 5)) {
                        s += 1.5;
                        break;
                    }
                }
            }
            if (s > best) {
                second = best;
                best = s;
                bestE = e;
                bestSupport = support;
            } else if (s > second) {
                second = s;
            }
        }
        if (bestE == null) {
            return null;
        }
        return new Scored(bestE, best, second == Double.NEGATIVE_INFINITY ? 5.0 : best - second, bestSupport);
    }

    private static double nearness(double km) {
        if (km < 30) {
            return 2.5;
        }
        if (km < 100) {
            return 2.0;
        }
        if (km < 250) {
            return 1.2;
        }
        return km < 600 ? 0.5 : 0;
    }

    /** Equirectangular distance in kilometres: cheap, and close enough at the scales that matter here. */
    static double fastKm(double lat1, double lon1, double lat2, double lon2) {
        double dl = Math.abs(lon2 - lon1);
        if (dl > 180) {
            dl = 360 - dl;
        }
        double x = Math.toRadians(dl) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return 6371.0088 * Math.sqrt(x * x + y * y);
    }

    /** What an entry is worth on its own: its kind, its size and how the name matched it. */
    static double prior(GazetteerEntry e, Gazetteer.MatchKind how) {
        double s = switch (e.kind()) {
            case COUNTRY -> 3.0;
            case REGION -> "CONT".equals(e.featureCode()) ? 3.0 : 1.5;
            case ADMIN1 -> 1.2;
            case ADMIN2 -> -0.5;
            case PLACE -> switch (e.featureCode() == null ? "" : e.featureCode()) {
                case "PPLC" -> 2.0;
                case "PPLA", "PPLG" -> 0.6;
                case "PPLA2" -> 0.2;
                case "PPLX", "PPLL", "PPLQ", "PPLW", "PPLH" -> -0.5;
                default -> 0.0;
            };
        };
        long w = e.kind() == GazetteerEntry.Kind.REGION ? 100_000_000L : e.weight();
        s += 0.8 * Math.log10(w + 10);
        s += switch (how) {
            case ABBREVIATION -> 2.0;
            case NAME -> 0.3;
            case ALTERNATE -> 0.0;
            case VARIANT -> -1.5;
        };
        return s;
    }

    /** Great-circle distance in kilometres. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        return Distance.km(lat1, lon1, lat2, lon2);
    }
}
