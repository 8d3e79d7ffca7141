package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted toponyms against a corpus' gold ones.
 *
 * <p>Gold literal toponyms are those of type Literal, Literal_Modifier, Embedded_Literal and Mixed (every LGL
 * toponym). A predicted literal is a prediction whose use is {@code literal}. Demonyms, metonyms and
 * non-toponyms are not literal predictions.
 *
 * <p>Matching rule: a gold and a predicted toponym match when their character spans are <b>equal</b> (exact,
 * the headline figures); the overlap figures instead match spans that share at least one character, each gold
 * and each prediction used once (gold in text order, an exact partner preferred).
 *
 * <ul>
 *   <li>recall: matched gold literals / gold literals; precision: matched predicted literals / predicted
 *       literals (a literal prediction on a gold span of another type, or on no gold span, is a false positive);</li>
 *   <li>accuracy@161 km: among matched pairs whose gold has coordinates and whose prediction has coordinates, the
 *       share within 161 km (the published convention: only what the system placed); the strict figure counts a
 *       matched pair the system left unresolved as a miss; mean and median error are over the placed pairs;</li>
 *   <li>metonymy: of the gold Metonymic toponyms, the share a prediction with use {@code metonymic} matches, and
 *       the number a prediction with use {@code literal} matches (metonyms wrongly placed as literal places).</li>
 * </ul>
 */
public final class GeoScorer {

    /** GeoWebNews types scored as literal places. */
    public static final Set<String> LITERAL_TYPES = Set.of("Literal", "Literal_Modifier", "Embedded_Literal", "Mixed");

    public enum Rule { EXACT, OVERLAP }

    /** The figures for one matching rule. */
    public record Figures(Rule rule, int goldLiteral, int predictedLiteral, int matchedGold, int matchedPredicted,
                          int placedPairs, int pairsWithGoldCoordinates, int within161, double meanKm,
                          double medianKm, int goldMetonymic, int metonymicRecognised, int metonymicAsLiteral) {

        public double recall() {
            return goldLiteral == 0 ? 0 : (double) matchedGold / goldLiteral;
        }

        public double precision() {
            return predictedLiteral == 0 ? 0 : (double) matchedPredicted / predictedLiteral;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Within 161 km among the pairs the system placed. */
        public double accuracy161() {
            return placedPairs == 0 ? 0 : (double) within161 / placedPairs;
        }

        /** Within 161 km among all matched pairs whose gold has coordinates (unresolved = miss). */
        public double accuracy161Strict() {
            return pairsWithGoldCoordinates == 0 ? 0 : (double) within161 / pairsWithGoldCoordinates;
        }

        public double metonymicRecognisedShare() {
            return goldMetonymic == 0 ? 0 : (double) metonymicRecognised / goldMetonymic;
        }

        public String describe() {
            return String.format(Locale.ROOT,
                    "%-7s literal toponyms: gold %d, predicted %d | recall %.3f  precision %.3f  F1 %.3f%n"
                            + "        geocoding: acc@161km %.3f (%d/%d placed pairs), strict %.3f (%d matched with gold coordinates),"
                            + " mean %.0f km, median %.1f km%n"
                            + "        metonymy: %d gold metonymic, recognised %.3f (%d), placed as literal %d",
                    rule.name().toLowerCase(Locale.ROOT), goldLiteral, predictedLiteral, recall(), precision(), f1(),
                    accuracy161(), within161, placedPairs, accuracy161Strict(), pairsWithGoldCoordinates, meanKm,
                    medianKm, goldMetonymic, metonymicRecognisedShare(), metonymicRecognised, metonymicAsLiteral);
        }
    }

    private GeoScorer() {
    }

    public static Figures score(List<GoldArticle> gold, Map<Integer, List<PredictedToponym>> predicted, Rule rule) {
        int goldLit = 0;
        int predLit = 0;
        int matchedGold = 0;
        int matchedPred = 0;
        int placed = 0;
        int withCoords = 0;
        int within = 0;
        List<Double> errors = new ArrayList<>();
        int goldMet = 0;
        int metRec = 0;
        int metLit = 0;
        for (GoldArticle a : gold) {
            List<PredictedToponym> preds = predicted.getOrDefault(a.index(), List.of());
            List<GoldToponym> lit = a.toponyms().stream().filter(t -> LITERAL_TYPES.contains(t.type()))
                    .sorted(Comparator.comparingInt(GoldToponym::start)).toList();
            List<PredictedToponym> plit = preds.stream().filter(PredictedToponym::isLiteral).toList();
            goldLit += lit.size();
            predLit += plit.size();
            Map<GoldToponym, PredictedToponym> pairs = match(lit, plit, rule);
            matchedGold += pairs.size();
            matchedPred += pairs.size();
            for (Map.Entry<GoldToponym, PredictedToponym> p : pairs.entrySet()) {
                GoldToponym g = p.getKey();
                PredictedToponym q = p.getValue();
                if (!g.hasCoordinates()) {
                    continue;
                }
                withCoords++;
                if (q.hasCoordinates()) {
                    placed++;
                    double km = km(g.lat(), g.lon(), q.lat(), q.lon());
                    errors.add(km);
                    if (km <= 161) {
                        within++;
                    }
                }
            }
            List<GoldToponym> met = a.toponyms().stream().filter(t -> "Metonymic".equals(t.type()))
                    .sorted(Comparator.comparingInt(GoldToponym::start)).toList();
            goldMet += met.size();
            Map<GoldToponym, PredictedToponym> mp = match(met, preds, rule);
            for (PredictedToponym q : mp.values()) {
                if ("metonymic".equals(q.use())) {
                    metRec++;
                } else if (q.isLiteral()) {
                    metLit++;
                }
            }
        }
        errors.sort(Double::compare);
        double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double median = errors.isEmpty() ? 0 : errors.size() % 2 == 1 ? errors.get(errors.size() / 2)
                : (errors.get(errors.size() / 2 - 1) + errors.get(errors.size() / 2)) / 2;
        return new Figures(rule, goldLit, predLit, matchedGold, matchedPred, placed, withCoords, within, mean, median,
                goldMet, metRec, metLit);
    }

    /** One-to-one pairs of gold and predicted toponyms under the rule. */
    static Map<GoldToponym, PredictedToponym> match(List<GoldToponym> gold, List<PredictedToponym> preds, Rule rule) {
        Map<GoldToponym, PredictedToponym> out = new IdentityHashMap<>();
        Set<PredictedToponym> used = Collections.newSetFromMap(new IdentityHashMap<>());
        // exact partners first, under both rules
        Map<Long, PredictedToponym> byExact = new HashMap<>();
        for (PredictedToponym p : preds) {
            byExact.putIfAbsent(((long) p.start() << 32) | p.end(), p);
        }
        for (GoldToponym g : gold) {
            PredictedToponym p = byExact.get(((long) g.start() << 32) | g.end());
            if (p != null && !used.contains(p)) {
                out.put(g, p);
                used.add(p);
            }
        }
        if (rule == Rule.OVERLAP) {
            for (GoldToponym g : gold) {
                if (out.containsKey(g)) {
                    continue;
                }
                for (PredictedToponym p : preds) {
                    if (!used.contains(p) && p.start() < g.end() && g.start() < p.end()) {
                        out.put(g, p);
                        used.add(p);
                        break;
                    }
                }
            }
        }
        return out;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.sitrep.geo.Distance.km(lat1, lon1, lat2, lon2);
    }
}
