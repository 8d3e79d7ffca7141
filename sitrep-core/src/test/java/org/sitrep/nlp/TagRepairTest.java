package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairTest {

    /** Tokens from "word/TAG" pairs. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String pair : text.split(" ")) {
            int slash = pair.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(pair.substring(0, slash));
            l.setValue(pair.substring(0, slash));
            l.setTag(pair.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    private static String tags(List<CoreLabel> tokens) {
        TagRepair.repair(tokens);
        return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void aPresentVerbRightAfterAPastOneIsAPluralNoun() {
        assertThat(tags(tagged("experts/NNS have/VBP expressed/VBN hopes/VBZ the/DT government/NN will/MD change/VB")))
                .isEqualTo("NNS VBP VBN NNS DT NN MD VB");
    }

    @Test
    void aPresentVerbBetweenAModifierAndAPastVerbIsTheSubject() {
        assertThat(tags(tagged("Rohingya/NNP Muslim/NNP insurgents/VBZ ambushed/VBD a/DT vehicle/NN")))
                .isEqualTo("NNP NNP NNS VBD DT NN");
    }

    @Test
    void airStrikesAreAnAttackAndTradeAndTravelRestrictionsNouns() {
        assertThat(tags(tagged("two/CD dozen/NN air/NN strikes/VBZ this/DT year/NN"))).isEqualTo("CD NN NN NNS DT NN");
        assertThat(tags(tagged("lifted/VBD trade/NN and/CC travel/VB restrictions/NNS"))).isEqualTo("VBD NN CC NN NNS");
    }

    @Test
    void verbsThatAreVerbsStayVerbs() {
        assertThat(tags(tagged("The/DT government/NN has/VBZ rejected/VBN the/DT plan/NN"))).isEqualTo("DT NN VBZ VBN DT NN");
        assertThat(tags(tagged("Iran/NNP strikes/VBZ back/RB"))).isEqualTo("NNP VBZ RB");
        assertThat(tags(tagged("the/DT report/NN he/PRP wrote/VBD says/VBZ that/IN"))).isEqualTo("DT NN PRP VBD VBZ IN");
    }
}
