package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFolderTest {

    @Test
    void foldsCaseDiacriticsAndSpecialLetters() {
        assertThat(NameFolder.fold("Ḩamāh")).isEqualTo("hamah");
        assertThat(NameFolder.fold("HAMA")).isEqualTo("hama");
        assertThat(NameFolder.fold("Łódź")).isEqualTo("lodz");
        assertThat(NameFolder.fold("São Paulo")).isEqualTo("sao paulo");
    }

    @Test
    void dropsApostrophesAndAynsAndSplitsOnHyphensAndDots() {
        assertThat(NameFolder.fold("Ma'arrat al-Nu'man")).isEqualTo("maarrat al numan");
        assertThat(NameFolder.fold("ʿAzāz")).isEqualTo("azaz");
        assertThat(NameFolder.fold("Deir ez-Zor")).isEqualTo("deir ez zor");
        assertThat(NameFolder.fold("U.S.")).isEqualTo("u s");
        assertThat(NameFolder.fold("  Hama ,  Syria ")).isEqualTo("hama syria");
    }

    @Test
    void expandsSaintMountFort() {
        assertThat(NameFolder.fold("St. Louis")).isEqualTo("saint louis");
        assertThat(NameFolder.fold("Mt. Hood")).isEqualTo("mount hood");
        assertThat(NameFolder.fold("Ft. Worth")).isEqualTo("fort worth");
        assertThat(NameFolder.fold("Stanford")).isEqualTo("stanford");
    }

    @Test
    void dropsALeadingArabicArticleOnlyBeforeAnotherWord() {
        assertThat(NameFolder.withoutArticle(NameFolder.fold("al-Hasakah"))).isEqualTo("hasakah");
        assertThat(NameFolder.withoutArticle(NameFolder.fold("Ar Raqqah"))).isEqualTo("raqqah");
        assertThat(NameFolder.withoutArticle(NameFolder.fold("El Paso"))).isEqualTo("paso");
        assertThat(NameFolder.withoutArticle("alma")).isNull();
        assertThat(NameFolder.withoutArticle("new york")).isNull();
        assertThat(NameFolder.indexKeys("Al-Bab")).containsExactly("al bab", "bab");
    }

    @Test
    void looseSkeletonJoinsTransliterationVariants() {
        assertThat(NameFolder.loose("hamah")).isEqualTo(NameFolder.loose("hama"));
        assertThat(NameFolder.loose("raqqah")).isEqualTo(NameFolder.loose("raqa"));
        assertThat(NameFolder.loose("deir al zour")).isEqualTo(NameFolder.loose("deir al zur"));
        assertThat(NameFolder.loose("homs")).isNotEqualTo(NameFolder.loose("hama"));
        // other scripts are left alone
        assertThat(NameFolder.loose("حماة")).isEqualTo("حماة");
    }
}
