package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.TokenSpan;

class DocumentFocusTest {

    static final Place HAMA = new Place(170017L, "Hama", 35.13, 36.76, "SY", "Hama Governorate", "P", "PPLA", 0);
    static final Place ALEPPO = new Place(170063L, "Aleppo", 36.20, 37.16, "SY", "Aleppo Governorate", "P", "PPLA", 0);
    static final Place ALEPPO_GOV = new Place(null, "Aleppo Governorate", 36.2, 37.5, "SY", "Aleppo Governorate", "A", "ADM1", 0, "SY.09");
    static final Place BEIRUT = new Place(276781L, "Beirut", 33.89, 35.49, "LB", "Beyrouth", "P", "PPLC", 0);
    static final Place SYRIA = new Place(null, "Syria", 35.0, 38.0, "SY", null, "A", "PCLI", 0, "SY");

    /** Toponyms in this order, one character apart. */
    static List<Toponym> names(Object... placeAndUse) {
        List<Toponym> out = new ArrayList<>();
        for (int i = 0; i < placeAndUse.length; i += 2) {
            Place p = (Place) placeAndUse[i];
            out.add(new Toponym(new TokenSpan(0, i, i + 1), i * 10, i * 10 + 4, p.name(), (ToponymUse) placeAndUse[i + 1], p, 0.9));
        }
        return out;
    }

    @Test
    void theMostNamedCountryStateAndCityWithTheFirstNamedWinningATie() {
        DocumentFocus f = DocumentFocus.of(names(BEIRUT, ToponymUse.LITERAL, HAMA, ToponymUse.LITERAL,
                ALEPPO, ToponymUse.LITERAL, ALEPPO_GOV, ToponymUse.LITERAL, HAMA, ToponymUse.LITERAL,
                ALEPPO, ToponymUse.METONYMIC, ALEPPO, ToponymUse.METONYMIC));
        assertThat(f.country().country()).isEqualTo("SY");
        assertThat(f.country().mentions()).isEqualTo(4);
        assertThat(f.country().place()).isNull(); // Syria itself is not named
        // Hama and Aleppo are each named twice literally (metonyms do not count): Hama first
        assertThat(f.city().place()).isEqualTo(HAMA);
        assertThat(f.city().mentions()).isEqualTo(2);
        // the Aleppo governorate holds Aleppo and is named itself: two, against Hama's two named later
        assertThat(f.state().admin1()).isEqualTo("Hama Governorate");
        assertThat(f.state().place()).isNull();
    }

    @Test
    void aStateNamedItselfCarriesItsEntry() {
        DocumentFocus f = DocumentFocus.of(names(ALEPPO_GOV, ToponymUse.LITERAL, SYRIA, ToponymUse.LITERAL,
                HAMA, ToponymUse.LITERAL));
        assertThat(f.state().place()).isEqualTo(ALEPPO_GOV);
        assertThat(f.country().place()).isEqualTo(SYRIA);
        assertThat(f.country().mentions()).isEqualTo(3);
    }

    @Test
    void noLiteralPlaceNoFocus() {
        assertThat(DocumentFocus.of(names(SYRIA, ToponymUse.DEMONYM))).isEqualTo(DocumentFocus.NONE);
        assertThat(DocumentFocus.of(List.of())).isEqualTo(DocumentFocus.NONE);
    }
}
