package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoScorerTest {

    private static final GoldArticle GOLD = new GoldArticle(0, "t", "x".repeat(200), List.of(
            new GoldToponym(10, 14, "Hama", "Literal", 170017L, 35.13179, 36.75783),
            new GoldToponym(20, 28, "Damascus", "Metonymic", 170654L, 33.5102, 36.29128),
            new GoldToponym(30, 46, "Washington, D.C.", "Literal", 4140963L, 38.89511, -77.03637),
            new GoldToponym(50, 55, "Paris", "Mixed", 2988507L, 48.85341, 2.3488),
            new GoldToponym(60, 66, "street", "Literal", null, null, null),
            new GoldToponym(70, 76, "Syrian", "Demonym", null, null, null),
            new GoldToponym(80, 86, "Moscow", "Metonymic", 524901L, 55.75222, 37.61556)));

    private static PredictedToponym p(int s, int e, String use, Double lat, Double lon) {
        return new PredictedToponym(0, s, e, "x", use, null, lat, lon);
    }

    private static final Map<Integer, List<PredictedToponym>> PRED = Map.of(0, List.of(
            p(10, 14, "literal", 35.13179, 36.75783),      // exact, right place
            p(20, 28, "metonymic", 33.5102, 36.29128),     // metonym recognised
            p(30, 40, "literal", 38.89511, -77.03637),     // overlaps "Washington, D.C." only
            p(50, 55, "literal", 33.66094, -95.55551),     // Paris, Texas: wrong by ~7,900 km
            p(60, 66, "literal", null, null),              // unresolved street
            p(70, 76, "demonym", 35.0, 38.0),              // demonyms are not literal predictions
            p(80, 86, "literal", 55.75222, 37.61556),      // metonym placed as literal: a false positive
            p(100, 104, "literal", 1.0, 1.0)));            // no gold at all: a false positive

    @Test
    void exactSpansOnly() {
        GeoScorer.Figures f = GeoScorer.score(List.of(GOLD), PRED, GeoScorer.Rule.EXACT);
        assertThat(f.goldLiteral()).isEqualTo(4);
        assertThat(f.predictedLiteral()).isEqualTo(6);
        assertThat(f.matchedGold()).isEqualTo(3);
        assertThat(f.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(f.precision()).isCloseTo(0.5, within(1e-9));
        // Hama right, Paris wrong; the street has no gold coordinates
        assertThat(f.placedPairs()).isEqualTo(2);
        assertThat(f.within161()).isEqualTo(1);
        assertThat(f.accuracy161()).isCloseTo(0.5, within(1e-9));
        assertThat(f.medianKm()).isGreaterThan(3000);
        assertThat(f.goldMetonymic()).isEqualTo(2);
        assertThat(f.metonymicRecognised()).isEqualTo(1);
        assertThat(f.metonymicAsLiteral()).isEqualTo(1);
    }

    @Test
    void overlappingSpansCountUnderTheOverlapRule() {
        GeoScorer.Figures f = GeoScorer.score(List.of(GOLD), PRED, GeoScorer.Rule.OVERLAP);
        assertThat(f.matchedGold()).isEqualTo(4);
        assertThat(f.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(f.placedPairs()).isEqualTo(3);
        assertThat(f.within161()).isEqualTo(2);
        assertThat(f.accuracy161Strict()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aPredictionIsUsedOnce() {
        GoldArticle two = new GoldArticle(0, "t", "x".repeat(50), List.of(
                new GoldToponym(0, 5, "a", "Literal", 1L, 0.0, 0.0),
                new GoldToponym(3, 8, "b", "Literal", 2L, 0.0, 0.0)));
        GeoScorer.Figures f = GeoScorer.score(List.of(two), Map.of(0, List.of(p(0, 8, "literal", 0.0, 0.0))),
                GeoScorer.Rule.OVERLAP);
        assertThat(f.matchedGold()).isEqualTo(1);
        assertThat(f.precision()).isCloseTo(1.0, within(1e-9));
        assertThat(f.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void distances() {
        assertThat(GeoScorer.km(35.13179, 36.75783, 33.5102, 36.29128)).isCloseTo(185, within(5.0));
        assertThat(GeoScorer.km(0, 0, 0, 0)).isZero();
    }
}
