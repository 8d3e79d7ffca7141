package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementsTest {

    private static EventRecord event(String cameo, int sentence, String text) {
        return new EventRecord("e" + sentence + cameo, "doc", null, null, null, cameo, null, null, null, null, null,
                Modality.ASSERTED, new EventRecord.Attribution(null, null, List.of()),
                new EventRecord.Evidence("doc", sentence, 0, text.length(), text), List.of(), "x", 0.5);
    }

    @Test
    void eachSentenceIsAskedOnceAndEachEventGetsItsClassesProbability() {
        List<List<String>> asked = new ArrayList<>();
        SentenceJudge judge = sentences -> {
            asked.add(sentences);
            float[][] rows = new float[sentences.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = sentences.get(i).contains("shelled")
                        ? new float[] {0.02f, 0.01f, 0.01f, 0.06f, 0.9f}
                        : new float[] {0.7f, 0.1f, 0.1f, 0.05f, 0.05f};
            }
            return rows;
        };
        String shelling = "Troops shelled the village on Monday, killing two.";
        String remark = "The minister spoke about the weather.";
        List<EventRecord> judged = Judgements.attach(judge, List.of(event("195", 1, shelling), event("190", 1, shelling),
                event("111", 2, remark)));
        assertThat(asked).containsExactly(List.of(shelling, remark));
        assertThat(judged.get(0).judgement()).isEqualTo(new EventRecord.Judgement(4, 0.9, 0.9,
                List.of(0.02, 0.01, 0.01, 0.06, 0.9)));
        assertThat(judged.get(0).judgement().agrees(judged.get(0).quad())).isTrue();
        // an accusation (quad 3) in a sentence the judge reads as a statement: it disagrees
        assertThat(judged.get(2).judgement()).isEqualTo(new EventRecord.Judgement(0, 0.7, 0.05,
                List.of(0.7, 0.1, 0.1, 0.05, 0.05)));
        assertThat(judged.get(2).judgement().agrees(judged.get(2).quad())).isFalse();
    }

    @Test
    void sentencesOfPlainStatementsAloneAreNotAsked() {
        List<List<String>> asked = new ArrayList<>();
        SentenceJudge judge = sentences -> {
            asked.add(sentences);
            float[][] rows = new float[sentences.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new float[] {0.1f, 0.1f, 0.1f, 0.1f, 0.6f};
            }
            return rows;
        };
        String said = "The minister said the talks went well.";
        String both = "The minister said troops shelled the town.";
        List<EventRecord> judged = Judgements.attach(judge, List.of(event("010", 1, said), event("010", 2, both),
                event("195", 2, both)));
        assertThat(asked).containsExactly(List.of(both));
        assertThat(judged.get(0).judgement()).isNull();
        // a statement told in a sentence that also tells an act is judged with it
        assertThat(judged.get(1).judgement()).isNotNull();
        assertThat(Judgements.attach(judge, List.of(event("010", 1, said)))).singleElement()
                .satisfies(e -> assertThat(e.judgement()).isNull());
        assertThat(asked).hasSize(1);
    }

    @Test
    void aJudgeThatLeavesSentencesOutIsAnError() {
        assertThatThrownBy(() -> Judgements.attach(s -> new float[0][], List.of(event("190", 1, "Rebels attacked."))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0 of 1");
    }

    @Test
    void quadClassesFollowCameosRoots() {
        assertThat(CameoTypes.quad("010")).isZero();
        assertThat(CameoTypes.quad("042")).isEqualTo(1);
        assertThat(CameoTypes.quad("0874")).isEqualTo(2);
        assertThat(CameoTypes.quad("138")).isEqualTo(3);
        assertThat(CameoTypes.quad("161")).isEqualTo(4);
        assertThat(CameoTypes.quad("204")).isEqualTo(4);
        assertThat(CameoTypes.quad("21")).isNull();
        assertThat(CameoTypes.quad("---")).isNull();
        assertThat(CameoTypes.quad(null)).isNull();
    }
}
