package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerFileTest {

    static final GazetteerEntry HAMA = new GazetteerEntry(GazetteerEntry.Kind.PLACE, 170017L, "Ḩamāh", 35.13179,
            36.75783, "SY", "10", null, "P", "PPLA", 460602, 460602, List.of("Hama", "Hamah", "حماة"), List.of(),
            List.of());
    static final GazetteerEntry SYRIA = new GazetteerEntry(GazetteerEntry.Kind.COUNTRY, null, "Syria", 35.0, 38.0,
            "SY", null, null, "A", "PCLI", 0, 8_405_531, List.of("Syrian Arab Republic"), List.of("SYR"),
            List.of("Syrian", "Syrians"));
    static final GazetteerEntry MIDDLE_EAST = new GazetteerEntry(GazetteerEntry.Kind.REGION, null, "Middle East", null,
            null, null, null, null, "L", "RGN", 0, 0, List.of("Mideast"), List.of(), List.of("Middle Eastern"));

    @Test
    void formatsAndParsesBackEveryKindOfEntry() {
        for (GazetteerEntry e : List.of(HAMA, SYRIA, MIDDLE_EAST)) {
            assertThat(GazetteerFile.parse(GazetteerFile.format(e))).isEqualTo(e);
        }
    }

    @Test
    void writesAndReadsAGzippedFileSkippingComments() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerFile.write(out, List.of("a comment"), List.of(SYRIA, HAMA));
        List<GazetteerEntry> back = new ArrayList<>();
        GazetteerFile.read(new ByteArrayInputStream(out.toByteArray()), back::add);
        assertThat(back).containsExactly(SYRIA, HAMA);
    }

    @Test
    void rejectsAMalformedLine() {
        assertThatThrownBy(() -> GazetteerFile.parse("P\t1\tonly three"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> GazetteerFile.parse("P\tx\tName\t1\t2\tSY\t\t\tP\tPPL\t\t\t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placeOfAnEntryWithoutCoordinatesIsNull() {
        assertThat(MIDDLE_EAST.toPlace(null)).isNull();
        Place p = HAMA.toPlace("Hama Governorate");
        assertThat(p.geonameId()).isEqualTo(170017L);
        assertThat(p.admin1()).isEqualTo("Hama Governorate");
        assertThat(p.precision()).isEqualTo("city");
    }
}
