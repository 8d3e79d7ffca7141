package org.sitrep.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.testing.FakePlaces;
import org.sitrep.testing.Texts;

class MentionFinderTest {

    static MentionFinder finder;

    @BeforeAll
    static void load() {
        finder = new MentionFinder(ActorDictionary.load(DictionaryFiles.bundled()), new FakePlaces());
    }

    static Mentions find(String text) {
        return finder.find(CoreNlpAnnotator.shared().annotate(Texts.article(text)));
    }

    static ActorMention mention(Mentions m, String text) {
        return m.actors().stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + m.actors()));
    }

    @Test
    void aCountryAndAnAgentMakeOneActor() {
        Mentions m = find("The Syrian army withdrew from the town of Hama.");
        ActorMention army = mention(m, "Syrian army");
        assertThat(army.actor().id()).isEqualTo("SYR_MIL");
        assertThat(army.actor().cameo()).isEqualTo("SYRMIL");
        assertThat(army.actor().kind()).isEqualTo("state military");
        assertThat(m.actors()).noneMatch(a -> a.text().equals("Hama"));
    }

    @Test
    void anAgentsTrailingPrepositionIsNoPartOfTheMention() {
        Mentions m = find("Militants attacked the Iraqi embassy in Kabul.");
        assertThat(m.actors()).anySatisfy(a -> {
            assertThat(a.text()).isEqualTo("Iraqi embassy");
            assertThat(a.actor().cameo()).isEqualTo("IRQGOV");
        });
    }

    @Test
    void aShortWordInLowerCaseIsNoAcronym() {
        Mentions m = find("The UN envoy met Kim Jong Un in Pyongyang.");
        assertThat(mention(m, "The UN envoy").actor().cameo()).startsWith("IGOUNO");
        assertThat(mention(m, "Kim Jong Un").actor().cameo()).isEqualTo("PRKGOV");
        assertThat(m.actors()).noneMatch(a -> a.text().equals("Un"));
    }

    @Test
    void namedGroupsAreOrganisationsNeverPersons() {
        Mentions m = find("Hayat Tahrir al-Sham said its fighters entered Hama.");
        ActorMention hts = mention(m, "Hayat Tahrir al-Sham");
        assertThat(hts.actor().id()).isEqualTo("HTS");
        assertThat(hts.actor().kind()).isEqualTo("non-state armed group");
        assertThat(mention(m, "its").actor().id()).isEqualTo("HTS");
    }

    @Test
    void firstPersonInAQuoteIsItsSpeaker() {
        Mentions m = find("“Our forces repelled the attack near the city,” the Syrian army said.");
        assertThat(m.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Syrian army"));
        assertThat(mention(m, "Our").actor().id()).isEqualTo("SYR_MIL");
        assertThat(mention(m, "forces").actor().id()).isEqualTo("SYR_MIL");
    }

    @Test
    void aCapitalStandingForItsGovernmentMakesTheArmyItsCountrys() {
        Mentions m = find("Rebels broke through the defenses of the army loyal to Damascus.");
        assertThat(mention(m, "army").actor().id()).isEqualTo("SYR_MIL");
        assertThat(mention(m, "Damascus").via()).isEqualTo("metonym");
    }

    @Test
    void genericArmedGroupsAreTheGroupTheArticleIsAbout() {
        Mentions m = find("Islamist factions advanced on Thursday. Hayat Tahrir al-Sham leads the offensive. "
                + "These groups are now in Hama.");
        assertThat(mention(m, "Islamist factions").actor().id()).isEqualTo("HTS");
        assertThat(mention(m, "groups").actor().id()).isEqualTo("HTS");
        List<String> vias = m.actors().stream().map(ActorMention::via).toList();
        assertThat(vias).contains("descriptor", "dictionary");
    }
}
