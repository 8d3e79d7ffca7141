package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorNamesTest {

    @Test
    void namesAreNamesNotPronounsOrCommonNouns() {
        assertThat(JdbcEventStore.isName("Syrian army")).isTrue();
        assertThat(JdbcEventStore.isName("HTS")).isTrue();
        assertThat(JdbcEventStore.isName("Levant Liberation Organization")).isTrue();
        assertThat(JdbcEventStore.isName("It")).isFalse();
        assertThat(JdbcEventStore.isName("its")).isFalse();
        assertThat(JdbcEventStore.isName("forces")).isFalse();
        assertThat(JdbcEventStore.isName("terrorist organizations")).isFalse();
        assertThat(JdbcEventStore.isName(" ")).isFalse();
        assertThat(JdbcEventStore.isName(null)).isFalse();
    }
}
