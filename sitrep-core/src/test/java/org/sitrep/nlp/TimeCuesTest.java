package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCuesTest {

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void daysMonthsAndDeicticWordsAreCues() {
        assertThat(TimeCues.any(words("On Thursday , the army withdrew"))).isTrue();
        assertThat(TimeCues.any(words("The talks began Dec. 3"))).isTrue();
        assertThat(TimeCues.any(words("Rebels entered the city yesterday"))).isTrue();
        assertThat(TimeCues.any(words("in recent days the army shelled the town"))).isTrue();
        assertThat(TimeCues.any(words("he had previously denied it"))).isTrue();
        assertThat(TimeCues.any(words("a mid-December offensive"))).isTrue();
    }

    @Test
    void weekdaysAreNamedButNotMonthsThatAreAlsoNames() {
        assertThat(TimeCues.weekday("Sunday")).isTrue();
        assertThat(TimeCues.weekday("May")).isFalse();
        assertThat(TimeCues.weekday("Mosul")).isFalse();
    }

    @Test
    void yearsDatesAndClockTimesAreCues() {
        assertThat(TimeCues.cue("1987")).isTrue();
        assertThat(TimeCues.cue("1980s")).isTrue();
        assertThat(TimeCues.cue("'80s")).isTrue();
        assertThat(TimeCues.cue("2024-12-05")).isTrue();
        assertThat(TimeCues.cue("5/12/2024")).isTrue();
        assertThat(TimeCues.cue("9:28")).isTrue();
        assertThat(TimeCues.cue("5th")).isTrue();
    }

    @Test
    void amountsAndOrdinaryWordsAreNot() {
        assertThat(TimeCues.cue("250")).isFalse();
        assertThat(TimeCues.cue("1.02")).isFalse();
        assertThat(TimeCues.cue("3,491,030")).isFalse();
        assertThat(TimeCues.any(words("The Bank of England said it forecast a shortage of around 250 mln stg"))).isFalse();
        assertThat(TimeCues.any(words("Rebels entered the city"))).isFalse();
        assertThat(TimeCues.any(List.of())).isFalse();
    }
}
