package org.sitrep.eval.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoSentenceTest {

    @Test
    void rootsFallIntoCameosQuadClasses() {
        // 01–02 → 0; 03–05 → 1; 06–08 → 2; 09–13 → 3; 14–20 → 4
        assertThat(CameoSentence.classOf("010")).isEqualTo(0);
        assertThat(CameoSentence.classOf("0256")).isEqualTo(0);
        assertThat(CameoSentence.classOf("036")).isEqualTo(1);
        assertThat(CameoSentence.classOf("057")).isEqualTo(1);
        assertThat(CameoSentence.classOf("073")).isEqualTo(2);
        assertThat(CameoSentence.classOf("0841")).isEqualTo(2);
        assertThat(CameoSentence.classOf("090")).isEqualTo(3);
        assertThat(CameoSentence.classOf("1241")).isEqualTo(3);
        assertThat(CameoSentence.classOf("130")).isEqualTo(3);
        assertThat(CameoSentence.classOf("141")).isEqualTo(4);
        assertThat(CameoSentence.classOf("154")).isEqualTo(4);
        assertThat(CameoSentence.classOf("1622")).isEqualTo(4);
        assertThat(CameoSentence.classOf("173")).isEqualTo(4);
        assertThat(CameoSentence.classOf("190")).isEqualTo(4);
        assertThat(CameoSentence.classOf(null)).isNull();
        assertThat(CameoSentence.classOf("---")).isNull();
    }

    @Test
    void someOfTheSetsOwnLabelsPutReducedRelationsInVerbalConflict() {
        assertThat(CameoSentence.setClassOf("141")).isEqualTo(4);
        assertThat(CameoSentence.setClassOf("154")).isEqualTo(4);
        assertThat(CameoSentence.setClassOf("1622")).isEqualTo(3);
        assertThat(CameoSentence.setClassOf("120")).isEqualTo(3);
        assertThat(CameoSentence.setClassOf("010")).isEqualTo(0);
        assertThat(CameoSentence.setClassOf(null)).isNull();
    }
}
