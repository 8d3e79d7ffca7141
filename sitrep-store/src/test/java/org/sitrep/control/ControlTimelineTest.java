package org.sitrep.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;

class ControlTimelineTest {

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");
    static final EventRecord.PlaceRef HOMS = new EventRecord.PlaceRef("Homs", 169577L, "Homs", 34.72682, 36.72339,
            "SY", "Homs Governorate", "city");

    private int n;

    Event ev(String source, String cameo, String target, EventRecord.PlaceRef place, String date, Modality m, double c) {
        EventRecord.Participant s = source == null ? null : new EventRecord.Participant(source.toLowerCase(), source, null,
                source.endsWith("_MIL") ? "state military" : "non-state armed group");
        EventRecord.Participant t = target == null ? null : new EventRecord.Participant(target.toLowerCase(), target, null, null);
        String doc = "d" + (n++);
        EventRecord r = new EventRecord(doc + "-r", doc, date == null ? null : LocalDate.parse(date), "day", "text", cameo,
                null, null, s, t, place, m, new EventRecord.Attribution(null, "X", List.of()),
                new EventRecord.Evidence(doc, 0, 0, 5, source + " " + cameo), List.of(), "t", c);
        return Event.single(Report.of(r));
    }

    Event ev(String source, String cameo, String target, String date) {
        return ev(source, cameo, target, HAMA, date, Modality.ASSERTED, 0.8);
    }

    @Test
    void hamaPassesFromTheArmyToHtsOnTheFifthOfDecember() {
        Map<String, List<ControlPeriod>> t = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", null, "2024-12-05"),
                ev("SYR_MIL", "0874", null, "2024-12-05"),
                ev("HTS", "190", "SYR_MIL", "2024-12-04"))));
        assertThat(t).containsOnlyKeys("170017");
        List<ControlPeriod> hama = t.get("170017");
        assertThat(hama).hasSize(2);
        assertThat(hama.get(0).controllerId()).isEqualTo("SYR_MIL");
        assertThat(hama.get(0).since()).isNull();
        assertThat(hama.get(0).until()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(hama.get(0).basis()).isEqualTo("held");
        assertThat(hama.get(1).controllerId()).isEqualTo("HTS");
        assertThat(hama.get(1).since()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(hama.get(1).until()).isNull();
        assertThat(hama.get(1).basis()).isEqualTo("taken");
        // two agreeing events: 1 - 0.2 * 0.2
        assertThat(hama.get(1).confidence()).isEqualTo(0.96);
        assertThat(hama.get(1).evidence()).extracting(ControlPeriod.Evidence::role).containsExactlyInAnyOrder("gained", "lost");
    }

    @Test
    void aRetakingEndsThePeriodAndStartsAnother() {
        List<ControlPeriod> t = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", "SYR_MIL", "2024-12-05"),
                ev("SYR_MIL", "192", "HTS", "2024-12-20"),
                ev("HTS", "0874", null, "2024-12-20")))).get("170017");
        assertThat(t).extracting(ControlPeriod::controllerId).containsExactly("SYR_MIL", "HTS", "SYR_MIL");
        assertThat(t.get(1).since()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(t.get(1).until()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(t.get(2).since()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(t).extracting(ControlPeriod::seq).containsExactly(1, 2, 3);
    }

    @Test
    void aWithdrawalWithNobodyTakingOverLeavesThePlaceToNobodyKnown() {
        List<ControlPeriod> t = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", null, "2024-12-05"),
                ev("HTS", "0874", null, "2024-12-09")))).get("170017");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).until()).isEqualTo(LocalDate.of(2024, 12, 9));
    }

    @Test
    void announcedDeniedUndatedAndUnplacedEventsChangeNothing() {
        Map<String, List<ControlPeriod>> t = ControlTimeline.build(new ArrayList<>(List.of(
                ev("SYR_MIL", "192", "HTS", HAMA, "2024-12-06", Modality.FUTURE, 0.9),
                ev("SYR_MIL", "0874", null, HAMA, "2024-12-04", Modality.DENIED, 0.9),
                ev("HTS", "192", null, HAMA, null, Modality.ASSERTED, 0.9),
                ev("HTS", "192", null, null, "2024-12-05", Modality.ASSERTED, 0.9),
                ev("HTS", "190", null, HAMA, "2024-12-05", Modality.ASSERTED, 0.9))));
        assertThat(t).isEmpty();
    }

    @Test
    void claimsCountLessAndRivalClaimsLowerConfidence() {
        List<ControlPeriod> claimed = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", null, HAMA, "2024-12-05", Modality.CLAIMED, 0.8)))).get("170017");
        assertThat(claimed.get(0).confidence()).isEqualTo(0.48);
        List<ControlPeriod> rivals = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", null, HAMA, "2024-12-05", Modality.ASSERTED, 0.8),
                ev("HTS", "192", null, HAMA, "2024-12-05", Modality.ASSERTED, 0.7),
                ev("SNA", "192", null, HAMA, "2024-12-05", Modality.ASSERTED, 0.6)))).get("170017");
        assertThat(rivals).hasSize(1);
        assertThat(rivals.get(0).controllerId()).isEqualTo("HTS");
        assertThat(rivals.get(0).confidence()).isEqualTo(Math.round((1 - 0.2 * 0.3) * 0.75 * 100) / 100.0);
    }

    @Test
    void eachPlaceHasItsOwnTimeline() {
        Map<String, List<ControlPeriod>> t = ControlTimeline.build(new ArrayList<>(List.of(
                ev("HTS", "192", null, HAMA, "2024-12-05", Modality.ASSERTED, 0.8),
                ev("HTS", "192", null, HOMS, "2024-12-07", Modality.ASSERTED, 0.8),
                ev("SYR_MIL", "0874", null, HOMS, "2024-12-07", Modality.ASSERTED, 0.8))));
        assertThat(t).containsOnlyKeys("170017", "169577");
        assertThat(t.get("169577")).extracting(ControlPeriod::controllerId).containsExactly("SYR_MIL", "HTS");
        assertThat(t.get("170017")).extracting(ControlPeriod::controllerId).containsExactly("HTS");
    }
}
