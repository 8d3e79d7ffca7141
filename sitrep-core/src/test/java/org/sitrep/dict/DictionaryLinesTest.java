package org.sitrep.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryLinesTest {

    private static List<DictionaryLines.Line> read(String text) {
        return DictionaryLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void commentsOfAllThreeKindsAreRemoved() {
        List<DictionaryLines.Line> lines = read("""
                <!-- one line comment -->
                KEEP_ME [ABC] # id: X; kind: y
                half <!-- inline --> kept
                <!-- start
                still comment
                end --> after
                OLD ; legacy comment
                """);
        assertThat(lines).extracting(DictionaryLines.Line::text)
                .containsExactly("", "KEEP_ME [ABC]", "half  kept", "", "", " after", "OLD");
        assertThat(lines.get(1).comment()).isEqualTo("id: X; kind: y");
        assertThat(lines.get(1).number()).isEqualTo(2);
    }

    @Test
    void wordsAndPlurals() {
        assertThat(Words.phrase("HAYAT_TAHRIR_AL-SHAM_")).containsExactly("HAYAT", "TAHRIR", "AL-SHAM");
        assertThat(Words.phrase("peace  talks")).containsExactly("PEACE", "TALKS");
        assertThat(Words.norm("Kurdistan’s")).isEqualTo("KURDISTAN'S");
        assertThat(Words.norm("Sanaá")).isEqualTo("SANAA");
        assertThat(Words.plural("ARMY")).isEqualTo("ARMIES");
        assertThat(Words.plural("BOY")).isEqualTo("BOYS");
        assertThat(Words.plural("BOSS")).isEqualTo("BOSSES");
        assertThat(Words.plural("TROOP")).isEqualTo("TROOPS");
    }

    @Test
    void trieFindsTheLongestPhrase() {
        PhraseTrie<String> t = new PhraseTrie<>();
        t.put(List.of("SYRIAN"), "SYR");
        t.put(List.of("SYRIAN", "ARMY"), "SYRMIL");
        List<String> words = List.of("THE", "SYRIAN", "ARMY", "SAID");
        assertThat(t.longest(words, 1).length()).isEqualTo(2);
        assertThat(t.longest(words, 1).values()).containsExactly("SYRMIL");
        assertThat(t.all(words, 1)).hasSize(2);
        assertThat(t.longest(words, 0)).isNull();
    }
}
