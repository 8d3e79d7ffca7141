package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Published;

class DeduplicatorTest {

    static final EventRecord.PlaceRef HAMA = new EventRecord.PlaceRef("Hama", 170017L, "Hama", 35.13179, 36.75783,
            "SY", "Hama Governorate", "city");
    static final EventRecord.PlaceRef HOMS = new EventRecord.PlaceRef("Homs", 169577L, "Homs", 34.72682, 36.72339,
            "SY", "Homs Governorate", "city");
    static final EventRecord.PlaceRef SYRIA = new EventRecord.PlaceRef("Syria", 163843L, "Syria", 35.0, 38.0,
            "SY", null, "country");

    static EventRecord.Participant p(String id) {
        return id == null ? null : new EventRecord.Participant(id.toLowerCase(), id, null, null);
    }

    static Report rep(String doc, String outlet, String published, String source, String cameo, String target,
                      EventRecord.PlaceRef place, String date, String basis, List<EventRecord.Evidence> support) {
        EventRecord r = new EventRecord(doc + "/" + cameo + "/" + source, doc, date == null ? null : LocalDate.parse(date),
                date == null ? null : "day", basis, cameo, CameoTypes.plover(cameo), null, p(source), p(target), place,
                Modality.ASSERTED, new EventRecord.Attribution(null, outlet, List.of()),
                new EventRecord.Evidence(doc, 0, 0, 10, "text"), support, "t", 0.7);
        Published pub = published == null ? null : published.length() == 10
                ? new Published(LocalDate.parse(published), null)
                : new Published(LocalDate.parse(published.substring(0, 10)), LocalTime.parse(published.substring(11)));
        return new Report(r, "https://" + outlet.toLowerCase() + ".example/" + doc, outlet, pub);
    }

    @Test
    void countsAreThoseOfGdelt() {
        List<EventRecord.Evidence> two = List.of(new EventRecord.Evidence("a", 3, 0, 1, "x"),
                new EventRecord.Evidence("a", 5, 0, 1, "y"));
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05T10:00", "HTS", "192", null, HAMA, "2024-12-05", "text", two),
                rep("b", "EFE", "2024-12-05T12:00", "HTS", "192", null, HAMA, "2024-12-05", "text", List.of()),
                rep("c", "Xinhua", "2024-12-06", "HTS", "192", "SYR_MIL", HAMA, "2024-12-05", "report", List.of())));
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.numMentions()).isEqualTo(5); // 3 sentences in a, 1 in b, 1 in c
        assertThat(e.numArticles()).isEqualTo(3);
        assertThat(e.numSources()).isEqualTo(2); // two EFE stories are one source
        assertThat(e.firstReport()).isEqualTo(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(10, 0)));
        assertThat(e.lastReport()).isEqualTo(new Published(LocalDate.of(2024, 12, 6), null));
        assertThat(e.head().target().id()).as("filled in from another telling").isEqualTo("SYR_MIL");
        assertThat(e.reports()).extracting(Report::articleId).containsExactly("a", "b", "c");
        assertThat(e.id()).isEqualTo(Event.idFor(e.seed()));
    }

    @Test
    void differentActorsPlacesActionsOrDaysStayApart() {
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "192", null, HAMA, "2024-12-05", "text", List.of()),
                rep("b", "EFE", "2024-12-05", "SNA", "192", null, HAMA, "2024-12-05", "text", List.of()),
                rep("c", "EFE", "2024-12-05", "HTS", "192", null, HOMS, "2024-12-05", "text", List.of()),
                rep("d", "EFE", "2024-12-05", "HTS", "0874", null, HAMA, "2024-12-05", "text", List.of()),
                rep("e", "EFE", "2024-12-05", "HTS", "192", null, HAMA, "2024-12-08", "text", List.of()),
                // fighting with small arms is not an air strike
                rep("f", "EFE", "2024-12-05", "HTS", "193", "SYR_MIL", HAMA, "2024-12-05", "text", List.of()),
                rep("g", "EFE", "2024-12-05", "HTS", "195", "SYR_MIL", HAMA, "2024-12-05", "text", List.of())));
        assertThat(events).hasSize(7);
    }

    @Test
    void fightingIsTheSameWhicheverSideIsNamedFirst() {
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "193", "SYR_MIL", HAMA, "2024-12-05", "text", List.of()),
                rep("b", "SANA", "2024-12-05", "SYR_MIL", "190", "HTS", HAMA, "2024-12-05", "text", List.of()),
                // taking territory is not symmetric
                rep("c", "AFP", "2024-12-05", "SYR_MIL", "192", "HTS", HAMA, "2024-12-05", "text", List.of()),
                rep("d", "AFP", "2024-12-05", "HTS", "192", "SYR_MIL", HAMA, "2024-12-05", "text", List.of())));
        assertThat(events).hasSize(3);
        assertThat(events).filteredOn(e -> e.numArticles() == 2).hasSize(1);
    }

    @Test
    void aPlaceInsideACountryOrNearbyIsTheSamePlace() {
        EventRecord.PlaceRef hamaNeighbourhood = new EventRecord.PlaceRef("Hamidiyah", 999L, "Al Hamidiyah", 35.14,
                36.76, "SY", "Hama Governorate", "place");
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "192", null, HAMA, "2024-12-05", "text", List.of()),
                rep("b", "SANA", "2024-12-05", "HTS", "192", null, SYRIA, "2024-12-05", "text", List.of()),
                rep("c", "AFP", "2024-12-05", "HTS", "192", null, hamaNeighbourhood, "2024-12-05", "text", List.of())));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).head().place().geonameid()).isEqualTo(170017L);
    }

    @Test
    void aReportWithoutSourceThatFitsTwoEventsJoinsNeither() {
        List<Event> events = new Deduplicator(true).cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "190", "SYR_MIL", HAMA, "2024-12-05", "text", List.of()),
                rep("b", "EFE", "2024-12-05", "RUS_MIL", "190", "SNA", HAMA, "2024-12-05", "text", List.of()),
                rep("c", "AFP", "2024-12-05", null, "190", null, HAMA, "2024-12-05", "text", List.of())));
        assertThat(events).hasSize(3);
        Deduplicator d = new Deduplicator(true);
        d.cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "190", "SYR_MIL", HAMA, "2024-12-05", "text", List.of()),
                rep("b", "EFE", "2024-12-05", "RUS_MIL", "190", "SNA", HAMA, "2024-12-05", "text", List.of()),
                rep("c", "AFP", "2024-12-05", null, "190", null, HAMA, "2024-12-05", "text", List.of())));
        assertThat(d.decisions()).anySatisfy(x -> assertThat(x.reason()).contains("kept apart"));
    }

    @Test
    void tellingsWithNothingInCommonButTheActionAreNotMerged() {
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05", null, "190", null, null, "2024-12-05", "text", List.of()),
                rep("b", "EFE", "2024-12-05", null, "190", null, null, "2024-12-05", "text", List.of())));
        assertThat(events).hasSize(2);
    }

    @Test
    void aDateFromTheReportMayBeOneOfTheDaysBefore() {
        List<Event> events = new Deduplicator().cluster(List.of(
                rep("a", "EFE", "2024-12-05", "HTS", "192", null, HAMA, "2024-12-05", "text", List.of()),
                rep("b", "AFP", "2024-12-06", "HTS", "192", null, HAMA, "2024-12-06", "report", List.of()),
                rep("c", "AFP", "2024-12-08", "HTS", "192", null, HAMA, "2024-12-08", "report", List.of()),
                rep("d", "AFP", "2024-12-09", "HTS", "192", null, HAMA, "2024-12-09", "report", List.of())));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).reports()).extracting(Report::articleId).containsExactly("a", "b", "c");
        assertThat(events.get(1).reports()).extracting(Report::articleId).as("four days after the told day")
                .containsExactly("d");
    }

    @Test
    void actionClasses() {
        assertThat(ActionClass.of("192")).isNotEqualTo(ActionClass.of("190"));
        assertThat(ActionClass.of("193")).isEqualTo(ActionClass.of("190")).isEqualTo(ActionClass.of("19"));
        assertThat(ActionClass.of("0874")).isNotEqualTo(ActionClass.of("0871"));
        assertThat(ActionClass.of("0841")).isEqualTo(ActionClass.of("084"));
        assertThat(ActionClass.of("042")).isEqualTo(ActionClass.of("046")).isEqualTo("04");
        assertThat(ActionClass.of("111")).as("a code no line covers: its root").isEqualTo("11");
        assertThat(ActionClass.of(null)).isNull();
        // violence against people by its means: the general code fits every means
        assertThat(ActionClass.fit("180", "193")).isTrue();
        assertThat(ActionClass.fit("190", "195")).isTrue();
        assertThat(ActionClass.fit("194", "195")).isTrue();
        assertThat(ActionClass.fit("194", "193")).isTrue();
        assertThat(ActionClass.fit("193", "195")).isFalse();
        assertThat(ActionClass.fit("183", "193")).isFalse();
        assertThat(ActionClass.fit("181", "190")).as("an abduction is no killing").isFalse();
        assertThat(ActionClass.fit("192", "190")).as("taking territory is not the fighting").isFalse();
        // arrest and detention: stopped, arrested, charged
        assertThat(ActionClass.fit("171", "173")).isTrue();
        assertThat(ActionClass.fit("1121", "173")).isTrue();
        assertThat(ActionClass.fit("1712", "173")).isFalse();
        assertThat(ActionClass.fit("173", "190")).isFalse();
        assertThat(ActionClass.symmetric("193", "190")).isTrue();
        assertThat(ActionClass.symmetric("195", "190")).isFalse();
        assertThat(ActionClass.territorial("192")).isTrue();
        assertThat(ActionClass.territorial("0874")).isTrue();
        assertThat(ActionClass.territorial("190")).isFalse();
    }
}
