package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.FakePlaces;
import org.sitrep.testing.Texts;

class CoderTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(DictionaryFiles.bundled(), CoreNlpAnnotator.shared(), new FakePlaces());
    }

    static List<EventRecord> code(String text) {
        return pipeline.code(Texts.article(text));
    }

    static EventRecord only(List<EventRecord> events, String cameoPrefix) {
        List<EventRecord> hits = events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertThat(hits).as("events coded %s in %s", cameoPrefix, events).hasSize(1);
        return hits.get(0);
    }

    @Test
    void anArmedGroupEnteringACityOccupiesIt() {
        EventRecord e = only(code("On Thursday, Hayat Tahrir al-Sham fighters entered Hama."), "192");
        assertThat(e.source().id()).isEqualTo("HTS");
        assertThat(e.place().geonameid()).isEqualTo(170017L);
        assertThat(e.date()).isEqualTo(Texts.DAY);
        assertThat(e.dateBasis()).isEqualTo("text");
        assertThat(e.plover().type()).isEqualTo("COERCE");
        assertThat(e.acled().subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.evidence().text()).isEqualTo("On Thursday, Hayat Tahrir al-Sham fighters entered Hama.");
    }

    @Test
    void aControlVerbLeavesTheEventToItsComplement() {
        List<EventRecord> events = code("Hayat Tahrir al-Sham managed to penetrate Hama.");
        assertThat(events).extracting(EventRecord::cameo).containsExactly("192");
    }

    @Test
    void passiveVoiceSwapsTheRoles() {
        EventRecord e = only(code("Syrian troops were attacked by Hayat Tahrir al-Sham near Aleppo."), "19");
        assertThat(e.source().id()).isEqualTo("HTS");
        assertThat(e.target().id()).isEqualTo("SYR_MIL");
        assertThat(e.place().name()).isEqualTo("Aleppo");
    }

    @Test
    void whatWillBeDoneIsAThreat() {
        EventRecord e = only(code("Hayat Tahrir al-Sham will attack the Syrian army in Hama."), "13");
        assertThat(e.cameo()).isEqualTo("138");
        assertThat(e.modality()).isEqualTo(Modality.FUTURE);
        assertThat(e.target().id()).isEqualTo("SYR_MIL");
    }

    @Test
    void negatedActsAreNotEvents() {
        assertThat(code("The Syrian army did not withdraw from Hama.")).noneMatch(e -> e.cameo().startsWith("087"));
    }

    @Test
    void fightingBetweenTwoSidesIsAnEventWithBoth() {
        EventRecord e = only(code("Fighting between Hayat Tahrir al-Sham and the Syrian army continued in Hama."), "190");
        assertThat(List.of(e.source().id(), e.target().id())).containsExactlyInAnyOrder("HTS", "SYR_MIL");
        assertThat(e.place().name()).isEqualTo("Hama");
    }

    @Test
    void reportedActsNameTheirSpeaker() {
        EventRecord e = only(code("The Syrian army said that Hayat Tahrir al-Sham fighters attacked Hama."), "19");
        assertThat(e.source().id()).isEqualTo("HTS");
        assertThat(e.attribution().speaker()).isEqualTo("Syrian army");
        assertThat(e.attribution().cited()).isEmpty();
    }

    @Test
    void aRetreatIsTheArmysWithThePlaceItLeaves() {
        EventRecord e = only(code("The Syrian army withdrew from Hama on Thursday."), "0874");
        assertThat(e.source().id()).isEqualTo("SYR_MIL");
        assertThat(e.place().geonameid()).isEqualTo(170017L);
        assertThat(e.plover()).isEqualTo(new EventRecord.Plover("RETREAT", "withdraw"));
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void claimingOnesOwnAttackIsTheAttackClaimed() {
        List<EventRecord> events = code("Hayat Tahrir al-Sham claimed that its fighters had attacked Syrian troops near Aleppo.");
        EventRecord attack = only(events, "19");
        assertThat(attack.modality()).isEqualTo(Modality.CLAIMED);
        assertThat(attack.attribution().speaker()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(events).noneMatch(e -> e.cameo().startsWith("11") || e.cameo().startsWith("01"));
    }

    @Test
    void sayingSomeoneElseAttackedIsTheAttackToldByTheSpeaker() {
        List<EventRecord> events = code("The Syrian army said Hayat Tahrir al-Sham attacked civilians in Hama.");
        EventRecord attack = only(events, "19");
        assertThat(attack.source().id()).isEqualTo("HTS");
        assertThat(attack.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(attack.attribution().speaker()).isEqualTo("Syrian army");
        assertThat(events).hasSize(1);
    }

    @Test
    void cameosTransformationsMakeReportsOfViolenceClaimsAndAccusations() {
        Pipeline cameo = pipeline.with(CodingOptions.NEWS.withTransformations(true));
        List<EventRecord> claimed = cameo.code(Texts.article(
                "Hayat Tahrir al-Sham claimed that its fighters had attacked Syrian troops near Aleppo."));
        EventRecord claim = only(claimed, "015");
        assertThat(claim.source().id()).isEqualTo("HTS");
        assertThat(claim.target().id()).isEqualTo("SYR_MIL");
        assertThat(only(claimed, "19").modality()).isEqualTo(Modality.CLAIMED);
        List<EventRecord> said = cameo.code(Texts.article("The Syrian army said Hayat Tahrir al-Sham attacked civilians in Hama."));
        EventRecord accuse = only(said, "112");
        assertThat(accuse.source().id()).isEqualTo("SYR_MIL");
        assertThat(accuse.target().id()).isEqualTo("HTS");
    }
}
