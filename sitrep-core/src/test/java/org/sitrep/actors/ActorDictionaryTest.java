package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.dict.Words;

class ActorDictionaryTest {

    private static ActorDictionary actors(String text) {
        ActorDictionary d = new ActorDictionary();
        d.addActors(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.actors.txt");
        return d;
    }

    private static ActorEntry lookup(ActorDictionary d, String phrase) {
        var m = d.actors().longest(Words.phrase(phrase), 0);
        return m == null ? null : m.values().get(0);
    }

    @Test
    void datedCodesApplyOnTheirDays() {
        ActorDictionary d = actors("""
                BASHAR_AL_ASSAD_  # CountryInfo.txt
                	[SYRELI 830101-000101]
                	[SYRGOV >000717]
                	[SYRELI]
                """);
        ActorEntry e = lookup(d, "BASHAR AL ASSAD");
        assertThat(e.codeOn(LocalDate.of(1990, 1, 1))).isEqualTo("SYRELI");
        assertThat(e.codeOn(LocalDate.of(2024, 12, 5))).isEqualTo("SYRGOV");
        assertThat(e.codeOn(LocalDate.of(2000, 3, 1))).isEqualTo("SYRELI");
        assertThat(e.codeOn(null)).isEqualTo("SYRELI");
    }

    @Test
    void eightDigitRangesAndSpacesAroundTheDash() {
        ActorDictionary d = actors("""
                GOLLUM
                +SMEAGOL
                	[HOB < 950601]
                	[HOBGOV 19950601 - 19990815]
                	[HOBREB > 990816]
                SAM_GAMGEE [HOB]
                	[ORCHOB 20100109-20100112]
                	[HOBMIL 20080120-20121109]
                """);
        assertThat(d.warnings()).isEmpty();
        assertThat(lookup(d, "SMEAGOL").codeOn(LocalDate.of(1995, 11, 1))).isEqualTo("HOBGOV");
        assertThat(lookup(d, "SMEAGOL").codeOn(LocalDate.of(2001, 1, 1))).isEqualTo("HOBREB");
        assertThat(lookup(d, "SAM GAMGEE").codeOn(LocalDate.of(2010, 1, 10))).isEqualTo("ORCHOB");
        assertThat(lookup(d, "SAM GAMGEE").codeOn(LocalDate.of(2010, 1, 13))).isEqualTo("HOBMIL");
        assertThat(lookup(d, "SAM GAMGEE").codeOn(LocalDate.of(2015, 1, 1))).isEqualTo("HOB");
    }

    @Test
    void synonymsShareTheEntryAndCommentsGiveIdAndKind() {
        ActorDictionary d = actors("""
                HAYAT_TAHRIR_AL-SHAM_  # id: HTS; kind: non-state armed group
                +HTS_
                +LEVANT_LIBERATION_ORGANIZATION_
                	[SYRREB >20170128]
                SYRIA_ [SYR]
                +SYRIAN_
                """);
        ActorEntry hts = lookup(d, "Levant Liberation Organization");
        assertThat(hts.id()).isEqualTo("HTS");
        assertThat(hts.kind()).isEqualTo("non-state armed group");
        assertThat(hts.codeOn(LocalDate.of(2024, 12, 5))).isEqualTo("SYRREB");
        assertThat(hts.codeOn(LocalDate.of(2015, 1, 1))).isNull();
        assertThat(lookup(d, "HTS")).isSameAs(hts);
        assertThat(lookup(d, "Syrian").id()).isEqualTo("SYRIA");
        assertThat(d.byId("HTS")).isSameAs(hts);
    }

    @Test
    void badDateRestrictionsAreReportedAndSkipped() {
        ActorDictionary d = actors("""
                SOMEONE_ [ABCGOV]
                	[ABCGOV 9008223-911221]
                """);
        assertThat(d.warnings()).singleElement().asString().contains("test.actors.txt:2");
        assertThat(lookup(d, "SOMEONE").codeOn(null)).isEqualTo("ABCGOV");
    }

    @Test
    void agentsGetPluralsAndSubstitutions() {
        ActorDictionary d = new ActorDictionary();
        d.addAgents(new ByteArrayInputStream("""
                !PERSON! = MAN, MEN, WOMAN
                CONGRESS!PERSON! [~LEG]
                TROOP [~MIL]
                POLICE {} [~COP]
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
                HUMAN_RIGHTS_BODY [NGO~]
                """.getBytes(StandardCharsets.UTF_8)), "t.agents.txt");
        assertThat(d.agents().longest(Words.phrase("TROOPS"), 0).values().get(0).code()).isEqualTo("MIL");
        assertThat(d.agents().longest(Words.phrase("POLICES"), 0)).isNull();
        assertThat(d.agents().longest(Words.phrase("CONGRESSWOMAN"), 0).values().get(0).code()).isEqualTo("LEG");
        assertThat(d.agents().longest(Words.phrase("ATTORNEYS GENERAL"), 0).length()).isEqualTo(2);
        AgentEntry ngo = d.agents().longest(Words.phrase("HUMAN RIGHTS BODY"), 0).values().get(0);
        assertThat(ngo.prefix()).isTrue();
        assertThat(ngo.composeWith("SYR")).isEqualTo("NGOSYR");
        AgentEntry mil = d.agents().longest(Words.phrase("TROOP"), 0).values().get(0);
        assertThat(mil.composeWith("SYR")).isEqualTo("SYRMIL");
        assertThat(mil.composeWith(null)).isEqualTo("---MIL");
    }

    @Test
    void bundledDictionariesKnowModernGroupsAndTheOldWorld() {
        ActorDictionary d = ActorDictionary.load(DictionaryFiles.bundled());
        assertThat(d.actorPhrases()).isGreaterThan(30_000);
        assertThat(lookup(d, "Hayat Tahrir al-Sham").id()).isEqualTo("HTS");
        assertThat(lookup(d, "Hayat Tahrir Sham").id()).isEqualTo("HTS");
        assertThat(lookup(d, "Houthis").codeOn(LocalDate.of(2024, 1, 1))).isEqualTo("YEMREB");
        assertThat(lookup(d, "Syria").codeOn(null)).isEqualTo("SYR");
        assertThat(d.agents().longest(Words.phrase("ARMED FORCES"), 0).values()).extracting(AgentEntry::code).contains("MIL");
        assertThat(List.of("ARMY", "SOLDIERS", "REBELS", "GOVERNMENT")).allSatisfy(w ->
                assertThat(d.agents().longest(Words.phrase(w), 0)).isNotNull());
    }

    @Test
    void aPossessiveInAnEntryMatchesTheTokensTheTokenizerMakesOfIt() {
        ActorDictionary d = actors("""
                PEOPLE'S_DEFENCE_FORCE_  # id: PDF_X
                	[MMRREB]
                """);
        // "People's" comes from the tokenizer as "People" "'s", straight or curly
        assertThat(Words.phrase("PEOPLE'S_DEFENCE_FORCE")).containsExactly("PEOPLE", "'S", "DEFENCE", "FORCE");
        assertThat(d.actors().longest(List.of("PEOPLE", "'S", "DEFENCE", "FORCE"), 0)).isNotNull();
        assertThat(d.actors().longest(List.of("PEOPLE", Words.norm("’s"), "DEFENCE", "FORCE"), 0)).isNotNull();
        assertThat(Words.phrase("'S")).containsExactly("'S");
    }

    @Test
    void theBundledDictionariesKnowTodaysArmedGroupsByTheirNames() {
        ActorDictionary d = ActorDictionary.load(DictionaryFiles.bundled());
        assertThat(lookup(d, "ARAKAN ARMY").codeOn(LocalDate.of(2024, 5, 1))).isEqualTo("MMRREB");
        assertThat(lookup(d, "TIGRAY PEOPLE 'S LIBERATION FRONT").id()).isEqualTo("TPLF");
        assertThat(lookup(d, "FANO").codeOn(LocalDate.of(2024, 5, 1))).isEqualTo("ETHREB");
        assertThat(lookup(d, "FANO").codeOn(LocalDate.of(2021, 5, 1))).isEqualTo("ETHUAF");
    }
}
