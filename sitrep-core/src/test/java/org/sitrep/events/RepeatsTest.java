package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 16);

    private static EventRecord.Participant side(String text, String id, String cameo) {
        return new EventRecord.Participant(text, id, cameo, null);
    }

    private static EventRecord event(int sentence, String trigger, String cameo, EventRecord.Participant source,
                                     EventRecord.Participant target, LocalDate date) {
        return new EventRecord(sentence + trigger + cameo + (source == null ? "" : source.text()), "doc", date, "day",
                "text", cameo, null, null, source, target, null, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()), new EventRecord.Evidence("doc", sentence, 0, 1, "s" + sentence),
                List.of(), trigger, 0.6);
    }

    @Test
    void casualtiesToldWithoutTheirDoerAreTheOutcomeOfTheAttackBeforeThem() {
        EventRecord strike = event(0, "struck", "195", side("Israeli forces", "ISR_MIL", "ISRMIL"), null, DAY);
        EventRecord killed = event(1, "killed", "190", null, side("Syrian children", "SYR_CVL", "SYRCVL"), DAY);
        List<EventRecord> out = Repeats.fold(List.of(strike, killed), true);
        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.source().id()).isEqualTo("ISR_MIL");
            assertThat(e.target().id()).isEqualTo("SYR_CVL"); // the victims, as the attack named none
            assertThat(e.support()).extracting(EventRecord.Evidence::sentence).containsExactly(1);
        });
    }

    @Test
    void theSideHurtIsNoAttackersOutcomeNorIsAnotherDaysAttack() {
        EventRecord raid = event(0, "raided", "190", side("junta troops", "MMR_MIL", "MMRMIL"), null, DAY);
        EventRecord ownLosses = event(1, "killed", "190", null, side("junta troops", "MMR_MIL", "MMRMIL"), DAY);
        assertThat(Repeats.fold(List.of(raid, ownLosses), true)).hasSize(2);
        EventRecord later = event(2, "killed", "190", null, side("villagers", null, null), DAY.plusDays(3));
        assertThat(Repeats.fold(List.of(raid, later), true)).hasSize(2);
        // an attack told after the casualties is no cause of them here
        EventRecord before = event(0, "killed", "190", null, side("villagers", null, null), DAY);
        EventRecord after = event(3, "shelled", "190", side("army", "SYR_MIL", "SYRMIL"), null, DAY);
        assertThat(Repeats.fold(List.of(before, after), true)).hasSize(2);
    }

    @Test
    void oneActWordIsOneEventWhateverSidesItNames() {
        EventRecord a = event(0, "declined", "120", side("Austria", "AUT", "AUT"), null, DAY);
        EventRecord b = event(0, "declined", "120", side("Greece", "GRC", "GRC"), null, DAY);
        assertThat(Repeats.fold(List.of(a, b), true)).singleElement()
                .satisfies(e -> assertThat(e.source().text()).isEqualTo("Austria and Greece"));
        // without judging, each side keeps its own record
        assertThat(Repeats.fold(List.of(a, b), false)).hasSize(2);
    }
}
