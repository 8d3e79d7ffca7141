package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.dict.Words;

class VerbDictionaryTest {

    private static final String TEXT = """
            &MILITARY
            +ARMY
            +TROOP

            &TOWN_
            +CITY
            +TOWN

            --- RETREAT [080] ---
            WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW }
            +PULL_OUT
            KLM_NOP_+RST [002]
            RELEASE [084]
            - &MILITARY * [0874]
            - * (FROM &TOWN) [0874]
            - IN_* [075]
            - *_OUT_AGAIN [076]
            - $ * + [081:082]
            - * {PEACE TALKS} [046]

            ~ a (a b ATTACK) SAY = a b 015
            """;

    private static VerbDictionary dict() {
        VerbDictionary d = new VerbDictionary();
        d.add(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "t.verbs.txt");
        return d;
    }

    @Test
    void blocksVerbsAndCodes() {
        VerbDictionary d = dict();
        assertThat(d.blocks()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("RETREAT");
            assertThat(b.code().primary()).isEqualTo("080");
            assertThat(b.patterns()).hasSize(6);
        });
        assertThat(d.entries("withdraw")).singleElement().satisfies(e -> assertThat(e.code().primary()).isEqualTo("080"));
        assertThat(d.entries("withdrew")).singleElement().satisfies(e -> assertThat(e.verb()).isEqualTo("withdrew"));
        assertThat(d.entries("release").get(0).code().primary()).isEqualTo("084");
        VerbEntry pullOut = d.entries("pull").get(0);
        assertThat(pullOut.after()).containsExactly("out");
        VerbEntry rst = d.entries("rst").get(0);
        assertThat(rst.before()).containsExactly("klm", "nop");
        assertThat(rst.code().primary()).isEqualTo("002");
        assertThat(d.transformations()).containsExactly("~ a (a b ATTACK) SAY = a b 015");
    }

    @Test
    void patternsKeepTheirStructure() {
        VerbDictionary d = dict();
        List<VerbPattern> ps = d.blocks().get(0).patterns();
        VerbPattern reciprocal = ps.stream().filter(p -> p.code().primary().equals("081")).findFirst().orElseThrow();
        assertThat(reciprocal.code().secondary()).isEqualTo("082");
        assertThat(reciprocal.before()).extracting(VerbPattern.Element::kind).containsExactly(VerbPattern.Kind.SOURCE);
        assertThat(reciprocal.after()).extracting(VerbPattern.Element::kind).containsExactly(VerbPattern.Kind.TARGET);
        VerbPattern in = ps.stream().filter(p -> p.code().primary().equals("075")).findFirst().orElseThrow();
        assertThat(in.verbJoined()).isTrue();
        VerbPattern out = ps.stream().filter(p -> p.code().primary().equals("076")).findFirst().orElseThrow();
        assertThat(out.after()).extracting(VerbPattern.Element::joined).containsExactly(true, true);
        VerbPattern from = ps.stream().filter(p -> p.code().primary().equals("0874") && !p.after().isEmpty()).findFirst().orElseThrow();
        assertThat(from.after()).extracting(VerbPattern.Element::kind).containsExactly(VerbPattern.Kind.OPEN,
                VerbPattern.Kind.WORD, VerbPattern.Kind.SYNSET, VerbPattern.Kind.CLOSE);
    }

    @Test
    void synsetsMatchPhrasesAndTheirPlurals() {
        VerbDictionary d = dict();
        assertThat(d.matchSynset("MILITARY", Words.phrase("TROOPS WITHDREW"), 0)).isEqualTo(1);
        assertThat(d.matchSynset("TOWN", Words.phrase("CITIES"), 0)).isZero(); // the label ends with _: no plurals
        assertThat(d.matchSynset("TOWN", Words.phrase("CITY"), 0)).isEqualTo(1);
    }

    @Test
    void codesParse() {
        assertThat(VerbCode.parse("042:043")).isEqualTo(new VerbCode("042", "043"));
        assertThat(VerbCode.parse(":110")).isEqualTo(new VerbCode(null, "110"));
        assertThat(VerbCode.parse("---").isNull()).isTrue();
        assertThat(new VerbCode("0874", null).isValid()).isTrue();
        assertThat(new VerbCode("14A", "190").isValid()).isTrue();
        assertThat(new VerbCode("12345", null).isValid()).isTrue();
        assertThat(new VerbCode("1A", null).isValid()).isFalse();
        assertThat(new VerbCode("190", "123456").isValid()).isFalse();
        assertThat(new VerbCode("19a", null).isValid()).isFalse();
        assertThat(new VerbCode("0874A", null).isValid()).isTrue();
        assertThat(new VerbCode("08745A", null).isValid()).isFalse();
    }

    @Test
    void bundledVerbsLoadAndOursComeFirst() {
        VerbDictionary d = VerbDictionary.load(DictionaryFiles.bundled());
        assertThat(d.blocks().size()).isGreaterThan(300);
        assertThat(d.entries("penetrate").get(0).block().source()).isEqualTo("sitrep.verbs.txt");
        assertThat(d.entries("penetrate")).anySatisfy(e -> assertThat(e.block().source()).isEqualTo("CAMEO.2.0.txt"));
        assertThat(d.entries("say").get(0).code().primary()).isEqualTo("010");
    }

    @Test
    void discardsMatchWordsAndStems() {
        Discards d = new Discards();
        d.add(new ByteArrayInputStream("BASEBALL\n+WORLD CUP\nSOCCER_\n".getBytes(StandardCharsets.UTF_8)), "d");
        assertThat(d.sentenceDiscard("The baseballs flew.")).isEqualTo("BASEBALL");
        assertThat(d.sentenceDiscard("Soccerball")).isNull();
        assertThat(d.sentenceDiscard("Soccer fans rioted")).isEqualTo("SOCCER");
        assertThat(d.storyDiscard("Before the World Cup final")).isEqualTo("WORLD CUP");
        assertThat(d.sentenceDiscard("Before the World Cup final")).isNull();
    }

    @Test
    void anOutbreakAndMarathonTalksAreNewsButAMarathonRaceIsNot() {
        Discards d = Discards.load(DictionaryFiles.bundled());
        assertThat(d.sentenceDiscard("Norway gave $5 million to fight the Ebola outbreak in Guinea.")).isNull();
        assertThat(d.sentenceDiscard("The unions called off the strike after marathon talks.")).isNull();
        assertThat(d.sentenceDiscard("The marathon runner won in Boston.")).isEqualTo("MARATHON RUNNER");
    }

    @Test
    void theFirstDiscardOfTheFilesIsReportedWhereverItIsInTheText() {
        Discards d = new Discards();
        d.add(new ByteArrayInputStream("GOLF\nU.S. OPEN_\nOPEN CHAMPION\n'NEW WAVE\nTENNIS_\n"
                .getBytes(StandardCharsets.UTF_8)), "d");
        // the text names TENNIS first, but GOLF comes first in the file
        assertThat(d.sentenceDiscard("Tennis and golfing news")).isEqualTo("GOLF");
        assertThat(d.sentenceDiscard("the U.S. Open began")).isEqualTo("U.S. OPEN");
        assertThat(d.sentenceDiscard("the U.S. Openers")).isNull();
        assertThat(d.sentenceDiscard("a reopen champion")).isNull(); // a phrase starts at a word boundary
        assertThat(d.sentenceDiscard("the open_champion won")).isEqualTo("OPEN CHAMPION");
        assertThat(d.sentenceDiscard("the 'new wave' sound")).isEqualTo("'NEW WAVE");
        assertThat(d.sentenceDiscard("tennisball")).isNull();
        assertThat(d.sentenceDiscard("")).isNull();
        d.add(new ByteArrayInputStream("BALL\n".getBytes(StandardCharsets.UTF_8)), "e");
        assertThat(d.sentenceDiscard("tennisball")).isNull();
        assertThat(d.sentenceDiscard("ballgame")).isEqualTo("BALL");
    }

    @Test
    void aCommentLineInsideASynonymSetNeitherEndsItNorMakesItsMembersVerbs() {
        VerbDictionary d = new VerbDictionary();
        d.add(new ByteArrayInputStream("""
                &CURRENCY
                # some of these are plural already
                +MONEY
                +POUND

                --- POUND [190] ---
                POUND
                """.getBytes(StandardCharsets.UTF_8)), "c.verbs.txt");
        assertThat(d.synset("CURRENCY").phrases()).contains(List.of("MONEY"), List.of("POUND"));
        assertThat(d.entries("pound")).singleElement().satisfies(e -> assertThat(e.code().primary()).isEqualTo("190"));
    }
}
