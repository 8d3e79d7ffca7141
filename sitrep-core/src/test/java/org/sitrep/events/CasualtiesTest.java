package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.dict.WordClasses;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.testing.Texts;

class CasualtiesTest {

    static Casualties.Count count(String sentence) {
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(Texts.article(sentence));
        assertThat(doc.sentences()).hasSize(1);
        return Casualties.of(doc.sentences().get(0), WordClasses.bundled());
    }

    @Test
    void aFigureAfterAVerbOfKillingIsTheDead() {
        assertThat(count("Gunmen killed at least 34 people in the village.").dead()).isEqualTo(34);
        assertThat(count("Militants attacked the convoy, killing 12 soldiers.").dead()).isEqualTo(12);
    }

    @Test
    void aDozenDeadIsTwelve() {
        assertThat(count("The attack on the market left a dozen dead.").dead()).isEqualTo(12);
    }

    @Test
    void partsOfAGroupOfVictimsAddUp() {
        assertThat(count("Two soldiers and a civilian were killed in the ambush.").dead()).isEqualTo(3);
        assertThat(count("The army shelled the village, killing a woman and her son.").dead()).isEqualTo(2);
    }

    @Test
    void noCasualtiesIsZeroDeadAndZeroInjured() {
        Casualties.Count c = count("Rebels fired rockets at the airport, causing no casualties.");
        assertThat(c.dead()).isZero();
        assertThat(c.injured()).isZero();
    }

    @Test
    void aDeathTollIsTheDead() {
        assertThat(count("The death toll from the bombing rose to 40.").dead()).isEqualTo(40);
    }

    @Test
    void theInjuredAreKeptApartFromTheDead() {
        Casualties.Count c = count("A suicide bombing killed four soldiers and wounded nine others.");
        assertThat(c.dead()).isEqualTo(4);
        assertThat(c.injured()).isEqualTo(9);
    }

    @Test
    void theDeadOfShotDeadAndStabbedToDeathAreTheObject() {
        assertThat(count("Gunmen shot dead a village chief in his home.").dead()).isEqualTo(1);
        assertThat(count("Villagers beat two suspected thieves to death.").dead()).isEqualTo(2);
    }

    @Test
    void severalFiguresGiveTheLowest() {
        assertThat(count("Five people died and officials said 20 people were killed.").dead()).isEqualTo(5);
    }

    @Test
    void whatTheSentenceDoesNotCountStaysUnknown() {
        assertThat(count("Dozens of residents were killed in the fighting.").dead()).isNull();
        assertThat(count("Soldiers clashed with rebels near the town.")).isEqualTo(Casualties.Count.NONE);
        assertThat(count("Unidentified men threw a grenade into a bar, wounding five customers.").dead()).isNull();
    }
}
