package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDayTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 7, 17);

    private static EventRecord event(int sentence, LocalDate date, String basis, Modality m) {
        return new EventRecord("e" + sentence, "doc", date, date == null ? null : "day", basis, "190", null, null, null, null,
                null, m, new EventRecord.Attribution(null, null, List.of()),
                new EventRecord.Evidence("doc", sentence, 0, 1, "x"), List.of(), "x", 0.6);
    }

    @Test
    void actsDatedOnlyByTheReportTakeTheDayTheOpeningGives() {
        List<EventRecord> out = StoryDay.apply(List.of(
                event(1, LocalDate.of(2024, 7, 16), "text", Modality.ASSERTED),   // "strikes on Tuesday killed ..."
                event(3, REPORT, "report", Modality.ASSERTED),                     // "the agency said ... were killed"
                event(4, REPORT, "report", Modality.FUTURE),                       // "will retaliate": the report's day
                event(5, LocalDate.of(2024, 7, 10), "text", Modality.ASSERTED)),   // its own day stays
                REPORT);
        assertThat(out).extracting(EventRecord::date).containsExactly(LocalDate.of(2024, 7, 16),
                LocalDate.of(2024, 7, 16), REPORT, LocalDate.of(2024, 7, 10));
        assertThat(out.get(1).dateBasis()).isEqualTo("story");
    }

    @Test
    void noDayOfItsOwnInTheOpeningOrADayLongAgoLeavesTheReportsDay() {
        List<EventRecord> late = List.of(event(6, LocalDate.of(2024, 7, 16), "text", Modality.ASSERTED),
                event(8, REPORT, "report", Modality.ASSERTED));
        assertThat(StoryDay.apply(late, REPORT).get(1).date()).isEqualTo(REPORT);
        List<EventRecord> old = List.of(event(0, LocalDate.of(2023, 1, 2), "text", Modality.ASSERTED),
                event(2, REPORT, "report", Modality.ASSERTED));
        assertThat(StoryDay.apply(old, REPORT).get(1).date()).isEqualTo(REPORT);
        assertThat(StoryDay.apply(old, null)).isSameAs(old);
    }

    @Test
    void aTellingWithoutADayTakesTheDayTheSentenceBeforeGives() {
        List<EventRecord> out = StoryDay.apply(List.of(
                event(1, LocalDate.of(2024, 7, 16), "text", Modality.ASSERTED),
                event(5, LocalDate.of(2024, 7, 10), "text", Modality.ASSERTED),   // "On July 10, troops destroyed a base."
                event(6, REPORT, "report", Modality.ASSERTED),                     // "Vehicles were destroyed."
                event(8, REPORT, "report", Modality.ASSERTED)),                    // further on: the story's day
                REPORT);
        assertThat(out).extracting(EventRecord::date).containsExactly(LocalDate.of(2024, 7, 16),
                LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 16));
    }
}
