package org.sitrep.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static WordPieceTokenizer base;

    @BeforeAll
    static void load() {
        base = WordPieceTokenizer.base();
    }

    private static List<String> tokens(String text) {
        return base.tokens(text, 128);
    }

    @Test
    void readsTheBaseVocabulary() {
        assertThat(base.size()).isEqualTo(30522);
        assertThat(base.id("[PAD]")).isZero();
        assertThat(base.id("[UNK]")).isEqualTo(100);
        assertThat(base.id("[CLS]")).isEqualTo(101);
        assertThat(base.id("[SEP]")).isEqualTo(102);
        assertThat(base.token(7299)).isEqualTo("fighters");
    }

    @Test
    void emptyTextIsClsSep() {
        assertThat(base.encode("", 128)).containsExactly(101, 102);
        assertThat(base.encode(" \t\n ", 128)).containsExactly(101, 102);
    }

    @Test
    void greedyLongestMatchFirstWithTheBertExampleVocabulary() {
        // the example of BERT's own docs, on a vocabulary that has its pieces
        WordPieceTokenizer t = tiny("un", "##aff", "##able", "##a", "##f", "runn", "##ing", "run");
        assertThat(t.tokens("unaffable", 16)).containsExactly("[CLS]", "un", "##aff", "##able", "[SEP]");
        assertThat(t.tokens("running", 16)).containsExactly("[CLS]", "runn", "##ing", "[SEP]");
        // a piece that matches nothing makes the whole word one [UNK], not just its tail
        assertThat(t.tokens("unaffx run", 16)).containsExactly("[CLS]", "[UNK]", "run", "[SEP]");
    }

    @Test
    void greedyLongestMatchFirstWithTheBaseVocabulary() {
        // "##aff" is not in all-MiniLM-L6-v2's vocabulary: the longest prefix there is "una", then "##ffa"
        assertThat(base.id("##aff")).isEqualTo(-1);
        assertThat(tokens("unaffable")).containsExactly("[CLS]", "una", "##ffa", "##ble", "[SEP]");
        assertThat(base.encode("unaffable", 128)).containsExactly(101, 14477, 20961, 3468, 102);
        assertThat(tokens("antidisestablishmentarianism")).containsExactly("[CLS]", "anti", "##dis", "##est",
                "##ab", "##lish", "##ment", "##arian", "##ism", "[SEP]");
    }

    @Test
    void splitsAtPunctuation() {
        assertThat(tokens("Hayat Tahrir al-Sham's fighters")).containsExactly("[CLS]", "hay", "##at", "ta",
                "##hri", "##r", "al", "-", "sham", "'", "s", "fighters", "[SEP]");
        assertThat(base.encode("Hayat Tahrir al-Sham's fighters", 128)).containsExactly(
                101, 10974, 4017, 11937, 26378, 2099, 2632, 1011, 25850, 1005, 1055, 7299, 102);
        assertThat(tokens("Hello, world!!")).containsExactly("[CLS]", "hello", ",", "world", "!", "!", "[SEP]");
        // ASCII symbols that Unicode calls S*, not P*, are punctuation to BERT too
        assertThat(tokens("$100 & 50%")).containsExactly("[CLS]", "$", "100", "&", "50", "%", "[SEP]");
        // and Unicode punctuation
        assertThat(tokens("\u201cQuoted\u201d \u2014 dash\u2026")).containsExactly("[CLS]", "\u201c", "quoted",
                "\u201d", "\u2014", "dash", "\u2026", "[SEP]");
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertThat(tokens("Pétain")).containsExactly("[CLS]", "pet", "##ain", "[SEP]");
        assertThat(tokens("PETAIN")).isEqualTo(tokens("Pétain"));
        // a decomposed é (e + U+0301) is the same
        assertThat(tokens("Pe\u0301tain")).isEqualTo(tokens("Pétain"));
        assertThat(tokens("Marshal Pétain's régime")).containsExactly("[CLS]", "marshal", "pet", "##ain", "'",
                "s", "regime", "[SEP]");
        assertThat(tokens("naïve café Ångström Škoda Łódź")).containsExactly("[CLS]", "naive", "cafe", "ang",
                "##strom", "sk", "##oda", "łodz", "[SEP]");
        assertThat(tokens("İstanbul")).containsExactly("[CLS]", "istanbul", "[SEP]");
        assertThat(tokens("Ναυπλίου ΣΟΦΟΣ")).containsExactly("[CLS]", "ν", "##α", "##υ", "##π", "##λ", "##ι",
                "##ου", "σ", "##ο", "##φ", "##ος", "[SEP]");
    }

    @Test
    void cleansTextAndSpacesCjk() {
        // U+0000 and U+FFFD go without splitting the word
        assertThat(tokens("x\u0000y\uFFFDz")).containsExactly("[CLS]", "x", "##y", "##z", "[SEP]");
        // no-break space and line separator split words; a zero-width space (Cf) just goes
        assertThat(tokens("Xi Jinping met Ms.\u00a0Smith\u200b today\u2028again")).containsExactly("[CLS]", "xi",
                "jin", "##ping", "met", "ms", ".", "smith", "today", "again", "[SEP]");
        assertThat(tokens("北京is big")).containsExactly("[CLS]", "北", "京", "is", "big", "[SEP]");
        // a character outside the vocabulary is [UNK], a surrogate pair counted as one character
        assertThat(tokens("\uD83D\uDE42 emoji")).containsExactly("[CLS]", "[UNK]", "em", "##oj", "##i", "[SEP]");
    }

    @Test
    void aWordOfMoreThanAHundredCharactersIsUnknown() {
        assertThat(tokens("a".repeat(101))).containsExactly("[CLS]", "[UNK]", "[SEP]");
        assertThat(tokens("a".repeat(100))).doesNotContain("[UNK]");
    }

    @Test
    void truncatesToMaxTokens() {
        String text = String.join(" ", Collections.nCopies(10_000, "word"));
        int[] ids = base.encode(text, 128);
        assertThat(ids).hasSize(128);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[127]).isEqualTo(102);
        for (int i = 1; i < 127; i++) {
            assertThat(ids[i]).isEqualTo(base.id("word"));
        }
        // a word of several pieces is cut in the middle if it must be
        assertThat(base.tokens("unaffable", 4)).containsExactly("[CLS]", "una", "##ffa", "[SEP]");
        assertThat(base.encode("unaffable", 2)).containsExactly(101, 102);
        assertThatThrownBy(() -> base.encode("x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesJsonWithoutAVocabulary() {
        assertThatThrownBy(() -> WordPieceTokenizer.read(json("{\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0}}}"), "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not WordPiece");
        assertThatThrownBy(() -> WordPieceTokenizer.read(json("{\"normalizer\":{}}"), "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> WordPieceTokenizer.read(json("{\"model\":{\"vocab\":{\"[CLS]\":0,\"[SEP]\":1}}}"), "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[UNK]");
        assertThatThrownBy(() -> WordPieceTokenizer.read(json("{\"model\":"), "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static WordPieceTokenizer tiny(String... pieces) {
        Map<String, Integer> vocab = new HashMap<>();
        for (String p : List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]")) {
            vocab.put(p, vocab.size());
        }
        for (String p : pieces) {
            vocab.put(p, vocab.size());
        }
        return new WordPieceTokenizer(vocab);
    }
}
