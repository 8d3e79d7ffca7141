package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DatelineAndSourceLineTest {

    @Test
    void datelines() {
        assertThat(Dateline.parse("December 5, 2024 Hour: 9:28 am"))
                .contains(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(9, 28)));
        assertThat(Dateline.parse("Published: 5 Dec 2024 21:05 GMT"))
                .contains(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(21, 5)));
        assertThat(Dateline.parse("Thursday, December 5, 2024"))
                .contains(new Published(LocalDate.of(2024, 12, 5), null));
        assertThat(Dateline.parse("2024-12-05T09:28:00Z"))
                .contains(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(9, 28)));
        assertThat(Dateline.parse("Dec. 5, 2024 12:15 p.m."))
                .contains(new Published(LocalDate.of(2024, 12, 5), LocalTime.of(12, 15)));
        assertThat(Dateline.parse("On December 5, 2024 the army withdrew.")).isEmpty();
        assertThat(Dateline.parse("February 30, 2024")).isEmpty();
    }

    @Test
    void sourceLines() {
        SourceLine.Info info = SourceLine.parse("teleSUR/ JF Sources: EFE – Xinhua – SANA");
        assertThat(info.outlet()).isEqualTo("teleSUR");
        assertThat(info.cited()).containsExactly("EFE", "Xinhua", "SANA");
        SourceLine.Info two = SourceLine.parse("Sources: Agence France-Presse, Associated Press and Reuters");
        assertThat(two.outlet()).isNull();
        assertThat(two.cited()).containsExactly("AFP", "AP", "Reuters");
        assertThat(SourceLine.parse("The army said its sources told it the town had fallen to the rebels in the night.")).isNull();
    }
}
