package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private static EventRecord event(String cameo, EventRecord.Participant source, EventRecord.Participant target,
                                     int sentence, double coder) {
        return new EventRecord("e", "doc", null, null, null, cameo, null, null, source, target, null, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()), new EventRecord.Evidence("doc", sentence, 0, 1, "x"),
                List.of(), "x", coder);
    }

    private static final EventRecord.Participant ARMY = new EventRecord.Participant("the army", "SYR_MIL", "SYRMIL", null);
    private static final EventRecord.Participant REBELS = new EventRecord.Participant("rebels", "HTS", "SYRREB", null);

    @Test
    void featuresAreWhatTheCoderFound() {
        assertThat(Confidence.features(event("190", ARMY, REBELS, 1, 0.7)))
                .containsExactlyInAnyOrder("bias", "violence", "target_known", "coded_well", "opening");
        assertThat(Confidence.features(event("010", null, null, 9, 0.55)))
                .containsExactlyInAnyOrder("bias", "statement", "source_none");
        // a retreat is done to no one: no target is no fault of it
        assertThat(Confidence.features(event("0874", ARMY, null, 9, 0.55))).containsExactly("bias");
        assertThat(Confidence.features(event("111", ARMY, null, 9, 0.55))).contains("target_none");
    }

    @Test
    void theBundledWeightsRankAViolentDyadAboveALoneStatement() {
        Confidence c = Confidence.bundled();
        double dyad = c.of(event("190", ARMY, REBELS, 1, 0.7));
        double statement = c.of(event("010", null, null, 9, 0.55));
        assertThat(dyad).isGreaterThan(statement).isBetween(0.0, 1.0);
        assertThat(statement).isBetween(0.0, 1.0);
        assertThat(Confidence.score(List.of(event("190", ARMY, REBELS, 1, 0.7)))).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo(dyad));
    }

    @Test
    void weightsMayOnlyNameKnownFeatures() {
        assertThatThrownBy(() -> new Confidence(Map.of("bias", 1.0, "moon_phase", 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moon_phase");
        assertThat(new Confidence(Map.of("bias", 0.0)).of(event("190", ARMY, REBELS, 1, 0.7))).isEqualTo(0.5);
    }

    @Test
    void whatTheJudgeMadeOfTheSentenceIsWeighedIn() {
        EventRecord attack = event("190", ARMY, REBELS, 1, 0.7);
        EventRecord agreed = attack.withJudgement(new EventRecord.Judgement(4, 0.9, 0.9));
        EventRecord doubted = attack.withJudgement(new EventRecord.Judgement(0, 0.8, 0.1));
        assertThat(Confidence.values(attack)).doesNotContainKeys("judge_agrees", "judge_p");
        assertThat(Confidence.values(agreed)).containsEntry("judge_agrees", 1.0).containsEntry("judge_p", 0.9);
        assertThat(Confidence.values(doubted)).doesNotContainKey("judge_agrees").containsEntry("judge_p", 0.1);
        Confidence c = new Confidence(Map.of("bias", 0.0, "judge_agrees", 1.0, "judge_p", 2.0));
        assertThat(c.of(agreed)).isGreaterThan(c.of(doubted)).isGreaterThan(c.of(attack));
        // events a judge has seen take the judged weights, the others the plain ones
        assertThat(Confidence.score(List.of(attack))).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo(Confidence.bundled().of(attack)));
        assertThat(Confidence.score(List.of(agreed, doubted))).extracting(EventRecord::confidence)
                .containsExactly(Confidence.judged().of(agreed), Confidence.judged().of(doubted));
        assertThat(Confidence.judged().of(agreed)).isGreaterThan(Confidence.judged().of(doubted));
    }
}
