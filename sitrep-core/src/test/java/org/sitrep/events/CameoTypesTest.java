package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoTypesTest {

    @Test
    void ploverTypesAndModes() {
        assertThat(CameoTypes.plover("0874")).isEqualTo(new EventRecord.Plover("RETREAT", "withdraw"));
        assertThat(CameoTypes.plover("0841")).isEqualTo(new EventRecord.Plover("RETREAT", "release"));
        assertThat(CameoTypes.plover("192")).isEqualTo(new EventRecord.Plover("COERCE", "seize"));
        assertThat(CameoTypes.plover("193").type()).isEqualTo("ASSAULT");
        assertThat(CameoTypes.plover("010")).isNull();
        assertThat(CameoTypes.description("138")).isEqualTo("Threaten with military force");
    }

    @Test
    void acledTypesDependOnWhoActs() {
        assertThat(CameoTypes.acled("192", "non-state armed group", null).subEventType())
                .isEqualTo("Non-state actor overtakes territory");
        assertThat(CameoTypes.acled("192", "state military", null).subEventType()).isEqualTo("Government regains territory");
        assertThat(CameoTypes.acled("190", "state military", "non-state armed group"))
                .isEqualTo(new EventRecord.Acled("Battles", "Armed clash"));
        assertThat(CameoTypes.acled("190", "state military", "civilians").eventType()).isEqualTo("Violence against civilians");
        assertThat(CameoTypes.acled("195", null, null).subEventType()).isEqualTo("Air/drone strike");
        assertThat(CameoTypes.acled("0874", "state military", null).eventType()).isEqualTo("Strategic developments");
        assertThat(CameoTypes.acled("010", null, null)).isNull();
        assertThat(CameoTypes.acled("138", null, null)).isNull();
    }

    @Test
    void futureActsAreThreatsOrIntents() {
        assertThat(CameoTypes.futureCode("192")).isEqualTo("138");
        assertThat(CameoTypes.futureCode("193")).isEqualTo("138");
        assertThat(CameoTypes.futureCode("0874")).isEqualTo("0356");
        assertThat(CameoTypes.futureCode("042")).isEqualTo("036");
        assertThat(CameoTypes.futureCode("010")).isEqualTo("010");
    }
}
