package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

class EventJsonJudgeTest {

    private static EventRecord event() {
        return new EventRecord("e1", "doc", null, null, null, "195", null, null,
                new EventRecord.Participant("Israeli forces", "ISR_MIL", "ISRMIL", null), null, null, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()),
                new EventRecord.Evidence("doc", 1, 0, 20, "Israeli forces shelled the town."), List.of(), "shelled", 0.4);
    }

    @Test
    void whatTheJudgeMadeOfTheSentenceIsWrittenAndReadBack() {
        EventRecord judged = event().withJudgement(new EventRecord.Judgement(4, 0.91, 0.91,
                List.of(0.02, 0.01, 0.03, 0.03, 0.91)));
        var json = EventJson.toJson(judged);
        assertThat(json.path("judge").path("class").asInt()).isEqualTo(4);
        assertThat(json.path("judge").path("p_coded").asDouble()).isEqualTo(0.91);
        assertThat(json.path("judge").path("probabilities")).hasSize(5);
        assertThat(EventJsonReader.parse(json.toString()).judgement()).isEqualTo(judged.judgement());
        // no judge, no field, and none read back
        var plain = EventJson.toJson(event());
        assertThat(plain.has("judge")).isFalse();
        assertThat(EventJsonReader.parse(plain.toString()).judgement()).isNull();
    }

    @Test
    void casualtiesAreWrittenAndReadBackAndUnknownStaysNull() {
        var json = EventJson.toJson(event().withCasualties(0, 3));
        assertThat(json.path("fatalities").asInt(-1)).isZero();
        assertThat(json.path("injured").asInt()).isEqualTo(3);
        EventRecord back = EventJsonReader.parse(json.toString());
        assertThat(back.fatalities()).isZero();
        assertThat(back.injured()).isEqualTo(3);
        var plain = EventJson.toJson(event());
        assertThat(plain.get("fatalities").isNull()).isTrue();
        assertThat(EventJsonReader.parse(plain.toString()).fatalities()).isNull();
        String negative = plain.toString().replace("\"fatalities\":null", "\"fatalities\":-2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJsonReader.parse(negative))
                .hasMessageContaining("fatalities");
    }
}
