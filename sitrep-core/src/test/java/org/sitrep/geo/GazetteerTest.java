package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lookups in the committed gazetteer (its index is built once per cache directory). */
class GazetteerTest {

    private final Gazetteer g = Gazetteer.shared();

    private static java.util.List<Long> ids(java.util.List<Gazetteer.Match> ms) {
        return ms.stream().map(m -> m.entry().geonameId()).toList();
    }

    @Test
    void holdsCountriesDivisionsAndPlaces() {
        assertThat(g.country("SY").demonyms()).contains("Syrian");
        assertThat(g.country("CN").name()).isEqualTo("China");
        assertThat(g.admin1("SY", "10")).isNotNull();
        assertThat(g.size()).isGreaterThan(200_000);
    }

    @Test
    void exactAndFoldedNames() {
        assertThat(ids(g.lookup("Hama"))).contains(170017L);
        assertThat(ids(g.lookup("HAMA"))).contains(170017L);
        assertThat(ids(g.lookup("Ḥamā"))).contains(170017L);
        assertThat(ids(g.lookup("Aleppo"))).contains(170063L);
    }

    @Test
    void arabicTransliterationVariants() {
        assertThat(ids(g.lookup("Hamah"))).contains(170017L);
        assertThat(ids(g.lookup("Halab"))).contains(170063L);
        assertThat(ids(g.lookup("حماة"))).contains(170017L);
        // "al-" before a name that GeoNames has without it, and the loose skeleton
        assertThat(ids(g.lookup("al-Raqqah"))).contains(172955L);
        assertThat(ids(g.lookup("Deir al-Zour"))).contains(170794L);
    }

    @Test
    void abbreviations() {
        assertThat(g.lookup("U.S.").get(0).entry().country()).isEqualTo("US");
        assertThat(g.lookup("U.S.").get(0).entry().isCountry()).isTrue();
        assertThat(g.lookup("UK").get(0).entry().country()).isEqualTo("GB");
        GazetteerEntry ny = g.lookup("N.Y.").get(0).entry();
        assertThat(ny.kind()).isEqualTo(GazetteerEntry.Kind.ADMIN1);
        assertThat(ny.name()).isEqualTo("New York");
        assertThat(g.lookup("Calif.").get(0).entry().name()).isEqualTo("California");
    }

    @Test
    void demonyms() {
        assertThat(g.demonym("Syrian")).extracting(GazetteerEntry::country).containsExactly("SY");
        assertThat(g.demonym("Iraqis")).extracting(GazetteerEntry::country).containsExactly("IQ");
        assertThat(g.demonym("Hama")).isEmpty();
    }

    @Test
    void namesInNoEntryAreRejectedCheaply() {
        assertThat(g.mayMatch("Qqxzv Wrrplk")).isFalse();
        assertThat(g.lookup("Qqxzv Wrrplk")).isEmpty();
    }

    @Test
    void anAlternateNameWithTheArticleIsNoTownsName() {
        // "The Bank" is listed among Portsmouth (New Hampshire)'s alternate names
        assertThat(ids(g.lookup("The Bank"))).doesNotContain(5091383L);
        assertThat(ids(g.lookup("Portsmouth"))).contains(5091383L);
        assertThat(ids(g.lookup("The Hague"))).contains(2747373L);
    }
}
